"""Logging to stderr: journald-friendly under systemd, readable in a terminal, never a secret.

- Under systemd (``$JOURNAL_STREAM`` names our stderr) each line starts with a syslog priority
  prefix (``<3>`` error, ``<4>`` warning, ``<6>`` info, ``<7>`` debug) that journald turns into
  the entry's priority, and carries no timestamp (journald adds its own). Elsewhere a line is
  ``2026-11-25 09:30:00 INFO followupd.outbox: ...``.
- One record is one line: newlines in messages and tracebacks are escaped, so an event is one
  journal entry and a crafted mail subject cannot forge extra log lines.
- Every secret passed to :func:`register_secret` is replaced by ``**REDACTED**`` in the message,
  its arguments and the exception text, whatever logger emitted it. imapclient's protocol log
  (logger ``imapclient.imaplib`` at debug level, enabled by ``--debug``) already hides LOGIN and
  AUTHENTICATE arguments; we redact those command lines again in case it ever stops.
"""

from __future__ import annotations

import copy
import logging
import os
import re
import sys
import threading
from collections.abc import Mapping
from typing import IO

from followupd.systemd import journal_stream_active

REDACTED = "**REDACTED**"

_secrets_lock = threading.Lock()
_secrets: set[str] = set()
# Longest first, so a secret that contains another is replaced whole. Rebuilt on registration;
# read without the lock (a tuple swap is atomic).
_ordered: tuple[str, ...] = ()


def register_secret(value: str | bytes | None) -> None:
    """Never log ``value``: it is replaced by ``**REDACTED**`` in every record from now on.

    Also registers the forms the value takes inside ``repr()`` of a str or bytes (a password
    with a quote or a backslash looks different there), since protocol logs print reprs.
    Empty values are ignored: redacting "" would blank every line.
    """
    global _ordered
    if value is None:
        return
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    if not text:
        return
    forms = {text, repr(text)[1:-1], repr(text.encode("utf-8"))[2:-1]}
    with _secrets_lock:
        _secrets.update(f for f in forms if f)
        _ordered = tuple(sorted(_secrets, key=len, reverse=True))


def forget_secrets() -> None:
    """Drop every registered secret (for tests)."""
    global _ordered
    with _secrets_lock:
        _secrets.clear()
        _ordered = ()


# imaplib logs a sent command as "> b'TAG LOGIN user pass'" (imapclient's own lines look alike):
# keep the tag and the command, drop its arguments.
_IMAP_AUTH = re.compile(r"(?i)^(\s*>.*?\b(?:LOGIN|AUTHENTICATE))\b.*$", re.DOTALL)


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``**REDACTED**``."""
    for secret in _ordered:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record so no handler after it sees a registered secret.

    Put on a handler, it sees records from every logger (a logger's own filters apply only to
    records logged directly on it). It formats the message once and stores the redacted text
    with no arguments, and formats and redacts the traceback into ``exc_text``, which
    :class:`logging.Formatter` then uses as is.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - filters run outside logging's own error handling,
            # so a wrong log call (too few args, a failing __str__) would crash the daemon.
            message = f"{record.msg!s} (unformattable log arguments)"
        message = redact(message)
        if record.name.startswith("imapclient"):
            message = _IMAP_AUTH.sub(rf"\1 {REDACTED}", message)
        record.msg = message
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _one_line(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


class OneLineFormatter(logging.Formatter):
    """A formatter whose output is always one line (see the module docstring).

    Backslashes are doubled before newlines become ``\\n``, so the escaping is unambiguous;
    a traceback follows the message after `` | ``, escaped the same way. The whole line is
    redacted once more: a handler without :class:`RedactingFilter` still leaks nothing.
    """

    def __init__(self, fmt: str, datefmt: str | None = None, journal: bool = False) -> None:
        super().__init__(fmt, datefmt)
        self.journal = journal

    def format(self, record: logging.LogRecord) -> str:
        # Work on a copy: the record is shared with any other handler, which may want the
        # message unescaped.
        r = copy.copy(record)
        r.message = _one_line(r.getMessage())
        if self.usesTime():
            r.asctime = self.formatTime(r, self.datefmt)
        parts = [self.formatMessage(r)]
        exc_text = r.exc_text or (self.formatException(r.exc_info) if r.exc_info else "")
        if exc_text:
            parts.append(_one_line(exc_text))
        if r.stack_info:
            parts.append(_one_line(self.formatStack(r.stack_info)))
        line = redact(" | ".join(parts))
        if self.journal:
            line = f"<{syslog_priority(record.levelno)}>{line}"
        return line


def syslog_priority(levelno: int) -> int:
    """The syslog priority for a logging level (levels in between round to the milder one)."""
    if levelno >= logging.CRITICAL:
        return 2
    if levelno >= logging.ERROR:
        return 3
    if levelno >= logging.WARNING:
        return 4
    if levelno >= logging.INFO:
        return 6
    return 7


HUMAN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HUMAN_DATEFMT = "%Y-%m-%d %H:%M:%S"
JOURNAL_FORMAT = "%(name)s: %(message)s"


def setup_logging(
    verbose: int = 0,
    debug: bool = False,
    environ: Mapping[str, str] = os.environ,
    stream: IO[str] | None = None,
) -> logging.Handler:
    """Send log records to ``stream`` (default: the current stderr); returns the handler.

    Levels: followupd's own loggers log warnings and errors; ``verbose=1`` adds info (the
    events: detected, planned, sent...), ``verbose>=2`` debug. ``debug=True`` also turns on
    debug for third-party libraries, including imapclient's protocol trace (redacted).
    Calling it again replaces the handler it installed before (no duplicate lines).
    """
    out = stream if stream is not None else sys.stderr
    journal = journal_stream_active(environ, out)
    handler = logging.StreamHandler(out)
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(RedactingFilter())
    if journal:
        handler.setFormatter(OneLineFormatter(JOURNAL_FORMAT, journal=True))
    else:
        handler.setFormatter(OneLineFormatter(HUMAN_FORMAT, HUMAN_DATEFMT))

    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    if debug or verbose >= 2:
        own = logging.DEBUG
    elif verbose == 1:
        own = logging.INFO
    else:
        own = logging.WARNING
    logging.getLogger("followupd").setLevel(own)
    # Python warnings (deprecations in a dependency) become one redacted log line too.
    logging.captureWarnings(True)
    return handler


_HANDLER_NAME = "followupd-stderr"
