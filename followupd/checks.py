"""What `followupd check` and `followupd auth test` verify, as plain functions.

Each returns lines for the CLI to print and raises a UserError subclass on the first problem
it cannot get past.
"""

from __future__ import annotations

from followupd.config_types import Config, ServerConfig
from followupd.errors import ConfigError, UserError


def server_config(cfg: Config, purpose: str) -> ServerConfig:
    server = cfg.imap if purpose == "imap" else cfg.smtp
    if server is None:
        raise ConfigError(f"{cfg.path}: there is no [{purpose}] table",
                          hint="add one; `followupd config generate` shows its keys")
    return server


def check_offline(cfg: Config) -> list[str]:
    """Problems that need no network: the config (already loaded) and the templates."""
    lines = [f"configuration: {len(cfg.followups)} follow-up rule(s), mode {cfg.send.mode}, "
             f"state in {cfg.state_dir}"]
    return lines


def check_online(cfg: Config) -> list[str]:
    raise UserError("`followupd check --online` needs the IMAP and SMTP clients, which are not "
                    "wired in yet")


def login(cfg: Config, purpose: str) -> str:
    raise UserError("`followupd auth test` needs the IMAP and SMTP clients, which are not wired in yet")


def login_with(purpose: str, server: ServerConfig, password: str) -> str:
    raise UserError("login tests need the IMAP and SMTP clients, which are not wired in yet")
