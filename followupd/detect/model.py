"""What the detector returns: one immutable :class:`Detection` per message.

This is the contract between the detector (pure: bytes in, Detection out) and the tracker
(state). Times are always timezone-aware; ``timezone`` is the IANA name of the zone the
interview was stated in when it is known (used for send windows in the recipient's zone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Kind = Literal["scheduled", "rescheduled", "cancelled", "reply", "none"]
INTERVIEW_KINDS: frozenset[str] = frozenset({"scheduled", "rescheduled", "cancelled"})


@dataclass(frozen=True)
class DetectRules:
    """User additions from the ``[detect]`` config table (see config.py for the TOML keys)."""

    ats_domains: tuple[str, ...] = ()  # extra sender domains that send interview confirmations
    phrases: tuple[str, ...] = ()  # extra phrases (case-insensitive) that mean "interview confirmed"
    ignore_senders: tuple[str, ...] = ()  # addresses or @domains never treated as interviews
    # The user's IANA zone ([account] timezone): "9am your time" is a time in it. Unknown (None),
    # such a time is trusted less, since the sender's zone would read it wrong.
    user_timezone: str | None = None


@dataclass(frozen=True)
class Detection:
    kind: Kind = "none"
    start: datetime | None = None  # aware
    end: datetime | None = None  # aware; None when not stated
    timezone: str | None = None  # IANA name, when the mail/ICS states one
    company: str | None = None
    role: str | None = None
    interviewers: tuple[str, ...] = ()
    contact: str | None = None  # addr-spec of the human to write to; never no-reply/list/role
    contact_name: str | None = None
    # Threading: what the tracker keys interviews on and what a follow-up replies to.
    message_id: str | None = None  # with angle brackets, as in the header
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""
    sender: str | None = None  # addr-spec of From
    recipients: tuple[str, ...] = ()  # addr-specs of To and Cc (for mail in Sent: who it went to)
    ics_uid: str | None = None
    ics_sequence: int | None = None
    # Facts about the message itself that the tracker needs for replies.
    auto_reply: bool = False  # RFC 3834 auto-replied, X-Autoreply, Precedence, out-of-office
    automated: bool = False  # RFC 3834 auto-generated: a program's notice (an ATS), not a person
    bounce: bool = False  # multipart/report delivery status notification, MAILER-DAEMON
    bulk: bool = False  # List-Id / List-Unsubscribe / Precedence bulk|list
    confidence: float = 0.0
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def interview(self) -> bool:
        return self.kind in INTERVIEW_KINDS

    @property
    def parents(self) -> list[str]:
        """The Message-IDs this message answers (not its own)."""
        return [m for m in (self.in_reply_to, *self.references) if m]

    def to_json(self) -> dict[str, Any]:
        """The ``detect --json`` object (without ``file``): times ISO 8601 with offset."""
        return {
            "interview": self.interview,
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "timezone": self.timezone,
            "contact": self.contact,
            "contact_name": self.contact_name,
            "company": self.company,
            "role": self.role,
            "interviewers": list(self.interviewers),
            "message_id": self.message_id,
            "ics_uid": self.ics_uid,
            "confidence": round(self.confidence, 3),
            "reasons": list(self.reasons),
        }
