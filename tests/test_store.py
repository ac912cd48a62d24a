from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.detect.model import Detection
from followupd.errors import UserError
from followupd.store import FollowupRow, InterviewData, InterviewRow, Store
from followupd.store import schema as schema_module

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    s = Store.open(db)
    yield s
    s.close()


def interview(store: Store, key: str = "uid-1", **kw: object) -> InterviewRow:
    data = InterviewData(key=key, company="Northwind", start=T0, end=T0 + timedelta(hours=1),
                         contact="dana@northwind.example", **kw)  # type: ignore[arg-type]
    return store.create_interview(data, T0)


def followup(store: Store, iv: InterviewRow | None = None, rule: str = "thank_you",
             due: datetime = T0 + timedelta(hours=4), held: str | None = None) -> FollowupRow:
    iv = iv or interview(store)
    row = store.create_followup(interview_id=iv.id, rule=rule, template=rule, due_at=due,
                                message_id=f"<followupd.{iv.id}.{rule}@example.test>", now=T0,
                                held_reason=held)
    assert row is not None
    return row


# -- file, schema, migrations ------------------------------------------------------------------------

def test_migration_from_empty_sets_user_version(db: Path) -> None:
    with Store.open(db) as s:
        assert s.schema_version == len(schema_module.MIGRATIONS) == 2
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"messages", "cursors", "interviews", "followups", "audit", "thread_ids"} <= tables


def test_reopen_keeps_data_and_does_not_migrate_again(db: Path) -> None:
    with Store.open(db) as s:
        s.set_cursor("INBOX", 7, 42)
    with Store.open(db) as s:
        assert s.get_cursor("INBOX") == (7, 42)
        assert s.schema_version == len(schema_module.MIGRATIONS)


def test_a_second_migration_runs_once_on_reopen(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db) as s:
        s.set_cursor("INBOX", 1, 1)
    step = ("ALTER TABLE cursors ADD COLUMN highest_modseq INTEGER",)
    monkeypatch.setattr(schema_module, "MIGRATIONS", (*schema_module.MIGRATIONS, step))
    with Store.open(db) as s:
        assert s.schema_version == len(schema_module.MIGRATIONS)
        assert s.get_cursor("INBOX") == (1, 1)
    with Store.open(db) as s:  # would fail with "duplicate column" if it ran again
        assert s.schema_version == len(schema_module.MIGRATIONS)


def test_a_failing_migration_leaves_the_old_version(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(db).close()
    bad = ("ALTER TABLE cursors ADD COLUMN x INTEGER", "THIS IS NOT SQL")
    monkeypatch.setattr(schema_module, "MIGRATIONS", (*schema_module.MIGRATIONS, bad))
    with pytest.raises(sqlite3.OperationalError):
        Store.open(db)
    monkeypatch.undo()
    with Store.open(db) as s:
        assert s.schema_version == len(schema_module.MIGRATIONS)
        cols = [r[1] for r in s._conn.execute("PRAGMA table_info(cursors)")]
        assert "x" not in cols  # the half-done step was rolled back


def test_a_schema_1_database_keeps_its_interviews_and_learns_who_confirmed_new_ones(
    db: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:1])
    with Store.open(db) as s:
        assert s.schema_version == 1
    conn = sqlite3.connect(db)
    conn.execute("""INSERT INTO interviews (key, contact, start_at, created_at, updated_at)
                    VALUES ('<old@x>', 'ana@acme.test', '2026-03-10T14:00:00.000000+00:00',
                            '2026-03-01T00:00:00.000000+00:00', '2026-03-01T00:00:00.000000+00:00')""")
    conn.commit()
    conn.close()
    monkeypatch.undo()
    with Store.open(db) as s:
        old = s.find_interview("<old@x>")
        assert old is not None and old.contact == "ana@acme.test" and old.confirmed_by is None
        new = s.create_interview(InterviewData(key="<new@x>", confirmed_by="no-reply@ats.test"), T0)
        assert new.confirmed_by == "no-reply@ats.test"


def test_a_database_from_a_newer_version_is_refused(db: Path) -> None:
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(UserError, match="newer followupd"):
        Store.open(db)


def test_db_file_is_0600(db: Path) -> None:
    old = os.umask(0o022)
    try:
        with Store.open(db) as s:
            s.set_cursor("INBOX", 1, 1)  # makes SQLite create the -wal file
            files = [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
            assert len(files) >= 2
            for p in files:
                assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    finally:
        os.umask(old)


def test_an_existing_readable_db_file_is_tightened(db: Path) -> None:
    db.touch(mode=0o644)
    os.chmod(db, 0o644)
    Store.open(db).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_wal_busy_timeout_and_foreign_keys_are_on(store: Store) -> None:
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    with pytest.raises(sqlite3.IntegrityError):
        store.create_followup(interview_id=999, rule="r", template="r", due_at=T0, message_id="<x@y>", now=T0)


def test_only_one_runner_per_database(db: Path) -> None:
    with Store.open(db) as first, Store.open(db) as second:
        first.acquire_runner_lock()
        first.acquire_runner_lock()  # idempotent in the holder
        with pytest.raises(UserError, match="another followupd process"):
            second.acquire_runner_lock()
        first.close()  # releases it
        second.acquire_runner_lock()


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.count_sent_since(datetime(2026, 3, 10))  # noqa: DTZ001


# -- messages and cursors ----------------------------------------------------------------------------

def record(store: Store, folder: str = "INBOX", key: str = "7:1", mid: str | None = "<a@x>") -> bool:
    return store.record_message(folder=folder, key=key, uidvalidity=7, uid=1, message_id=mid,
                                received_at=T0, detection=Detection(kind="none", message_id=mid),
                                processed_at=T0)


def test_message_and_cursor_commit_together(store: Store) -> None:
    with store.transaction():
        record(store)
        store.set_cursor("INBOX", 7, 1)
    assert store.has_message("INBOX", "7:1")
    assert store.get_cursor("INBOX") == (7, 1)


def test_crash_before_commit_neither_records_nor_advances(store: Store, db: Path) -> None:
    store.set_cursor("INBOX", 7, 0)
    with pytest.raises(RuntimeError), store.transaction():
        record(store)
        store.set_cursor("INBOX", 7, 1)
        raise RuntimeError("killed here")
    with Store.open(db) as other:  # what a restarted process sees
        assert not other.has_message("INBOX", "7:1")
        assert other.get_cursor("INBOX") == (7, 0)


def _killed_after(db: Path, body: str) -> None:
    """Run ``body`` in a child process with ``store`` open on ``db``; it ends with SIGKILL."""
    script = textwrap.dedent("""
        import os, signal, sys
        from datetime import UTC, datetime
        from pathlib import Path
        from followupd.detect.model import Detection
        from followupd.store import InterviewData, Store
        T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
        store = Store.open(Path(sys.argv[1]))
    """) + textwrap.dedent(body) + "\nos.kill(os.getpid(), signal.SIGKILL)\n"
    proc = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, timeout=60)
    assert proc.returncode == -9, proc.stderr.decode()


def test_sigkill_inside_the_transaction_neither_records_nor_advances(db: Path) -> None:
    with Store.open(db) as s:
        s.set_cursor("INBOX", 7, 0)
    _killed_after(db, """
        with store.transaction():
            store.record_message(folder="INBOX", key="7:1", uidvalidity=7, uid=1, message_id="<a@x>",
                                 received_at=T0, detection=Detection(), processed_at=T0)
            store.set_cursor("INBOX", 7, 1)
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    with Store.open(db) as s:
        assert not s.has_message("INBOX", "7:1")
        assert s.get_cursor("INBOX") == (7, 0)


def test_a_committed_claim_survives_sigkill(db: Path) -> None:
    with Store.open(db) as s:
        f = followup(s)
    _killed_after(db, f"""
        assert store.claim_for_sending({f.id}, T0)
    """)
    with Store.open(db) as s:
        assert [(r.id, r.state, r.stage) for r in s.sending_leftovers()] == [(f.id, "sending", "claimed")]


def test_a_message_is_recorded_once(store: Store) -> None:
    assert record(store) is True
    assert record(store) is False


def test_seen_message_id_can_be_limited_to_a_folder(store: Store) -> None:
    record(store, folder="INBOX", mid="<a@x>")
    assert store.seen_message_id("<a@x>")
    assert store.seen_message_id("<a@x>", folder="INBOX")
    assert not store.seen_message_id("<a@x>", folder="Sent")
    assert not store.seen_message_id("<b@x>")


def test_unknown_folder_has_no_cursor(store: Store) -> None:
    assert store.get_cursor("Archive") is None


def test_nested_transactions_join_the_outer_one(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.set_cursor("INBOX", 1, 5)
        raise RuntimeError
    assert store.get_cursor("INBOX") is None


# -- interviews --------------------------------------------------------------------------------------

def test_interview_round_trips_as_a_typed_row(store: Store) -> None:
    iv = interview(store, interviewers=("A", "B"), thread_references=("<r1@x>",), timezone="Europe/Berlin")
    got = store.get_interview(iv.id)
    assert got == iv
    assert got.start == T0 and got.start.tzinfo is UTC
    assert got.interviewers == ("A", "B") and got.thread_references == ("<r1@x>",)
    assert got.state == "active"


def test_interview_is_found_by_thread_and_by_our_followup_ids(store: Store) -> None:
    iv = interview(store)
    store.add_thread_ids(iv.id, ["<root@x>", "<root@x>", ""])
    f = followup(store, iv)
    assert store.find_interview_by_thread(["<other@x>", "<root@x>"]) == iv
    assert store.find_interview_by_thread([f.message_id]) == iv
    assert store.find_interview_by_thread(["<nope@x>"]) is None
    assert store.find_interview_by_thread([]) is None


def test_contact_lookup_ignores_case(store: Store) -> None:
    iv = interview(store)
    assert store.interviews_with_contact("Dana@Northwind.example") == [iv]


# -- follow-ups: creation and reading ----------------------------------------------------------------

def test_at_most_one_followup_of_a_rule_per_interview(store: Store) -> None:
    iv = interview(store)
    followup(store, iv)
    again = store.create_followup(interview_id=iv.id, rule="thank_you", template="x", due_at=T0,
                                  message_id="<other@x>", now=T0)
    assert again is None
    assert len(store.list_followups(interview_id=iv.id)) == 1


def test_a_late_followup_is_created_held(store: Store) -> None:
    f = followup(store, held="late")
    assert f.state == "awaiting_approval" and f.held_reason == "late"


def test_due_followups_waits_for_due_at(store: Store) -> None:
    f = followup(store, due=T0 + timedelta(hours=1))
    assert store.due_followups(T0) == []
    assert [r.id for r in store.due_followups(T0 + timedelta(hours=1))] == [f.id]
    assert store.next_due_at() == T0 + timedelta(hours=1)


def test_held_followups_are_not_due(store: Store) -> None:
    followup(store, due=T0, held="queue")
    assert store.due_followups(T0 + timedelta(days=1)) == []
    assert store.next_due_at() is None


def test_missing_rows_raise_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.get_followup(1)
    with pytest.raises(KeyError):
        store.get_interview(1)


# -- follow-ups: guarded transitions -----------------------------------------------------------------

def test_claim_moves_to_sending_and_counts_the_attempt(store: Store) -> None:
    f = followup(store)
    assert store.claim_for_sending(f.id, T0)
    row = store.get_followup(f.id)
    assert (row.state, row.stage, row.attempts, row.first_attempt_at) == ("sending", "claimed", 1, T0)


def test_claim_is_refused_when_already_sending(store: Store) -> None:
    f = followup(store)
    assert store.claim_for_sending(f.id, T0)
    assert not store.claim_for_sending(f.id, T0)
    assert store.get_followup(f.id).attempts == 1


def test_claim_from_two_processes_only_one_wins(store: Store, db: Path) -> None:
    f = followup(store)
    with Store.open(db) as other:
        results = [store.claim_for_sending(f.id, T0), other.claim_for_sending(f.id, T0)]
    assert results == [True, False]


def test_claim_is_refused_for_held_cancelled_and_sent(store: Store) -> None:
    held = followup(store, rule="a", held="queue")
    cancelled = followup(store, store.get_interview(held.interview_id), rule="b")
    store.cancel(cancelled.id, "user")
    assert not store.claim_for_sending(held.id, T0)
    assert not store.claim_for_sending(cancelled.id, T0)


def test_mark_sent_only_from_sending(store: Store) -> None:
    f = followup(store)
    assert not store.mark_sent(f.id, T0)
    store.claim_for_sending(f.id, T0)
    assert store.mark_sent(f.id, T0, copy_pending=True)
    row = store.get_followup(f.id)
    assert (row.state, row.sent_at, row.copy_pending, row.stage) == ("sent", T0, True, None)
    assert not store.mark_sent(f.id, T0)


def test_copy_pending_until_cleared(store: Store) -> None:
    f = followup(store)
    store.claim_for_sending(f.id, T0)
    store.mark_sent(f.id, T0, copy_pending=True)
    assert [r.id for r in store.copies_pending()] == [f.id]
    assert store.clear_copy_pending(f.id, T0)
    assert store.copies_pending() == []


def test_mark_stage_only_while_sending(store: Store) -> None:
    f = followup(store)
    assert not store.mark_stage(f.id, "data", T0)
    store.claim_for_sending(f.id, T0)
    assert store.mark_stage(f.id, "data", T0)
    assert store.get_followup(f.id).stage == "data"


def test_permanent_failure_is_final(store: Store) -> None:
    f = followup(store)
    store.claim_for_sending(f.id, T0)
    assert store.mark_failed(f.id, "550 no such user", T0)
    row = store.get_followup(f.id)
    assert (row.state, row.last_error) == ("failed", "550 no such user")
    assert not store.claim_for_sending(f.id, T0)
    assert not store.mark_failed(f.id, "again", T0)


def test_retry_waits_for_next_attempt_at(store: Store) -> None:
    f = followup(store, due=T0)
    store.claim_for_sending(f.id, T0)
    later = T0 + timedelta(minutes=1)
    assert store.schedule_retry(f.id, later, "451 try later", T0)
    row = store.get_followup(f.id)
    assert (row.state, row.next_attempt_at, row.last_error) == ("due", later, "451 try later")
    assert store.due_followups(T0 + timedelta(seconds=30)) == []
    assert [r.id for r in store.due_followups(later)] == [f.id]
    assert store.claim_for_sending(f.id, later)
    assert store.get_followup(f.id).attempts == 2
    assert store.get_followup(f.id).first_attempt_at == T0


def test_retry_is_refused_unless_sending(store: Store) -> None:
    f = followup(store)
    assert not store.schedule_retry(f.id, T0, "x", T0)


def test_sending_leftovers_are_listed_and_requeued(store: Store) -> None:
    f = followup(store)
    other = followup(store, store.get_interview(f.interview_id), rule="check_in")
    store.claim_for_sending(f.id, T0)
    assert [r.id for r in store.sending_leftovers()] == [f.id]
    assert store.requeue(f.id, "never reached the server", T0)
    assert store.get_followup(f.id).state == "due"
    assert not store.requeue(other.id, "not sending", T0)


def test_hold_and_approve(store: Store) -> None:
    f = followup(store, due=T0)
    assert store.hold(f.id, "queue mode", T0)
    row = store.get_followup(f.id)
    assert (row.state, row.held_reason, row.approved) == ("awaiting_approval", "queue mode", False)
    assert store.due_followups(T0 + timedelta(hours=1)) == []
    assert store.approve(f.id, T0)
    row = store.get_followup(f.id)
    assert (row.state, row.held_reason, row.approved) == ("due", None, True)
    assert [r.id for r in store.due_followups(T0)] == [f.id]


def test_approve_is_refused_after_sent_or_cancelled(store: Store) -> None:
    f = followup(store)
    store.cancel(f.id, "user", T0)
    assert not store.approve(f.id, T0)


def test_in_doubt_hold_keeps_its_stage_and_is_never_rescheduled(store: Store) -> None:
    f = followup(store)
    store.claim_for_sending(f.id, T0)
    store.mark_stage(f.id, "data", T0)
    assert store.hold(f.id, "in doubt", T0, from_states=("sending",))
    row = store.get_followup(f.id)
    assert row.in_doubt and row.stage == "data"
    assert not store.reschedule(f.id, T0 + timedelta(days=1), T0)
    assert store.get_followup(f.id).state == "awaiting_approval"
    assert store.approve(f.id, T0)  # the user decides to send again
    assert store.get_followup(f.id).stage is None


def test_reschedule_moves_pending_and_keeps_message_id(store: Store) -> None:
    f = followup(store)
    new_due = T0 + timedelta(days=2)
    assert store.reschedule(f.id, new_due, T0)
    row = store.get_followup(f.id)
    assert (row.state, row.due_at, row.message_id) == ("planned", new_due, f.message_id)


def test_reschedule_into_the_past_holds(store: Store) -> None:
    f = followup(store)
    assert store.reschedule(f.id, T0 - timedelta(days=2), T0, held_reason="late")
    assert store.get_followup(f.id).state == "awaiting_approval"


def test_reschedule_keeps_an_approval(store: Store) -> None:
    f = followup(store)
    store.approve(f.id, T0)
    store.reschedule(f.id, T0 + timedelta(days=1), T0)
    row = store.get_followup(f.id)
    assert (row.state, row.approved) == ("due", True)


def test_reschedule_never_touches_sent(store: Store) -> None:
    f = followup(store)
    store.claim_for_sending(f.id, T0)
    store.mark_sent(f.id, T0)
    assert not store.reschedule(f.id, T0 + timedelta(days=1), T0)
    assert store.get_followup(f.id).due_at == f.due_at


def test_cancel_is_refused_once_sending(store: Store) -> None:
    f = followup(store)
    store.claim_for_sending(f.id, T0)
    assert not store.cancel(f.id, "reply", T0)
    assert not store.skip(f.id, "by hand", T0)


def test_revive_only_what_was_cancelled_for_that_reason(store: Store) -> None:
    f = followup(store)
    g = followup(store, store.get_interview(f.interview_id), rule="check_in")
    store.cancel(f.id, "interview cancelled", T0)
    store.cancel(g.id, "cancelled by you", T0)
    later = T0 + timedelta(days=3)
    assert store.revive(f.id, later, T0, cancelled_reason="interview cancelled")
    assert not store.revive(g.id, later, T0, cancelled_reason="interview cancelled")
    row = store.get_followup(f.id)
    assert (row.state, row.due_at, row.held_reason) == ("planned", later, None)


def test_edited_body_only_while_pending(store: Store) -> None:
    f = followup(store)
    assert store.set_edited_body(f.id, "Thanks!", T0)
    assert store.get_followup(f.id).edited_body == "Thanks!"
    assert store.set_edited_body(f.id, None, T0)
    assert store.get_followup(f.id).edited_body is None
    store.claim_for_sending(f.id, T0)
    assert not store.set_edited_body(f.id, "too late", T0)


def test_postpone_moves_the_due_time(store: Store) -> None:
    f = followup(store, due=T0)
    tomorrow = T0 + timedelta(days=1)
    assert store.postpone(f.id, tomorrow, "daily cap", T0)
    assert store.get_followup(f.id).due_at == tomorrow
    assert store.due_followups(T0) == []


def test_drafted_then_seen_in_sent(store: Store) -> None:
    f = followup(store)
    assert store.mark_drafted(f.id, T0)
    assert store.get_followup(f.id).state == "drafted"
    assert store.due_followups(T0 + timedelta(days=1)) == []
    assert store.mark_sent(f.id, T0, from_states=("drafted",))


def test_daily_cap_holds_across_reopen(db: Path) -> None:
    with Store.open(db) as s:
        iv = interview(s)
        for rule in ("a", "b"):
            f = followup(s, iv, rule=rule, due=T0)
            s.claim_for_sending(f.id, T0)
            s.mark_sent(f.id, T0 + timedelta(hours=1))
    with Store.open(db) as s:
        assert s.count_sent_since(T0) == 2
        assert s.count_sent_since(T0 + timedelta(hours=2)) == 0


def test_a_bounced_followup_still_counts_toward_the_cap(store: Store) -> None:
    f = followup(store, due=T0)
    store.claim_for_sending(f.id, T0)
    store.mark_sent(f.id, T0)
    store.mark_failed(f.id, "bounced", T0, from_states=("sent",))
    assert store.count_sent_since(T0) == 1


def test_status_counts_every_state(store: Store) -> None:
    f = followup(store)
    followup(store, store.get_interview(f.interview_id), rule="check_in", held="queue")
    counts = store.status_counts()
    assert counts["planned"] == 1 and counts["awaiting_approval"] == 1
    assert counts["sent"] == 0 and counts["interviews"] == 1


def test_every_transition_writes_an_audit_row(store: Store) -> None:
    f = followup(store, due=T0)
    store.hold(f.id, "queue", T0)
    store.approve(f.id, T0)
    store.claim_for_sending(f.id, T0)
    store.mark_stage(f.id, "data", T0)
    store.mark_sent(f.id, T0)
    events = [a.event for a in store.audit_log(followup_id=f.id)]
    assert events == ["planned", "held", "approved", "sending", "stage", "sent"]
    assert all(a.interview_id == f.interview_id for a in store.audit_log(followup_id=f.id))


def test_a_refused_transition_writes_no_audit_row(store: Store) -> None:
    f = followup(store)
    before = len(store.audit_log())
    assert not store.mark_sent(f.id, T0)
    assert len(store.audit_log()) == before


def test_list_followups_filters_by_state(store: Store) -> None:
    f = followup(store)
    g = followup(store, store.get_interview(f.interview_id), rule="check_in", held="queue")
    assert [r.id for r in store.list_followups(("awaiting_approval",))] == [g.id]
    assert {r.id for r in store.list_followups()} == {f.id, g.id}
