"""What a pass over many messages knows of the interviews found so far.

The daemon asks its store whether a message answers the thread of an interview still to come
(``Tracker.awaits_interview``); a pass without a store (``followupd scan``, the held-out bench)
remembers the threads here, and reads such a reply again with ``in_interview_thread``.
"""

from __future__ import annotations

from datetime import datetime
from email.parser import BytesHeaderParser

from followupd.detect.classify import detect
from followupd.detect.mime import parse_date
from followupd.detect.model import Detection, DetectRules


class Conversations:
    def __init__(self, rules: DetectRules | None = None) -> None:
        self.rules = rules
        self._coming: dict[str, datetime] = {}  # Message-ID in an interview's thread -> its start

    def detect(self, raw: bytes, received: datetime | None = None) -> Detection:
        """``detect``, with what earlier messages said: feed messages in the order they arrived."""
        d = detect(raw, received=received, rules=self.rules)
        when = received or date_header(raw)
        if not d.interview and any(
            (start := self._coming.get(m)) is not None and (when is None or start > when) for m in d.parents
        ):
            d = detect(raw, received=received, rules=self.rules, in_interview_thread=True)
        if d.interview and d.start is not None:
            self._coming.update(dict.fromkeys((m for m in (d.message_id, *d.parents) if m), d.start))
        return d


def date_header(raw: bytes) -> datetime | None:
    """The Date header of ``raw``, read without parsing the body (None without an offset)."""
    return parse_date(BytesHeaderParser().parsebytes(raw).get("Date"))
