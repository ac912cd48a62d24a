from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd import plan
from followupd.config_types import FollowupRule, SendConfig

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
OFFICE = SendConfig(window_start=9 * 60, window_end=17 * 60 + 30, weekdays=frozenset({0, 1, 2, 3, 4}))
ALWAYS = SendConfig(window_start=0, window_end=24 * 60, weekdays=frozenset(range(7)))
THANKS = FollowupRule("thank_you", "thank_you", timedelta(hours=3))


def local(tz: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def test_after_counts_from_the_end_of_the_interview() -> None:
    start = local(BERLIN, 2026, 6, 2, 10, 0)  # a Tuesday
    due = plan.due_time(THANKS, start, start + timedelta(minutes=45), OFFICE, BERLIN)
    assert due == start + timedelta(minutes=45, hours=3)


def test_without_an_end_the_interview_lasts_an_hour() -> None:
    start = local(BERLIN, 2026, 6, 2, 10, 0)
    assert plan.due_time(THANKS, start, None, OFFICE, BERLIN) == start + timedelta(hours=4)


def test_due_time_is_utc_and_aware() -> None:
    start = local(BERLIN, 2026, 6, 2, 10, 0)
    due = plan.due_time(THANKS, start, None, OFFICE, BERLIN)
    assert due.tzinfo is UTC


def test_evening_interview_waits_for_next_morning_window() -> None:
    start = local(BERLIN, 2026, 6, 2, 16, 0)  # + 1 h + 3 h = 20:00, after the window
    due = plan.due_time(THANKS, start, None, OFFICE, BERLIN)
    assert due.astimezone(BERLIN) == local(BERLIN, 2026, 6, 3, 9, 0)


def test_friday_evening_waits_until_monday() -> None:
    start = local(BERLIN, 2026, 6, 5, 16, 0)  # Friday
    due = plan.due_time(THANKS, start, None, OFFICE, BERLIN)
    assert due.astimezone(BERLIN) == local(BERLIN, 2026, 6, 8, 9, 0)


def test_window_applies_in_the_recipients_zone() -> None:
    # Ends 16:00 Berlin; + 3 h = 19:00 Berlin (closed) = 13:00 New York (open).
    start = local(BERLIN, 2026, 6, 2, 15, 0)
    end = start + timedelta(hours=1)
    assert plan.due_time(THANKS, start, end, OFFICE, NEW_YORK) == end + timedelta(hours=3)
    in_berlin = plan.due_time(THANKS, start, end, OFFICE, BERLIN)
    assert in_berlin.astimezone(BERLIN) == local(BERLIN, 2026, 6, 3, 9, 0)


def test_whole_day_window_means_any_time() -> None:
    start = local(BERLIN, 2026, 6, 6, 23, 0)  # Saturday night
    assert plan.due_time(THANKS, start, None, ALWAYS, BERLIN) == start + timedelta(hours=4)


@pytest.mark.parametrize(
    ("tz", "day", "jump_utc"),
    [
        # Berlin springs forward 2026-03-29 at 02:00 CET (01:00 UTC) → 03:00 CEST.
        (BERLIN, (2026, 3, 29), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        # New York springs forward 2026-03-08 at 02:00 EST (07:00 UTC) → 03:00 EDT.
        (NEW_YORK, (2026, 3, 8), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
    ],
)
def test_window_opening_in_the_spring_forward_gap_starts_when_clocks_jump(
    tz: ZoneInfo, day: tuple[int, int, int], jump_utc: datetime
) -> None:
    send = SendConfig(window_start=2 * 60 + 30, window_end=6 * 60, weekdays=frozenset(range(7)))
    earliest = local(tz, *day, 0, 30)
    due = plan.next_window_instant(earliest, send, tz)
    assert due == jump_utc
    wall = due.astimezone(tz)
    assert (wall.hour, wall.minute) == (3, 0)  # a wall time that exists
    assert plan.in_window(due, send, tz)


def test_window_lying_entirely_in_the_gap_moves_to_the_next_day() -> None:
    send = SendConfig(window_start=2 * 60 + 10, window_end=2 * 60 + 50, weekdays=frozenset(range(7)))
    due = plan.next_window_instant(local(BERLIN, 2026, 3, 29, 0, 0), send, BERLIN)
    assert due.astimezone(BERLIN) == local(BERLIN, 2026, 3, 30, 2, 10)


def test_fall_back_overlap_uses_the_first_occurrence() -> None:
    # Berlin falls back 2026-10-25 03:00 CEST → 02:00 CET; 02:30 happens twice.
    send = SendConfig(window_start=2 * 60 + 30, window_end=4 * 60, weekdays=frozenset(range(7)))
    due = plan.next_window_instant(local(BERLIN, 2026, 10, 25, 0, 0), send, BERLIN)
    assert due == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        plan.due_time(THANKS, datetime(2026, 6, 2, 10, 0), None, OFFICE, BERLIN)  # noqa: DTZ001


def test_late_only_beyond_the_grace() -> None:
    due = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)
    grace = timedelta(hours=2)
    assert not plan.is_late(due, due + timedelta(hours=2), grace)
    assert plan.is_late(due, due + timedelta(hours=2, seconds=1), grace)
    assert not plan.is_late(due, due - timedelta(days=1), grace)


def test_next_send_slot_under_the_cap_is_now() -> None:
    now = local(BERLIN, 2026, 6, 2, 11, 0)
    assert plan.next_send_slot(now, OFFICE, BERLIN, sent_today_count=3) == now


def test_over_the_daily_cap_waits_for_the_next_days_window() -> None:
    now = local(BERLIN, 2026, 6, 2, 11, 0)
    send = SendConfig(window_start=9 * 60, window_end=17 * 60, weekdays=frozenset(range(5)), max_per_day=2)
    slot = plan.next_send_slot(now, send, BERLIN, sent_today_count=2)
    assert slot.astimezone(BERLIN) == local(BERLIN, 2026, 6, 3, 9, 0)


def test_local_day_start_is_local_midnight() -> None:
    now = datetime(2026, 6, 2, 22, 30, tzinfo=UTC)  # already 3 June in Berlin
    assert plan.local_day_start(now, BERLIN) == datetime(2026, 6, 2, 22, 0, tzinfo=UTC)


def test_followup_message_id_is_deterministic_and_valid() -> None:
    a = plan.followup_message_id("uid-1@cal", "thank_you", "example.test")
    assert a == plan.followup_message_id("uid-1@cal", "thank_you", "example.test")
    assert a != plan.followup_message_id("uid-1@cal", "check_in", "example.test")
    assert re.fullmatch(r"<followupd\.[0-9a-f]{24}@example\.test>", a)


def test_followup_message_id_survives_odd_domains() -> None:
    assert plan.followup_message_id("k", "r", "bücher.example").endswith("@xn--bcher-kva.example>")
    assert plan.followup_message_id("k", "r", "bad domain>").endswith("@followupd.invalid>")


# -- properties --------------------------------------------------------------------------------------

ZONES = st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                         "UTC", "America/Sao_Paulo", "Pacific/Apia"])


@st.composite
def send_configs(draw: st.DrawFn) -> SendConfig:
    start = draw(st.integers(0, 24 * 60 - 1))
    end = draw(st.integers(start + 1, 24 * 60))
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    return SendConfig(window_start=start, window_end=end, weekdays=days)


@settings(max_examples=400, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31)),  # noqa: DTZ001
    length=st.one_of(st.none(), st.timedeltas(min_value=timedelta(minutes=5), max_value=timedelta(hours=8))),
    after=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=14)),
    send=send_configs(),
    zone=ZONES,
)
def test_due_time_is_never_early_always_in_window_and_within_eight_days(
    start: datetime, length: timedelta | None, after: timedelta, send: SendConfig, zone: str
) -> None:
    tz = ZoneInfo(zone)
    start = start.replace(tzinfo=UTC)
    end = None if length is None else start + length
    rule = FollowupRule("r", "r", after)
    base = (end or start + timedelta(hours=1)) + after
    due = plan.due_time(rule, start, end, send, tz)
    assert due >= base
    assert plan.in_window(due, send, tz)
    wall = due.astimezone(tz)
    assert wall.weekday() in send.weekdays
    assert send.window_start <= wall.hour * 60 + wall.minute < send.window_end
    assert due - base <= timedelta(days=8)


@settings(max_examples=300, deadline=None)
@given(
    earliest=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31)),  # noqa: DTZ001
    send=send_configs(),
    zone=ZONES,
)
def test_no_earlier_instant_in_window_is_skipped(earliest: datetime, send: SendConfig, zone: str) -> None:
    tz = ZoneInfo(zone)
    earliest = earliest.replace(tzinfo=UTC)
    due = plan.next_window_instant(earliest, send, tz)
    if due == earliest:
        return
    # Moved: the result is where a window opens, so the minute before it was outside
    # (windows are whole minutes) — unless that minute is before earliest.
    before = due - timedelta(minutes=1)
    assert before < earliest or not plan.in_window(before, send, tz)
