"""`followupd init`: ask for an address, fill in the servers, test the login, write the config.

Every question has a flag, so the same code runs non-interactively (``--yes`` takes the
defaults and fails on anything that has none). The file is written with tomli-w, mode 0600,
and only after it passes the same validation as `followupd check`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import click
import tomli_w

from followupd import config as config_module
from followupd.config_types import Config, ServerConfig
from followupd.errors import CredentialError, UserError
from followupd.providers import Provider, for_address

LoginTest = Callable[[str, ServerConfig, str], str]  # (purpose, server, password) -> message


@dataclass
class InitOptions:
    path: Path
    force: bool = False
    assume_yes: bool = False  # non-interactive: defaults, and flags for the rest
    email: str | None = None
    name: str | None = None
    timezone: str | None = None
    imap_host: str | None = None
    imap_port: int | None = None
    imap_security: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: str | None = None
    username: str | None = None
    ca_file: str | None = None
    password_command: str | None = None
    password_stdin: bool = False
    mode: str | None = None
    test_login: bool = True


def local_timezone(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """The machine's IANA zone name, or UTC when it cannot be told."""
    tz = environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz:
        return tz
    try:
        return Path("/etc/timezone").read_text().strip() or "UTC"
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


def _checked(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A config check as a prompt's value_proc: a bad answer is explained and asked again."""

    def proc(value: Any) -> Any:
        try:
            return check(value)
        except config_module.Invalid as exc:
            raise click.BadParameter(str(exc)) from None

    return proc


class _Asker:
    def __init__(self, opts: InitOptions) -> None:
        self.opts = opts

    def __call__(self, question: str, given: Any, default: Any = None, **kw: Any) -> Any:
        if given is not None:
            return given
        if self.opts.assume_yes:
            if default is None:
                raise UserError(f"init --yes: no default for “{question}”; pass it as a flag")
            return default
        return click.prompt(question, default=default, **kw)

    def confirm(self, question: str, default: bool = True) -> bool:
        return default if self.opts.assume_yes else click.confirm(question, default=default)


def _read_password(opts: InitOptions, what: str) -> str:
    if opts.password_stdin:
        return click.get_text_stream("stdin").readline().rstrip("\r\n")
    if opts.assume_yes:
        raise UserError("init --yes needs --password-stdin or --password-command")
    return str(click.prompt(what, hide_input=True))


def build_document(answers: dict[str, Any]) -> dict[str, Any]:
    """The TOML document: only what differs from the defaults, so the file stays readable."""
    doc: dict[str, Any] = {
        "account": {"email": answers["email"], "name": answers["name"],
                    "timezone": answers["timezone"]},
    }
    for purpose in ("imap", "smtp"):
        table = {k: v for k, v in answers[purpose].items() if v is not None}
        doc[purpose] = table
    doc["send"] = {"mode": answers["mode"]}
    return doc


def run(opts: InitOptions, login_test: LoginTest) -> Config:
    ask = _Asker(opts)
    if opts.path.exists() and not opts.force:
        raise UserError(f"{opts.path} exists already; nothing was changed",
                        hint="edit it, or run `followupd init --force` to start over")
    email = ask("Your e-mail address", opts.email, value_proc=_checked(config_module.email_address))
    provider = for_address(email)
    name = ask("Your name, as it should appear in From:", opts.name)
    timezone = ask("Your time zone", opts.timezone, default=local_timezone(),
                   value_proc=_checked(config_module.timezone_name))
    if provider:
        click.echo(f"{provider.name}: IMAP {provider.imap_host}:{provider.imap_port}, "
                   f"SMTP {provider.smtp_host}:{provider.smtp_port}")
        if provider.note:
            click.echo(f"Note: {provider.note}")
    imap = _server_answers(ask, opts, "imap", provider)
    smtp = _server_answers(ask, opts, "smtp", provider)
    imap["username"] = smtp["username"] = ask("Login name", opts.username, default=email)
    if opts.ca_file:
        imap["ca_file"] = smtp["ca_file"] = opts.ca_file
    if provider:
        imap["sent_folder"], imap["drafts_folder"] = provider.sent_folder, provider.drafts_folder
        smtp["server_saves_sent"] = provider.server_saves_sent
    if opts.password_command:
        imap["password_command"] = smtp["password_command"] = opts.password_command
    mode = ask('Mode: "queue" holds each follow-up for your approval, "send" sends at the due '
               'time, "draft" puts it in Drafts', opts.mode, default="queue",
               type=click.Choice(["queue", "send", "draft"]))
    answers = {"email": email, "name": name, "timezone": timezone, "imap": imap, "smtp": smtp,
               "mode": mode}
    doc = build_document(answers)
    # Validate before anything is stored or written: the same checks as `followupd check`.
    cfg = config_module.from_dict(doc, path=opts.path)
    if not opts.password_command:
        password = _read_password(opts, f"Password for {imap['username']}")
        if opts.test_login:
            for purpose, server in (("imap", cfg.imap), ("smtp", cfg.smtp)):
                assert server is not None  # noqa: S101 - both tables were just built
                click.echo(login_test(purpose, server, password))
        _store_passwords(cfg, password)
    elif opts.test_login:
        from followupd import credentials

        for purpose, server in (("imap", cfg.imap), ("smtp", cfg.smtp)):
            assert server is not None  # noqa: S101
            secret = credentials.get_secret(purpose, server)  # type: ignore[arg-type]
            click.echo(login_test(purpose, server, secret.value))
    write(opts.path, doc, force=opts.force)
    click.echo(f"Wrote {opts.path}. Check it any time with `followupd check`; "
               "try `followupd scan` to see what it finds.")
    return replace(cfg, path=opts.path)


def _server_answers(ask: _Asker, opts: InitOptions, purpose: str, provider: Provider | None
                    ) -> dict[str, Any]:
    label = purpose.upper()
    host = getattr(opts, f"{purpose}_host") or (getattr(provider, f"{purpose}_host") if provider else None)
    host = ask(f"{label} server", host)
    security = getattr(opts, f"{purpose}_security") or (
        getattr(provider, f"{purpose}_security") if provider else None)
    security = ask(f"{label} security", security,
                   default="tls" if purpose == "imap" else "starttls",
                   type=click.Choice(["tls", "starttls"]))
    port = getattr(opts, f"{purpose}_port") or (getattr(provider, f"{purpose}_port") if provider else None)
    port = ask(f"{label} port", port, default=config_module.DEFAULT_PORTS[purpose][security], type=int)
    return {"host": host, "port": port, "security": security}


def _store_passwords(cfg: Config, password: str) -> None:
    from followupd import credentials

    try:
        for purpose, server in (("imap", cfg.imap), ("smtp", cfg.smtp)):
            assert server is not None  # noqa: S101
            credentials.store_in_keyring(purpose, server, password)  # type: ignore[arg-type]
    except CredentialError as exc:
        # A headless box: the config is still worth writing; say how to give the password.
        click.echo("The password was NOT stored: " + "; ".join(exc.lines()), err=True)
        return
    click.echo("Stored the password in the OS keyring (service “followupd”).")


def write(path: Path, doc: dict[str, Any], *, force: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise UserError(f"{path} exists already; nothing was changed",
                        hint="run `followupd init --force` to replace it") from None
    with os.fdopen(fd, "wb") as f:
        f.write(b"# Written by `followupd init`. Every key: `followupd config generate`.\n")
        f.write(tomli_w.dumps(doc).encode())
    os.chmod(path, 0o600)
