"""When to try again: every retry policy in followupd, in one place so they can be compared.

Three kinds of trouble, three answers:
- a connection that drops or a server that restarts is usually back in seconds: retry soon,
  then back off exponentially with jitter (``Backoff``), so that many clients do not return at
  once;
- a locked or full state database, or a mailbox that cannot be reached from the main loop:
  doubling waits within ``SOURCE_RETRY`` / ``STORE_RETRY``;
- a login the server refuses is the account's problem and will not fix itself within minutes.
  Trying again every few seconds is what a password-guessing attack looks like, and providers
  lock accounts for it: ``LOGIN_RETRY`` waits 15 min, then doubles up to every 4 h, which is
  a handful of attempts a day. A reload after fixing the password tries at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

SOURCE_RETRY = (5.0, 300.0)  # seconds: the mailbox cannot be reached from the main loop
STORE_RETRY = (5.0, 300.0)  # seconds: the state database is locked or the disk is full
LOGIN_RETRY = (timedelta(minutes=15), timedelta(hours=4))  # IMAP or SMTP refused our login

_Wait = TypeVar("_Wait", float, timedelta)


def doubling(failures: int, bounds: tuple[_Wait, _Wait]) -> _Wait:
    """The wait after ``failures`` failures in a row (1 → the first bound), doubling up to the
    second bound."""
    first, cap = bounds
    return min(cap, first * 2 ** (max(1, failures) - 1))


@dataclass
class Backoff:
    """Exponential backoff with full jitter; the first retry is (almost) immediate because a
    BYE on a server restart is usually over in a second."""

    base: float = 1.0
    cap: float = 300.0
    attempt: int = 0

    def next_delay(self) -> float:
        self.attempt += 1
        if self.attempt == 1:
            return 0.1
        return random.uniform(0.5, 1.0) * min(self.cap, self.base * 2 ** (self.attempt - 2))  # noqa: S311 — jitter, not crypto

    def reset(self) -> None:
        self.attempt = 0
