"""`followupd scan`: read-only, one JSON object per detected message."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.cli import main
from tests.accounts import credentials_dir, write_config
from tests.mailfactory import RECRUITER_ADDR, invite, reply
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer


def test_scan_json_finds_the_interview_and_changes_nothing(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_config(tmp_path, dovecot, smtp_server, dovecot_user)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials_dir(
        tmp_path, dovecot.passwords[dovecot_user], smtp_server.password)))
    now = datetime.now(UTC)
    raw, mid, uid = invite(start=now + timedelta(days=2), date=now - timedelta(hours=1))
    dovecot.append(dovecot_user, "INBOX", raw)
    dovecot.append(dovecot_user, "INBOX", reply(in_reply_to="<other@example.test>"))
    before = dovecot.flags(dovecot_user, "INBOX")

    assert main(["--config", str(path), "scan", "--json", "--since", "7d"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [obj] = [json.loads(line) for line in lines]  # nothing but JSON on stdout
    assert obj["interview"] is True and obj["kind"] == "scheduled"
    assert obj["contact"] == RECRUITER_ADDR and obj["ics_uid"] == uid
    assert obj["folder"] == "INBOX" and obj["message_id"] == mid and isinstance(obj["uid"], int)
    assert [f["name"] for f in obj["followups"]] == ["thank_you", "check_in"]
    assert all(datetime.fromisoformat(f["due"]) > now for f in obj["followups"])

    assert dovecot.flags(dovecot_user, "INBOX") == before
    assert not (tmp_path / "state").exists()  # scan keeps no state
