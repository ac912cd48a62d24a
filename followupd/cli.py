"""Every command, thin: parse, call one function, print.

Heavy modules (icalendar, imapclient, jinja2, sqlite work) are imported inside the commands so
that ``followupd --help`` starts fast. User errors become one line each on stderr and an exit
status (78 for configuration problems); ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followupd import __version__
from followupd.errors import EX_CONFIG, EX_TEMPFAIL, FollowupdError, UserError

if TYPE_CHECKING:
    from followupd.config_types import Config

log = logging.getLogger("followupd")


@dataclass
class App:
    config_path: Path | None = None
    verbose: int = 0
    debug: bool = False
    _config: Config | None = field(default=None, repr=False)

    def config(self) -> Config:
        if self._config is None:
            from followupd import config

            self._config = config.load(self.config_path)
            for warning in config.permission_warnings(self._config.path or Path()):
                log.warning("%s", warning)
        return self._config


pass_app = click.make_pass_decorator(App)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="followupd")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path),
              help="Configuration file (default: $FOLLOWUPD_CONFIG, then "
              "$XDG_CONFIG_HOME/followupd/config.toml).")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, verbose: int, debug: bool) -> None:
    """Notice interview confirmations in your mailbox and follow up, once, tastefully."""
    ctx.obj = App(config_path=config_path, verbose=verbose, debug=debug)
    from followupd.logs import setup_logging

    setup_logging(verbose=verbose, debug=debug)


# --- configuration ---------------------------------------------------------------------------


@cli.command()
@click.option("--online", is_flag=True, help="Also log in to the IMAP and SMTP servers.")
@pass_app
def check(app: App, online: bool) -> None:
    """Validate the configuration and the templates (and, with --online, the logins)."""
    from followupd import checks

    cfg = app.config()
    for line in checks.check_offline(cfg):
        click.echo(line)
    if online:
        for line in checks.check_online(cfg):
            click.echo(line)
    click.echo(f"{cfg.path}: OK")


@cli.group(name="config")
def config_group() -> None:
    """Work with the configuration file."""


@config_group.command(name="generate")
def config_generate() -> None:
    """Print a configuration with every key described (redirect it to a file)."""
    from followupd.config_example import render

    click.echo(render(), nl=False)


# --- credentials -----------------------------------------------------------------------------

_PURPOSE = click.Choice(["imap", "smtp"])


@cli.group()
def auth() -> None:
    """Store, test or delete passwords in the OS keyring."""


@auth.command(name="set")
@click.argument("purpose", type=_PURPOSE)
@click.option("--stdin", "from_stdin", is_flag=True, help="Read the password from stdin.")
@pass_app
def auth_set(app: App, purpose: str, from_stdin: bool) -> None:
    """Store the IMAP or SMTP password in the OS keyring."""
    from followupd import checks, credentials

    server = checks.server_config(app.config(), purpose)
    if from_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = click.prompt(f"Password for {server.username} at {server.host}",
                             hide_input=True, confirmation_prompt=True)
    if not value:
        raise UserError("an empty password was given; nothing stored")
    credentials.store_in_keyring(purpose, server, value)  # type: ignore[arg-type]
    click.echo(f"Stored the {purpose} password for {server.username} at {server.host} "
               "in the keyring.")


@auth.command(name="test")
@click.argument("purpose", type=_PURPOSE)
@pass_app
def auth_test(app: App, purpose: str) -> None:
    """Find the password through the chain and log in with it."""
    from followupd import checks

    click.echo(checks.login(app.config(), purpose))


@auth.command(name="delete")
@click.argument("purpose", type=_PURPOSE)
@pass_app
def auth_delete(app: App, purpose: str) -> None:
    """Remove the IMAP or SMTP password from the OS keyring."""
    from followupd import checks, credentials

    server = checks.server_config(app.config(), purpose)
    if credentials.delete_from_keyring(purpose, server):  # type: ignore[arg-type]
        click.echo(f"Deleted the {purpose} password for {server.username} at {server.host}.")
    else:
        click.echo(f"There was no {purpose} password for {server.username} at {server.host}.")


# --- detection -------------------------------------------------------------------------------


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--rules-from-config", is_flag=True,
              help="Apply the [detect] rules of the configuration file.")
@pass_app
def detect(app: App, files: tuple[str, ...], as_json: bool, rules_from_config: bool) -> None:
    """Say whether each mail (.eml, .ics; - for stdin) confirms an interview, and why."""
    from followupd.detect.report import detect_paths, format_human

    rules = app.config().detect.rules if rules_from_config else None
    for obj in detect_paths(list(files), rules):
        click.echo(json.dumps(obj, ensure_ascii=False) if as_json else format_human(obj))


# --- the rest of the pipeline ----------------------------------------------------------------


@cli.command()
@click.option("--since", help='How far back to look, like "30d" (default: detect.since).')
@click.option("--json", "as_json", is_flag=True, help="One JSON object per detected message.")
@pass_app
def scan(app: App, since: str | None, as_json: bool) -> None:
    """One pass over the mailbox: print the interviews found and what would be planned.

    Sends nothing and changes nothing: neither the mailbox nor followupd's state.
    """
    from followupd import config
    from followupd import scan as scan_module

    cfg = app.config()
    window = config.duration(since) if since else cfg.detect.since
    progress = sys.stderr.isatty()
    for result in scan_module.scan(cfg, window, progress=progress):
        click.echo(json.dumps(result.to_json(), ensure_ascii=False) if as_json else result.describe(cfg))


@cli.command()
@click.option("--once", is_flag=True, help="One sync and one outbox pass, then exit.")
@pass_app
def run(app: App, once: bool) -> None:
    """Run the daemon in the foreground (systemd runs this)."""
    from followupd.daemon import Daemon
    from followupd.logs import setup_logging

    # The daemon's events (detected, planned, sent, held) are what the journal is for.
    setup_logging(verbose=max(app.verbose, 1), debug=app.debug)
    Daemon(app.config_path).run(once=once)


def _store(app: App):  # type: ignore[no-untyped-def]
    from followupd.runtime import DB_NAME
    from followupd.store import Store

    cfg = app.config()
    path = cfg.state_dir / DB_NAME
    if not path.exists():
        raise UserError(f"no state in {cfg.state_dir} yet",
                        hint="run `followupd run --once` (or start the service) first")
    return Store.open(path)


def _followup(store: Any, followup_id: int) -> Any:
    try:
        return store.get_followup(followup_id)
    except KeyError:
        raise UserError(f"there is no follow-up #{followup_id}",
                        hint="`followupd queue list --all` shows every follow-up with its number") from None


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@pass_app
def status(app: App, as_json: bool) -> None:
    """Interviews tracked, follow-ups upcoming, held and failed."""
    from zoneinfo import ZoneInfo

    from followupd import views

    cfg = app.config()
    store = _store(app)
    try:
        interviews = {iv.id: iv for iv in store.list_interviews()}
        rows = store.list_followups()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({
            "interviews": [views.interview_json(iv) for iv in interviews.values()],
            "followups": [views.followup_json(r, interviews.get(r.interview_id)) for r in rows],
        }, ensure_ascii=False, indent=2))
        return
    tz = ZoneInfo(cfg.account.timezone)
    if not interviews:
        click.echo("No interviews found yet.")
    for iv in interviews.values():
        click.echo(views.interview_line(iv, tz))
        for row in rows:
            if row.interview_id == iv.id:
                click.echo("  " + views.followup_line(row, iv, tz))


@cli.group()
def queue() -> None:
    """Review follow-ups: list, show, approve, edit, cancel."""


@queue.command(name="list")
@click.option("--all", "show_all", is_flag=True, help="Also sent, cancelled and skipped ones.")
@pass_app
def queue_list(app: App, show_all: bool) -> None:
    """List follow-ups that are planned, held or failed."""
    from zoneinfo import ZoneInfo

    from followupd import views

    tz = ZoneInfo(app.config().account.timezone)
    store = _store(app)
    try:
        interviews = {iv.id: iv for iv in store.list_interviews()}
        states = None if show_all else (*views.PENDING, "failed")
        rows = store.list_followups(states=states)
    finally:
        store.close()
    if not rows:
        click.echo("Nothing in the queue.")
    for row in rows:
        click.echo(views.followup_line(row, interviews[row.interview_id], tz))


def _rendered(app: App, followup_id: int) -> str:
    from followupd.compose import render_preview
    from followupd.daemon import utcnow
    from followupd.outbox import render_followup
    from followupd.templating import Templates

    cfg = app.config()
    store = _store(app)
    try:
        row = _followup(store, followup_id)
        msg = render_followup(store, cfg, Templates(cfg.templates_dir), row, row.sent_at or utcnow())
    finally:
        store.close()
    return render_preview(msg)


@queue.command(name="show")
@click.argument("followup_id", type=int)
@pass_app
def queue_show(app: App, followup_id: int) -> None:
    """Show one follow-up as it would be sent."""
    click.echo(_rendered(app, followup_id))


@cli.command()
@click.argument("followup_id", type=int)
@pass_app
def preview(app: App, followup_id: int) -> None:
    """Show the rendered message of one follow-up."""
    click.echo(_rendered(app, followup_id))


@queue.command(name="approve")
@click.argument("followup_ids", type=int, nargs=-1, required=True)
@pass_app
def queue_approve(app: App, followup_ids: tuple[int, ...]) -> None:
    """Let these follow-ups go out (at once if they are due; the daemon sends them)."""
    store = _store(app)
    try:
        for fid in followup_ids:
            ok = store.approve(fid)
            click.echo(f"#{fid}: approved" if ok else f"#{fid}: not waiting for approval; unchanged")
    finally:
        store.close()


@queue.command(name="cancel")
@click.argument("followup_ids", type=int, nargs=-1, required=True)
@pass_app
def queue_cancel(app: App, followup_ids: tuple[int, ...]) -> None:
    """Never send these follow-ups."""
    store = _store(app)
    try:
        for fid in followup_ids:
            ok = store.cancel(fid, "cancelled by you")
            click.echo(f"#{fid}: cancelled" if ok else f"#{fid}: already sent or closed; unchanged")
    finally:
        store.close()


@queue.command(name="edit")
@click.argument("followup_id", type=int)
@click.option("--body-file", type=click.File("r"), help="Take the new body from this file (- = stdin).")
@click.option("--note", metavar="TEXT", help='One point from the conversation for the template, '
              'e.g. "hearing how the team rebuilt billing"; "" removes it. Keeps the body as the '
              "template makes it, so no editor opens.")
@pass_app
def queue_edit(app: App, followup_id: int, body_file: Any, note: str | None) -> None:
    """Edit a follow-up's body in $EDITOR (headers stay as the template makes them)."""
    from email.message import EmailMessage

    from followupd.daemon import utcnow
    from followupd.outbox import render_followup
    from followupd.templating import Templates

    cfg = app.config()
    store = _store(app)
    try:
        row = _followup(store, followup_id)
        if note is not None:
            if not store.set_note(followup_id, note.strip() or None):
                raise UserError(f"#{followup_id} is already sent or closed; nothing changed")
            click.echo(f"#{followup_id}: note {'set' if note.strip() else 'removed'}; "
                       f"`followupd preview {followup_id}` shows it")
            if row.edited_body is not None and body_file is None:
                click.echo("(its body was edited by hand, so the template and the note are not "
                           "used; edit the body to add it there)")
            if body_file is None:
                return
        if body_file is not None:
            text = body_file.read()
        else:
            msg: EmailMessage = render_followup(store, cfg, Templates(cfg.templates_dir), row, utcnow())
            part = msg.get_body(("plain",))
            current = part.get_content() if part is not None else ""
            text = click.edit(current, extension=".txt")
            if text is None or text == current:
                click.echo("No change.")
                return
        if not text.strip():
            raise UserError("the new body is empty; nothing changed",
                            hint=f"`followupd queue cancel {followup_id}` to drop the follow-up")
        if not store.set_edited_body(followup_id, text):
            raise UserError(f"#{followup_id} is already sent or closed; nothing changed")
        click.echo(f"#{followup_id}: body updated; `followupd preview {followup_id}` shows it")
    finally:
        store.close()


@cli.command()
@click.option("--keep", type=click.Path(path_type=Path, file_okay=False),
              help="Keep the demo's Maildir, state and outbox in this directory.")
def demo(keep: Path | None) -> None:
    """Run the whole pipeline on a bundled sample mailbox: no account needed."""
    from followupd.demo import run as run_demo

    run_demo(click.echo, keep)


@cli.command()
@click.option("--force", is_flag=True, help="Replace an existing configuration file.")
@click.option("--yes", "assume_yes", is_flag=True, help="Ask nothing: defaults and flags only.")
@click.option("--email")
@click.option("--name")
@click.option("--timezone")
@click.option("--imap-host")
@click.option("--imap-port", type=int)
@click.option("--imap-security", type=click.Choice(["tls", "starttls"]))
@click.option("--smtp-host")
@click.option("--smtp-port", type=int)
@click.option("--smtp-security", type=click.Choice(["tls", "starttls"]))
@click.option("--username", help="Login name (default: the address).")
@click.option("--ca-file", help="An extra CA certificate to trust (self-hosted servers).")
@click.option("--password-command", help="A command that prints the password, instead of the keyring.")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.option("--mode", type=click.Choice(["queue", "send", "draft"]))
@click.option("--no-test", "no_test", is_flag=True, help="Do not test the logins.")
@pass_app
def init(app: App, no_test: bool, **flags: Any) -> None:
    """Write a configuration (asking for what it needs) and store the password in the keyring."""
    from followupd import checks, config, wizard

    path = app.config_path or config.default_config_path()
    wizard.run(wizard.InitOptions(path=path, test_login=not no_test, **flags), checks.login_with)


@cli.command(name="install-service")
@click.option("--user", "kind", flag_value="user", default=True, help="A user unit (default).")
@click.option("--system", "kind", flag_value="system", help="A system template unit.")
@click.option("--force", is_flag=True, help="Overwrite an existing unit file.")
@click.option("--dest", type=click.Path(path_type=Path, file_okay=False),
              help="Directory for the unit (default: ~/.config/systemd/user or /etc/systemd/system).")
@pass_app
def install_service(app: App, kind: str, force: bool, dest: Path | None) -> None:
    """Write the systemd unit and print the commands that enable it."""
    from followupd.service_install import install

    config_path = app.config_path.resolve() if app.config_path else None
    path, commands = install(kind, dest, force, config_path=config_path)  # type: ignore[arg-type]
    click.echo(f"Wrote {path}. To start it now and at every boot:")
    for command in commands:
        click.echo(f"  {command}")


# --- entry point -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        result: Any = cli.main(args=argv, prog_name="followupd", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(exc.exit_code)
    except UserError as exc:
        if debug:
            traceback.print_exc()
        for line in exc.lines():
            click.echo(f"followupd: {line}", err=True)
        return exc.exit_status
    except FollowupdError as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"followupd: {exc}", err=True)
        return 1
    except sqlite3.OperationalError as exc:  # locked past busy_timeout, disk full, I/O error
        if debug:
            traceback.print_exc()
        # Every write is one transaction, so the failed one left nothing half-done.
        click.echo(f"followupd: state database: {exc}; nothing was changed, try again later",
                   err=True)
        return EX_TEMPFAIL
    except KeyboardInterrupt:
        return 130
    return int(result) if isinstance(result, int) else 0


__all__ = ["EX_CONFIG", "main"]
