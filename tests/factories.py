"""Builders for state-core tests: a Config, an open Store, Detections of the usual mails."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from followupd.config_types import (
    AccountConfig,
    Config,
    DetectConfig,
    FollowupRule,
    SendConfig,
)
from followupd.detect.model import Detection, DetectRules

ME = "jordan@example.test"
CONTACT = "dana@northwind.example"
THANK_YOU = FollowupRule("thank_you", "thank_you", timedelta(hours=3), cancel_on_reply=True)
CHECK_IN = FollowupRule("check_in", "check_in", timedelta(days=7), cancel_on_reply=True)
ALWAYS = SendConfig(window_start=0, window_end=24 * 60, weekdays=frozenset(range(7)))

# Tuesday 10 March 2026, 14:00-15:00 New York time (DST started two days before).
START = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


def config(tmp_path: Path, *, rules: tuple[FollowupRule, ...] = (THANK_YOU, CHECK_IN),
           send: SendConfig = ALWAYS, ignore: tuple[str, ...] = (), tz: str = "Europe/Berlin") -> Config:
    return Config(
        path=None,
        account=AccountConfig(email=ME, name="Jordan Ellis", timezone=tz),
        imap=None, smtp=None, maildir=None, send=send,
        detect=DetectConfig(rules=DetectRules(ignore_senders=ignore)),
        followups=rules, state_dir=tmp_path,
    )


def invite(**changes: Any) -> Detection:
    """An ICS invitation from the recruiter for START-END."""
    base = Detection(
        kind="scheduled", start=START, end=END, timezone="America/New_York", company="Northwind",
        role="Backend Engineer", interviewers=("Dana Whitfield",), contact=CONTACT,
        contact_name="Dana Whitfield", message_id="<invite-1@northwind.example>",
        subject="Interview: Backend Engineer", sender=CONTACT, ics_uid="uid-123@northwind.example",
        ics_sequence=0, confidence=0.95, reasons=("ics: METHOD:REQUEST",),
    )
    return replace(base, **changes)


def thread_confirmation(**changes: Any) -> Detection:
    """A plain-text confirmation (no ICS) that starts a thread."""
    return invite(ics_uid=None, ics_sequence=None, message_id="<confirm-1@northwind.example>",
                  **changes)


def reply(**changes: Any) -> Detection:
    """A human reply from the contact into the invitation's thread."""
    base = Detection(
        kind="reply", sender=CONTACT, message_id="<reply-1@northwind.example>",
        in_reply_to="<invite-1@northwind.example>", references=("<invite-1@northwind.example>",),
        subject="Re: Interview: Backend Engineer",
    )
    return replace(base, **changes)
