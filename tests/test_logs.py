"""Logging: journald priorities, one line per event, and no secret ever reaches stderr."""

from __future__ import annotations

import io
import logging
import os
import socket
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd import logs

SECRET = "hunter2-Sup3r-s3cret"


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    """Leave the root logger and the secret set as they were."""
    root = logging.getLogger()
    saved = (root.level, list(root.handlers), logging.getLogger("followupd").level)
    yield
    for h in list(root.handlers):
        if h not in saved[1]:
            root.removeHandler(h)
    root.setLevel(saved[0])
    logging.getLogger("followupd").setLevel(saved[2])
    logging.captureWarnings(False)
    logs.forget_secrets()


def test_registered_secret_never_reaches_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging(verbose=2, debug=False, environ={})
    logs.register_secret(SECRET)
    log = logging.getLogger("followupd.test")

    log.info(f"in the message {SECRET}")
    log.info("in the args %s and %r", SECRET, SECRET)
    log.warning("in bytes args %r", SECRET.encode())
    log.error("in a dict %s", {"password": SECRET})
    try:
        try:
            raise ValueError(f"login failed for password {SECRET}")
        except ValueError as exc:
            raise RuntimeError("wrapped") from exc
    except RuntimeError:
        log.exception("in the traceback")
    log.info("in the stack", stack_info=True)

    err = capsys.readouterr().err
    assert SECRET not in err
    assert err.count(logs.REDACTED) >= 6  # message, 2 args, bytes, dict, exception
    assert "in the traceback" in err and "ValueError: login failed for password" in err


def test_secret_with_quotes_and_backslashes_is_redacted_in_reprs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tricky = "pa'ss\\wo\"rd\tx"
    logs.setup_logging(verbose=1, debug=False, environ={})
    logs.register_secret(tricky)
    log = logging.getLogger("followupd.test")
    log.info("str repr %r", tricky)
    log.info("bytes repr %r", tricky.encode())
    log.info("plain %s", tricky)
    err = capsys.readouterr().err
    assert "pa'ss" not in err and "pa\\'ss" not in err and 'wo\\\\"rd' not in err
    assert err.count(logs.REDACTED) == 3


def test_secret_logged_by_a_third_party_logger_is_redacted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logs.setup_logging(verbose=0, debug=True, environ={})
    logs.register_secret(SECRET.encode())  # bytes are accepted too
    logging.getLogger("smtplib.somewhere").debug("AUTH PLAIN with %s", SECRET)
    err = capsys.readouterr().err
    assert SECRET not in err and logs.REDACTED in err


def test_empty_secret_is_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging(verbose=1, debug=False, environ={})
    logs.register_secret("")
    logs.register_secret(None)
    logging.getLogger("followupd.test").info("nothing to hide")
    assert "nothing to hide" in capsys.readouterr().err


def test_imapclient_login_and_authenticate_lines_are_redacted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Unregistered secret: the protocol-line rule alone must hide it.
    logs.setup_logging(verbose=0, debug=True, environ={})
    imaplib_log = logging.getLogger("imapclient.imaplib")
    imaplib_log.debug("> b'ABCD1 LOGIN alice unregistered-pw'")
    imaplib_log.debug("> b'ABCD2 AUTHENTICATE PLAIN AGFsaWNlAHB3'")
    imaplib_log.debug("< b'ABCD1 OK LOGIN completed'")
    err = capsys.readouterr().err
    assert "unregistered-pw" not in err and "AGFsaWNlAHB3" not in err
    assert "LOGIN **REDACTED**" in err and "AUTHENTICATE **REDACTED**" in err
    assert "OK LOGIN completed" in err  # responses are kept: they help debugging


class FakeImapServer:
    """Just enough IMAP on loopback for imapclient to log a real LOGIN exchange."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn, conn.makefile("rwb") as f:
            f.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake ready\r\n")
            f.flush()
            for line in f:
                tag, command = line.split()[:2]
                if command.upper() == b"LOGOUT":
                    f.write(b"* BYE bye\r\n" + tag + b" OK LOGOUT done\r\n")
                    f.flush()
                    return
                f.write(tag + b" OK " + command + b" done\r\n")
                f.flush()

    def close(self) -> None:
        self.listener.close()
        self.thread.join(5)


def test_real_imapclient_debug_log_of_a_login_has_no_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from imapclient import IMAPClient

    logs.setup_logging(verbose=0, debug=True, environ={})
    server = FakeImapServer()
    try:
        client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=5)
        client.login("alice", "not-registered-pw")
        client.logout()
    finally:
        server.close()
    err = capsys.readouterr().err
    assert "imapclient" in err  # the protocol trace was really logged
    assert "LOGIN **REDACTED**" in err and "not-registered-pw" not in err


def test_journald_lines_have_priority_prefixes_and_no_timestamp(tmp_path: Path) -> None:
    with open(tmp_path / "stderr", "w+") as stream:
        st = os.fstat(stream.fileno())
        logs.setup_logging(
            verbose=2,
            debug=False,
            environ={"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"},
            stream=stream,
        )
        log = logging.getLogger("followupd.outbox")
        log.critical("c")
        log.error("sent failed for follow-up 7")
        log.warning("held follow-up 7")
        log.info("sent follow-up 7 for interview 3")
        log.debug("d")
        stream.seek(0)
        lines = stream.read().splitlines()
    assert lines == [
        "<2>followupd.outbox: c",
        "<3>followupd.outbox: sent failed for follow-up 7",
        "<4>followupd.outbox: held follow-up 7",
        "<6>followupd.outbox: sent follow-up 7 for interview 3",
        "<7>followupd.outbox: d",
    ]


def test_stale_journal_stream_gives_the_human_format(capsys: pytest.CaptureFixture[str]) -> None:
    # JOURNAL_STREAM inherited, but stderr was redirected: no prefixes, timestamps instead.
    logs.setup_logging(verbose=1, debug=False, environ={"JOURNAL_STREAM": "1:1"})
    logging.getLogger("followupd.tracker").info("detected interview 3")
    (line,) = capsys.readouterr().err.splitlines()
    assert not line.startswith("<")
    date, time_, level, rest = line.split(" ", 3)
    assert len(date) == 10 and len(time_) == 8
    assert (level, rest) == ("INFO", "followupd.tracker: detected interview 3")


def test_one_record_is_one_line_even_with_newlines_and_tracebacks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logs.setup_logging(verbose=1, debug=False, environ={})
    log = logging.getLogger("followupd.tracker")
    log.info("subject: %s", "Interview\nERROR followupd: forged line")
    try:
        raise KeyError("x")
    except KeyError:
        log.exception("crashed\r\nhere")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("subject: Interview\\nERROR followupd: forged line")
    assert "crashed\\r\\nhere | Traceback (most recent call last):\\n" in lines[1]
    assert lines[1].endswith("KeyError: 'x'")


def test_backslashes_are_escaped_so_escapes_are_unambiguous(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logs.setup_logging(verbose=1, debug=False, environ={})
    logging.getLogger("followupd.x").info("a literal \\n and a real\nnewline")
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith("a literal \\\\n and a real\\nnewline")


def test_verbosity_levels(capsys: pytest.CaptureFixture[str]) -> None:
    def emitted(verbose: int, debug: bool) -> set[str]:
        logs.setup_logging(verbose=verbose, debug=debug, environ={})
        for name in ("followupd.x", "imapclient.imaplib"):
            for level in (logging.DEBUG, logging.INFO, logging.WARNING):
                logging.getLogger(name).log(level, "%s/%s", name, logging.getLevelName(level))
        return {line.rsplit(" ", 1)[1] for line in capsys.readouterr().err.splitlines()}

    assert emitted(0, False) == {"followupd.x/WARNING", "imapclient.imaplib/WARNING"}
    assert emitted(1, False) == {
        "followupd.x/WARNING",
        "followupd.x/INFO",
        "imapclient.imaplib/WARNING",
    }
    assert emitted(2, False) == {
        "followupd.x/WARNING",
        "followupd.x/INFO",
        "followupd.x/DEBUG",
        "imapclient.imaplib/WARNING",
    }
    assert len(emitted(0, True)) == 6


def test_setting_up_twice_does_not_duplicate_lines(capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging(verbose=1, debug=False, environ={})
    logs.setup_logging(verbose=1, debug=False, environ={})
    logging.getLogger("followupd.x").info("once")
    assert capsys.readouterr().err.count("once") == 1


def test_python_warnings_become_log_lines(capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging(verbose=0, debug=False, environ={})
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("old API\nsecond line", DeprecationWarning, stacklevel=1)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "WARNING py.warnings" in lines[0] and "old API" in lines[0]


@pytest.mark.parametrize(
    ("level", "priority"),
    [
        (logging.CRITICAL, 2),
        (logging.ERROR, 3),
        (logging.WARNING, 4),
        (logging.INFO, 6),
        (logging.DEBUG, 7),
        (25, 6),
        (5, 7),
    ],
)
def test_syslog_priority(level: int, priority: int) -> None:
    assert logs.syslog_priority(level) == priority


def test_a_wrong_log_call_does_not_raise_or_leak() -> None:
    # Called directly: pytest's own capture handler deliberately raises on such calls.
    handler = logs.setup_logging(verbose=1, debug=False, environ={}, stream=io.StringIO())
    logs.register_secret(SECRET)
    record = logging.LogRecord(
        "followupd.x", logging.INFO, __file__, 1, "two %s %s but one", (SECRET,), None
    )
    assert logs.RedactingFilter().filter(record)
    line = handler.format(record)
    assert "unformattable" in line and SECRET not in line
