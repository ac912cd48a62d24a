"""A real SMTP server (aiosmtpd) on loopback, as a pytest plugin.

Three listeners share one mailbox and one fault script:

* ``port``: STARTTLS required, then AUTH PLAIN/LOGIN required (the submission port, 587-style);
* ``tls_port``: implicit TLS (465-style), AUTH required. ``auth_require_tls`` is off there because
  aiosmtpd does not count implicit TLS as TLS and would never offer AUTH (aiosmtpd#281);
* ``plain_port``: no TLS at all and no STARTTLS offered, AUTH not required: for
  ``security = "none"`` and for "the server does not offer STARTTLS" tests.

Faults are scripted for the next transaction(s) with :meth:`SmtpServer.script`; every test starts
from a clean mailbox and no script (the ``smtp_server`` fixture resets both).

Fixtures: ``smtp_server_session`` (session scope, the running server) and ``smtp_server``
(function scope, the same server reset for the test).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal, cast

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from followupd.config_types import Security, SmtpConfig
from tests.servers.certs import TestPKI, make_pki

USERNAME = "alice@example.test"
PASSWORD = "s3cret-Pa55word-not-in-logs"  # distinctive, so tests can scan outputs for it

# Where a scripted fault happens. "before_data": the server closes the line when the DATA command
# arrives (nothing stored, the client never sent the final "."); "after_data": the server stores
# the message and closes the line before answering the final "." (the classic ambiguous send).
DropPoint = Literal["before_data", "after_data"]
# Where the server can be made to wait (for crash tests that kill the client at a known point):
# "mail" before answering MAIL FROM, "rcpt" before answering the first RCPT TO, "data" before
# answering DATA with 354, "data_end" after storing the message, before answering the final ".".
StallPoint = Literal["mail", "rcpt", "data", "data_end"]


@dataclass(frozen=True)
class ReceivedMessage:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes  # as received, after dot-unstuffing, CRLF line ends
    message: EmailMessage  # parsed with policy.default
    tls: bool  # the session was encrypted (STARTTLS or implicit TLS)
    login: str | None  # the AUTH login used, None when the session did not authenticate
    helo: str | None = None  # the name the client gave in EHLO/HELO


@dataclass
class _Script:
    data_reply: str | None = None
    refuse_rcpt: str | None = None
    rcpt_reply: str = "550 5.1.1 Recipient address rejected: User unknown"
    drop: DropPoint | None = None
    stall: StallPoint | None = None
    times: int = 1


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    messages: list[ReceivedMessage] = field(default_factory=list)
    auth_attempts: list[tuple[str, bool]] = field(default_factory=list)  # (login, success)
    script: _Script | None = None
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)

    def take(self, predicate: Any) -> _Script | None:
        """The active script if ``predicate(script)`` holds; counts one firing."""
        with self.lock:
            s = self.script
            if s is None or not predicate(s):
                return None
            s.times -= 1
            if s.times <= 0:
                self.script = None
            return s

    def stall_at(self, point: StallPoint) -> bool:
        with self.lock:
            s = self.script
            if s is None or s.stall != point:
                return False
            self.script = None  # a stall fires once
            return True


async def _stall(state: _State, limit: float = 60.0) -> None:
    """Signal the test that the stall point is reached, then wait for release (or the limit)."""
    state.reached.set()
    deadline = time.monotonic() + limit
    while not state.released.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


class _Handler:
    def __init__(self, state: _State) -> None:
        self.state = state

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        s = self.state.take(lambda s: s.refuse_rcpt is not None and s.refuse_rcpt == address)
        if s is not None:
            return s.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        s = self.state.take(lambda s: s.data_reply is not None)
        if s is not None and s.data_reply is not None:
            return s.data_reply
        raw = bytes(cast(bytes, envelope.original_content))
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        received = ReceivedMessage(
            mail_from=str(envelope.mail_from),
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=raw,
            message=cast(EmailMessage, message_from_bytes(raw, policy=policy.default)),
            tls=server.transport is not None
            and server.transport.get_extra_info("ssl_object") is not None,
            login=login if session.authenticated else None,
            helo=session.host_name,
        )
        with self.state.lock:
            self.state.messages.append(received)
        if self.state.stall_at("data_end"):
            await _stall(self.state)
        if self.state.take(lambda s: s.drop == "after_data") is not None:
            # Stored, but the client never hears the 250: it cannot know the server has it.
            assert server.transport is not None
            server.transport.close()
        return "250 2.0.0 OK: queued"


class _ScriptedSMTP(SMTP):
    """aiosmtpd's server with stall / drop points the handler hooks cannot reach."""

    state: _State

    async def smtp_MAIL(self, arg: str | None) -> None:  # noqa: N802
        if self.state.stall_at("mail"):
            await _stall(self.state)
        await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg: str | None) -> None:  # noqa: N802
        if self.state.stall_at("rcpt"):
            await _stall(self.state)
        await super().smtp_RCPT(arg)

    async def smtp_DATA(self, arg: str) -> None:  # noqa: N802
        if self.state.stall_at("data"):
            await _stall(self.state)
        if self.envelope is not None and self.envelope.rcpt_tos:
            if self.state.take(lambda s: s.drop == "before_data") is not None:
                assert self.transport is not None
                self.transport.close()
                return
        await super().smtp_DATA(arg)


class _Controller(Controller):
    def __init__(self, state: _State, **kwargs: Any) -> None:
        self._state = state
        super().__init__(_Handler(state), **kwargs)

    def factory(self) -> SMTP:
        with warnings.catch_warnings():
            # The implicit-TLS listener requires AUTH without auth_require_tls (aiosmtpd#281);
            # aiosmtpd warns about that on every connection although the line is encrypted.
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            server = _ScriptedSMTP(self.handler, **self.SMTP_kwargs)
        server.state = self._state
        return server


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpServer:
    """The handle tests get: where the server listens, what it received, what it should do next."""

    host = "127.0.0.1"
    username = USERNAME
    password = PASSWORD

    def __init__(self, pki: TestPKI) -> None:
        self.pki = pki
        self.ca_file: Path = pki.ca_file
        self._state = _State()
        server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_ctx.load_cert_chain(str(pki.cert_file), str(pki.key_file))

        def authenticator(
            server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
        ) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and data.login.decode() == USERNAME
                and data.password.decode() == PASSWORD
            )
            login = data.login.decode(errors="replace") if isinstance(data, LoginPassword) else "?"
            with self._state.lock:
                self._state.auth_attempts.append((login, ok))
            return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

        common: dict[str, Any] = {"hostname": self.host, "authenticator": authenticator,
                                  "server_hostname": "mx.followupd.test", "ready_timeout": 10.0}
        self.port = _free_port()
        self.tls_port = _free_port()
        self.plain_port = _free_port()
        self._controllers = [
            _Controller(self._state, port=self.port, tls_context=server_ctx,
                        require_starttls=True, auth_required=True, auth_require_tls=True, **common),
            _Controller(self._state, port=self.tls_port, ssl_context=server_ctx,
                        auth_required=True, auth_require_tls=False, **common),
            _Controller(self._state, port=self.plain_port, auth_required=False,
                        auth_require_tls=True, **common),
        ]

    def start(self) -> None:
        for c in self._controllers:
            c.start()

    def stop(self) -> None:
        for c in self._controllers:
            with contextlib.suppress(AssertionError):
                c.stop()

    # -- what tests use -------------------------------------------------------------------------

    def smtp_config(self, **overrides: Any) -> SmtpConfig:
        """A config for this server; the port follows ``security`` unless given."""
        security: Security = overrides.pop("security", "starttls")
        port = {"starttls": self.port, "tls": self.tls_port, "none": self.plain_port}[security]
        values: dict[str, Any] = {
            "host": self.host, "port": port, "security": security, "username": self.username,
            "ca_file": self.ca_file, "timeout": 10.0,
        }
        values.update(overrides)
        return SmtpConfig(**values)

    @property
    def messages(self) -> list[ReceivedMessage]:
        with self._state.lock:
            return list(self._state.messages)

    @property
    def auth_attempts(self) -> list[tuple[str, bool]]:
        with self._state.lock:
            return list(self._state.auth_attempts)

    def script(
        self,
        *,
        data_reply: str | None = None,
        refuse_rcpt: str | None = None,
        rcpt_reply: str = "550 5.1.1 Recipient address rejected: User unknown",
        drop: DropPoint | None = None,
        stall: StallPoint | None = None,
        times: int = 1,
    ) -> None:
        """Misbehave on the next ``times`` transactions, then behave again.

        ``data_reply``: answer the final "." with this line (e.g. ``"451 4.3.0 try later"``) and
        store nothing. ``refuse_rcpt``: answer RCPT TO for this address with ``rcpt_reply``.
        ``drop``: close the line at that point (see :data:`DropPoint`). ``stall``: wait at that
        point until :meth:`release` (see :data:`StallPoint`; :meth:`wait_reached` to sync).
        """
        faults = [data_reply is not None, refuse_rcpt is not None, drop is not None,
                  stall is not None]
        if sum(faults) != 1:
            raise ValueError("script exactly one fault at a time")
        with self._state.lock:
            self._state.script = _Script(data_reply=data_reply, refuse_rcpt=refuse_rcpt,
                                         rcpt_reply=rcpt_reply, drop=drop, stall=stall,
                                         times=times)
            self._state.reached.clear()
            self._state.released.clear()

    def wait_reached(self, timeout: float = 10.0) -> bool:
        """Block until a scripted stall point is reached by a client."""
        return self._state.reached.wait(timeout)

    def release(self) -> None:
        """Let a stalled session go on."""
        self._state.released.set()

    def reset(self) -> None:
        self.release()  # never leave a session of a previous test hanging
        with self._state.lock:
            self._state.messages.clear()
            self._state.auth_attempts.clear()
            self._state.script = None
            self._state.reached.clear()


@pytest.fixture(scope="session")
def smtp_server_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpServer]:
    # The server thread outlives every test: its INFO chatter ("connection lost", on purpose in
    # the drop tests) would reach whatever log handlers the test of the moment installed.
    mail_log = logging.getLogger("mail.log")
    level = mail_log.level
    mail_log.setLevel(logging.WARNING)
    server = SmtpServer(make_pki(tmp_path_factory.mktemp("smtp-pki")))
    server.start()
    try:
        yield server
    finally:
        server.stop()
        mail_log.setLevel(level)


@pytest.fixture
def smtp_server(smtp_server_session: SmtpServer) -> Iterator[SmtpServer]:
    smtp_server_session.reset()
    yield smtp_server_session
    smtp_server_session.reset()
