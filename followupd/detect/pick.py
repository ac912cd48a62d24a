"""The time a mail is about, as the classifier chose it, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followupd.detect.ics import Event
from followupd.detect.thread import Segment


@dataclass
class Pick:
    start: datetime
    end: datetime | None
    timezone: str | None
    source: str  # "ics" or "prose"
    segment: Segment | None = None  # the part of the text it was read from (prose)
    event: Event | None = None  # the calendar event (ics)
    method: str = ""  # the calendar's METHOD (ics)
    reader_zone: bool = False  # a time said in "your time", read in the user's zone
    from_attached: bool = False  # the calendar came inside a message the mail carries (ics)
