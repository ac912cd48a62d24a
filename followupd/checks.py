"""What `followupd check` and `followupd auth test` verify, as plain functions.

Each returns lines for the CLI to print and raises a UserError subclass on the first problem
it cannot get past.
"""

from __future__ import annotations

from followupd.config_types import Config, ImapConfig, ServerConfig, SmtpConfig
from followupd.errors import ConfigError, SourceError, TransportError, UserError


def server_config(cfg: Config, purpose: str) -> ServerConfig:
    server = cfg.imap if purpose == "imap" else cfg.smtp
    if server is None:
        raise ConfigError(f"{cfg.path}: there is no [{purpose}] table",
                          hint="add one; `followupd config generate` shows its keys")
    return server


def check_offline(cfg: Config) -> list[str]:
    """Problems that need no network: the config (already loaded) and the templates."""
    from followupd.templating import Templates

    templates = Templates(cfg.templates_dir)
    problems = templates.check(required=[rule.template for rule in cfg.followups])
    if problems:
        # Templates are configuration too: a broken one exits 78 like a bad key.
        raise ConfigError(*problems, hint="fix the templates above; `followupd preview ID` shows "
                          "a rendered follow-up")
    return [f"configuration: {len(cfg.followups)} follow-up rule(s), mode {cfg.send.mode}, "
            f"state in {cfg.state_dir}",
            f"templates: {', '.join(sorted({r.template for r in cfg.followups}))} render"]


def check_online(cfg: Config) -> list[str]:
    return [login(cfg, purpose) for purpose in ("imap", "smtp") if server_config_or_none(cfg, purpose)]


def server_config_or_none(cfg: Config, purpose: str) -> ServerConfig | None:
    return cfg.imap if purpose == "imap" else cfg.smtp


def login(cfg: Config, purpose: str) -> str:
    """Find the password through the chain and log in with it."""
    from followupd import credentials

    server = server_config(cfg, purpose)
    secret = credentials.get_secret(purpose, server)  # type: ignore[arg-type]
    return f"{login_with(purpose, server, secret.value)} (password from {secret.source})"


def login_with(purpose: str, server: ServerConfig, password: str) -> str:
    if purpose == "imap":
        from followupd.sources.imap import ImapSource

        assert isinstance(server, ImapConfig)  # noqa: S101 - server_config() picked it by purpose
        source = ImapSource(server, password)
        try:
            source.connect()
        except SourceError as exc:
            raise UserError(str(exc), hint="check imap.host, imap.port, imap.security and the "
                            "password (`followupd auth set imap`)") from None
        finally:
            source.close()
    else:
        from followupd.transports import SmtpTransport

        assert isinstance(server, SmtpConfig)  # noqa: S101
        try:
            SmtpTransport(server, lambda: password).check()
        except TransportError as exc:
            raise UserError(str(exc), hint="check smtp.host, smtp.port, smtp.security and the "
                            "password (`followupd auth set smtp`)") from None
    return f"{purpose}: logged in to {server.host}:{server.port} as {server.username}"
