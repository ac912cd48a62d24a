"""What a pass over many messages knows of the interviews found so far.

The daemon asks its store whether a message answers the thread of an interview still to come
(``Tracker.awaits_interview``); a pass without a store (``followupd scan``, the held-out bench)
remembers the threads here, and reads such a reply again with ``in_interview_thread``.
"""

from __future__ import annotations

from datetime import datetime
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

from followupd.detect.classify import detect
from followupd.detect.model import Detection, DetectRules


class Conversations:
    def __init__(self, rules: DetectRules | None = None) -> None:
        self.rules = rules
        self._coming: dict[str, datetime] = {}  # Message-ID in an interview's thread -> its start

    def detect(self, raw: bytes, received: datetime | None = None) -> Detection:
        """``detect``, with what earlier messages said: feed messages in the order they arrived."""
        d = detect(raw, received=received, rules=self.rules)
        parents = [m for m in (d.in_reply_to, *d.references) if m]
        when = received or date_header(raw)
        if d.kind in ("none", "reply") and any(
            (start := self._coming.get(m)) is not None and (when is None or start > when) for m in parents
        ):
            d = detect(raw, received=received, rules=self.rules, in_interview_thread=True)
        if d.interview and d.start is not None:
            self._coming.update(dict.fromkeys((m for m in (d.message_id, *parents) if m), d.start))
        return d


def date_header(raw: bytes) -> datetime | None:
    try:
        value = BytesHeaderParser().parsebytes(raw).get("Date")
        when = parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        return None
    return when if when is not None and when.tzinfo is not None else None
