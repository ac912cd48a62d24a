from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd import plan
from followupd.config_types import FollowupRule, SendConfig
from followupd.detect.model import Detection
from followupd.store import FollowupRow, Store
from followupd.tracker import Tracker, TrackerEvent, interview_key
from tests.factories import (
    CHECK_IN,
    CONTACT,
    END,
    ME,
    START,
    THANK_YOU,
    config,
    invite,
    reply,
    thread_confirmation,
)

BEFORE = START - timedelta(days=2)  # when the invitation arrives
AFTER = END + timedelta(minutes=30)  # a reply after the interview


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "state.sqlite3")
    yield s
    s.close()


@pytest.fixture
def tracker(store: Store, tmp_path: Path) -> Tracker:
    return Tracker(store, config(tmp_path))


_counter = iter(range(1, 10_000))


def apply(tracker: Tracker, d: Detection, *, at: datetime, sent: bool = False,
          now: datetime | None = None) -> list[TrackerEvent]:
    return tracker.apply(d, folder="Sent" if sent else "INBOX", key=f"1:{next(_counter)}", received_at=at,
                         is_sent_folder=sent, now=now or at)


def by_rule(store: Store) -> dict[str, FollowupRow]:
    return {f.rule: f for f in store.list_followups()}


def send(store: Store, f: FollowupRow, at: datetime) -> None:
    assert store.claim_for_sending(f.id, at)
    assert store.mark_sent(f.id, at)


# -- scheduled ---------------------------------------------------------------------------------------

def test_invitation_creates_interview_and_plans_each_rule(tracker: Tracker, store: Store) -> None:
    events = apply(tracker, invite(), at=BEFORE)
    assert [e.event for e in events] == ["detected", "planned", "planned"]
    [iv] = store.list_interviews()
    assert (iv.key, iv.contact, iv.start, iv.end, iv.timezone) == (
        "uid-123@northwind.example", CONTACT, START, END, "America/New_York")
    assert iv.thread_message_id == "<invite-1@northwind.example>"
    f = by_rule(store)
    assert f["thank_you"].due_at == END + timedelta(hours=3)
    assert f["check_in"].due_at == END + timedelta(days=7)
    assert {r.state for r in f.values()} == {"planned"}


def test_followup_message_id_is_deterministic(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    f = by_rule(store)["thank_you"]
    assert f.message_id == plan.followup_message_id("uid-123@northwind.example", "thank_you", "example.test")


def test_the_same_invitation_twice_plans_once(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    assert apply(tracker, invite(message_id="<invite-dup@northwind.example>"), at=BEFORE) == []
    assert len(store.list_interviews()) == 1
    assert len(store.list_followups()) == 2


def test_invite_and_recruiter_mail_for_the_same_meeting_make_one_interview(
    tracker: Tracker, store: Store
) -> None:
    apply(tracker, thread_confirmation(), at=BEFORE)
    apply(tracker, invite(), at=BEFORE)  # the calendar invite, in no thread, with an ICS UID
    assert len(store.list_interviews()) == 1
    assert len(store.list_followups()) == 2


def test_window_applies_in_the_interviews_zone(store: Store, tmp_path: Path) -> None:
    office = SendConfig(window_start=9 * 60, window_end=17 * 60, weekdays=frozenset(range(5)))
    tracker = Tracker(store, config(tmp_path, rules=(THANK_YOU,), send=office, tz="Europe/Berlin"))
    apply(tracker, invite(), at=BEFORE)
    due = by_rule(store)["thank_you"].due_at  # ends 15:00 New York; + 3 h = 18:00 → next morning
    assert due.astimezone(ZoneInfo("America/New_York")) == datetime(
        2026, 3, 11, 9, 0, tzinfo=ZoneInfo("America/New_York"))


def test_interview_without_zone_uses_the_users(store: Store, tmp_path: Path) -> None:
    office = SendConfig(window_start=9 * 60, window_end=17 * 60, weekdays=frozenset(range(5)))
    tracker = Tracker(store, config(tmp_path, rules=(THANK_YOU,), send=office, tz="Europe/Berlin"))
    apply(tracker, invite(timezone=None), at=BEFORE)
    due = by_rule(store)["thank_you"].due_at
    berlin = ZoneInfo("Europe/Berlin")
    assert due.astimezone(berlin) == datetime(2026, 3, 11, 9, 0, tzinfo=berlin)


def test_followup_past_due_beyond_grace_is_held_for_approval(tracker: Tracker, store: Store) -> None:
    # Found a day after the interview (the daemon was off): the thank-you is late, the check-in not.
    events = apply(tracker, invite(), at=BEFORE, now=END + timedelta(days=1))
    assert [e.event for e in events] == ["detected", "held", "planned"]
    f = by_rule(store)
    assert f["thank_you"].state == "awaiting_approval"
    assert "late" in (f["thank_you"].held_reason or "")
    assert f["check_in"].state == "planned"


def test_followup_past_due_within_grace_is_planned(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE, now=END + timedelta(hours=4))  # due 1 h ago, grace 2 h
    assert by_rule(store)["thank_you"].state == "planned"


def test_no_contact_creates_nothing(tracker: Tracker, store: Store) -> None:
    events = apply(tracker, invite(contact=None), at=BEFORE)
    assert [e.event for e in events] == ["no_contact"]
    assert store.list_interviews() == [] and store.list_followups() == []


@pytest.mark.parametrize("contact", [ME, "someone@ignored.example", "exact@blocked.example",
                                     "no-reply@us.greenhouse-mail.io", "noreply+x@calendly.example",
                                     "MAILER-DAEMON@mx.example", "notifications@ats.example"])
def test_ignored_or_own_addresses_create_nothing(store: Store, tmp_path: Path, contact: str) -> None:
    tracker = Tracker(store, config(tmp_path, ignore=("@ignored.example", "exact@blocked.example")))
    events = apply(tracker, invite(contact=contact), at=BEFORE)
    assert [e.event for e in events] == ["ignored"]
    assert store.list_followups() == []


def test_a_person_whose_name_starts_like_a_robot_is_written_to(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(contact="notifyer.jane@northwind.example"), at=BEFORE)
    assert len(store.list_followups()) == 2


def test_bulk_invitation_is_ignored(tracker: Tracker, store: Store) -> None:
    assert [e.event for e in apply(tracker, invite(bulk=True), at=BEFORE)] == ["ignored"]
    assert store.list_interviews() == []


def test_invitation_without_start_is_ignored(tracker: Tracker, store: Store) -> None:
    assert [e.event for e in apply(tracker, invite(start=None, end=None), at=BEFORE)] == ["ignored"]


def test_thread_key_is_the_root_of_references() -> None:
    d = Detection(kind="scheduled", message_id="<c@x>", in_reply_to="<b@x>", references=("<a@x>", "<b@x>"))
    assert interview_key(d, "fb") == "<a@x>"
    assert interview_key(Detection(message_id="<c@x>", in_reply_to="<b@x>"), "fb") == "<b@x>"
    assert interview_key(Detection(message_id="<c@x>"), "fb") == "<c@x>"
    assert interview_key(Detection(), "fb") == "fb"
    assert interview_key(Detection(ics_uid="u1", message_id="<c@x>"), "fb") == "u1"


# -- rescheduled / cancelled -------------------------------------------------------------------------

def test_reschedule_moves_pending_checkin(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    send(store, by_rule(store)["thank_you"], END + timedelta(hours=3))
    new_start = START + timedelta(days=1)
    events = apply(tracker, invite(kind="rescheduled", start=new_start, end=new_start + timedelta(hours=1),
                                   ics_sequence=1, message_id="<invite-2@northwind.example>"),
                   at=END + timedelta(hours=4))
    assert [e.event for e in events] == ["updated", "rescheduled"]
    f = by_rule(store)
    assert f["check_in"].due_at == new_start + timedelta(hours=1, days=7)
    assert f["check_in"].state == "planned"
    assert f["thank_you"].state == "sent"
    assert f["thank_you"].due_at == END + timedelta(hours=3)  # sent ones are never touched
    assert store.list_interviews()[0].sequence == 1


def test_rescheduled_followup_keeps_its_message_id(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    before = by_rule(store)["thank_you"].message_id
    apply(tracker, invite(start=START + timedelta(hours=2), end=END + timedelta(hours=2), ics_sequence=1),
          at=BEFORE)
    assert by_rule(store)["thank_you"].message_id == before


def test_scheduled_with_a_new_start_for_a_known_uid_is_a_reschedule(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    later = START + timedelta(hours=2)
    apply(tracker, invite(start=later, end=later + timedelta(hours=1), ics_sequence=1), at=BEFORE)
    assert by_rule(store)["thank_you"].due_at == later + timedelta(hours=4)


def test_older_sequence_is_ignored(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(ics_sequence=2), at=BEFORE)
    events = apply(tracker, invite(start=START + timedelta(days=3), ics_sequence=1), at=BEFORE)
    assert [e.event for e in events] == ["ignored"]
    assert store.list_interviews()[0].start == START


def test_plain_text_reschedule_in_the_thread_moves_followups(tracker: Tracker, store: Store) -> None:
    apply(tracker, thread_confirmation(), at=BEFORE)
    new_start = START + timedelta(days=2)
    moved = Detection(kind="rescheduled", start=new_start, end=None, contact=CONTACT, sender=CONTACT,
                      message_id="<move@northwind.example>", in_reply_to="<confirm-1@northwind.example>",
                      references=("<confirm-1@northwind.example>",), subject="Re: Interview")
    apply(tracker, moved, at=BEFORE)
    assert len(store.list_interviews()) == 1
    # The new mail states no end: an hour is assumed from the new start.
    assert by_rule(store)["thank_you"].due_at == new_start + timedelta(hours=4)


def test_reschedule_to_an_unreadable_time_holds_pending(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    moved = reply(kind="rescheduled", subject="Re: need to move our interview")
    events = apply(tracker, moved, at=BEFORE)
    assert [e.event for e in events] == ["updated", "held", "held"]
    assert {f.state for f in store.list_followups()} == {"awaiting_approval"}


def test_reschedule_into_the_past_holds_the_followup(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    earlier = START - timedelta(days=3)
    now = START
    apply(tracker, invite(start=earlier, end=earlier + timedelta(hours=1), ics_sequence=1), at=now, now=now)
    assert by_rule(store)["thank_you"].state == "awaiting_approval"


def test_reschedule_does_not_release_a_followup_held_in_doubt(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    f = by_rule(store)["thank_you"]
    store.claim_for_sending(f.id, END)
    store.mark_stage(f.id, "data", END)
    store.hold(f.id, "in doubt", END, from_states=("sending",))
    apply(tracker, invite(start=START + timedelta(days=1), ics_sequence=1), at=END)
    row = store.get_followup(f.id)
    assert row.state == "awaiting_approval" and row.due_at == f.due_at


# -- who may move or cancel an interview -------------------------------------------------------------

@pytest.mark.parametrize("sender", [
    CONTACT,
    "scheduling@northwind.example",  # the contact's organisation
    "recruiting@talent.northwind.example",  # ... a subdomain of it
    ME,  # the user, forwarding an update to themself
])
def test_an_update_from_the_interviews_side_moves_it(tracker: Tracker, store: Store, sender: str) -> None:
    apply(tracker, invite(), at=BEFORE)
    later = START + timedelta(days=1)
    apply(tracker, invite(start=later, end=later + timedelta(hours=1), ics_sequence=1, sender=sender,
                          message_id="<update@x.example>"), at=BEFORE)
    assert store.list_interviews()[0].start == later
    assert by_rule(store)["thank_you"].state == "planned"


def test_an_update_via_the_ats_that_sent_the_confirmation_moves_it(tracker: Tracker, store: Store) -> None:
    ats = "no-reply@us.greenhouse-mail.io"
    apply(tracker, invite(sender=ats), at=BEFORE)  # the contact is the recruiter named in the mail
    later = START + timedelta(hours=5)
    apply(tracker, invite(start=later, end=later + timedelta(hours=1), ics_sequence=1, sender=ats),
          at=BEFORE)
    assert store.list_interviews()[0].start == later


@pytest.mark.parametrize("sender", [
    "mallory@elsewhere.example",  # had the UID from a forwarded invitation
    "someone@gmail.com",  # a public provider's domain proves nothing
    None,
])
def test_an_update_from_a_stranger_is_not_applied_and_pending_followups_wait(
    tracker: Tracker, store: Store, sender: str | None,
) -> None:
    apply(tracker, invite(), at=BEFORE)
    later = START + timedelta(days=1)
    events = apply(tracker, invite(start=later, end=later + timedelta(hours=1), ics_sequence=1,
                                   sender=sender, message_id="<update@x.example>"), at=BEFORE)
    assert [e.event for e in events] == ["ignored", "held", "held"]
    iv = store.list_interviews()[0]
    assert (iv.start, iv.sequence) == (START, 0)  # not moved, and its SEQUENCE not taken either
    f = by_rule(store)["thank_you"]
    assert f.state == "awaiting_approval" and "did not confirm it" in (f.held_reason or "")
    assert f.due_at == END + timedelta(hours=3)


def test_a_cancellation_from_a_stranger_cancels_nothing(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    apply(tracker, invite(kind="cancelled", ics_sequence=1, sender="mallory@elsewhere.example"), at=BEFORE)
    assert store.list_interviews()[0].state == "active"
    assert {f.state for f in store.list_followups()} == {"awaiting_approval"}


def test_the_same_time_from_a_stranger_changes_nothing_and_holds_nothing(
    tracker: Tracker, store: Store,
) -> None:
    """A Cc'd colleague's client re-sending the invitation as it was."""
    apply(tracker, invite(), at=BEFORE)
    apply(tracker, invite(sender="colleague@elsewhere.example", message_id="<resend@x>"), at=BEFORE)
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_cancellation_cancels_pending_but_not_sent(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    send(store, by_rule(store)["thank_you"], END)
    events = apply(tracker, invite(kind="cancelled", ics_sequence=1), at=END)
    assert [e.event for e in events] == ["cancelled", "cancelled"]
    f = by_rule(store)
    assert (f["thank_you"].state, f["check_in"].state) == ("sent", "cancelled")
    assert store.list_interviews()[0].state == "cancelled"


def test_cancellation_before_the_interview_cancels_everything(tracker: Tracker, store: Store) -> None:
    apply(tracker, thread_confirmation(), at=BEFORE)
    cancel = Detection(kind="cancelled", contact=CONTACT, sender=CONTACT, message_id="<cx@northwind.example>",
                       in_reply_to="<confirm-1@northwind.example>")
    apply(tracker, cancel, at=BEFORE)
    assert {f.state for f in store.list_followups()} == {"cancelled"}
    assert store.due_followups(END + timedelta(days=30)) == []


def test_cancellation_of_an_unknown_interview_is_ignored(tracker: Tracker, store: Store) -> None:
    assert [e.event for e in apply(tracker, invite(kind="cancelled"), at=BEFORE)] == ["ignored"]
    assert store.list_interviews() == []


def test_the_old_invitation_seen_again_does_not_undo_a_cancellation(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    apply(tracker, invite(kind="cancelled", ics_sequence=1), at=BEFORE)
    assert [e.event for e in apply(tracker, invite(ics_sequence=1), at=BEFORE)] == ["ignored"]
    assert {f.state for f in store.list_followups()} == {"cancelled"}


def test_invited_again_after_a_cancellation_replans(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    apply(tracker, invite(kind="cancelled", ics_sequence=1), at=BEFORE)
    later = START + timedelta(days=2)
    events = apply(tracker, invite(ics_sequence=2, start=later, end=later + timedelta(hours=1)), at=BEFORE)
    assert [e.event for e in events] == ["updated", "planned", "planned"]
    f = by_rule(store)
    assert f["thank_you"].state == "planned"
    assert f["thank_you"].due_at == later + timedelta(hours=4)
    assert store.list_interviews()[0].state == "active"


def test_invited_again_does_not_revive_what_a_reply_cancelled(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    apply(tracker, reply(), at=AFTER)  # both cancelled by the reply
    apply(tracker, invite(kind="cancelled", ics_sequence=1), at=AFTER)
    apply(tracker, invite(ics_sequence=2, start=START + timedelta(days=3)), at=AFTER)
    assert {f.state for f in store.list_followups()} == {"cancelled"}


# -- replies -----------------------------------------------------------------------------------------

def test_reply_after_the_interview_cancels_pending_followups(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    events = apply(tracker, reply(), at=AFTER)
    assert [e.event for e in events] == ["reply_cancelled", "reply_cancelled"]
    assert {f.state for f in store.list_followups()} == {"cancelled"}


def test_reply_cancels_only_rules_with_cancel_on_reply(store: Store, tmp_path: Path) -> None:
    keep = FollowupRule("check_in", "check_in", timedelta(days=7), cancel_on_reply=False)
    tracker = Tracker(store, config(tmp_path, rules=(THANK_YOU, keep)))
    apply(tracker, invite(), at=BEFORE)
    apply(tracker, reply(), at=AFTER)
    f = by_rule(store)
    assert (f["thank_you"].state, f["check_in"].state) == ("cancelled", "planned")


def test_reply_to_our_thank_you_cancels_the_checkin(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    send(store, thanks, END + timedelta(hours=3))
    answer = reply(in_reply_to=thanks.message_id, sender="someone.else@northwind.example",
                   references=("<invite-1@northwind.example>", thanks.message_id))
    apply(tracker, answer, at=END + timedelta(days=1))
    f = by_rule(store)
    assert (f["thank_you"].state, f["check_in"].state) == ("sent", "cancelled")


def test_mail_from_the_contact_after_the_interview_cancels_without_threading(
    tracker: Tracker, store: Store
) -> None:
    apply(tracker, invite(), at=BEFORE)
    fresh = Detection(kind="none", sender=CONTACT.upper(), message_id="<new@northwind.example>")
    apply(tracker, fresh, at=AFTER)
    assert {f.state for f in store.list_followups()} == {"cancelled"}


def test_reply_before_the_interview_cancels_nothing(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    assert apply(tracker, reply(), at=START - timedelta(hours=1)) == []
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_out_of_office_does_not_cancel(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    events = apply(tracker, reply(auto_reply=True, subject="Out of office"), at=AFTER)
    assert [e.event for e in events] == ["ignored"]
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_ats_notice_in_the_thread_does_not_cancel(tracker: Tracker, store: Store) -> None:
    # "Please rate your interview experience", Auto-Submitted: auto-generated: no one answered.
    apply(tracker, invite(), at=BEFORE)
    events = apply(tracker, reply(automated=True, subject="How was your interview?"), at=AFTER)
    assert [e.event for e in events] == ["ignored"]
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_bulk_mail_from_the_contact_is_ignored(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    assert apply(tracker, reply(bulk=True), at=AFTER) == []
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_unrelated_mail_changes_nothing(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    other = Detection(kind="none", sender="news@shop.example", message_id="<n@shop>")
    assert apply(tracker, other, at=AFTER) == []
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_users_own_mail_in_the_inbox_is_not_a_reply(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    assert apply(tracker, reply(sender=ME), at=AFTER) == []


def test_a_copy_of_our_own_followup_in_the_inbox_is_not_a_reply(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    send(store, thanks, END + timedelta(hours=3))
    ours = reply(message_id=thanks.message_id, sender=CONTACT)
    assert apply(tracker, ours, at=END + timedelta(hours=3)) == []
    assert by_rule(store)["check_in"].state == "planned"


def test_reply_does_not_touch_a_followup_being_sent(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    store.claim_for_sending(thanks.id, AFTER)
    apply(tracker, reply(), at=AFTER)
    assert by_rule(store)["thank_you"].state == "sending"


def test_an_answer_to_a_followup_held_in_doubt_proves_it_was_delivered(
    tracker: Tracker, store: Store
) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    store.claim_for_sending(thanks.id, END)
    store.mark_stage(thanks.id, "data", END)
    store.hold(thanks.id, "in doubt", END, from_states=("sending",))
    ooo = reply(in_reply_to=thanks.message_id, auto_reply=True, subject="Out of office")
    events = apply(tracker, ooo, at=AFTER)
    assert [e.event for e in events] == ["sent", "ignored"]
    f = by_rule(store)
    assert (f["thank_you"].state, f["check_in"].state) == ("sent", "planned")


def test_an_answer_to_a_planned_followups_id_does_not_mark_it_sent(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    apply(tracker, reply(in_reply_to=thanks.message_id, references=()), at=AFTER)
    assert by_rule(store)["thank_you"].state == "cancelled"  # a reply, not a proof of delivery


# -- bounces -----------------------------------------------------------------------------------------

def test_bounce_of_our_followup_marks_it_failed(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    send(store, thanks, END + timedelta(hours=3))
    dsn = Detection(kind="none", bounce=True, sender="MAILER-DAEMON@mx.example", subject="Undelivered Mail",
                    message_id="<dsn@mx>", references=(thanks.message_id,))
    events = apply(tracker, dsn, at=END + timedelta(hours=3, minutes=1))
    assert [e.event for e in events] == ["bounced"]
    f = by_rule(store)
    assert f["thank_you"].state == "failed" and "bounced" in (f["thank_you"].last_error or "")
    assert f["check_in"].state == "planned"  # a bounce is no reply


def test_bounce_naming_only_the_thread_fails_the_recent_followup(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    sent_at = END + timedelta(hours=3)
    send(store, thanks, sent_at)
    dsn = Detection(kind="none", bounce=True, message_id="<dsn@mx>",
                    in_reply_to="<invite-1@northwind.example>")
    apply(tracker, dsn, at=sent_at + timedelta(minutes=5))
    assert by_rule(store)["thank_you"].state == "failed"


def test_bounce_of_a_mail_we_did_not_send_changes_nothing(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    dsn = Detection(kind="none", bounce=True, message_id="<dsn@mx>", references=("<unknown@x>",))
    assert apply(tracker, dsn, at=AFTER) == []
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_seeing_our_copy_in_sent_later_does_not_undo_a_bounce(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    send(store, thanks, END + timedelta(hours=3))
    apply(tracker, Detection(bounce=True, message_id="<dsn@mx>", references=(thanks.message_id,)), at=AFTER)
    assert apply(tracker, Detection(message_id=thanks.message_id, sender=ME), at=AFTER, sent=True) == []
    assert by_rule(store)["thank_you"].state == "failed"


# -- the Sent folder ---------------------------------------------------------------------------------

def test_our_message_id_in_sent_marks_a_drafted_followup_sent(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    store.mark_drafted(thanks.id, END + timedelta(hours=3))
    sent_at = END + timedelta(hours=5)
    events = apply(tracker, Detection(message_id=thanks.message_id, sender=ME), at=sent_at, sent=True)
    assert [e.event for e in events] == ["sent"]
    row = store.get_followup(thanks.id)
    assert (row.state, row.sent_at) == ("sent", sent_at)


def test_our_message_id_in_sent_resolves_a_followup_held_in_doubt(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    thanks = by_rule(store)["thank_you"]
    store.claim_for_sending(thanks.id, END)
    store.mark_stage(thanks.id, "data", END)
    store.hold(thanks.id, "in doubt", END, from_states=("sending",))
    apply(tracker, Detection(message_id=thanks.message_id, sender=ME), at=END, sent=True)
    assert store.get_followup(thanks.id).state == "sent"


def test_hand_written_mail_in_sent_after_the_interview_skips_pending(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    mine = Detection(kind="none", sender=ME, contact=CONTACT, message_id="<mine@example.test>",
                     subject="Thank you!")
    events = apply(tracker, mine, at=AFTER, sent=True)
    assert [e.event for e in events] == ["skipped", "skipped"]
    assert {f.state for f in store.list_followups()} == {"skipped"}


def test_hand_written_reply_in_the_thread_skips_pending(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    mine = Detection(kind="reply", sender=ME, message_id="<mine@example.test>",
                     in_reply_to="<invite-1@northwind.example>")
    apply(tracker, mine, at=AFTER, sent=True)
    assert {f.state for f in store.list_followups()} == {"skipped"}


def test_mail_in_sent_before_the_interview_skips_nothing(tracker: Tracker, store: Store) -> None:
    apply(tracker, invite(), at=BEFORE)
    mine = Detection(kind="reply", sender=ME, contact=CONTACT, message_id="<ok@example.test>",
                     in_reply_to="<invite-1@northwind.example>", subject="Re: see you Tuesday")
    assert apply(tracker, mine, at=BEFORE + timedelta(hours=1), sent=True) == []
    assert {f.state for f in store.list_followups()} == {"planned"}


def test_invitation_seen_in_sent_creates_nothing(tracker: Tracker, store: Store) -> None:
    assert apply(tracker, invite(sender=ME), at=BEFORE, sent=True) == []
    assert store.list_interviews() == []


# -- plumbing ----------------------------------------------------------------------------------------

def test_apply_joins_the_callers_transaction(tracker: Tracker, store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        apply(tracker, invite(), at=BEFORE)
        raise RuntimeError("crash before the cursor moved")
    assert store.list_interviews() == [] and store.list_followups() == []


def test_events_describe_themselves() -> None:
    e = TrackerEvent("planned", "thank_you due 2026-03-10", interview_id=1, followup_id=2)
    assert e.describe() == "planned (interview 1, follow-up 2): thank_you due 2026-03-10"
    assert TrackerEvent("no_contact").describe() == "no_contact"


def test_a_new_rule_in_the_config_is_planned_for_known_interviews(store: Store, tmp_path: Path) -> None:
    apply(Tracker(store, config(tmp_path, rules=(THANK_YOU,))), invite(), at=BEFORE)
    events = apply(Tracker(store, config(tmp_path, rules=(THANK_YOU, CHECK_IN))), invite(), at=BEFORE)
    assert [e.event for e in events] == ["planned"]
    assert set(by_rule(store)) == {"thank_you", "check_in"}


def test_detections_with_naive_times_are_refused(tracker: Tracker) -> None:
    with pytest.raises(ValueError, match="naive|aware"):
        apply(tracker, invite(start=datetime(2026, 3, 10, 18, 0), end=None), at=BEFORE)  # noqa: DTZ001



def test_a_fresh_mail_in_sent_to_the_contact_skips_pending_followups(tmp_path: Path) -> None:
    """Not in the thread, not a reply: a new mail the user wrote to the recruiter by hand."""
    from followupd.detect import detect
    from tests.factories import config as make_config
    from tests.mailfactory import RECRUITER_ADDR
    from tests.mailfactory import invite as invite_mail

    store = Store.open(tmp_path / "s.sqlite3")
    tracker = Tracker(store, make_config(tmp_path))
    start = datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("UTC"))
    raw, _, _ = invite_mail(start=start, date=start - timedelta(days=2))
    tracker.apply(detect(raw), folder="INBOX", key="1", received_at=start - timedelta(days=2),
                  is_sent_folder=False, now=start - timedelta(days=2))
    assert {r.state for r in store.list_followups()} == {"planned"}
    by_hand = (f"From: Jordan Ellis <jordan@example.test>\r\nTo: Dana <{RECRUITER_ADDR}>\r\n"
               "Subject: Thank you!\r\nMessage-ID: <byhand-1@example.test>\r\n"
               "Date: Tue, 10 Mar 2026 17:00:00 +0000\r\n\r\nThanks for today, Dana.\r\n").encode()
    later = start + timedelta(hours=3)
    events = tracker.apply(detect(by_hand), folder="Sent", key="2", received_at=later,
                           is_sent_folder=True, now=later)
    assert {e.event for e in events} == {"skipped"}
    assert {r.state for r in store.list_followups()} == {"skipped"}
    store.close()
