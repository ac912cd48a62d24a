"""`followupd queue list|show|approve|edit|cancel`, `preview` and `status` on real state."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd import store as store_module
from followupd.cli import main
from followupd.errors import TemporaryFailure
from followupd.store import database as database_module
from tests.mailfactory import invite
from tests.test_daemon import make_root


@pytest.fixture
def queued(tmp_path: Path) -> Path:
    """A state with one interview whose two follow-ups are planned (queue mode)."""
    root, config = make_root(tmp_path)
    config.write_text(config.read_text().replace('mode = "send"', 'mode = "queue"'))
    now = datetime.now(UTC)
    raw, _, _ = invite(start=now + timedelta(days=1), date=now - timedelta(hours=1))
    (root / "Maildir" / "new" / "1.invite.local").write_bytes(raw)
    assert main(["--config", str(config), "run", "--once"]) == 0
    return config


def ids(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    capsys.readouterr()
    assert main(["--config", str(config), "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return {row["rule"]: row["id"] for row in data["followups"]}


def state(config: Path, capsys: pytest.CaptureFixture[str], fid: int) -> dict[str, object]:
    capsys.readouterr()
    main(["--config", str(config), "status", "--json"])
    [row] = [r for r in json.loads(capsys.readouterr().out)["followups"] if r["id"] == fid]
    return row


def test_list_show_edit_cancel_approve(queued: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rules = ids(queued, capsys)
    assert set(rules) == {"thank_you", "check_in"}
    assert main(["--config", str(queued), "queue", "list"]) == 0
    listing = capsys.readouterr().out
    assert "thank_you" in listing and "dana.whitfield@northwind-robotics.example" in listing

    assert main(["--config", str(queued), "preview", str(rules["thank_you"])]) == 0
    shown = capsys.readouterr().out
    assert "To: Dana Whitfield <dana.whitfield@northwind-robotics.example>" in shown
    assert "Subject: Re: Invitation: Interview" in shown

    monkeypatch.setattr("sys.stdin", io.StringIO("Hi Dana,\n\nThank you — edited by me.\n\nJordan\n"))
    assert main(["--config", str(queued), "queue", "edit", str(rules["thank_you"]),
                 "--body-file", "-"]) == 0
    capsys.readouterr()
    assert main(["--config", str(queued), "queue", "show", str(rules["thank_you"])]) == 0
    assert "edited by me" in capsys.readouterr().out

    assert main(["--config", str(queued), "queue", "cancel", str(rules["check_in"])]) == 0
    assert state(queued, capsys, rules["check_in"])["state"] == "cancelled"
    assert main(["--config", str(queued), "queue", "cancel", str(rules["check_in"])]) == 0
    assert "unchanged" in capsys.readouterr().out

    # approving ahead of time lets it go out when due without another question
    assert main(["--config", str(queued), "queue", "approve", str(rules["thank_you"])]) == 0
    assert "approved" in capsys.readouterr().out


def test_status_before_any_run_says_what_to_do(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _, config = make_root(tmp_path)
    assert main(["--config", str(config), "status"]) == 1
    assert "followupd run --once" in capsys.readouterr().err


def test_a_note_reaches_the_thank_you_and_can_be_removed(
    queued: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    fid = ids(queued, capsys)["thank_you"]
    note = "hearing how the team rebuilt the billing system"
    assert main(["--config", str(queued), "queue", "edit", str(fid), "--note", note]) == 0
    capsys.readouterr()
    assert main(["--config", str(queued), "preview", str(fid)]) == 0
    assert f"I especially appreciated {note}." in capsys.readouterr().out
    assert main(["--config", str(queued), "queue", "edit", str(fid), "--note", ""]) == 0
    capsys.readouterr()
    assert main(["--config", str(queued), "preview", str(fid)]) == 0
    assert "I especially appreciated" not in capsys.readouterr().out


def test_a_note_for_a_closed_followup_changes_nothing(
    queued: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    fid = ids(queued, capsys)["check_in"]
    assert main(["--config", str(queued), "queue", "cancel", str(fid)]) == 0
    assert main(["--config", str(queued), "queue", "edit", str(fid), "--note", "x"]) == 1
    assert "already sent or closed" in capsys.readouterr().err


# -- the state database held by another program ------------------------------------------------------


@pytest.fixture
def held_database(queued: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Another program (an sqlite3 shell, a backup tool) holds the write lock on the state."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    [db] = queued.parent.rglob("*.sqlite3")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield queued
    holder.execute("ROLLBACK")
    holder.close()


def test_reading_commands_work_while_another_program_writes(
    held_database: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--config", str(held_database), "queue", "list"]) == 0
    assert "thank_you" in capsys.readouterr().out


def test_a_change_refused_by_a_locked_database_is_one_line_and_changes_nothing(
    held_database: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    fid = ids(held_database, capsys)["thank_you"]
    assert main(["--config", str(held_database), "queue", "cancel", str(fid)]) == 75
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database is locked" in err and "nothing was changed" in err
    assert "Traceback" not in err
    assert state(held_database, capsys, fid)["state"] == "planned"


def test_a_migration_blocked_by_a_lock_exits_75_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    db = tmp_path / "followupd.sqlite3"
    holder = sqlite3.connect(db, isolation_level=None)  # an empty file: schema 0, to migrate
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(TemporaryFailure) as err:
            store_module.Store.open(db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(db) in str(err.value) and err.value.exit_status == 75
    assert "waited 0.2 s" in str(err.value)  # the short busy_timeout applied: no 10 s wait
    with store_module.Store.open(db) as s:  # once released, it opens and migrates
        assert s.schema_version == len(store_module.MIGRATIONS)


@pytest.mark.parametrize("command", [["preview", "99"], ["queue", "show", "99"],
                                     ["queue", "edit", "99", "--note", "x"]])
def test_an_unknown_followup_number_is_one_line_naming_the_fix(
    queued: Path, capsys: pytest.CaptureFixture[str], command: list[str],
) -> None:
    capsys.readouterr()
    assert main(["--config", str(queued), *command]) == 1
    err = capsys.readouterr().err
    assert "there is no follow-up #99" in err and "queue list --all" in err and "Traceback" not in err
