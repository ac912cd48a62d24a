"""IMAP source (imapclient): verified TLS, incremental sync by UID, smart partial fetch, IDLE.

Watching several folders: one connection IDLEs on the first watched folder (usually INBOX,
where confirmations arrive within a second) and, every ``poll_interval`` and whenever IDLE is
renewed, leaves IDLE to ask STATUS of the others (the rest of ``folders`` and Sent) — one
connection per folder would multiply logins, and a follow-up the user wrote by hand in Sent
can wait minutes.

Connections die silently (NAT timeouts, Wi-Fi changes, server restarts). Defences: socket
timeouts, TCP keepalive, IDLE re-issued at least every ``idle_renew`` seconds (10 min, below
the ~10 min some servers and middleboxes cut), a NOOP each renewal, and treating an empty
``idle_check`` that returns long before its timeout as a dead socket (imapclient swallows EOF
there: imapclient#565). Reconnects back off exponentially with jitter; after each one the
caller re-reads from its cursor, so nothing appended during the gap is missed.
"""

from __future__ import annotations

import imaplib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError, ProtocolError
from imapclient.response_parser import parse_fetch_response

from followupd.config_types import ImapConfig
from followupd.errors import ConfigError, CredentialError, SourceError
from followupd.retry import LOGIN_RETRY, Backoff, doubling
from followupd.sources import mime
from followupd.sources.base import Cursor, FetchedMessage, message_id_of
from followupd.tlsutil import client_context

log = logging.getLogger(__name__)

# What a dropped connection looks like through imapclient / imaplib / ssl.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # includes socket.timeout, ssl.SSLError, ConnectionResetError
    imaplib.IMAP4.abort,  # BYE, EOF, "socket error"
)
BATCH = 2000  # UIDs per FETCH: bounded memory (~10 MB), few round trips on a slow link
FIRST_PASS = ["BODYSTRUCTURE", "INTERNALDATE", "RFC822.SIZE", "BODY.PEEK[HEADER]"]
FIRST_PASS_NO_STRUCTURE = ["INTERNALDATE", "RFC822.SIZE", "BODY.PEEK[HEADER]"]
FALLBACK_ITEMS = ["BODY.PEEK[TEXT]<0.65536>"]
# What imapclient raises on an answer it cannot parse (the connection itself is fine).
PARSE_ERRORS: tuple[type[BaseException], ...] = (ProtocolError, ValueError, IndexError, TypeError)


class ImapSource:
    def __init__(
        self,
        config: ImapConfig,
        password: Callable[[], str] | str,
        stop_event: threading.Event | None = None,
        *,
        idle_renew: float = 600.0,
        backoff: Backoff | None = None,
        batch_size: int = BATCH,
    ) -> None:
        if config.security == "none" and not config.allow_insecure:
            raise ConfigError(
                'imap.security: "none" sends your password in clear text',
                hint='use "tls" or "starttls"; set imap.allow_insecure = true only for a '
                "server on this machine",
            )
        self.config = config
        self._password = password
        self.stop_event = stop_event or threading.Event()
        self.idle_renew = idle_renew
        self.backoff = backoff or Backoff()
        self.batch_size = batch_size
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._idling = False
        self._last_poll = 0.0
        self._idle_since = 0.0
        self._baseline: dict[str, tuple[int, int, int]] = {}  # folder → STATUS we last saw
        self._missing: set[str] = set()  # folders we warned about not existing
        self._lost: tuple[str, float] | None = None  # why and when the connection went
        self._retry_at: float | None = None  # monotonic time of the next reconnect attempt
        self._refusals = 0  # logins refused in a row; while > 0, _retry_at holds logins back
        self._ctx = client_context(config.ca_file) if config.security != "none" else None

    # -- connection ---------------------------------------------------------------------------
    @property
    def where(self) -> str:
        return f"imap {self.config.host}:{self.config.port}"

    def watched(self) -> list[str]:
        out = list(self.config.folders)
        if self.config.sent_folder and self.config.sent_folder not in out:
            out.append(self.config.sent_folder)
        return out

    def _secret(self) -> str:
        return self._password() if callable(self._password) else self._password

    def connect(self) -> IMAPClient:
        """Log in (or raise SourceError naming host, user and the reason; never the secret)."""
        cfg = self.config
        try:
            client = IMAPClient(
                cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=self._ctx,
                timeout=cfg.timeout,
            )
        except ssl.SSLCertVerificationError as exc:
            raise SourceError(f"{self.where}: TLS certificate not trusted: {exc.verify_message}"
                              " (set imap.ca_file to the CA that signed it)") from exc
        except CONNECTION_ERRORS as exc:
            raise SourceError(f"{self.where}: cannot connect: {exc}") from exc
        try:
            if cfg.security == "starttls":
                client.starttls(self._ctx)
            client.normalise_times = False  # aware INTERNALDATEs, not naive local time
            _keepalive(client)
            client.login(cfg.username, self._secret())
        except ssl.SSLCertVerificationError as exc:
            _shutdown(client)
            raise SourceError(f"{self.where}: TLS certificate not trusted: {exc.verify_message}"
                              " (set imap.ca_file to the CA that signed it)") from exc
        except LoginError as exc:
            _shutdown(client)
            reason = _reason(exc)
            raise SourceError(f"{self.where}: login failed for user '{cfg.username}': {reason}",
                              login_refused=login_refused(reason)) from exc
        except (IMAPClientError, *CONNECTION_ERRORS) as exc:
            _shutdown(client)
            raise SourceError(f"{self.where}: {exc}") from exc
        if self._refusals:
            log.info("%s: login accepted again after %d refusal(s)", self.where, self._refusals)
            self._refusals = 0
        self._client = client
        self._selected = None
        self._idling = False
        return client

    def _conn(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        if self._refusals and self._retry_at is not None and time.monotonic() < self._retry_at:
            raise SourceError(f"{self.where}: waiting {self._retry_at - time.monotonic():.0f} s "
                              "before the next login attempt", login_refused=True)
        try:
            return self.connect()
        except SourceError as exc:
            if exc.login_refused:
                self._refused(exc)
            raise

    def _refused(self, exc: SourceError) -> None:
        """A refused login: next try per LOGIN_RETRY, and one error line per run of refusals."""
        self._refusals += 1
        wait = doubling(self._refusals, LOGIN_RETRY)
        self._retry_at = time.monotonic() + wait.total_seconds()
        if self._refusals == 1:
            log.error("%s. Nothing is read from this mailbox until the login works; next try in "
                      "%d min, then less often (every %d h at most, so that the provider does not "
                      "lock the account). Fix the password (`followupd auth set imap`), then "
                      "reload followupd to try at once", exc, wait.total_seconds() // 60,
                      LOGIN_RETRY[1].total_seconds() // 3600)
        else:
            log.debug("%s (refusal %d; next try in %s)", exc, self._refusals, wait)

    def retry_now(self) -> None:
        """After a reload the user may have fixed the password: the next login is not held."""
        if self._refusals:
            self._retry_at = time.monotonic()

    def _drop(self, reason: object) -> None:
        if self._client is not None:
            self._lost = (str(reason) or reason.__class__.__name__, time.monotonic())
            _shutdown(self._client)
        self._client = None
        self._selected = None
        self._idling = False

    def reconnect(self, deadline: float | None = None) -> bool:
        """Reconnect with backoff until it works, the stop event is set or ``deadline``
        (monotonic) passes; a later call resumes the same backoff schedule. Logs one line
        per reconnect (and one per failed attempt, but only the first of a run of refused
        logins); never the password."""
        while not self.stop_event.is_set():
            if self._retry_at is None:
                self._retry_at = time.monotonic() + self.backoff.next_delay()
            until = self._retry_at if deadline is None else min(self._retry_at, deadline)
            if self.stop_event.wait(max(0.0, until - time.monotonic())):
                return False
            if time.monotonic() < self._retry_at:
                return False  # the caller's deadline came first; the schedule stands
            self._retry_at = None
            try:
                self.connect()
            except (SourceError, CredentialError) as exc:
                if isinstance(exc, SourceError) and exc.login_refused:
                    self._refused(exc)
                    continue
                # Keep trying soon: a restarting server drops us for a moment, and a
                # password_command may need an agent that is not up yet.
                self._retry_at = time.monotonic() + self.backoff.next_delay()
                log.warning("%s (attempt %d; next in %.0f s)", exc, self.backoff.attempt - 1,
                            self._retry_at - time.monotonic())
                continue
            reason, since = self._lost or ("not connected", time.monotonic())
            log.info("%s: reconnected after %.1f s, %d attempt(s) (connection lost: %s)",
                     self.where, time.monotonic() - since, self.backoff.attempt, reason)
            self._lost = None
            self.backoff.reset()
            return True
        return False

    def _with_retry(self, op: Callable[[IMAPClient], Any], attempts: int = 3) -> Any:
        """Run ``op`` on a live connection; on a dropped connection reconnect and retry."""
        for attempt in range(attempts):
            try:
                return op(self._conn())
            except CONNECTION_ERRORS as exc:
                self._drop(exc)
                if attempt == attempts - 1 or not self.reconnect(time.monotonic() + 60):
                    raise SourceError(f"{self.where}: {exc}") from exc
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._client is not None:
            try:
                if self._idling:
                    self._client.idle_done()
                self._client.logout()
            except (IMAPClientError, *CONNECTION_ERRORS):
                pass  # closing anyway: a dead connection has nothing left to say
            _shutdown(self._client)
        self._client = None

    # -- reading -------------------------------------------------------------------------------
    def _select(self, client: IMAPClient, folder: str) -> dict[bytes, Any]:
        self._leave_idle(client)
        # EXAMINE (read-only): nothing we do can change a flag, not even \Recent.
        info = client.select_folder(folder, readonly=True)
        self._selected = folder
        return info

    def fetch_new(
        self, folder: str, cursor: Cursor | None, since: datetime
    ) -> Iterator[FetchedMessage]:
        """New messages in UID order (see MailSource). Survives a drop mid-way: it reconnects
        and resumes after the last UID it yielded."""
        last_yielded: Cursor | None = cursor
        for attempt in range(3):
            try:
                for msg in self._fetch_new(folder, last_yielded, since):
                    last_yielded = (msg.uidvalidity or 0, msg.uid or 0)
                    yield msg
                return
            except CONNECTION_ERRORS as exc:
                self._drop(exc)
                if attempt == 2 or not self.reconnect(time.monotonic() + 60):
                    raise SourceError(f"{self.where}: reading {folder}: {exc}") from exc

    def _fetch_new(
        self, folder: str, cursor: Cursor | None, since: datetime
    ) -> Iterator[FetchedMessage]:
        client = self._conn()
        try:
            info = self._select(client, folder)
        except IMAPClientError as exc:
            if not client.folder_exists(folder):
                # A fresh account may have no Sent yet: nothing to read, not a failure.
                if folder not in self._missing:
                    log.warning("%s: folder %r does not exist (yet); skipping it", self.where,
                                folder)
                    self._missing.add(folder)
                return
            raise SourceError(f"{self.where}: cannot open folder {folder!r}: {exc}") from exc
        self._missing.discard(folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        if cursor is not None and cursor[0] == uidvalidity:
            last = cursor[1]
            uids = [u for u in client.search(["UID", f"{last + 1}:*"]) if u > last]
        else:
            if cursor is not None:
                log.info("%s: %s UIDVALIDITY changed (%d → %d): rescanning since %s",
                         self.where, folder, cursor[0], uidvalidity, since.date())
            uids = list(client.search(["SINCE", since.date()]))
        uids.sort()
        self._baseline[folder] = (uidvalidity, int(info.get(b"UIDNEXT", 0) or 0),
                                  int(info.get(b"EXISTS", 0) or 0))
        yield from self._fetch_batches(client, folder, uidvalidity, uids)
        # New mail may have come in while we read; the caller loops on wait() which sees it.

    def _fetch_batches(
        self, client: IMAPClient, folder: str, uidvalidity: int, uids: list[int]
    ) -> Iterator[FetchedMessage]:
        """Two passes per batch — structure and headers, then the wanted parts — pipelined so
        a batch costs about one round trip: the part FETCHes of batch k (one per distinct
        structure) go out together with the first pass of batch k+1."""
        batches = [uids[i : i + self.batch_size] for i in range(0, len(uids), self.batch_size)]
        if not batches:
            return
        first = self._first_pass(client, folder, batches[0])
        for k, batch in enumerate(batches):
            plans: dict[tuple[str, ...], list[int]] = {}
            structures: dict[int, tuple[mime.Message | None, tuple[str, ...]]] = {}
            for uid in batch:
                data = first.get(uid)
                if data is None or b"BODYSTRUCTURE" not in data:
                    log.info("%s: %s UID %d vanished before it was read", self.where, folder,
                             uid)
                    continue
                try:
                    structure: mime.Message | None = mime.parse_bodystructure(
                        data[b"BODYSTRUCTURE"])
                    items = tuple(mime.fetch_items(structure))  # type: ignore[arg-type]
                except (mime.StructureError, KeyError) as exc:
                    log.info("%s: %s UID %d: %s; reading header and first text only",
                             self.where, folder, uid, exc)
                    structure, items = None, tuple(FALLBACK_ITEMS)
                structures[uid] = (structure, items)
                plans.setdefault(items, []).append(uid)
            requests = [(group, list(items)) for items, group in plans.items() if items]
            next_batch = batches[k + 1] if k + 1 < len(batches) else []
            try:
                answers = _pipelined_fetch(client, [*requests, (next_batch, FIRST_PASS)])
            except PARSE_ERRORS:
                # Something in these answers defeats imapclient's parser: find what, one
                # group (then one message) at a time, and keep going with everything else.
                answers = {}
                for group, wanted in requests:
                    answers.update(self._parts(client, folder, group, wanted, structures))
                answers.update(self._first_pass(client, folder, next_batch))
            for uid in batch:
                if uid not in structures:
                    continue
                structure, items = structures[uid]
                head = first[uid]
                header = bytes(head.get(b"BODY[HEADER]") or b"")
                parts = answers.get(uid, {})
                if items and not any(mime.response_key(i) in parts for i in items):
                    log.info("%s: %s UID %d vanished before its parts were read", self.where,
                             folder, uid)
                    continue
                if structure is None:
                    raw = mime.fallback(header, parts.get(b"BODY[TEXT]<0>"))
                else:
                    raw = mime.rebuild(header, structure, parts)
                yield FetchedMessage(
                    folder=folder,
                    key=f"{uidvalidity}:{uid}",
                    uid=uid,
                    uidvalidity=uidvalidity,
                    raw=raw,
                    received_at=_aware(head.get(b"INTERNALDATE")),
                    message_id=message_id_of(header),
                    size=int(head.get(b"RFC822.SIZE") or 0),
                )
            first = {uid: answers[uid] for uid in next_batch if uid in answers}

    def _first_pass(
        self, client: IMAPClient, folder: str, uids: list[int]
    ) -> dict[int, dict[bytes, Any]]:
        """FIRST_PASS for ``uids``; a message whose answer imapclient cannot parse (an odd
        BODYSTRUCTURE) is found by bisection and read without its structure."""
        if not uids:
            return {}
        try:
            return _pipelined_fetch(client, [(uids, FIRST_PASS)])
        except PARSE_ERRORS as exc:
            if len(uids) > 1:
                mid = len(uids) // 2
                return {**self._first_pass(client, folder, uids[:mid]),
                        **self._first_pass(client, folder, uids[mid:])}
            log.info("%s: %s UID %d: unparseable answer (%s); reading header and first text "
                     "only", self.where, folder, uids[0], exc)
            data = _pipelined_fetch(client, [(uids, FIRST_PASS_NO_STRUCTURE)])
            for d in data.values():
                d[b"BODYSTRUCTURE"] = None  # parse_bodystructure → StructureError → fallback
            return data

    def _parts(
        self, client: IMAPClient, folder: str, uids: list[int], items: list[str],
        structures: dict[int, tuple[mime.Message | None, tuple[str, ...]]],
    ) -> dict[int, dict[bytes, Any]]:
        """The wanted parts of ``uids``, bisecting past a message whose parts cannot be
        parsed; that one falls back to the first 64 KB of its body."""
        try:
            return _pipelined_fetch(client, [(uids, items)])
        except PARSE_ERRORS as exc:
            if len(uids) > 1:
                mid = len(uids) // 2
                return {**self._parts(client, folder, uids[:mid], items, structures),
                        **self._parts(client, folder, uids[mid:], items, structures)}
            log.info("%s: %s UID %d: unparseable parts (%s); reading first text only",
                     self.where, folder, uids[0], exc)
            structures[uids[0]] = (None, tuple(FALLBACK_ITEMS))
            try:
                return _pipelined_fetch(client, [(uids, FALLBACK_ITEMS)])
            except PARSE_ERRORS:
                return {uids[0]: {}}

    def find_message_id(self, folder: str, message_id: str) -> bool:
        """Is a message with this Message-ID in ``folder``? (resolves an in-doubt send)"""

        def op(client: IMAPClient) -> bool:
            try:
                self._select(client, folder)
            except IMAPClientError:
                return False  # no such folder: certainly not there
            return bool(client.search(["HEADER", "Message-ID", message_id]))

        return bool(self._with_retry(op))

    def append(
        self, folder: str, raw: bytes, flags: Sequence[str] = (), when: datetime | None = None
    ) -> None:
        def op(client: IMAPClient) -> None:
            self._leave_idle(client)
            try:
                client.append(folder, raw, flags=tuple(flags), msg_time=when)
            except IMAPClientError as exc:
                if "TRYCREATE" not in str(exc):
                    raise SourceError(f"{self.where}: cannot append to {folder!r}: {exc}") from exc
                client.create_folder(folder)
                client.append(folder, raw, flags=tuple(flags), msg_time=when)

        self._with_retry(op)

    # -- watching ------------------------------------------------------------------------------
    def wait(self, timeout: float) -> bool:
        """IDLE on the first watched folder (or poll them all) for up to ``timeout`` s.

        True when something may have changed — new mail, or a reconnect (anything could have
        arrived during the gap) — so the caller runs fetch_new on every folder. Checks the stop
        event at least twice a second.
        """
        deadline = time.monotonic() + timeout
        while not self.stop_event.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self._client is None:
                if self.reconnect(deadline):
                    return True
                return False
            try:
                client = self._client
                if self.config.idle and client.has_capability("IDLE"):
                    if self._idle(client, deadline):
                        return True
                else:
                    self.stop_event.wait(min(remaining, self._poll_seconds()))
                    if self._poll(client):
                        return True
            except (IMAPClientError, *CONNECTION_ERRORS) as exc:
                self._drop(exc)
        return False

    def _poll_seconds(self) -> float:
        return max(0.2, self.config.poll_interval.total_seconds())

    def _idle(self, client: IMAPClient, deadline: float) -> bool:
        """One IDLE stretch; True on a change. Leaves IDLE before returning True."""
        folder = self.config.folders[0] if self.config.folders else "INBOX"
        if not self._idling:
            # Anything since the caller last read (also mail announced while we were busy
            # with an APPEND, whose notices we dropped)? STATUS every watched folder.
            if self._poll(client):
                return True
            if self._selected != folder:
                self._select(client, folder)
            client.idle()
            self._idling = True
            self._idle_since = time.monotonic()
        early = 0
        while not self.stop_event.is_set():
            now = time.monotonic()
            if now >= deadline:
                return False
            if (now - self._idle_since >= self.idle_renew
                    or now - self._last_poll >= self._poll_seconds()):
                # Renew IDLE (silent NAT drops) and look at the other folders meanwhile. Mail
                # for the IDLE folder may be announced in the answers to DONE or NOOP.
                seen = self._leave_idle(client)
                seen += client.noop()[1]
                if any(_is_change(r) for r in seen) | self._poll(client, skip=folder):
                    return True
                client.idle()
                self._idling = True
                self._idle_since = time.monotonic()
            step = min(0.5, deadline - now)
            started = time.monotonic()
            responses = client.idle_check(timeout=step)
            elapsed = time.monotonic() - started
            if any(r[0] == b"BYE" for r in responses if isinstance(r, tuple)):
                raise imaplib.IMAP4.abort(f"server said BYE: {responses}")
            if not responses and elapsed < step / 2 and step >= 0.2:
                # idle_check swallows EOF and returns [] at once: the socket is dead. Three in
                # a row, so one odd wake-up (a partial TLS record) is not taken for a death.
                early += 1
                if early >= 3:
                    raise imaplib.IMAP4.abort("connection closed during IDLE")
            else:
                early = 0
            if any(_is_change(r) for r in responses):
                self._leave_idle(client)
                return True
        return False

    def _leave_idle(self, client: IMAPClient) -> list[Any]:
        """End IDLE; returns the untagged responses that came with the DONE."""
        if self._idling:
            self._idling = False
            return list(client.idle_done()[1])
        return []

    def _poll(self, client: IMAPClient, skip: str | None = None) -> bool:
        """STATUS of each watched folder against what we last saw; True on a difference."""
        self._last_poll = time.monotonic()
        self._leave_idle(client)
        changed = False
        for folder in self.watched():
            if folder == skip:
                continue
            try:
                st = client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
            except IMAPClientError:
                continue  # no such folder (e.g. Sent not created yet): nothing to see
            info = {b"UIDVALIDITY": st[b"UIDVALIDITY"], b"UIDNEXT": st[b"UIDNEXT"],
                    b"EXISTS": st[b"MESSAGES"]}
            changed |= self._changed(folder, info)
        if skip is None and self._selected is not None:
            changed |= any(_is_change(r) for r in client.noop()[1])
        return changed

    def _changed(self, folder: str, info: dict[bytes, Any]) -> bool:
        now = (int(info.get(b"UIDVALIDITY", 0) or 0), int(info.get(b"UIDNEXT", 0) or 0),
               int(info.get(b"EXISTS", 0) or 0))
        before = self._baseline.get(folder)
        self._baseline[folder] = now
        return before is not None and before[:2] != now[:2]


def uid_set(uids: Sequence[int]) -> str:
    """1,2,3,7,8 → "1:3,7:8": a 2,000-UID FETCH stays a short command line."""
    out: list[str] = []
    ordered = sorted(set(uids))
    start = prev = ordered[0]
    for uid in ordered[1:] + [-1]:
        if uid == prev + 1:
            prev = uid
            continue
        out.append(str(start) if start == prev else f"{start}:{prev}")
        start = prev = uid
    return ",".join(out)


def _pipelined_fetch(
    client: IMAPClient, requests: Sequence[tuple[Sequence[int], Sequence[str]]]
) -> dict[int, dict[bytes, Any]]:
    """Several UID FETCHes sent back to back, then their answers read: one round trip instead
    of one per command (RFC 3501 5.5 allows it for FETCH). imapclient cannot pipeline, so this
    drives its imaplib object the way imapclient.fetch does; the UID sets are disjoint, so the
    merged untagged FETCH answers file cleanly by UID. Commands are short (UID ranges), so
    sending them all before reading cannot fill the socket buffers."""
    imap = client._imap
    tags = []
    for uids, items in requests:
        if uids:
            tags.append(imap._command("UID", "FETCH", uid_set(uids), f"({' '.join(items)})"))
    failures = []
    for tag in tags:
        typ, data = imap._command_complete("FETCH", tag)
        if typ != "OK":
            failures.append(data)
    typ, data = imap._untagged_response("OK", [None], "FETCH")
    if failures:
        # A NO for one group (a part the server cannot serve) must not lose the others.
        log.info("imap: FETCH answered %s", failures[0])
    if not data or data == [None]:
        return {}
    return dict(parse_fetch_response(data, client.normalise_times, True))


def _is_change(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (
        b"EXISTS", b"EXPUNGE", b"RECENT", b"FETCH", b"VANISHED"
    )


def _keepalive(client: IMAPClient) -> None:
    """TCP keepalive: the kernel notices a dead peer even when we sit in IDLE for minutes."""
    sock = client.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        opt = getattr(socket, name, None)
        if opt is not None:
            sock.setsockopt(socket.IPPROTO_TCP, opt, value)


def _shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except (IMAPClientError, *CONNECTION_ERRORS):
        pass  # already closed


_RESP = re.compile(r"b?['\"](.*)['\"]$")


def _reason(exc: BaseException) -> str:
    text = str(exc)
    m = _RESP.match(text)
    return m.group(1) if m else text


def login_refused(answer: str) -> bool:
    """Whether a NO to LOGIN means our credentials (or the way we sent them) were refused.
    [UNAVAILABLE] (RFC 5530) means the server's password backend is down: that is retried like a
    dropped connection, not held back for LOGIN_RETRY."""
    return "[UNAVAILABLE]" not in answer.upper()


def _aware(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return datetime.now(UTC)


__all__ = ["ImapSource"]
