"""`check --online`, `auth test` and `init`, against the real Dovecot and SMTP servers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from followupd import config
from followupd.cli import main
from tests.accounts import credentials_dir, write_config
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer


@pytest.fixture
def shared_login(dovecot: DovecotServer) -> tuple[str, str]:
    """One login valid on both servers, as for most real providers."""
    name = SmtpServer.username
    if name not in dovecot.passwords:
        dovecot.add_user(name, SmtpServer.password)
    return name, SmtpServer.password


def test_check_online_logs_in_to_both(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_config(tmp_path, dovecot, smtp_server, dovecot_user)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials_dir(
        tmp_path, dovecot.passwords[dovecot_user], smtp_server.password)))
    assert main(["--config", str(path), "check", "--online"]) == 0
    out = capsys.readouterr().out
    assert f"imap: logged in to {dovecot.host}:{dovecot.imaps_port} as {dovecot_user}" in out
    assert "smtp: logged in to" in out and "password from systemd credential" in out
    assert smtp_server.auth_attempts == [(smtp_server.username, True)]
    assert dovecot.passwords[dovecot_user] not in out


def test_auth_test_with_a_wrong_password_names_host_and_user_not_the_password(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = "wrong-Password-123"
    path = write_config(tmp_path, dovecot, smtp_server, dovecot_user)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials_dir(tmp_path, wrong, wrong)))
    assert main(["--config", str(path), "auth", "test", "imap"]) == 1
    err = capsys.readouterr().err
    assert f"login failed for user '{dovecot_user}'" in err and "auth set imap" in err
    assert main(["--config", str(path), "auth", "test", "smtp"]) == 1
    err += capsys.readouterr().err
    assert smtp_server.username in err
    assert wrong not in err


def test_untrusted_certificate_is_refused(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_config(tmp_path, dovecot, smtp_server, dovecot_user)
    text = path.read_text().replace(str(dovecot.ca_file), str(dovecot.pki.other_ca_file))
    path.write_text(text)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials_dir(
        tmp_path, dovecot.passwords[dovecot_user], smtp_server.password)))
    assert main(["--config", str(path), "auth", "test", "imap"]) == 1
    assert "certificate" in capsys.readouterr().err


def test_init_end_to_end_against_the_servers(
    tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer,
    shared_login: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user, password = shared_login
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    import keyring.core

    keyring.core.init_backend()
    try:
        path = tmp_path / "config.toml"

        def init(ca_file: Path) -> int:
            monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
            return main(["--config", str(path), "init", "--yes", "--email", "jordan@example.test",
                         "--name", "Jordan Ellis", "--timezone", "Europe/Berlin",
                         "--imap-host", dovecot.host, "--imap-port", str(dovecot.imaps_port),
                         "--imap-security", "tls", "--smtp-host", smtp_server.host,
                         "--smtp-port", str(smtp_server.port), "--smtp-security", "starttls",
                         "--username", user, "--ca-file", str(ca_file), "--password-stdin"])

        rc = init(dovecot.ca_file)
        out = capsys.readouterr()
        # the SMTP server's certificate comes from another test CA: init must refuse it
        assert rc == 1 and "certificate" in out.err and not path.exists()
        # with a CA bundle holding both test CAs, it goes through
        bundle = tmp_path / "ca-bundle.pem"
        bundle.write_text(dovecot.ca_file.read_text() + smtp_server.ca_file.read_text())
        rc = init(bundle)
        out = capsys.readouterr()
        assert rc == 0, out.err
        assert "imap: logged in" in out.out and "smtp: logged in" in out.out
        assert config.load(path, environ={}).imap is not None
        assert main(["--config", str(path), "check", "--online"]) == 0
        assert password not in capsys.readouterr().out + out.out + out.err
    finally:
        monkeypatch.undo()
        keyring.core.init_backend()


def test_init_by_its_prompts_against_the_servers(
    tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer,
    shared_login: tuple[str, str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from click.testing import CliRunner

    from followupd.cli import cli

    user, password = shared_login
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    import keyring.core

    keyring.core.init_backend()
    try:
        bundle = tmp_path / "ca-bundle.pem"
        bundle.write_text(dovecot.ca_file.read_text() + smtp_server.ca_file.read_text())
        path = tmp_path / "config.toml"
        answers = "\n".join([
            "jordan@example.test", "Jordan Ellis", "Europe/Berlin",
            dovecot.host, "tls", str(dovecot.imaps_port),
            smtp_server.host, "starttls", str(smtp_server.port),
            user, "queue", password,
        ]) + "\n"
        result = CliRunner().invoke(cli, ["--config", str(path), "init", "--ca-file", str(bundle)],
                                    input=answers, standalone_mode=False, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert "imap: logged in" in result.output and "smtp: logged in" in result.output
        assert password not in result.output
        assert smtp_server.auth_attempts[-1] == (user, True)
        cfg = config.load(path, environ={})
        assert cfg.imap is not None and cfg.imap.port == dovecot.imaps_port
        assert main(["--config", str(path), "check", "--online"]) == 0
    finally:
        monkeypatch.undo()
        keyring.core.init_backend()
