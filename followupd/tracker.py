"""Detections become state: interviews and their planned follow-ups.

The tracker is called once per new message (inside the caller's transaction, together with
``Store.record_message`` and ``Store.set_cursor``) and answers with :class:`TrackerEvent` objects the
daemon logs. It never sends and never reads a clock: ``now`` comes from the caller.

* **Interviews** are keyed by the ICS UID, else by the thread (the root of References, else
  In-Reply-To, else the Message-ID). Every Message-ID seen in an interview's conversation is
  tied to it, so a later reply, a plain-text reschedule or a bounce finds it. An invitation for
  the same start and the same contact or company as a known interview is that interview (a
  recruiter's mail and the calendar invite for one meeting do not make two thank-yous).
* **scheduled / rescheduled**: create the interview and plan one follow-up per ``[[followup]]``
  rule (never to a message without a contact, to the user, to an ignored or a no-reply address);
  for a known one with a new time (or a higher ICS SEQUENCE), move the pending follow-ups —
  sent ones are never touched, one held in doubt is never released. Moved to a time the
  detector could not read: the pending ones are held. A follow-up already more than
  ``send.grace`` late when planned waits for approval. Invited again after a cancellation:
  the follow-ups the cancellation stopped come back.
* **cancelled**: the pending follow-ups are cancelled.
* **who may change an interview**: an ICS UID and a thread's Message-IDs travel with every
  forward and Cc, so an update that would move or cancel an interview is applied only when it
  comes from the side that confirmed it — the first confirmation's sender, the contact, their
  organisation's domain (not a public mail provider's) or the user. From anyone else it is not
  applied, and the pending follow-ups wait for the user instead: a thank-you at a wrong time,
  or none, is what a stranger could otherwise cause.
* **a reply** (into the thread, or from the contact) after the interview started cancels the
  pending follow-ups whose rule has ``cancel_on_reply``. An out-of-office (auto_reply) or an
  ATS's notice (automated) does not; bulk mail is ignored; any answer to one of our
  Message-IDs proves that follow-up was delivered; a bounce of one of ours marks it failed.
* **the Sent folder**: our own Message-ID there means that follow-up went out (draft mode,
  in-doubt recovery); a mail the user wrote to the contact (or into the thread) after the
  interview started skips the pending follow-ups — the user already followed up by hand.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd import plan
from followupd.config_types import Config, FollowupRule
from followupd.detect.model import Detection
from followupd.providers import PUBLIC_MAIL_DOMAINS
from followupd.store import (
    PENDING,
    RELEASABLE,
    FollowupRow,
    FollowupState,
    InterviewData,
    InterviewRow,
    Store,
)

log = logging.getLogger(__name__)

# A bounce that only names the thread (not one of our Message-IDs) is tied to a follow-up sent
# this recently; older ones are more likely the user's own mail bouncing.
BOUNCE_THREAD_WINDOW = timedelta(days=2)
INTERVIEW_CANCELLED = "the interview was cancelled"
# Addresses nobody reads. The detector should never offer them as a contact; this is the
# tracker's own guard, since a follow-up to one of them is a message in the user's name lost.
_MACHINE_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|notifications?)(?:[-+._].*)?$"
)


@dataclass(frozen=True)
class TrackerEvent:
    """Something the tracker did or decided, for the log and ``followupd scan``.

    ``event`` is one of: detected, updated, planned, held, rescheduled, cancelled,
    reply_cancelled, skipped, bounced, sent, no_contact, ignored.
    """

    event: str
    detail: str = ""
    interview_id: int | None = None
    followup_id: int | None = None

    def describe(self) -> str:
        where = []
        if self.interview_id is not None:
            where.append(f"interview {self.interview_id}")
        if self.followup_id is not None:
            where.append(f"follow-up {self.followup_id}")
        prefix = f"{self.event} ({', '.join(where)})" if where else self.event
        return f"{prefix}: {self.detail}" if self.detail else prefix


def interview_key(d: Detection, fallback: str) -> str:
    """The ICS UID, else the Message-ID that started the thread; ``fallback`` when there is none."""
    if d.ics_uid:
        return d.ics_uid
    if d.references:
        return d.references[0]
    return d.in_reply_to or d.message_id or fallback


def _uid_alias(uid: str) -> str:
    # ICS UIDs share the thread_ids table with Message-IDs; the prefix keeps them apart.
    return f"uid:{uid}"


def _thread_ids(d: Detection) -> list[str]:
    return [m for m in (d.message_id, *d.parents) if m]


def _same_organisation(a: str, b: str) -> bool:
    """Equal domains, or one a subdomain of the other (mail.acme.com and acme.com)."""
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _same(a: str | None, b: str | None) -> bool:
    """Equal e-mail addresses or names, ignoring case; never for two missing values."""
    if not a or not b:
        return False
    return a.strip().lower() == b.strip().lower()


class Tracker:
    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config
        self._me = config.account.email.strip().lower()
        self._domain = self._me.rpartition("@")[2] or "localhost"

    # -- entry point --------------------------------------------------------------------------------

    def apply(
        self, detection: Detection, *, folder: str, key: str, received_at: datetime,
        is_sent_folder: bool, now: datetime,
    ) -> list[TrackerEvent]:
        """Apply what one message says; returns what changed. Runs in one transaction."""
        with self.store.transaction():
            if is_sent_folder:
                return self._sent(detection, received_at, now)
            d = detection
            if d.message_id and self.store.find_followup_by_message_id(d.message_id):
                return []  # one of ours (a Cc or Bcc to the user): not an answer to it
            if d.bounce:
                return self._bounce(d, received_at, now)
            if d.bulk:
                return [TrackerEvent("ignored", f"bulk mail: {d.subject!r}")] if d.interview else []
            if d.kind in ("scheduled", "rescheduled"):
                return self._scheduled(d, f"{folder}/{key}", now)
            if d.kind == "cancelled":
                return self._cancelled(d, f"{folder}/{key}", now)
            return self._maybe_reply(d, received_at, now)

    def awaits_interview(self, d: Detection, received_at: datetime) -> bool:
        """Whether ``d`` answers the conversation of an interview still to come: the detector may
        then read it as being about that interview (see ``detect(in_interview_thread=...)``).
        After the interview has started, an answer is a reply, and a new time is a new round."""
        iv = self.store.find_interview_by_thread(d.parents)
        return iv is not None and iv.state == "active" and iv.start is not None and iv.start > received_at

    # -- finding the interview ----------------------------------------------------------------------

    def _find(self, d: Detection, fallback: str) -> InterviewRow | None:
        iv = self.store.find_interview(interview_key(d, fallback))
        if iv is None and d.ics_uid:
            iv = self.store.find_interview_by_thread([_uid_alias(d.ics_uid)])
        # A new ICS UID in a known thread is another meeting (round two), unless it is a
        # reschedule or a cancellation: only then does the thread decide.
        if iv is None and (not d.ics_uid or d.kind != "scheduled"):
            iv = self.store.find_interview_by_thread(_thread_ids(d))
        if iv is None and d.start is not None:
            iv = self._same_meeting(d)
        return iv

    def _same_meeting(self, d: Detection) -> InterviewRow | None:
        for iv in self.store.list_interviews(("active",)):
            if iv.start == d.start and (_same(iv.contact, d.contact) or _same(iv.company, d.company)):
                return iv
        return None

    # -- scheduled / rescheduled --------------------------------------------------------------------

    def _scheduled(self, d: Detection, fallback: str, now: datetime) -> list[TrackerEvent]:
        iv = self._find(d, fallback)
        if iv is not None:
            return self._update(iv, d, now)
        if d.start is None:
            return [TrackerEvent("ignored", f"interview without a start time: {d.subject!r}")]
        if not d.contact:
            return [TrackerEvent("no_contact", f"no person to write to for {d.subject!r}; not tracked")]
        why_not = self._unwritable(d.contact)
        if why_not:
            return [TrackerEvent("ignored", f"{d.contact}: {why_not}")]
        data = InterviewData(
            key=interview_key(d, fallback), company=d.company, role=d.role, start=d.start, end=d.end,
            timezone=d.timezone, contact=d.contact, contact_name=d.contact_name,
            interviewers=d.interviewers, thread_subject=d.subject, thread_message_id=d.message_id,
            thread_references=tuple(d.parents), sequence=d.ics_sequence,
            confirmed_by=d.sender.strip().lower() if d.sender else None,
        )
        iv = self.store.create_interview(data, now)
        self._tie(iv.id, d)
        when = iv.start.isoformat() if iv.start else "?"
        events = [TrackerEvent("detected", f"{iv.company or 'interview'} at {when} with {iv.contact}",
                               interview_id=iv.id)]
        return events + self._plan_missing(iv, now)

    def _unwritable(self, address: str) -> str | None:
        addr = address.strip().lower()
        if addr == self._me:
            return "that is your own address"
        if _MACHINE_LOCAL.match(addr.partition("@")[0]):
            return "an automatic address nobody reads"
        for item in self.config.detect.rules.ignore_senders:
            item = item.strip().lower()
            if addr == item or (item.startswith("@") and addr.endswith(item)):
                return f"ignored by detect.ignore_senders ({item})"
        return None

    def _update(self, iv: InterviewRow, d: Detection, now: datetime) -> list[TrackerEvent]:
        if d.ics_sequence is not None and iv.sequence is not None and d.ics_sequence < iv.sequence:
            older = f"an older invitation (SEQUENCE {d.ics_sequence} < {iv.sequence})"
            return [TrackerEvent("ignored", older, interview_id=iv.id)]
        changes = (iv.state == "cancelled" or (d.kind == "rescheduled" and d.start is None)
                   or (d.start is not None and d.start != iv.start)
                   or (d.end is not None and d.end != iv.end))
        stranger = self._stranger(iv, d) if changes else None
        if stranger:
            when = d.start.isoformat() if d.start else "an unknown time"
            return self._hold_for_user(iv, now, f"{stranger} says the interview moved to {when}")
        self._tie(iv.id, d)
        revived = False
        if iv.state == "cancelled":
            # Only a newer invitation brings it back; the old one seen again (another folder,
            # a re-sync) must not undo the cancellation.
            newer = ((d.ics_sequence is not None and iv.sequence is not None and d.ics_sequence > iv.sequence)
                     or (d.start is not None and d.start != iv.start))
            if not newer:
                return [TrackerEvent("ignored", "an invitation for a cancelled interview",
                                     interview_id=iv.id)]
            self.store.set_interview_state(iv.id, "active", now, "invited again")
            revived = True
        if d.kind == "rescheduled" and d.start is None:
            return self._hold_unknown_time(iv, now)
        start = d.start or iv.start
        end = d.end if d.start else iv.end  # a new start without an end: an hour from it
        sequence = max((s for s in (iv.sequence, d.ics_sequence) if s is not None), default=None)
        data = InterviewData(
            key=iv.key, company=d.company or iv.company, role=d.role or iv.role, start=start, end=end,
            timezone=d.timezone or iv.timezone, contact=iv.contact or d.contact,
            contact_name=iv.contact_name or d.contact_name, interviewers=d.interviewers or iv.interviewers,
            # The thread a follow-up answers stays the one it started in.
            thread_subject=iv.thread_subject or d.subject,
            thread_message_id=iv.thread_message_id or d.message_id,
            thread_references=iv.thread_references or tuple(d.parents), sequence=sequence,
        )
        moved = (start, end) != (iv.start, iv.end)
        self.store.update_interview(iv.id, data, now, "moved" if moved else "details")
        new = self.store.get_interview(iv.id)
        events: list[TrackerEvent] = []
        if revived:
            when = new.start.isoformat() if new.start else "?"
            events.append(TrackerEvent("updated", f"invited again for {when}", interview_id=iv.id))
            events += self._revive(iv, new, now)
        elif moved:  # (revived ones were planned for the new time already)
            when = new.start.isoformat() if new.start else "?"
            events.append(TrackerEvent("updated", f"moved to {when}", interview_id=iv.id))
            events += self._move_pending(iv, new, now)
        return events + self._plan_missing(new, now)

    def _new_due(self, f: FollowupRow, old: InterviewRow, new: InterviewRow) -> datetime:
        due = self._due(new, f.rule)
        if due is None:  # the rule left the config: keep its distance to the interview
            due = f.due_at + (self._base(new) - self._base(old))
        return due

    def _revive(self, old: InterviewRow, new: InterviewRow, now: datetime) -> list[TrackerEvent]:
        events = []
        for f in self.store.list_followups(("cancelled",), interview_id=new.id):
            due = self._new_due(f, old, new)
            held = self._late_reason(due, now)
            if self.store.revive(f.id, due, now, cancelled_reason=INTERVIEW_CANCELLED, held_reason=held):
                detail = f"{f.rule} due {due.isoformat()} again" + (f": {held}" if held else "")
                events.append(TrackerEvent("held" if held else "planned", detail,
                                           interview_id=new.id, followup_id=f.id))
        return events

    def _hold_unknown_time(self, iv: InterviewRow, now: datetime) -> list[TrackerEvent]:
        """Moved, but to a time the detector could not read: sending at the old time would thank
        someone for a meeting that did not happen, so the follow-ups wait for the user."""
        reason = "the interview was rescheduled to a time followupd could not read; check the date"
        events = [TrackerEvent("updated", "rescheduled to an unknown time", interview_id=iv.id)]
        return events + self._hold_releasable(iv, reason, now)

    def _hold_for_user(self, iv: InterviewRow, now: datetime, claim: str) -> list[TrackerEvent]:
        """An update from outside the interview's side: not applied, and what is pending waits."""
        reason = f"{claim}, but did not confirm it; check, then approve or cancel"
        events = [TrackerEvent("ignored", f"not applied: {reason}", interview_id=iv.id)]
        return events + self._hold_releasable(iv, reason, now)

    def _stranger(self, iv: InterviewRow, d: Detection) -> str | None:
        """Who sent ``d``, when they may not move or cancel ``iv`` (see the module docstring);
        None when they may."""
        if iv.confirmed_by is None:
            return None  # recorded before schema 2: nothing to compare with
        sender = (d.sender or "").strip().lower()
        if not sender:
            return "a message without a sender"
        known = {a.strip().lower() for a in (iv.confirmed_by, iv.contact) if a}
        if sender == self._me or sender in known:
            return None
        domain = sender.rpartition("@")[2]
        if domain not in PUBLIC_MAIL_DOMAINS and any(
            _same_organisation(domain, a.rpartition("@")[2]) for a in known
        ):
            return None
        return sender

    def _hold_releasable(self, iv: InterviewRow, reason: str, now: datetime) -> list[TrackerEvent]:
        events = []
        for f in self.store.list_followups(RELEASABLE, interview_id=iv.id):
            if self.store.hold(f.id, reason, now):
                events.append(TrackerEvent("held", f"{f.rule}: {reason}", interview_id=iv.id,
                                           followup_id=f.id))
        return events

    def _move_pending(self, old: InterviewRow, new: InterviewRow, now: datetime) -> list[TrackerEvent]:
        events = []
        for f in self.store.list_followups(PENDING, interview_id=new.id):
            due = self._new_due(f, old, new)
            held = self._late_reason(due, now)
            if self.store.reschedule(f.id, due, now, held_reason=held, detail=f"now due {due.isoformat()}"):
                events.append(TrackerEvent("rescheduled", f"{f.rule} now due {due.isoformat()}"
                                           + (f" (held: {held})" if held else ""),
                                           interview_id=new.id, followup_id=f.id))
        return events

    # -- planning -----------------------------------------------------------------------------------

    def _rule(self, name: str) -> FollowupRule | None:
        return next((r for r in self.config.followups if r.name == name), None)

    def _zone(self, iv: InterviewRow) -> ZoneInfo:
        """The recipient's zone when the invitation named one, else the user's."""
        if iv.timezone:
            try:
                return ZoneInfo(iv.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                log.warning("interview %d: unknown time zone %r; using yours", iv.id, iv.timezone)
        return self.config.account.tz

    @staticmethod
    def _base(iv: InterviewRow) -> datetime:
        assert iv.start is not None  # noqa: S101 - interviews are only created with a start
        return iv.end or iv.start + plan.DEFAULT_DURATION

    def _due(self, iv: InterviewRow, rule_name: str) -> datetime | None:
        rule = self._rule(rule_name)
        if rule is None or iv.start is None:
            return None
        return plan.due_time(rule, iv.start, iv.end, self.config.send, self._zone(iv))

    def _late_reason(self, due: datetime, now: datetime) -> str | None:
        if plan.is_late(due, now, self.config.send.grace):
            return (f"late: it was due {due:%Y-%m-%d %H:%M} UTC, before followupd learned of it; "
                    "approve it if it still makes sense")
        return None

    def _plan_missing(self, iv: InterviewRow, now: datetime) -> list[TrackerEvent]:
        """One follow-up per configured rule the interview does not have yet."""
        if iv.state != "active" or iv.start is None or not iv.contact:
            return []
        have = {f.rule for f in self.store.list_followups(interview_id=iv.id)}
        events = []
        for rule in self.config.followups:
            if rule.name in have:
                continue
            due = plan.due_time(rule, iv.start, iv.end, self.config.send, self._zone(iv))
            held = self._late_reason(due, now)
            row = self.store.create_followup(
                interview_id=iv.id, rule=rule.name, template=rule.template, due_at=due,
                message_id=plan.followup_message_id(iv.key, rule.name, self._domain), now=now,
                held_reason=held,
            )
            if row is not None:
                detail = f"{rule.name} due {due.isoformat()}" + (f": {held}" if held else "")
                events.append(TrackerEvent("held" if held else "planned", detail,
                                           interview_id=iv.id, followup_id=row.id))
        return events

    # -- cancelled ----------------------------------------------------------------------------------

    def _cancelled(self, d: Detection, fallback: str, now: datetime) -> list[TrackerEvent]:
        iv = self._find(d, fallback)
        if iv is None:
            return [TrackerEvent("ignored", f"a cancellation for an interview not tracked: {d.subject!r}")]
        if d.ics_sequence is not None and iv.sequence is not None and d.ics_sequence < iv.sequence:
            return [TrackerEvent("ignored", f"an older cancellation (SEQUENCE {d.ics_sequence})",
                                 interview_id=iv.id)]
        stranger = self._stranger(iv, d)
        if stranger:
            return self._hold_for_user(iv, now, f"{stranger} says the interview was cancelled")
        self._tie(iv.id, d)
        self.store.set_interview_state(iv.id, "cancelled", now, d.subject, sequence=d.ics_sequence)
        events = [TrackerEvent("cancelled", "interview cancelled", interview_id=iv.id)]
        return events + self._stop_pending(iv.id, INTERVIEW_CANCELLED, now, event="cancelled")

    def _stop_pending(self, interview_id: int, reason: str, now: datetime, *, event: str,
                      only: Iterable[FollowupRow] | None = None) -> list[TrackerEvent]:
        rows = self.store.list_followups(PENDING, interview_id=interview_id) if only is None else only
        events = []
        for f in rows:
            done = (self.store.skip(f.id, reason, now) if event == "skipped"
                    else self.store.cancel(f.id, reason, now))
            if done:
                events.append(TrackerEvent(event, f"{f.rule}: {reason}", interview_id=interview_id,
                                           followup_id=f.id))
        return events

    # -- replies and bounces ------------------------------------------------------------------------

    def _maybe_reply(self, d: Detection, received_at: datetime, now: datetime) -> list[TrackerEvent]:
        if _same(d.sender, self._me):
            return []  # the user's own mail in the inbox is not the other side answering
        events = self._answered_ours(d, received_at)
        candidates: dict[int, InterviewRow] = {}
        in_thread = self.store.find_interview_by_thread(d.parents)
        if in_thread is not None:
            candidates[in_thread.id] = in_thread
        if d.sender:
            for iv in self.store.interviews_with_contact(d.sender):
                candidates.setdefault(iv.id, iv)
        # Mail before the interview (logistics, "see you Tuesday") answers nothing we would send.
        started = [iv for iv in candidates.values()
                   if iv.state == "active" and iv.start is not None and received_at >= iv.start]
        if not started:
            return events
        if d.auto_reply or d.automated:
            note = f"automatic mail from {d.sender}: follow-ups stay planned"
            return events + [TrackerEvent("ignored", note, interview_id=iv.id) for iv in started]
        for iv in started:
            self._tie(iv.id, d)
            replied = [f for f in self.store.list_followups(PENDING, interview_id=iv.id)
                       if (rule := self._rule(f.rule)) is None or rule.cancel_on_reply]
            events += self._stop_pending(iv.id, f"{d.sender or 'the other side'} replied", now,
                                         event="reply_cancelled", only=replied)
        return events

    def _answered_ours(self, d: Detection, received_at: datetime) -> list[TrackerEvent]:
        """An answer (even an out-of-office) to one of our follow-ups proves it was delivered:
        one held in doubt, still ``sending`` after a crash, or drafted and sent by the user is sent."""
        events = []
        for m in d.parents:
            f = self.store.find_followup_by_message_id(m)
            if f is None or not (f.in_doubt or f.state in ("sending", "drafted")):
                continue
            if self.store.mark_sent(f.id, received_at, detail=f"answered by {d.sender or 'the other side'}",
                                    from_states=("sending", "drafted", "awaiting_approval")):
                events.append(TrackerEvent("sent", f"{f.rule}: delivered (it was answered)",
                                           interview_id=f.interview_id, followup_id=f.id))
        return events

    def _bounce(self, d: Detection, received_at: datetime, now: datetime) -> list[TrackerEvent]:
        ids = _thread_ids(d)
        target = next((f for f in (self.store.find_followup_by_message_id(m) for m in ids) if f), None)
        how = "names its Message-ID"
        if target is None:
            iv = self.store.find_interview_by_thread(ids)
            recent = [f for f in (self.store.list_followups(("sent", "sending"), interview_id=iv.id)
                                  if iv else [])
                      if f.sent_at is None or received_at - f.sent_at <= BOUNCE_THREAD_WINDOW]
            target = max(recent, key=lambda f: f.sent_at or now, default=None)
            how = "names its thread"
        if target is None:
            return []
        # Held in doubt, it may have been delivered: its bounce settles the doubt.
        states: tuple[FollowupState, ...] = ("sent", "sending")
        if target.in_doubt:
            states += ("awaiting_approval",)
        if not self.store.mark_failed(target.id, f"bounced: {d.subject}", now, from_states=states):
            return []
        return [TrackerEvent("bounced", f"{target.rule}: the delivery failed (the bounce {how})",
                             interview_id=target.interview_id, followup_id=target.id)]

    # -- the Sent folder ----------------------------------------------------------------------------

    def _sent(self, d: Detection, received_at: datetime, now: datetime) -> list[TrackerEvent]:
        if d.message_id:
            ours = self.store.find_followup_by_message_id(d.message_id)
            if ours is not None:
                # Draft mode, in-doubt recovery or our own copy: it went out. Never from failed,
                # so a bounce that arrived first stays.
                if self.store.mark_sent(ours.id, received_at, detail="seen in Sent",
                                        from_states=(*PENDING, "sending", "drafted")):
                    return [TrackerEvent("sent", f"{ours.rule}: found in Sent",
                                         interview_id=ours.interview_id, followup_id=ours.id)]
                return []
        candidates: dict[int, InterviewRow] = {}
        in_thread = self.store.find_interview_by_thread(d.parents)
        if in_thread is not None:
            candidates[in_thread.id] = in_thread
        # Mail in Sent was written by the user: whom it went to is in To and Cc (the
        # detector's contact, if any, may be someone quoted in it).
        for addr in d.recipients or ((d.contact,) if d.contact else ()):
            for iv in self.store.interviews_with_contact(addr):
                candidates.setdefault(iv.id, iv)
        events = []
        for iv in candidates.values():
            if iv.state != "active" or iv.start is None or received_at < iv.start:
                continue
            self._tie(iv.id, d)
            events += self._stop_pending(iv.id, "you wrote to them yourself after the interview", now,
                                         event="skipped")
        return events

    # -- helpers ------------------------------------------------------------------------------------

    def _tie(self, interview_id: int, d: Detection) -> None:
        ids = _thread_ids(d)
        if d.ics_uid:
            ids.append(_uid_alias(d.ics_uid))
        self.store.add_thread_ids(interview_id, ids)


__all__ = ["Tracker", "TrackerEvent", "interview_key"]
