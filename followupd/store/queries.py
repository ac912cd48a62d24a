"""Every query of followupd: processed messages, cursors, interviews, follow-ups, the audit.

Rules that make the rest of the program safe (with the explicit transactions of
:mod:`followupd.store.database`):

* **Guarded transitions.** A follow-up moves with ``UPDATE … WHERE id = ? AND state IN (…)``;
  a method returns False when the row was not in an expected state. Two processes (or a race
  with the tracker) can never move the same follow-up twice; ``claim_for_sending`` is the one
  that matters: it is committed before any network I/O.
* **An audit row per transition**, written in the same transaction as the change.

Follow-up transitions (the outbox and the tracker drive them; see design.md)::

    planned|due        ─► sending            claim_for_sending — committed before any network I/O
    sending            ─► sent               mark_sent
    sending            ─► due                schedule_retry (4xx), requeue (never reached the server)
    sending            ─► failed             mark_failed (5xx, retries exhausted)
    sending            ─► awaiting_approval  hold(from_states=("sending",)): in doubt, stage kept
    planned|due        ─► awaiting_approval  hold (queue mode, late, template error)
    awaiting_approval  ─► due                approve (approved = 1; ``planned`` may be approved ahead)
    planned|due        ─► drafted ─► sent    mark_drafted; then our Message-ID is seen in Sent
    pending            ─► cancelled|skipped  cancel, skip (pending = planned, due, awaiting_approval)
    pending            ─► pending            reschedule (new due_at, same Message-ID), postpone
    sent               ─► failed             a bounce: mark_failed(from_states=("sent", ...))

``planned`` waits for ``due_at``; ``due`` is one released again (approved, retrying, re-queued,
postponed by the daily cap). Both come out of :meth:`Store.due_followups` once their time came
(``next_attempt_at`` when set, else ``due_at``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from followupd.detect.model import Detection
from followupd.store.database import Database, _utf8
from followupd.store.rows import (
    FOLLOWUP_STATES,
    PENDING,
    RELEASABLE,
    AuditRow,
    FollowupRow,
    FollowupState,
    InterviewData,
    InterviewRow,
    InterviewState,
    Stage,
    _opt_from_db,
    _opt_to_db,
    from_db,
    to_db,
)


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


class Store(Database):
    """The state database and its queries. Open with :meth:`Store.open`; close when done."""

    def _audit(self, now: datetime, event: str, detail: str = "", *, followup_id: int | None = None,
               interview_id: int | None = None) -> None:
        self._x("INSERT INTO audit (ts, followup_id, interview_id, event, detail) VALUES (?, ?, ?, ?, ?)",
                (to_db(now), followup_id, interview_id, event, detail))

    # -- processed messages and cursors -------------------------------------------------------------

    def record_message(
        self, *, folder: str, key: str, uidvalidity: int | None, uid: int | None,
        message_id: str | None, received_at: datetime | None, detection: Detection,
        processed_at: datetime,
    ) -> bool:
        """Remember that a message was processed; False if it was already (nothing changes)."""
        with self.transaction():
            cur = self._x(
                """INSERT OR IGNORE INTO messages (folder, key, uidvalidity, uid, message_id,
                   received_at, kind, detection, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (folder, key, uidvalidity, uid, message_id, _opt_to_db(received_at), detection.kind,
                 json.dumps(detection.to_json(), ensure_ascii=False), to_db(processed_at)),
            )
            return cur.rowcount == 1

    def has_message(self, folder: str, key: str) -> bool:
        row = self._x("SELECT 1 FROM messages WHERE folder = ? AND key = ?", (folder, key)).fetchone()
        return row is not None

    def seen_message_id(self, message_id: str, folder: str | None = None) -> bool:
        """True when a message with this Message-ID was processed (in ``folder`` when given).

        After a UIDVALIDITY change every UID is new; the Message-ID says which mails are not.
        """
        if folder is None:
            row = self._x("SELECT 1 FROM messages WHERE message_id = ? LIMIT 1", (message_id,)).fetchone()
        else:
            row = self._x("SELECT 1 FROM messages WHERE message_id = ? AND folder = ? LIMIT 1",
                          (message_id, folder)).fetchone()
        return row is not None

    def get_cursor(self, folder: str) -> tuple[int, int] | None:
        """``(uidvalidity, last_uid)`` of the last message handed over from ``folder``, or None."""
        row = self._x("SELECT uidvalidity, last_uid FROM cursors WHERE folder = ?", (folder,)).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))

    def set_cursor(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self.transaction():
            self._x("""INSERT INTO cursors (folder, uidvalidity, last_uid) VALUES (?, ?, ?)
                       ON CONFLICT (folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,
                       last_uid = excluded.last_uid""", (folder, uidvalidity, last_uid))

    # -- interviews ---------------------------------------------------------------------------------

    def create_interview(self, data: InterviewData, now: datetime) -> InterviewRow:
        with self.transaction():
            cur = self._x(
                """INSERT INTO interviews (key, company, role, start_at, end_at, timezone, contact,
                   contact_name, interviewers, thread_subject, thread_message_id, thread_references,
                   state, sequence, confirmed_by, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)""",
                (data.key, data.company, data.role, _opt_to_db(data.start), _opt_to_db(data.end),
                 data.timezone, data.contact, data.contact_name, json.dumps(list(data.interviewers)),
                 data.thread_subject, data.thread_message_id, json.dumps(list(data.thread_references)),
                 data.sequence, data.confirmed_by, to_db(now), to_db(now)),
            )
            interview_id = int(cur.lastrowid or 0)
            self._audit(now, "interview_created", f"key {data.key}", interview_id=interview_id)
            return self.get_interview(interview_id)

    def update_interview(self, interview_id: int, data: InterviewData, now: datetime,
                         detail: str = "") -> None:
        """Replace what is known about an interview (all of ``data`` except the key and
        ``confirmed_by``, which stay as first recorded)."""
        with self.transaction():
            self._x(
                """UPDATE interviews SET company = ?, role = ?, start_at = ?, end_at = ?, timezone = ?,
                   contact = ?, contact_name = ?, interviewers = ?, thread_subject = ?,
                   thread_message_id = ?, thread_references = ?, sequence = ?, updated_at = ?
                   WHERE id = ?""",
                (data.company, data.role, _opt_to_db(data.start), _opt_to_db(data.end), data.timezone,
                 data.contact, data.contact_name, json.dumps(list(data.interviewers)),
                 data.thread_subject, data.thread_message_id, json.dumps(list(data.thread_references)),
                 data.sequence, to_db(now), interview_id),
            )
            self._audit(now, "interview_updated", detail, interview_id=interview_id)

    def set_interview_state(self, interview_id: int, state: InterviewState, now: datetime,
                            detail: str = "", *, sequence: int | None = None) -> bool:
        """Cancel or reactivate an interview (False when it already was); ``sequence``: the ICS
        SEQUENCE of the message that did it, when higher than the one recorded."""
        with self.transaction():
            cur = self._x(
                """UPDATE interviews SET state = ?, updated_at = ?,
                   sequence = CASE WHEN ? > coalesce(sequence, -1) THEN ? ELSE sequence END
                   WHERE id = ? AND state != ?""",
                (state, to_db(now), sequence, sequence, interview_id, state))
            if cur.rowcount:
                self._audit(now, f"interview_{state}", detail, interview_id=interview_id)
            return cur.rowcount == 1

    def get_interview(self, interview_id: int) -> InterviewRow:
        """The interview with this id; KeyError when there is none."""
        row = self._x("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        if row is None:
            raise KeyError(f"no interview {interview_id}")
        return InterviewRow._from(row)

    def find_interview(self, key: str) -> InterviewRow | None:
        row = self._x("SELECT * FROM interviews WHERE key = ?", (key,)).fetchone()
        return None if row is None else InterviewRow._from(row)

    def find_interview_by_thread(self, message_ids: Iterable[str]) -> InterviewRow | None:
        """The interview whose conversation contains one of ``message_ids`` (ours included)."""
        ids = [m for m in dict.fromkeys(message_ids) if m]
        if not ids:
            return None
        row = self._x(
            f"""SELECT i.* FROM interviews i WHERE i.id IN (
                    SELECT interview_id FROM thread_ids WHERE message_id IN ({_marks(ids)})
                    UNION SELECT interview_id FROM followups WHERE message_id IN ({_marks(ids)}))
                ORDER BY i.id DESC LIMIT 1""",  # noqa: S608 - placeholders only
            (*ids, *ids),
        ).fetchone()
        return None if row is None else InterviewRow._from(row)

    def interviews_with_contact(self, address: str) -> list[InterviewRow]:
        rows = self._x("SELECT * FROM interviews WHERE lower(contact) = lower(?) ORDER BY id", (address,))
        return [InterviewRow._from(r) for r in rows]

    def list_interviews(self, states: Iterable[InterviewState] | None = None) -> list[InterviewRow]:
        if states is None:
            rows = self._x("SELECT * FROM interviews ORDER BY start_at, id")
        else:
            wanted = list(states)
            sql = f"SELECT * FROM interviews WHERE state IN ({_marks(wanted)}) ORDER BY start_at, id"  # noqa: S608
            rows = self._x(sql, wanted)
        return [InterviewRow._from(r) for r in rows]

    def add_thread_ids(self, interview_id: int, message_ids: Iterable[str]) -> None:
        """Tie Message-IDs to an interview's conversation (an id already tied elsewhere stays there)."""
        ids = [(_utf8(m), interview_id) for m in dict.fromkeys(message_ids) if m]
        if ids:
            with self.transaction():
                self._conn.executemany(
                    "INSERT OR IGNORE INTO thread_ids (message_id, interview_id) VALUES (?, ?)", ids)

    # -- follow-ups: creation and reading -----------------------------------------------------------

    def create_followup(
        self, *, interview_id: int, rule: str, template: str, due_at: datetime, message_id: str,
        now: datetime, held_reason: str | None = None,
    ) -> FollowupRow | None:
        """Plan a follow-up; None when this interview already has one of ``rule`` (kept as is).

        With ``held_reason`` it starts in ``awaiting_approval`` (e.g. already late when found).
        """
        state: FollowupState = "planned" if held_reason is None else "awaiting_approval"
        with self.transaction():
            cur = self._x(
                """INSERT OR IGNORE INTO followups (interview_id, rule, template, state, due_at,
                   message_id, held_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (interview_id, rule, template, state, to_db(due_at), message_id, held_reason,
                 to_db(now), to_db(now)),
            )
            if cur.rowcount != 1:
                return None
            followup_id = int(cur.lastrowid or 0)
            detail = f"{rule} due {to_db(due_at)}" + (f"; held: {held_reason}" if held_reason else "")
            self._audit(now, state, detail, followup_id=followup_id, interview_id=interview_id)
            return self.get_followup(followup_id)

    def get_followup(self, followup_id: int) -> FollowupRow:
        """The follow-up with this id; KeyError when there is none."""
        row = self._x("SELECT * FROM followups WHERE id = ?", (followup_id,)).fetchone()
        if row is None:
            raise KeyError(f"no follow-up {followup_id}")
        return FollowupRow._from(row)

    def find_followup_by_message_id(self, message_id: str) -> FollowupRow | None:
        row = self._x("SELECT * FROM followups WHERE message_id = ?", (message_id,)).fetchone()
        return None if row is None else FollowupRow._from(row)

    def list_followups(self, states: Iterable[FollowupState] | None = None, *,
                       interview_id: int | None = None) -> list[FollowupRow]:
        """Follow-ups (optionally of some states and/or one interview), by due time."""
        where: list[str] = []
        params: list[Any] = []
        if states is not None:
            wanted = list(states)
            where.append(f"state IN ({_marks(wanted)})")
            params.extend(wanted)
        if interview_id is not None:
            where.append("interview_id = ?")
            params.append(interview_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._x(f"SELECT * FROM followups {clause} ORDER BY due_at, id", params)  # noqa: S608
        return [FollowupRow._from(r) for r in rows]

    def due_followups(self, now: datetime) -> list[FollowupRow]:
        """``planned`` / ``due`` follow-ups whose time (retry time, else due_at) has come, oldest first."""
        rows = self._x(
            """SELECT * FROM followups WHERE state IN ('planned', 'due')
                AND coalesce(next_attempt_at, due_at) <= ? ORDER BY coalesce(next_attempt_at, due_at), id""",
            (to_db(now),),
        )
        return [FollowupRow._from(r) for r in rows]

    def next_due_at(self) -> datetime | None:
        """The earliest time a ``planned`` / ``due`` follow-up can be handled (the daemon's wake-up)."""
        return _opt_from_db(self._x("SELECT min(coalesce(next_attempt_at, due_at)) FROM followups "
                                    "WHERE state IN ('planned', 'due')").scalar())

    def sending_leftovers(self) -> list[FollowupRow]:
        """Follow-ups left in ``sending`` (a crash mid-send): the outbox resolves them at start-up."""
        return self.list_followups(("sending",))

    def copies_pending(self) -> list[FollowupRow]:
        """Sent follow-ups whose copy for the Sent folder is still owed."""
        rows = self._x("SELECT * FROM followups WHERE state = 'sent' AND copy_pending = 1 ORDER BY id")
        return [FollowupRow._from(r) for r in rows]

    def count_sent_since(self, since: datetime) -> int:
        """How many follow-ups went out at or after ``since`` (the daily cap; survives restarts).

        Counts by ``sent_at``, so one that bounced afterwards (now ``failed``) still counts.
        """
        return int(self._x("SELECT count(*) FROM followups WHERE sent_at >= ?", (to_db(since),)).scalar())

    def status_counts(self) -> dict[str, int]:
        """Follow-ups per state (every state present, 0 when none) and ``interviews`` (active)."""
        counts: dict[str, int] = dict.fromkeys(FOLLOWUP_STATES, 0)
        for state, n in self._x("SELECT state, count(*) FROM followups GROUP BY state"):
            counts[state] = int(n)
        counts["interviews"] = int(
            self._x("SELECT count(*) FROM interviews WHERE state = 'active'").scalar())
        return counts

    def audit_log(self, *, followup_id: int | None = None, interview_id: int | None = None) -> list[AuditRow]:
        where: list[str] = []
        params: list[Any] = []
        if followup_id is not None:
            where.append("followup_id = ?")
            params.append(followup_id)
        if interview_id is not None:
            where.append("interview_id = ?")
            params.append(interview_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._x(f"SELECT * FROM audit {clause} ORDER BY id", params)  # noqa: S608
        return [AuditRow(r["id"], from_db(r["ts"]), r["followup_id"], r["interview_id"], r["event"],
                         r["detail"]) for r in rows]

    # -- follow-ups: guarded transitions ------------------------------------------------------------

    def _transition(
        self, followup_id: int, from_states: Sequence[str], now: datetime, event: str, detail: str,
        assignments: str, params: Sequence[Any] = (), extra_where: str = "",
        where_params: Sequence[Any] = (),
    ) -> bool:
        """``UPDATE … SET <assignments> WHERE id = ? AND state IN (from_states)`` + an audit row.

        The only way a follow-up changes state: False (and nothing written) when the row is not
        in one of ``from_states`` — it moved meanwhile, or never existed.
        """
        with self.transaction():
            cur = self._x(
                f"""UPDATE followups SET {assignments}, updated_at = ?
                    WHERE id = ? AND state IN ({_marks(from_states)}) {extra_where}""",  # noqa: S608 - ours
                (*params, to_db(now), followup_id, *from_states, *where_params),
            )
            if cur.rowcount != 1:
                return False
            interview_id = self._x("SELECT interview_id FROM followups WHERE id = ?",
                                   (followup_id,)).scalar()
            self._audit(now, event, detail, followup_id=followup_id, interview_id=interview_id)
            return True

    def claim_for_sending(self, followup_id: int, now: datetime) -> bool:
        """``planned``/``due`` → ``sending`` (stage ``claimed``, attempts + 1). Commit BEFORE any I/O.

        False when the follow-up is not releasable any more (another process claimed it, the user
        cancelled it, a reply arrived): then do not send.
        """
        return self._transition(
            followup_id, RELEASABLE, now, "sending", "claimed",
            "state = 'sending', stage = 'claimed', attempts = attempts + 1, "
            "first_attempt_at = coalesce(first_attempt_at, ?), next_attempt_at = NULL",
            (to_db(now),),
        )

    def mark_stage(self, followup_id: int, stage: Stage, now: datetime | None = None) -> bool:
        """Record how far a send got (``data``: from now on the server may have the message)."""
        return self._transition(followup_id, ("sending",), now or datetime.now(UTC), "stage", stage,
                                "stage = ?", (stage,))

    def mark_sent(self, followup_id: int, now: datetime, *, copy_pending: bool = False, detail: str = "",
                  from_states: Sequence[FollowupState] = ("sending",)) -> bool:
        """→ ``sent`` at ``now``. ``copy_pending``: a copy is still owed to the Sent folder.

        The tracker passes wider ``from_states`` when it sees our Message-ID in Sent (draft mode,
        in-doubt recovery); ``failed`` is never among them, so a bounce is not undone.
        """
        return self._transition(
            followup_id, from_states, now, "sent", detail,
            "state = 'sent', stage = NULL, sent_at = coalesce(sent_at, ?), copy_pending = ?, "
            "held_reason = NULL, next_attempt_at = NULL",
            (to_db(now), int(copy_pending)),
        )

    def clear_copy_pending(self, followup_id: int, now: datetime | None = None) -> bool:
        return self._transition(followup_id, ("sent",), now or datetime.now(UTC), "copy_filed", "",
                                "copy_pending = 0")

    def mark_failed(self, followup_id: int, error: str, now: datetime | None = None, *,
                    from_states: Sequence[FollowupState] = ("sending",)) -> bool:
        """→ ``failed`` for good (SMTP 5xx, retries exhausted; a bounce passes ``("sent", ...)``)."""
        return self._transition(followup_id, from_states, now or datetime.now(UTC), "failed", error,
                                "state = 'failed', stage = NULL, last_error = ?, next_attempt_at = NULL",
                                (error,))

    def schedule_retry(self, followup_id: int, next_attempt_at: datetime, error: str,
                       now: datetime | None = None) -> bool:
        """``sending`` → ``due``, to be tried again at ``next_attempt_at`` (a temporary failure)."""
        return self._transition(
            followup_id, ("sending",), now or datetime.now(UTC), "retry",
            f"{error}; next attempt {to_db(next_attempt_at)}",
            "state = 'due', stage = NULL, next_attempt_at = ?, last_error = ?",
            (to_db(next_attempt_at), error),
        )

    def requeue(self, followup_id: int, reason: str, now: datetime | None = None) -> bool:
        """``sending`` → ``due`` at once: the send never reached the server (stage ``claimed``)."""
        return self._transition(followup_id, ("sending",), now or datetime.now(UTC), "requeued", reason,
                                "state = 'due', stage = NULL, next_attempt_at = NULL")

    def hold(self, followup_id: int, reason: str, now: datetime | None = None, *,
             from_states: Sequence[FollowupState] = RELEASABLE) -> bool:
        """→ ``awaiting_approval`` with ``reason`` (queue mode, late, template error).

        In doubt, the outbox passes ``from_states=("sending",)``: the row keeps its ``stage``, which
        marks it :attr:`FollowupRow.in_doubt` — a reschedule never moves such a one back to
        ``planned``; only the user's :meth:`approve` (or our Message-ID seen in Sent) releases it.
        """
        return self._transition(
            followup_id, from_states, now or datetime.now(UTC), "held", reason,
            "state = 'awaiting_approval', held_reason = ?, "
            "stage = CASE WHEN state = 'sending' THEN stage ELSE NULL END",  # the old state
            (reason,))

    def approve(self, followup_id: int, now: datetime | None = None) -> bool:
        """``awaiting_approval`` (or ``planned``, approving ahead) → ``due`` with ``approved`` set.

        An approved follow-up is not held again for the window, lateness or queue mode; it goes
        at once when it is past due, else at its due time.
        """
        return self._transition(followup_id, ("awaiting_approval", "planned"), now or datetime.now(UTC),
                                "approved", "",
                                "state = 'due', approved = 1, held_reason = NULL, next_attempt_at = NULL, "
                                "stage = NULL")

    def postpone(self, followup_id: int, due_at: datetime, reason: str, now: datetime | None = None) -> bool:
        """Move a ``planned``/``due`` follow-up's due time (the daily cap was reached)."""
        return self._transition(followup_id, RELEASABLE, now or datetime.now(UTC), "postponed",
                                f"{reason}; now due {to_db(due_at)}",
                                "state = 'due', due_at = ?, next_attempt_at = NULL", (to_db(due_at),))

    def defer(self, followup_id: int, until: datetime, reason: str, now: datetime | None = None) -> bool:
        """Not before ``until`` (the SMTP login is being refused): ``due_at`` and the state stay.

        Unlike :meth:`postpone` the due time is kept, so lateness is still judged from it.
        """
        return self._transition(followup_id, RELEASABLE, now or datetime.now(UTC), "deferred",
                                f"{reason}; next attempt {to_db(until)}",
                                "next_attempt_at = ?, last_error = ?", (to_db(until), reason))

    def retry_now(self, now: datetime) -> int:
        """The user says what held the retries back is fixed (a reload after a new password):
        every follow-up waiting for its next attempt may go at the next pass. Returns how many."""
        with self.transaction():
            waiting = self._x(
                f"""SELECT id FROM followups WHERE state IN ({_marks(RELEASABLE)})
                    AND next_attempt_at > ?""",  # noqa: S608 - ours
                (*RELEASABLE, to_db(now)),
            )
            return sum(self._transition(r["id"], RELEASABLE, now, "retry_now", "on reload",
                                        "next_attempt_at = NULL") for r in waiting)

    def reschedule(self, followup_id: int, due_at: datetime, now: datetime, *,
                   held_reason: str | None = None, detail: str = "") -> bool:
        """A pending follow-up gets a new due time (the interview moved); its Message-ID stays.

        It becomes ``planned`` again (``due`` when the user had approved it), or
        ``awaiting_approval`` with ``held_reason`` when the new time is already too late.
        A follow-up held in doubt (it may have been delivered) is not moved: returns False.
        """
        return self._transition(
            followup_id, PENDING, now, "rescheduled", detail or f"now due {to_db(due_at)}",
            "due_at = ?, next_attempt_at = NULL, held_reason = ?, "
            "state = CASE WHEN ? IS NOT NULL THEN 'awaiting_approval' "
            "WHEN approved THEN 'due' ELSE 'planned' END",
            (to_db(due_at), held_reason, held_reason),
            extra_where="AND NOT (state = 'awaiting_approval' AND stage IS NOT NULL)",
        )

    def revive(self, followup_id: int, due_at: datetime, now: datetime, *, cancelled_reason: str,
               held_reason: str | None = None) -> bool:
        """``cancelled`` → ``planned`` with a new due time, only if it was cancelled for
        ``cancelled_reason`` (the interview was cancelled, then invited again). One the user or a
        reply cancelled stays cancelled. ``held_reason``: back as ``awaiting_approval`` instead.
        """
        return self._transition(
            followup_id, ("cancelled",), now, "revived", f"now due {to_db(due_at)}",
            "due_at = ?, next_attempt_at = NULL, approved = 0, held_reason = ?, "
            "state = CASE WHEN ? IS NOT NULL THEN 'awaiting_approval' ELSE 'planned' END",
            (to_db(due_at), held_reason, held_reason),
            extra_where="AND held_reason = ?", where_params=(cancelled_reason,),
        )

    def cancel(self, followup_id: int, reason: str, now: datetime | None = None, *,
               from_states: Sequence[FollowupState] = PENDING) -> bool:
        """A pending follow-up will not be sent (the user, an interview cancellation, a reply)."""
        return self._transition(followup_id, from_states, now or datetime.now(UTC), "cancelled", reason,
                                "state = 'cancelled', held_reason = ?", (reason,))

    def skip(self, followup_id: int, reason: str, now: datetime | None = None) -> bool:
        """A pending follow-up is not needed: the user already wrote by hand."""
        return self._transition(followup_id, PENDING, now or datetime.now(UTC), "skipped", reason,
                                "state = 'skipped', held_reason = ?", (reason,))

    def mark_drafted(self, followup_id: int, now: datetime) -> bool:
        """``planned``/``due`` → ``drafted``: it is in the Drafts folder; Sent will tell when it went."""
        return self._transition(followup_id, RELEASABLE, now, "drafted", "", "state = 'drafted'")

    def set_edited_body(self, followup_id: int, body: str | None, now: datetime | None = None) -> bool:
        """The user's own text (``queue edit``) for a pending follow-up; None restores the template."""
        return self._transition(followup_id, PENDING, now or datetime.now(UTC), "edited",
                                "body cleared" if body is None else f"{len(body)} characters",
                                "edited_body = ?", (body,))

    def set_note(self, followup_id: int, note: str | None, now: datetime | None = None) -> bool:
        """One point from the conversation for a pending follow-up's template; None clears it."""
        return self._transition(followup_id, PENDING, now or datetime.now(UTC), "noted",
                                "note cleared" if note is None else f"note: {note}",
                                "note = ?", (note,))
