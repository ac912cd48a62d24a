"""Deliver one message: SMTP, a sendmail-compatible command, or a directory.

A transport delivers or raises :class:`~followupd.errors.TransportError`; it never retries and
never decides what happens next. That is the outbox's job, from the error's two flags:

* ``permanent``: the answer will not change on retry (SMTP 5xx, a refused recipient);
* ``ambiguous``: the server may have the message although we saw an error (the line dropped, or
  timed out, after the final "." of DATA was sent). Never resend those blindly.

Anything else (4xx, a connection that fails before the end of DATA) is retryable.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import os
import random
import re
import smtplib
import socket
import ssl
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from typing import Protocol

from followupd import tlsutil
from followupd.config_types import SendConfig, SmtpConfig
from followupd.errors import EX_TEMPFAIL, ConfigError, TransportError

log = logging.getLogger(__name__)


CommitPoint = Callable[[], None] | None


class Transport(Protocol):
    def send(self, msg: EmailMessage, *, before_commit: CommitPoint = None) -> None:
        """Deliver ``msg`` to its To + Cc + Bcc recipients, or raise TransportError.

        ``before_commit`` is called at the last moment before which the message cannot have
        been accepted (for SMTP: before the final "." of DATA). The outbox records it, so that
        after a crash it knows whether a resend is safe. If it raises, nothing is delivered.
        """


# -- helpers shared by the transports ----------------------------------------------------------


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]


def envelope_of(msg: EmailMessage) -> Envelope:
    """Envelope from = From's addr-spec; recipients = To + Cc + Bcc, deduplicated, in order."""
    senders = _addresses(msg, "From")
    if len(senders) != 1:
        raise TransportError(f"the message needs exactly one From address, has {len(senders)}",
                             permanent=True)
    seen: set[str] = set()
    rcpts: list[str] = []
    for name in ("To", "Cc", "Bcc"):
        for a in _addresses(msg, name):
            if a.lower() not in seen:
                seen.add(a.lower())
                rcpts.append(a)
    if not rcpts:
        raise TransportError("the message has no recipients", permanent=True)
    return Envelope(senders[0], tuple(rcpts))


def _addresses(msg: EmailMessage, header: str) -> list[str]:
    out: list[str] = []
    for value in msg.get_all(header, []):
        for addr in getattr(value, "addresses", ()):
            if isinstance(addr, Address) and addr.addr_spec and addr.addr_spec != "<>":
                out.append(addr.addr_spec)
    return out


def wire_bytes(msg: EmailMessage, linesep: str = "\r\n") -> bytes:
    """The message as it goes out: Bcc removed (it must never reach the recipients)."""
    wire = copy.deepcopy(msg)
    del wire["Bcc"]
    buf = BytesIO()
    BytesGenerator(buf, policy=wire.policy.clone(linesep=linesep)).flatten(wire)
    return buf.getvalue()


def retry_delay(attempt: int, rng: random.Random | None = None) -> timedelta:
    """How long to wait before retry number ``attempt`` (1-based) of a retryable failure.

    30 s, 1 min, 2 min, 4 min, … capped at 1 h, each ±20 % so that many follow-ups failing
    together do not retry in lockstep. The first retry is always within a minute.
    """
    rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
    base = 30.0 * 2 ** max(0, min(attempt - 1, 16))
    return timedelta(seconds=min(3600.0, base * rng.uniform(0.8, 1.2)))


# -- SMTP ---------------------------------------------------------------------------------------

# RFC 5321 4.5.3.2.6 allows the server 10 minutes to answer the final "."; every second we wait
# turns a would-be "in doubt" (held for the user) into a definite answer.
FINAL_REPLY_TIMEOUT = 300.0


def _reply_text(resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else resp
    return " ".join(text.split())[:300]


class SmtpTransport:
    """Submission over SMTP: implicit TLS (465) or STARTTLS (587), AUTH only over TLS.

    smtplib is driven step by step (MAIL, RCPT, DATA) instead of ``send_message`` so that a
    failure before the final "." (retryable: the server cannot have the message) is told apart
    from one after it (ambiguous), and so that a refused recipient aborts the whole transaction
    before DATA instead of delivering to the others.
    """

    def __init__(
        self,
        config: SmtpConfig,
        password: Callable[[], str],
        *,
        final_reply_timeout: float = FINAL_REPLY_TIMEOUT,
    ) -> None:
        if config.security == "none" and not config.allow_insecure:
            raise ConfigError(
                'smtp.security: "none" sends mail (and would send the password) in plaintext',
                hint='use "starttls" (port 587) or "tls" (port 465); '
                "for a local relay set smtp.allow_insecure = true",
            )
        if config.security == "none" and config.username:
            raise ConfigError(
                "smtp.username: credentials are never sent over an unencrypted connection",
                hint='use security = "starttls" or "tls", or remove smtp.username for a relay '
                "that needs no login",
            )
        self.config = config
        self._password = password
        self._final_reply_timeout = max(final_reply_timeout, config.timeout)
        self._context = tlsutil.client_context(config.ca_file) if config.security != "none" else None

    @property
    def where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def _fail(self, what: str, code: int | None = None, *, permanent: bool | None = None,
              ambiguous: bool = False) -> TransportError:
        if permanent is None:
            permanent = code is not None and 500 <= code < 600
        return TransportError(f"{self.where} {what}", permanent=permanent, ambiguous=ambiguous,
                              code=code)

    def _reply_error(self, what: str, code: int, resp: bytes | str) -> TransportError:
        return self._fail(f"{what}: {code} {_reply_text(resp)}", code)

    # The connection: everything here happens before MAIL FROM, so every failure is retryable
    # unless the server said 5xx.
    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        conn: smtplib.SMTP
        # "localhost" only keeps smtplib from looking up our FQDN; _greet sets the real name.
        try:
            if cfg.security == "tls":
                conn = smtplib.SMTP_SSL(cfg.host, cfg.port, local_hostname="localhost",
                                        timeout=cfg.timeout, context=self._context)
            else:
                conn = smtplib.SMTP(cfg.host, cfg.port, local_hostname="localhost",
                                    timeout=cfg.timeout)
        except smtplib.SMTPConnectError as exc:  # a greeting other than 220
            raise self._reply_error("refused the connection", exc.smtp_code,
                                    exc.smtp_error) from exc
        except ssl.SSLCertVerificationError as exc:
            raise self._tls_error(exc) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self._fail(f"cannot connect: {_describe(exc)}{self._security_hint(exc)}") \
                from exc
        try:
            self._greet(conn)
        except BaseException:
            _close(conn)
            raise
        return conn

    def _security_hint(self, exc: BaseException) -> str:
        """The two classic mix-ups of implicit TLS and STARTTLS, named with their fix."""
        if self.config.security == "tls" and isinstance(exc, ssl.SSLError) \
                and "WRONG_VERSION_NUMBER" in str(exc):
            return ' (the server speaks plain SMTP first: set smtp.security = "starttls")'
        if self.config.security == "starttls" \
                and isinstance(exc, TimeoutError | smtplib.SMTPServerDisconnected):
            return (' (no greeting: if this port expects implicit TLS, such as 465, '
                    'set smtp.security = "tls")')
        return ""

    def _greet(self, conn: smtplib.SMTP) -> None:
        cfg = self.config
        # EHLO with an address literal of our side of the connection, as Thunderbird does:
        # no DNS lookup of our own name (getfqdn can hang) and no leak of the machine's name.
        sock = conn.sock
        if sock is not None:
            ip = sock.getsockname()[0]
            conn.local_hostname = f"[IPv6:{ip}]" if ":" in ip else f"[{ip}]"
        try:
            self._ehlo(conn)
            if cfg.security == "starttls":
                if not conn.has_extn("starttls"):
                    # Never downgrade: an attacker on the path can strip STARTTLS. Retryable,
                    # because a middlebox (hotel Wi-Fi) may be the cause; the message says what
                    # to check if it persists.
                    raise self._fail(
                        "does not offer STARTTLS; refusing to continue without encryption "
                        '(if the server uses implicit TLS, set smtp.security = "tls" and port 465)'
                    )
                code, resp = conn.starttls(context=self._context)
                if code != 220:
                    raise self._reply_error("refused STARTTLS", code, resp)
                self._ehlo(conn)
            if cfg.username:
                self._login(conn)
        except ssl.SSLCertVerificationError as exc:
            raise self._tls_error(exc) from exc
        except smtplib.SMTPResponseException as exc:
            raise self._reply_error("refused the session", exc.smtp_code, exc.smtp_error) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self._fail(f"connection failed before sending: {_describe(exc)}") from exc

    def _ehlo(self, conn: smtplib.SMTP) -> None:
        code, resp = conn.ehlo()
        if code != 250:
            raise self._reply_error("refused EHLO", code, resp)

    def _login(self, conn: smtplib.SMTP) -> None:
        user = self.config.username
        if not conn.has_extn("auth"):
            raise self._fail(f"offers no AUTH over TLS; cannot log in as user '{user}'",
                             permanent=True)
        password = self._password()  # asked only now: after TLS, and only when needed
        try:
            _authenticate(conn, user, password)
        except smtplib.SMTPAuthenticationError as exc:
            text = _reply_text(exc.smtp_error)
            if password:
                text = text.replace(password, "********")
            err = self._fail(f"refused authentication for user '{user}': {exc.smtp_code} {text}",
                             exc.smtp_code)
            err.login_refused = True
            raise err from None  # the chained exception would carry nothing more, and we scrubbed it
        except smtplib.SMTPException as exc:  # no common mechanism
            raise self._fail(f"cannot log in as user '{user}': {_describe(exc)}",
                             permanent=True) from exc

    def _tls_error(self, exc: ssl.SSLCertVerificationError) -> TransportError:
        # Retryable: a captive portal or intercepting proxy on a laptop's network fails this way
        # and goes away; the outbox's maximum age bounds the retries of a real misconfiguration.
        hint = " (set smtp.ca_file to the CA that signed it)" if self.config.ca_file is None else ""
        return self._fail(f"presented a certificate that does not verify: "
                          f"{exc.verify_message or exc.reason}{hint}")

    def send(self, msg: EmailMessage, *, before_commit: CommitPoint = None) -> None:
        env = envelope_of(msg)
        data = wire_bytes(msg)
        conn = self._connect()
        try:
            self._transaction(conn, env, data, before_commit)
        finally:
            _close(conn)
        log.info("%s accepted %s for %d recipient(s)", self.where, msg.get("Message-ID"),
                 len(env.recipients))

    def check(self) -> None:
        """Connect, TLS, log in, and leave: for ``followupd check --online``."""
        _close(self._connect())

    def _transaction(self, conn: smtplib.SMTP, env: Envelope, data: bytes,
                     before_commit: CommitPoint = None) -> None:
        options: list[str] = []
        if not all(a.isascii() for a in (env.sender, *env.recipients)):
            if not conn.has_extn("smtputf8"):
                raise self._fail("does not accept non-ASCII addresses (no SMTPUTF8)",
                                 permanent=True)
            options.append("SMTPUTF8")
        try:
            code, resp = conn.mail(env.sender, options)
            if code != 250:
                raise self._reply_error(f"refused the sender {env.sender} (MAIL FROM)", code, resp)
            for rcpt in env.recipients:
                code, resp = conn.rcpt(rcpt)
                if code not in (250, 251):
                    # Abort before DATA: nobody gets a copy, so this is a clean failure and not
                    # a partial delivery (a thank-you reaching only the Cc is embarrassing).
                    _rset(conn)
                    raise self._reply_error(f"refused the recipient {rcpt} (RCPT TO)", code, resp)
            code, resp = conn.docmd("DATA")
            if code != 354:
                raise self._reply_error("refused DATA", code, resp)
            conn.send(_dot_stuff(data))
            if before_commit is not None:
                try:
                    before_commit()
                except BaseException:
                    # Hang up without the final ".": the server discards what it got. (QUIT
                    # now would be read as message text and wait for the timeout.)
                    conn.close()
                    raise
            conn.send(b".\r\n")
        except smtplib.SMTPServerDisconnected as exc:
            raise self._fail(f"closed the connection before the message was sent: "
                             f"{_describe(exc)}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            if isinstance(exc, smtplib.SMTPResponseException):
                raise self._reply_error("refused the message", exc.smtp_code,
                                        exc.smtp_error) from exc
            raise self._fail(f"connection failed before the message was sent: "
                             f"{_describe(exc)}") from exc
        # The final "." is out: from here on, not hearing the answer means "in doubt".
        try:
            if conn.sock is not None:
                conn.sock.settimeout(self._final_reply_timeout)
            code, resp = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            raise self._fail(
                "lost the connection after the message was sent, before confirming it: "
                f"the server may have accepted it ({_describe(exc)})", ambiguous=True,
            ) from exc
        if code != 250:
            raise self._reply_error("did not accept the message", code, resp)


def _authenticate(conn: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH with one mechanism: ``SMTP.login`` tries every one offered in turn, so one wrong
    password counted as two or three failed logins toward the provider's lock-out."""
    offered = conn.esmtp_features.get("auth", "").upper().split()
    mechanism = next((m for m in ("PLAIN", "LOGIN") if m in offered), None)
    if mechanism is None:
        conn.login(user, password)  # only others (CRAM-MD5): let smtplib pick
        return
    conn.user, conn.password = user, password
    authobject = conn.auth_plain if mechanism == "PLAIN" else conn.auth_login
    conn.auth(mechanism, authobject)  # raises SMTPAuthenticationError unless 235 / 503


def _dot_stuff(data: bytes) -> bytes:
    """The message as DATA content, without the terminating ".": that is sent on its own."""
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def _rset(conn: smtplib.SMTP) -> None:
    try:
        conn.rset()
    except (OSError, smtplib.SMTPException):
        pass  # the transaction is being abandoned anyway


def _close(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve the host name ({exc.strerror})"
    text = str(exc) or exc.__class__.__name__
    return " ".join(text.split())[:300]


# -- sendmail-compatible command ----------------------------------------------------------------


class SendmailTransport:
    """Pipe the message to a sendmail-compatible command (msmtp, sendmail, …).

    With ``-t`` in the command, the program reads the recipients from the headers (and removes
    Bcc itself). Otherwise the recipients are passed as arguments after ``--``, so that an
    address starting with "-" can never be read as an option.
    """

    def __init__(self, command: Sequence[str], *, timeout: float = 120.0) -> None:
        if not command:
            raise ConfigError("send.sendmail_command: empty",
                              hint='for example ["msmtp", "--read-envelope-from", "-t"]')
        self.command = tuple(command)
        self.timeout = timeout

    def send(self, msg: EmailMessage, *, before_commit: CommitPoint = None) -> None:
        env = envelope_of(msg)
        reads_headers = "-t" in self.command[1:]
        if reads_headers:
            buf = BytesIO()
            BytesGenerator(buf, policy=msg.policy.clone(linesep="\n")).flatten(msg)
            data, argv = buf.getvalue(), list(self.command)
        else:
            data, argv = wire_bytes(msg, "\n"), [*self.command, "--", *env.recipients]
        name = self.command[0]
        if before_commit is not None:
            before_commit()
        try:
            proc = subprocess.run(argv, input=data, capture_output=True, timeout=self.timeout,
                                  check=False)
        except FileNotFoundError as exc:
            raise TransportError(f"sendmail command not found: {name}", permanent=True) from exc
        except PermissionError as exc:
            raise TransportError(f"sendmail command not executable: {name}",
                                 permanent=True) from exc
        except subprocess.TimeoutExpired as exc:
            # It may have handed the message on before hanging.
            raise TransportError(f"{name} did not finish within {self.timeout:g} s; "
                                 "the message may have been sent", ambiguous=True) from exc
        if proc.returncode == 0:
            return
        err = " ".join(proc.stderr.decode("utf-8", "replace").split())[-300:]
        detail = f": {err}" if err else ""
        if proc.returncode < 0:
            raise TransportError(f"{name} was killed by signal {-proc.returncode}; "
                                 f"the message may have been sent{detail}", ambiguous=True)
        raise TransportError(f"{name} exited with status {proc.returncode}{detail}",
                             permanent=proc.returncode != EX_TEMPFAIL, code=proc.returncode)


# -- directory ------------------------------------------------------------------------------------


_UNSAFE = re.compile(r"[^A-Za-z0-9._@+=-]")


def safe_filename(message_id: str) -> str:
    """A file name for a Message-ID: readable, and distinct for distinct IDs."""
    core = message_id.strip().strip("<>")
    safe = _UNSAFE.sub("_", core)[:120].lstrip(".")
    if safe != core or not safe:
        safe = f"{safe}-{hashlib.sha256(message_id.encode()).hexdigest()[:12]}"
    return safe + ".eml"


class DirectoryTransport:
    """Write each message to ``<dir>/<safe-message-id>.eml``: for tests and ``followupd demo``.

    Idempotent by Message-ID, like a server that deduplicates: sending the same message twice
    leaves one file. Atomic: written to a temporary file, then hard-linked into place (link
    refuses to overwrite, so even two concurrent senders leave exactly one file).
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def file_for(self, msg: EmailMessage) -> Path:
        mid = msg.get("Message-ID")
        if not mid or not str(mid).strip():
            raise TransportError("the message has no Message-ID", permanent=True)
        return self.path / safe_filename(str(mid))

    def send(self, msg: EmailMessage, *, before_commit: CommitPoint = None) -> None:
        envelope_of(msg)  # same checks as the real transports
        target = self.file_for(msg)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if target.exists():
                return
            fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".tmp-", suffix=".eml")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(wire_bytes(msg, "\n"))
                    f.flush()
                    os.fsync(f.fileno())
                if before_commit is not None:
                    before_commit()
                try:
                    os.link(tmp, target)
                except FileExistsError:
                    pass  # someone delivered the same message meanwhile: still exactly one
            finally:
                os.unlink(tmp)
        except OSError as exc:
            raise TransportError(f"cannot write to {self.path}: {exc.strerror or exc}") from exc


# -- from the configuration -----------------------------------------------------------------------


def from_config(send: SendConfig, smtp: SmtpConfig | None,
                password: Callable[[], str] | None) -> Transport:
    """The transport ``[send] transport`` selects."""
    if send.transport == "directory":
        if send.directory is None:
            raise ConfigError('send.directory: required with transport = "directory"')
        return DirectoryTransport(send.directory)
    if send.transport == "sendmail":
        return SendmailTransport(send.sendmail_command)
    if smtp is None:
        raise ConfigError('smtp: the [smtp] section is required with transport = "smtp"')
    if password is None:
        def no_password() -> str:
            raise ConfigError("smtp: no password source for the SMTP login")
        password = no_password
    return SmtpTransport(smtp, password)
