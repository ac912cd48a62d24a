"""`followupd queue list|show|approve|edit|cancel`, `preview` and `status` on real state."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.cli import main
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
