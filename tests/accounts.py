"""A followupd account on the test servers: its config file and its systemd credentials."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

ME = "jordan@example.test"


def write_config(tmp_path: Path, dovecot: DovecotServer, smtp: SmtpServer, user: str,
                 imap_extra: str = "", rest: str = "") -> Path:
    """config.toml for ``user`` on the test Dovecot and the test SMTP server; ``rest`` is
    appended (more tables), ``imap_extra`` goes into [imap]."""
    path = tmp_path / "config.toml"
    path.write_text(textwrap.dedent(f"""
        [account]
        email = "{ME}"
        name = "Jordan Ellis"
        timezone = "Europe/Berlin"

        [imap]
        host = "{dovecot.host}"
        port = {dovecot.imaps_port}
        security = "tls"
        username = "{user}"
        ca_file = "{dovecot.ca_file}"
        {imap_extra}

        [smtp]
        host = "{smtp.host}"
        port = {smtp.port}
        security = "starttls"
        username = "{smtp.username}"
        ca_file = "{smtp.ca_file}"

        [paths]
        state_dir = "{tmp_path / 'state'}"
        """) + textwrap.dedent(rest))
    path.chmod(0o600)
    return path


def credentials_dir(tmp_path: Path, imap: str, smtp: str) -> Path:
    """What systemd's LoadCredential= makes: one file per secret."""
    d = tmp_path / "creds"
    d.mkdir()
    (d / "imap").write_text(imap + "\n")
    (d / "smtp").write_text(smtp + "\n")
    return d
