"""When a follow-up goes out: pure functions from a rule and an interview to an instant.

Nothing here reads a clock or the database; every function takes ``now`` or the times it needs,
so the tests can walk through DST changes and weekends without waiting for them.

All returned datetimes are aware and in UTC (what the store keeps). The send window and the
weekdays are wall-clock rules, so they are evaluated in a zone the caller chooses: the
recipient's (the interview's IANA zone) when known, else the user's.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followupd.config_types import FollowupRule, SendConfig

DEFAULT_DURATION = timedelta(hours=1)  # an interview without a stated end is taken to last this
_SEARCH_DAYS = 9  # any weekday set repeats within 7 days; 2 more cover the window of the last one
MINUTES_PER_DAY = 24 * 60


def _require_aware(dt: datetime, name: str) -> None:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {dt!r}")


def due_time(
    rule: FollowupRule,
    interview_start: datetime,
    interview_end: datetime | None,
    send: SendConfig,
    tz: ZoneInfo,
) -> datetime:
    """The instant a follow-up of ``rule`` falls due (UTC).

    ``after`` counts from the interview's end (start + 1 h when no end is known); the result is
    then moved forward to the first instant inside the send window on an allowed weekday, as
    read on the wall clock of ``tz``. Never earlier than that base, at most ~8 days later.
    """
    _require_aware(interview_start, "interview_start")
    if interview_end is not None:
        _require_aware(interview_end, "interview_end")
    end = interview_end if interview_end is not None else interview_start + DEFAULT_DURATION
    return next_window_instant(end + rule.after, send, tz)


def in_window(instant: datetime, send: SendConfig, tz: ZoneInfo) -> bool:
    """True when ``instant`` is on an allowed weekday inside the window, on ``tz``'s wall clock."""
    _require_aware(instant, "instant")
    local = instant.astimezone(tz)
    minutes = local.hour * 60 + local.minute
    return local.weekday() in send.weekdays and send.window_start <= minutes < send.window_end


def next_window_instant(earliest: datetime, send: SendConfig, tz: ZoneInfo) -> datetime:
    """The first instant at or after ``earliest`` that is :func:`in_window` (UTC)."""
    _require_aware(earliest, "earliest")
    if not send.weekdays:
        raise ValueError("send.weekdays is empty: no day to send on")
    earliest = earliest.astimezone(UTC)
    if in_window(earliest, send, tz):
        return earliest
    first_day = earliest.astimezone(tz).date()
    for offset in range(_SEARCH_DAYS):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in send.weekdays:
            continue
        opening = max(_wall_to_instant(day, send.window_start, tz), earliest)
        # The opening can still be outside the window: a window that lies entirely in a DST gap
        # (02:00-02:30 on a spring-forward day) does not exist that day; the check skips it.
        if in_window(opening, send, tz):
            return opening
    raise AssertionError(f"no send window found within {_SEARCH_DAYS} days of {earliest}")  # pragma: no cover


def _wall_to_instant(day: date, minutes: int, tz: ZoneInfo) -> datetime:
    """The first instant whose wall clock in ``tz`` reads ``day`` at ``minutes`` or later (UTC).

    An ordinary wall time is one instant (the first of the two in a fall-back overlap). A wall
    time that does not exist (inside a spring-forward gap) has no instant: the first one at or
    after it is the moment the clocks jump, e.g. 02:30 on Berlin's spring-forward day → 03:00 CEST.
    """
    if minutes >= MINUTES_PER_DAY:  # "24:00" is the next midnight
        day, minutes = day + timedelta(days=1), minutes - MINUTES_PER_DAY
    wall = datetime.combine(day, time(minutes // 60, minutes % 60))
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if first.astimezone(tz).replace(tzinfo=None) == wall:
        return first
    # In a gap: fold=1 reads the wall time with the offset after the change, which lands before
    # the jump; walk forward a minute at a time (gaps are whole minutes, normally 60) to it.
    probe = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    probe = probe.replace(second=0, microsecond=0)
    while probe.astimezone(tz).replace(tzinfo=None) < wall:
        probe += timedelta(minutes=1)
    return probe


def is_late(due_at: datetime, now: datetime, grace: timedelta) -> bool:
    """True when ``due_at`` passed more than ``grace`` ago.

    Such a follow-up fell due while the daemon was not running (or was found only now): it goes
    to the approval queue instead of out the door, since "thank you for today" three days late
    reads wrong.
    """
    _require_aware(due_at, "due_at")
    _require_aware(now, "now")
    return now - due_at > grace


def next_day_window(now: datetime, send: SendConfig, tz: ZoneInfo) -> datetime:
    """The first window instant on a later local day than ``now``'s (UTC) — where the daily cap waits."""
    _require_aware(now, "now")
    tomorrow = now.astimezone(tz).date() + timedelta(days=1)
    return next_window_instant(_wall_to_instant(tomorrow, 0, tz), send, tz)


def next_send_slot(now: datetime, send: SendConfig, tz: ZoneInfo, sent_today_count: int) -> datetime:
    """When a follow-up that is due at ``now`` may go out, given what was sent today.

    Under ``send.max_per_day``: the first window instant from ``now``. At or over it: the first
    window instant of a later day (``sent_today_count`` counts the local day of ``tz``).
    """
    if sent_today_count < send.max_per_day:
        return next_window_instant(now, send, tz)
    return next_day_window(now, send, tz)


def local_day_start(now: datetime, tz: ZoneInfo) -> datetime:
    """The first instant of ``now``'s local day in ``tz`` (UTC): pass it to ``Store.count_sent_since``."""
    _require_aware(now, "now")
    return _wall_to_instant(now.astimezone(tz).date(), 0, tz)


def followup_message_id(interview_key: str, rule_name: str, sender_domain: str) -> str:
    """The Message-ID of the follow-up of ``rule_name`` for one interview; deterministic.

    The same interview and rule always give the same id: after a crash or a dropped connection
    the outbox can look for exactly this id in Sent before it sends anything again, and a
    message in Sent carrying it tells the tracker the follow-up went out (draft mode). It does
    not depend on the due time, so a rescheduled follow-up keeps its id.
    """
    digest = hashlib.sha256(f"{interview_key}\0{rule_name}".encode()).hexdigest()[:24]
    return f"<followupd.{digest}@{_id_domain(sender_domain)}>"


def _id_domain(domain: str) -> str:
    domain = domain.strip().strip(".").lower()
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_domain = ""
    ok = ascii_domain and all(c.isalnum() or c in "-." for c in ascii_domain)
    return ascii_domain if ok else "followupd.invalid"
