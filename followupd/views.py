"""What `status`, `queue list` and `queue show` print: plain text for people, JSON for scripts."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from followupd.store import FollowupRow, InterviewRow

PENDING = ("planned", "due", "awaiting_approval", "sending")


def _local(t: datetime | None, tz: ZoneInfo) -> str:
    return t.astimezone(tz).strftime("%a %d %b %Y %H:%M %Z") if t else "-"


def interview_json(iv: InterviewRow) -> dict[str, Any]:
    return {
        "id": iv.id, "key": iv.key, "state": iv.state, "company": iv.company, "role": iv.role,
        "start": iv.start.isoformat() if iv.start else None,
        "end": iv.end.isoformat() if iv.end else None, "timezone": iv.timezone,
        "contact": iv.contact, "contact_name": iv.contact_name,
        "interviewers": list(iv.interviewers), "subject": iv.thread_subject,
    }


def followup_json(row: FollowupRow, iv: InterviewRow | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row.id, "interview_id": row.interview_id, "rule": row.rule, "state": row.state,
        "due_at": row.due_at.isoformat() if row.due_at else None,
        "sent_at": row.sent_at.isoformat() if row.sent_at else None,
        "message_id": row.message_id, "attempts": row.attempts, "last_error": row.last_error,
        "held_reason": row.held_reason, "edited": row.edited_body is not None,
    }
    if iv is not None:
        out["interview_key"] = iv.key
        out["to"] = iv.contact
    return out


def followup_line(row: FollowupRow, iv: InterviewRow, tz: ZoneInfo) -> str:
    who = iv.contact or "no contact"
    what = f"{iv.company or 'unknown company'}{' - ' + iv.role if iv.role else ''}"
    when = (f"sent {_local(row.sent_at, tz)}" if row.state == "sent"
            else f"due {_local(row.due_at, tz)}")
    line = f"#{row.id:<4} {row.state:<18} {row.rule:<12} {when}  to {who}  ({what})"
    why = row.held_reason or (row.last_error if row.state in ("failed", "due") else None)
    return f"{line}\n       {why}" if why else line


def interview_line(iv: InterviewRow, tz: ZoneInfo) -> str:
    what = f"{iv.company or 'unknown company'}{' - ' + iv.role if iv.role else ''}"
    state = "" if iv.state == "active" else f" [{iv.state}]"
    return f"interview {iv.id}: {what}, {_local(iv.start, tz)}, with {iv.contact or 'nobody found'}{state}"
