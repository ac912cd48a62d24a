"""One root exception; user-facing errors carry the problems and the fix.

The CLI turns a :class:`UserError` into one line per problem and an exit status, never a
traceback (unless ``--debug``). Everything else is a bug and shows its traceback.
"""

from __future__ import annotations

import os

EX_CONFIG = 78  # sysexits.h: systemd's RestartPreventExitStatus=78 stops restart loops on it
EX_TEMPFAIL = 75
EX_UNAVAILABLE = 69


class FollowupdError(Exception):
    """Root of every exception followupd raises on purpose."""


class UserError(FollowupdError):
    """Something the user can fix: each problem is one line, ``hint`` says how."""

    exit_status = 1

    def __init__(self, *problems: str, hint: str | None = None) -> None:
        self.problems = [p for p in problems if p]
        self.hint = hint
        super().__init__("; ".join(self.problems))

    def lines(self) -> list[str]:
        out = list(self.problems)
        if self.hint:
            out.append(f"hint: {self.hint}")
        return out


class ConfigError(UserError):
    """The configuration file is wrong; exits 78 (EX_CONFIG)."""

    exit_status = EX_CONFIG


class CredentialError(UserError):
    """No secret could be found for an account (or reading it failed)."""

    exit_status = EX_CONFIG


class TemporaryFailure(UserError):
    """Worth trying again later (the mailbox is unreachable at start-up); exits 75 so that
    systemd restarts the service after RestartSec instead of giving up."""

    exit_status = EX_TEMPFAIL


class TemplateError(UserError):
    """A follow-up template does not parse or render; names the file and line."""


class ComposeError(FollowupdError):
    """The follow-up cannot be built from these facts (e.g. an invalid recipient address)."""


class TransportError(FollowupdError):
    """A delivery attempt failed.

    ``permanent`` is True for answers that will not change on retry (SMTP 5xx, a refused
    recipient). ``ambiguous`` is True when the server may have accepted the message although
    we saw an error (the line dropped after the final ``.`` of DATA): never retry those blindly.
    """

    def __init__(
        self, message: str, *, permanent: bool = False, ambiguous: bool = False, code: int | None = None,
        login_refused: bool = False,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.ambiguous = ambiguous
        self.code = code
        # The server refused our credentials: not this message's fault, and every other message
        # would fail the same way until the password is fixed.
        self.login_refused = login_refused


class SourceError(FollowupdError):
    """A mailbox could not be reached or read (network, login, a vanished folder).

    ``login_refused`` is True when the server refused our credentials: retrying soon would not
    help and would look like password guessing (see retry.LOGIN_RETRY).
    """

    def __init__(self, message: str, *, login_refused: bool = False) -> None:
        super().__init__(message)
        self.login_refused = login_refused


def short_path(path: os.PathLike[str] | str) -> str:
    """A path as the user typed it would look: relative to the cwd when below it."""
    p = os.fspath(path)
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return p
    return p if rel.startswith("..") else rel
