"""The only code that sends: the follow-up state machine and its delivery.

    planned ─► due ─► (awaiting_approval) ─► sending ─► sent | failed
                  └──────────────────────────────────► cancelled | skipped | drafted

Every transition is one SQLite transaction, guarded by the state it leaves (followupd/store/), so a
follow-up can never be claimed twice. The order that makes delivery exactly-once:

1. commit ``sending`` (stage ``claimed``) before any network I/O;
2. commit stage ``data`` just before the final "." of SMTP DATA — only from then on can the
   server have the message;
3. deliver; commit ``sent`` (with ``copy_pending`` when a copy is owed to Sent);
4. APPEND the copy to Sent; clear ``copy_pending``.

At start-up a leftover ``sending`` in stage ``claimed`` never reached the server: it goes back
to ``due``. One in stage ``data`` is in doubt: it is looked up in Sent by its deterministic
Message-ID; found, it is ``sent``; not found, it is held for the user (``send.in_doubt =
"hold"``) — never sent a second time behind the user's back.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from followupd import plan
from followupd.compose import compose
from followupd.config_types import Config
from followupd.context import ComposeInput, InterviewFacts, Person, Thread
from followupd.errors import SourceError, TemplateError, TransportError
from followupd.retry import LOGIN_RETRY, doubling
from followupd.sources.base import MailSource
from followupd.store import FollowupRow, Store
from followupd.templating import Templates
from followupd.transports import Transport, retry_delay, wire_bytes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxEvent:
    followup_id: int
    event: str  # sent, drafted, held, failed, retry, deferred, recovered, in_doubt
    detail: str = ""


class Outbox:
    def __init__(
        self, store: Store, config: Config, templates: Templates, transport: Transport,
        mailbox: MailSource | None,
    ) -> None:
        self.store = store
        self.config = config
        self.templates = templates
        self.transport = transport
        self.mailbox = mailbox
        self._login_refusals = 0  # in a row; the gate below is closed while > 0
        self._login_gate: datetime | None = None
        # Left in `sending` when the state database failed mid-send (locked, disk full): the
        # message that the server accepted, or None when it never got past the final ".".
        self._unsettled: dict[int, EmailMessage | None] = {}

    # -- rendering (also for `preview` and `queue show`) ------------------------------------------

    def render(self, row: FollowupRow, now: datetime) -> EmailMessage:
        return render_followup(self.store, self.config, self.templates, row, now)

    # -- start-up -----------------------------------------------------------------------------------

    def recover(self, now: datetime) -> list[OutboxEvent]:
        events = []
        for row in self.store.sending_leftovers():
            events.append(self._recover_one(row, now))
        for row in self.store.copies_pending():
            self._file_copy(row, now)
        return events

    def _recover_one(self, row: FollowupRow, now: datetime) -> OutboxEvent:
        if row.stage == "claimed":
            # Killed before the final "." of DATA: no server can have accepted the message.
            self.store.requeue(row.id, "interrupted before the message was handed over")
            return OutboxEvent(row.id, "recovered", "interrupted before delivery; will send")
        if self._in_sent(row.message_id):
            self.store.mark_sent(row.id, now, copy_pending=False, detail="found in Sent after restart")
            return OutboxEvent(row.id, "sent", "found in Sent after a restart")
        if self.config.send.in_doubt == "resend":
            self.store.requeue(row.id, "in doubt; in_doubt = resend")
            return OutboxEvent(row.id, "recovered", "in doubt; sending again as configured")
        reason = ("in doubt: the connection ended after the message was handed to the server, "
                  "and no copy was found in Sent. Check the recipient's reply or your Sent folder, "
                  "then `followupd queue approve` to send again or `queue cancel`")
        self.store.hold(row.id, reason, from_states=("sending",))
        return OutboxEvent(row.id, "in_doubt", reason)

    def _in_sent(self, message_id: str) -> bool:
        folder = self.config.sent_folder
        if self.mailbox is None or folder is None:
            return False
        try:
            return self.mailbox.find_message_id(folder, message_id)
        except SourceError as exc:
            log.warning("cannot search Sent for %s: %s", message_id, exc)
            return False

    # -- the pass -----------------------------------------------------------------------------------

    def run_pass(self, now: datetime) -> list[OutboxEvent]:
        """Handle what is due. A state-database error (sqlite3.OperationalError: locked, disk
        full) propagates; nothing was sent that is not recorded on the next pass."""
        events: list[OutboxEvent] = self._settle(now)
        for settled in events:
            log.warning("follow-up %d: %s: %s", settled.followup_id, settled.event, settled.detail)
        for row in self.store.due_followups(now):
            event = self._handle(row, now)
            if event is not None:
                events.append(event)
                log.info("follow-up %d (%s, interview %d): %s%s", row.id, row.rule,
                         row.interview_id, event.event, f": {event.detail}" if event.detail else "")
        return events

    def _handle(self, row: FollowupRow, now: datetime) -> OutboxEvent | None:
        send = self.config.send
        if not row.approved:
            if send.mode == "queue":
                self.store.hold(row.id, "waiting for your approval (send.mode = \"queue\")")
                return OutboxEvent(row.id, "held", "waiting for approval")
            # A retry is late by design (it follows an earlier attempt); only a first attempt
            # that fell due while followupd was down counts as late.
            if row.attempts == 0 and plan.is_late(row.due_at, now, send.grace):
                reason = (f"late: it fell due {row.due_at:%Y-%m-%d %H:%M} UTC while followupd was "
                          "not running; approve it if it still makes sense")
                self.store.hold(row.id, reason)
                return OutboxEvent(row.id, "held", reason)
        tz = ZoneInfo(self.config.account.timezone)
        day_start = plan.local_day_start(now, tz)
        if self.store.count_sent_since(day_start) >= send.max_per_day:
            later = plan.next_day_window(now, send, tz)
            self.store.postpone(row.id, later, f"daily cap of {send.max_per_day} reached")
            return OutboxEvent(row.id, "deferred", f"daily cap reached; next try {later:%Y-%m-%d %H:%M} UTC")
        try:
            msg = self.render(row, now)
        except TemplateError as exc:
            reason = "template error: " + "; ".join(exc.lines())
            self.store.hold(row.id, reason)
            return OutboxEvent(row.id, "held", reason)
        if send.mode == "draft" and not row.approved:
            return self._draft(row, msg, now)
        return self._deliver(row, msg, now)

    def _draft(self, row: FollowupRow, msg: EmailMessage, now: datetime) -> OutboxEvent:
        if self.mailbox is None or self.config.imap is None:
            self.store.hold(row.id, "draft mode needs an IMAP mailbox")
            return OutboxEvent(row.id, "held", "draft mode needs an IMAP mailbox")
        try:
            self.mailbox.append(self.config.imap.drafts_folder, wire_bytes(msg), flags=("\\Draft",),
                                when=now)
        except SourceError as exc:
            return OutboxEvent(row.id, "retry", f"cannot reach Drafts: {exc}")
        self.store.mark_drafted(row.id, now)
        return OutboxEvent(row.id, "drafted", f"in {self.config.imap.drafts_folder}")

    def _deliver(self, row: FollowupRow, msg: EmailMessage, now: datetime) -> OutboxEvent | None:
        if self._login_gate is not None and now < self._login_gate:
            reason = "the SMTP server refused the login; waiting before trying again"
            self.store.defer(row.id, self._login_gate, reason, now)
            return OutboxEvent(row.id, "deferred", f"{reason} at {self._login_gate:%H:%M} UTC")
        if not self.store.claim_for_sending(row.id, now):
            return None  # another process moved it first
        def commit_point() -> None:
            if not self.store.mark_stage(row.id, "data"):
                raise RuntimeError(f"follow-up {row.id} left the sending state")

        try:
            self.transport.send(msg, before_commit=commit_point)
        except TransportError as exc:
            try:
                return self._failed_attempt(row, exc, now)
            except sqlite3.Error:
                self._unsettled[row.id] = None  # recovered as after a crash: in doubt past DATA
                raise
        except sqlite3.Error:
            self._unsettled[row.id] = None  # the commit point failed: nothing was handed over
            raise
        self._login_refusals, self._login_gate = 0, None
        copy_owed = self._copy_owed()
        try:
            self.store.mark_sent(row.id, now, copy_pending=copy_owed)
        except sqlite3.Error:
            self._unsettled[row.id] = msg  # delivered: record it as sent on the next pass
            raise
        if copy_owed:
            self._file_copy(self.store.get_followup(row.id), now, msg)
        return OutboxEvent(row.id, "sent", f"to {msg['To']}")

    def _failed_attempt(self, row: FollowupRow, exc: TransportError, now: datetime) -> OutboxEvent:
        if exc.login_refused:
            return self._login_refused(row, exc, now)
        if exc.ambiguous:
            if self._in_sent(row.message_id):
                self.store.mark_sent(row.id, now, copy_pending=False, detail="found in Sent")
                return OutboxEvent(row.id, "sent", "confirmed through Sent after an error")
            reason = f"in doubt: {exc}; the server may have taken it. Not sent again"
            self.store.hold(row.id, reason, from_states=("sending",))
            return OutboxEvent(row.id, "in_doubt", reason)
        if exc.permanent:
            self.store.mark_failed(row.id, str(exc))
            return OutboxEvent(row.id, "failed", str(exc))
        first = row.first_attempt_at or now
        if now - first > self.config.send.retry_max_age:
            self.store.mark_failed(row.id, f"gave up after {row.attempts + 1} attempts: {exc}")
            return OutboxEvent(row.id, "failed", f"gave up retrying: {exc}")
        later = now + retry_delay(row.attempts + 1)
        self.store.schedule_retry(row.id, later, str(exc))
        return OutboxEvent(row.id, "retry", f"{exc}; next try at {later:%H:%M:%S} UTC")

    def _login_refused(self, row: FollowupRow, exc: TransportError, now: datetime) -> OutboxEvent:
        self._login_refusals += 1
        wait = doubling(self._login_refusals, LOGIN_RETRY)  # few tries a day: see retry.py
        self._login_gate = now + wait
        if self._login_refusals == 1:  # said once per run of refusals, not on every try
            log.error("%s. No follow-up is sent until the login works; next try at %s UTC. "
                      "Fix the password (`followupd auth set smtp`), then reload followupd",
                      exc, f"{self._login_gate:%Y-%m-%d %H:%M}")
        first = row.first_attempt_at or now
        if now - first > self.config.send.retry_max_age:
            self.store.mark_failed(row.id, f"gave up after {row.attempts + 1} attempts: {exc}")
            return OutboxEvent(row.id, "failed", f"gave up retrying: {exc}")
        self.store.schedule_retry(row.id, self._login_gate, str(exc))
        return OutboxEvent(row.id, "retry", f"{exc}; next try at {self._login_gate:%H:%M} UTC")

    def _settle(self, now: datetime) -> list[OutboxEvent]:
        """Finish what a state-database error interrupted on an earlier pass (see _deliver)."""
        events: list[OutboxEvent] = []
        for followup_id, delivered in list(self._unsettled.items()):
            row = self.store.get_followup(followup_id)
            if row.state != "sending":
                pass  # settled meanwhile (a restart's recovery, the user)
            elif delivered is not None:
                copy_owed = self._copy_owed()
                self.store.mark_sent(row.id, now, copy_pending=copy_owed,
                                     detail="recorded late: the state database was busy")
                if copy_owed:
                    self._file_copy(self.store.get_followup(row.id), now, delivered)
                events.append(OutboxEvent(row.id, "sent", "recorded after a state-database error"))
            else:
                events.append(self._recover_one(row, now))
            del self._unsettled[followup_id]
        return events

    def _copy_owed(self) -> bool:
        smtp = self.config.smtp
        return (self.config.send.append_to_sent and self.mailbox is not None
                and self.config.imap is not None and self.config.send.transport == "smtp"
                and not (smtp and smtp.server_saves_sent))

    def _file_copy(self, row: FollowupRow, now: datetime, msg: EmailMessage | None = None) -> None:
        assert self.config.imap is not None and self.mailbox is not None  # noqa: S101
        sent = self.config.imap.sent_folder
        try:
            if not self.mailbox.find_message_id(sent, row.message_id):
                message = msg if msg is not None else self.render(row, row.sent_at or now)
                self.mailbox.append(sent, wire_bytes(message), flags=("\\Seen",), when=row.sent_at or now)
        except (SourceError, TemplateError) as exc:
            log.warning("follow-up %d was sent, but its copy could not be filed in %s yet: %s",
                        row.id, sent, exc)
            return
        self.store.clear_copy_pending(row.id)


def render_followup(store: Store, config: Config, templates: Templates, row: FollowupRow,
                    now: datetime) -> EmailMessage:
    """The message a follow-up is, rendered now (raises TemplateError)."""
    iv = store.get_interview(row.interview_id)
    account = config.account
    inp = ComposeInput(
        template=row.template,
        rule=row.rule,
        message_id=row.message_id,
        date=now,
        me=Person(account.name, account.email),
        contact=Person(iv.contact_name, iv.contact or ""),
        interview=InterviewFacts(
            company=iv.company, role=iv.role, start=iv.start, end=iv.end,
            timezone=iv.timezone or account.timezone, interviewers=tuple(iv.interviewers),
        ),
        thread=Thread(iv.thread_subject, iv.thread_message_id, tuple(iv.thread_references)),
        body_override=row.edited_body,
        note=row.note,
    )
    return compose(templates, inp)



