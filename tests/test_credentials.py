"""The credential chain, against a real (file) keyring backend chosen by the test."""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from followupd import config, credentials
from followupd.cli import main
from followupd.config_types import ServerConfig
from followupd.errors import EX_CONFIG, CredentialError

SECRET = "s3cret-Pa55-\u00e9-!$"

CONFIG = """
[account]
email = "jordan@example.com"
name = "Jordan Ellis"
timezone = "Europe/Berlin"

[imap]
host = "imap.example.com"

[smtp]
host = "smtp.example.com"
"""


def _use_backend(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, backend: str | None) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdgconfig"))
    if backend:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    else:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.core.init_backend()


@pytest.fixture
def file_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """keyrings.alt's plaintext file backend, chosen explicitly, in a temp dir."""
    _use_backend(monkeypatch, tmp_path, "keyrings.alt.file.PlaintextKeyring")
    yield tmp_path / "data"
    monkeypatch.undo()
    keyring.core.init_backend()


@pytest.fixture
def cfg_path(tmp_path: Path) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(textwrap.dedent(CONFIG))
    p.chmod(0o600)
    return p


def server(**kw: object) -> ServerConfig:
    base: dict[str, object] = dict(host="imap.example.com", port=993, security="tls",
                                   username="jordan@example.com")
    base.update(kw)
    return ServerConfig(**base)  # type: ignore[arg-type]


def test_auth_set_is_read_back_by_the_chain(
    file_keyring: Path, cfg_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(SECRET + "\n"))
    assert main(["--debug", "-vv", "--config", str(cfg_path), "auth", "set", "imap", "--stdin"]) == 0
    cfg = config.load(cfg_path, environ={})
    secret = credentials.get_secret("imap", cfg.imap, environ={})  # type: ignore[arg-type]
    assert secret.value == SECRET and secret.source == "keyring"
    # the smtp entry is a different one
    with pytest.raises(CredentialError) as exc:
        credentials.get_secret("smtp", cfg.smtp, environ={})  # type: ignore[arg-type]
    assert "followupd auth set smtp" in " ".join(exc.value.lines())
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err + caplog.text
    assert SECRET not in repr(secret)


def test_auth_delete_removes_the_entry(file_keyring: Path, cfg_path: Path) -> None:
    cfg = config.load(cfg_path, environ={})
    credentials.store_in_keyring("smtp", cfg.smtp, SECRET)  # type: ignore[arg-type]
    assert main(["--config", str(cfg_path), "auth", "delete", "smtp"]) == 0
    with pytest.raises(CredentialError):
        credentials.get_secret("smtp", cfg.smtp, environ={})  # type: ignore[arg-type]


def test_systemd_credential_comes_first(file_keyring: Path, tmp_path: Path) -> None:
    credentials.store_in_keyring("imap", server(), "from-keyring")
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap").write_text("from-systemd\n")
    s = credentials.get_secret("imap", server(password_command="echo from-command"),
                               environ={"CREDENTIALS_DIRECTORY": str(creds)})
    assert (s.value, s.source) == ("from-systemd", "systemd credential")
    # a credential directory without our file falls through to the next link
    s = credentials.get_secret("smtp", server(password_command="echo from-command"),
                               environ={"CREDENTIALS_DIRECTORY": str(creds)})
    assert (s.value, s.source) == ("from-command", "password_command")


def test_password_command_first_line_is_the_secret(file_keyring: Path) -> None:
    s = credentials.get_secret("imap", server(password_command="printf 'tok en\\nsecond line\\n'"),
                               environ={})
    assert s.value == "tok en"


def test_failing_password_command_names_the_key_not_its_output() -> None:
    with pytest.raises(CredentialError) as exc:
        credentials.get_secret("smtp", server(password_command="echo leaked-secret >&2; exit 3"),
                               environ={})
    assert "smtp.password_command: the command exited with status 3" in str(exc.value)
    assert "leaked-secret" not in " ".join(exc.value.lines())


def test_no_keyring_backend_names_all_three_ways(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _use_backend(monkeypatch, tmp_path, "keyring.backends.fail.Keyring")
    try:
        with pytest.raises(CredentialError) as exc:
            credentials.get_secret("imap", server(), environ={})
        text = " ".join(exc.value.lines())
        assert "imap.password_command" in text
        assert "LoadCredential=imap:" in text and "CREDENTIALS_DIRECTORY" in text
        assert "followupd auth set imap" in text
        assert exc.value.exit_status == EX_CONFIG
    finally:
        monkeypatch.undo()
        keyring.core.init_backend()


def test_implicit_plaintext_keyring_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """keyrings.alt picked silently would keep the password in a plain file: refuse it."""
    from keyrings.alt.file import PlaintextKeyring

    _use_backend(monkeypatch, tmp_path, None)
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(CredentialError, match="plain file"):
            credentials.store_in_keyring("imap", server(), SECRET)
        assert not (tmp_path / "data").exists() or SECRET not in "".join(
            p.read_text() for p in (tmp_path / "data").rglob("*") if p.is_file())
    finally:
        monkeypatch.undo()
        keyring.core.init_backend()
