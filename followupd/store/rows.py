"""The rows of the state database as Python sees them, and the text their times are stored as.

* **Times are stored as UTC ISO 8601 text** with a fixed width (they sort as they compare);
  every datetime in and out is timezone-aware. A naive datetime is a bug and raises ValueError.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

FollowupState = Literal[
    "planned", "due", "awaiting_approval", "sending", "sent", "failed", "cancelled", "skipped", "drafted"
]
FOLLOWUP_STATES: tuple[FollowupState, ...] = (
    "planned", "due", "awaiting_approval", "sending", "sent", "failed", "cancelled", "skipped", "drafted",
)
# Not yet handed to anyone: what a reschedule moves and a cancel, reply or hand-written mail stops.
PENDING: tuple[FollowupState, ...] = ("planned", "due", "awaiting_approval")
# What the outbox may pick up once its time came.
RELEASABLE: tuple[FollowupState, ...] = ("planned", "due")
Stage = Literal["claimed", "data"]
InterviewState = Literal["active", "cancelled"]


# -- time --------------------------------------------------------------------------------------------

def to_db(dt: datetime) -> str:
    """An aware datetime as fixed-width UTC text (sorts like it compares)."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime given to the store: {dt!r}")
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _opt_to_db(dt: datetime | None) -> str | None:
    return None if dt is None else to_db(dt)


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _opt_from_db(text: str | None) -> datetime | None:
    return None if text is None else from_db(text)


# -- rows --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InterviewRow:
    id: int
    key: str  # the ICS UID, or the Message-ID of the thread's root
    company: str | None
    role: str | None
    start: datetime | None
    end: datetime | None
    timezone: str | None  # IANA name when the invitation stated one
    contact: str | None
    contact_name: str | None
    interviewers: tuple[str, ...]
    thread_subject: str
    thread_message_id: str | None  # the message a follow-up replies to (In-Reply-To)
    thread_references: tuple[str, ...]  # its References (a follow-up appends thread_message_id)
    state: InterviewState
    sequence: int | None  # ICS SEQUENCE of the last invitation applied
    confirmed_by: str | None  # From of the first confirmation (None in rows older than schema 2)
    created_at: datetime
    updated_at: datetime

    @classmethod
    def _from(cls, r: sqlite3.Row) -> InterviewRow:
        return cls(
            id=r["id"], key=r["key"], company=r["company"], role=r["role"],
            start=_opt_from_db(r["start_at"]), end=_opt_from_db(r["end_at"]), timezone=r["timezone"],
            contact=r["contact"], contact_name=r["contact_name"],
            interviewers=tuple(json.loads(r["interviewers"])), thread_subject=r["thread_subject"],
            thread_message_id=r["thread_message_id"],
            thread_references=tuple(json.loads(r["thread_references"])), state=r["state"],
            sequence=r["sequence"], confirmed_by=r["confirmed_by"], created_at=from_db(r["created_at"]),
            updated_at=from_db(r["updated_at"]),
        )


@dataclass(frozen=True)
class InterviewData:
    """What the tracker knows about an interview; the store adds id, state and timestamps."""

    key: str
    company: str | None = None
    role: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    timezone: str | None = None
    contact: str | None = None
    contact_name: str | None = None
    interviewers: tuple[str, ...] = ()
    thread_subject: str = ""
    thread_message_id: str | None = None
    thread_references: tuple[str, ...] = ()
    sequence: int | None = None
    confirmed_by: str | None = None  # set once, when the interview is created


@dataclass(frozen=True)
class FollowupRow:
    id: int
    interview_id: int
    rule: str
    template: str
    state: FollowupState
    due_at: datetime  # when it falls due (moved by reschedules and by the daily cap)
    message_id: str  # deterministic (plan.followup_message_id); kept across reschedules
    approved: bool  # the user approved it: window and lateness rules do not hold it again
    stage: Stage | None  # while sending: "claimed" (nothing on the wire yet) or "data" (maybe delivered)
    attempts: int
    first_attempt_at: datetime | None
    next_attempt_at: datetime | None  # a retry waits for this instead of due_at
    last_error: str | None
    held_reason: str | None  # why it waits for approval (or why it was cancelled / skipped)
    edited_body: str | None  # the user's text from `queue edit`, replacing the template's body
    note: str | None  # one point from the conversation (`queue edit --note`), for the template
    copy_pending: bool  # sent, but the copy for the Sent folder is not filed yet
    sent_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def in_doubt(self) -> bool:
        """Held after a send that may have reached the server: never re-sent without the user."""
        return self.state == "awaiting_approval" and self.stage is not None

    @property
    def send_after(self) -> datetime:
        """The instant the outbox may handle it: the retry time when one is set, else due_at."""
        return self.next_attempt_at or self.due_at

    @classmethod
    def _from(cls, r: sqlite3.Row) -> FollowupRow:
        return cls(
            id=r["id"], interview_id=r["interview_id"], rule=r["rule"], template=r["template"],
            state=r["state"], due_at=from_db(r["due_at"]), message_id=r["message_id"],
            approved=bool(r["approved"]), stage=r["stage"], attempts=r["attempts"],
            first_attempt_at=_opt_from_db(r["first_attempt_at"]),
            next_attempt_at=_opt_from_db(r["next_attempt_at"]), last_error=r["last_error"],
            held_reason=r["held_reason"], edited_body=r["edited_body"], note=r["note"],
            copy_pending=bool(r["copy_pending"]), sent_at=_opt_from_db(r["sent_at"]),
            created_at=from_db(r["created_at"]), updated_at=from_db(r["updated_at"]),
        )


@dataclass(frozen=True)
class AuditRow:
    id: int
    ts: datetime
    followup_id: int | None
    interview_id: int | None
    event: str
    detail: str
