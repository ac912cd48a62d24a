"""`followupd init`, driven through its prompts and through flags."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from click.testing import CliRunner

from followupd import config, credentials
from followupd.cli import cli, main

PASSWORD = "wizard-Pa55-never-printed"


@pytest.fixture
def file_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring.core.init_backend()
    yield
    monkeypatch.undo()
    keyring.core.init_backend()


def test_flags_only_for_a_gmail_address(
    file_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "cfg" / "config.toml"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    rc = main(["--config", str(path), "init", "--yes", "--no-test", "--email", "jordan@gmail.com",
               "--name", "Jordan Ellis", "--timezone", "America/Chicago", "--password-stdin"])
    assert rc == 0
    assert path.stat().st_mode & 0o777 == 0o600
    cfg = config.load(path, environ={})
    assert cfg.imap is not None and cfg.smtp is not None
    assert (cfg.imap.host, cfg.imap.port, cfg.imap.sent_folder) == ("imap.gmail.com", 993,
                                                                  "[Gmail]/Sent Mail")
    assert cfg.smtp.server_saves_sent is True
    assert cfg.send.mode == "queue"
    assert credentials.get_secret("smtp", cfg.smtp, environ={}).value == PASSWORD
    out = capsys.readouterr()
    assert PASSWORD not in out.out + out.err + path.read_text()
    assert main(["--config", str(path), "check"]) == 0


def test_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# mine\n")
    rc = main(["--config", str(path), "init", "--yes", "--no-test", "--email", "a@b.example",
               "--name", "A", "--imap-host", "imap.b.example", "--smtp-host", "smtp.b.example",
               "--password-command", "echo x"])
    assert rc != 0
    assert "exists already" in capsys.readouterr().err
    assert path.read_text() == "# mine\n"


def test_interactive_prompts_for_an_unknown_provider(file_keyring: None, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    answers = "\n".join([
        "sam@corp.example",  # address
        "Sam Lee",  # name
        "Europe/Paris",  # time zone
        "imap.corp.example", "starttls", "",  # IMAP host, security, port (default 143)
        "smtp.corp.example", "", "",  # SMTP host, security (default starttls), port (587)
        "",  # login name: default = address
        "send",  # mode
        PASSWORD,  # hidden password
    ]) + "\n"
    result = CliRunner().invoke(cli, ["--config", str(path), "init", "--no-test"], input=answers,
                                standalone_mode=False, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    cfg = config.load(path, environ={})
    assert cfg.imap is not None and cfg.smtp is not None
    assert (cfg.imap.host, cfg.imap.port, cfg.imap.security) == ("imap.corp.example", 143, "starttls")
    assert (cfg.smtp.host, cfg.smtp.port) == ("smtp.corp.example", 587)
    assert cfg.account.timezone == "Europe/Paris" and cfg.send.mode == "send"
    assert credentials.get_secret("imap", cfg.imap, environ={}).value == PASSWORD
    assert PASSWORD not in result.output


def test_bad_answer_is_asked_again(file_keyring: None, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    answers = "\n".join(["not-an-address", "sam@corp.example", "Sam", "Mars/Base",
                         "Europe/Paris", "imap.corp.example", "", "", "smtp.corp.example", "", "",
                         "", "", PASSWORD]) + "\n"
    result = CliRunner().invoke(cli, ["--config", str(path), "init", "--no-test"], input=answers,
                                standalone_mode=False, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "expected an e-mail address" in result.output
    assert "expected an IANA time zone" in result.output
    assert config.load(path, environ={}).account.timezone == "Europe/Paris"
