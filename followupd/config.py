"""TOML configuration: the one place for every key, its default, its check and its description.

``SCHEMA`` below is the source of truth. From it come validation (all problems at once, one
line each, with the key path), the frozen dataclasses of :mod:`followupd.config_types`, and
the commented example that ``followupd config generate`` prints and ``config.example.toml``
holds (a test keeps the two identical).
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.config_types import (
    AccountConfig,
    Config,
    DetectConfig,
    FollowupRule,
    ImapConfig,
    MaildirConfig,
    NotifyConfig,
    SendConfig,
    SmtpConfig,
)
from followupd.detect.model import DetectRules
from followupd.errors import ConfigError, short_path

ENV_CONFIG = "FOLLOWUPD_CONFIG"


class Invalid(ValueError):
    """A value failed its check; the message reads after ``key: ``."""


_REQUIRED = object()


@dataclass(frozen=True)
class Key:
    name: str
    check: Callable[[Any], Any]
    doc: str
    default: Any = _REQUIRED  # the TOML value used when the key is absent
    example: Any = None  # shown in the generated example (commented out when it is the default)

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


# --- value checks ---------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    return {str: "a string", bool: "a boolean", int: "an integer", float: "a number",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"expected a non-empty string, got {_shown(value)}")
    if any(c in value for c in "\r\n\x00"):
        raise Invalid("must be a single line")
    return value.strip()


def optional_text(value: Any) -> str | None:
    return None if value == "" else text(value)


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"expected true or false, got {_shown(value)}")
    return value


def integer(lo: int, hi: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise Invalid(f"expected an integer from {lo} to {hi}, got {_shown(value)}")
        return value

    return check


def one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            listed = ", ".join(f'"{c}"' for c in choices)
            raise Invalid(f"expected one of {listed}, got {_shown(value)}")
        return str(value)

    return check


def email_address(value: Any) -> str:
    addr = text(value)
    if not re.fullmatch(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+", addr):
        raise Invalid(f"expected an e-mail address like you@example.com, got {_shown(value)}")
    return addr


def timezone_name(value: Any) -> str:
    name = text(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(f'expected an IANA time zone like "Europe/Berlin", got {_shown(value)}') from None
    return name


_DURATION_PART = re.compile(r"(\d+)\s*([wdhms])")
_UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}


def duration(value: Any) -> timedelta:
    """``"45s"``, ``"3h"``, ``"7d"``, ``"1h30m"``, ``"2w"``."""
    s = value.strip().lower() if isinstance(value, str) else ""
    parts = _DURATION_PART.findall(s)
    if not s or not parts or _DURATION_PART.sub("", s).strip():
        raise Invalid(f'expected a duration like "45s", "3h", "7d" or "1h30m", got {_shown(value)}')
    return timedelta(seconds=sum(int(n) * _UNIT_SECONDS[u] for n, u in parts))


def _clock(s: str) -> int:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", s.strip())
    if not m or int(m[2]) > 59 or int(m[1]) * 60 + int(m[2]) > 1440:
        raise ValueError(s)
    return int(m[1]) * 60 + int(m[2])


def clock_time(value: Any) -> int:
    """``"08:00"`` → minutes after midnight."""
    try:
        minutes = _clock(text(value))
    except (ValueError, Invalid):
        raise Invalid(f'expected a time like "08:00", got {_shown(value)}') from None
    if minutes >= 1440:
        raise Invalid(f'expected a time before 24:00, got {_shown(value)}')
    return minutes


def window(value: Any) -> tuple[int, int]:
    """``"09:00-17:30"`` → minutes after midnight, end exclusive; ``"00:00-24:00"`` = always."""
    try:
        start_s, end_s = text(value).split("-")
        start, end = _clock(start_s), _clock(end_s)
    except (ValueError, Invalid):
        raise Invalid(f'expected a time range like "09:00-17:30", got {_shown(value)}') from None
    if start >= end:
        raise Invalid(f"the window must end after it starts, got {_shown(value)}")
    return start, end


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekdays(value: Any) -> frozenset[int]:
    if not isinstance(value, list) or not value:
        raise Invalid(f'expected a list like ["mon", "tue", "wed", "thu", "fri"], got {_shown(value)}')
    days = set()
    for item in value:
        if not isinstance(item, str) or item.strip().lower()[:3] not in WEEKDAYS:
            raise Invalid(f'expected weekday names "mon" … "sun", got {_shown(item)}')
        days.add(WEEKDAYS.index(item.strip().lower()[:3]))
    return frozenset(days)


def string_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise Invalid(f"expected a list of strings, got {_shown(value)}")
    return tuple(v.strip() for v in value)


def folder_list(value: Any) -> tuple[str, ...]:
    folders = string_list(value)
    if not folders:
        raise Invalid("expected at least one folder")
    return folders


def path(value: Any) -> Path:
    return Path(os.path.expandvars(text(value))).expanduser()


def existing_file(value: Any) -> Path:
    p = path(value)
    if not p.is_file():
        raise Invalid(f"no such file: {p}")
    return p


def existing_dir(value: Any) -> Path:
    p = path(value)
    if not p.is_dir():
        raise Invalid(f"no such directory: {p}")
    return p


def command(value: Any) -> tuple[str, ...]:
    import shlex

    try:
        argv = tuple(shlex.split(text(value)))
    except ValueError as exc:
        raise Invalid(f"cannot split it into words: {exc}") from None
    return argv


def rule_name(value: Any) -> str:
    name = text(value)
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", name):
        raise Invalid(f"expected a short name of a-z, 0-9, _ and -, got {_shown(value)}")
    return name


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 60 else f'"{value[:57]}..."'
    if isinstance(value, dict):
        return "a table"
    return repr(value) if not isinstance(value, list) else f"{_type_name(value)} {value!r}"[:80]


# --- the schema -----------------------------------------------------------------------------

_SERVER_KEYS = (
    Key("username", text, "Login name; defaults to account.email.", None, "you@example.com"),
    Key("ca_file", existing_file, "An extra CA certificate (PEM) to trust, for a self-hosted "
        "server. Certificates are always verified; there is no way to turn that off.", None,
        "/etc/ssl/my-ca.pem"),
    Key("password_command", text, "A shell command that prints the password (for example "
        '"pass show mail/imap"). Otherwise the password comes from $CREDENTIALS_DIRECTORY or '
        "the OS keyring: `followupd auth set`.", None, "pass show mail/example"),
    Key("allow_insecure", boolean, 'Required for security = "none" (no TLS at all).', False),
    Key("timeout", integer(1, 600), "Seconds to wait for the server before giving up.", 30),
)

SCHEMA: dict[str, tuple[Key, ...]] = {
    "account": (
        Key("email", email_address, "Your address: follow-ups are sent from it.",
            example="jordan@example.com"),
        Key("name", text, "Your name as it appears in From: and in the signature.",
            example="Jordan Ellis"),
        Key("timezone", timezone_name, "Your IANA time zone; send windows use the interviewer's "
            "zone when the invitation states one, else this. A time a mail gives in \"your time\" "
            "is read in it.", example="Europe/Berlin"),
    ),
    "imap": (
        Key("host", text, "IMAP server.", example="imap.example.com"),
        Key("port", integer(1, 65535), "Defaults to 993 for tls, 143 for starttls.", None, 993),
        Key("security", one_of("tls", "starttls", "none"),
            '"tls" (implicit TLS, port 993), "starttls" (port 143) or "none".', "tls"),
        *_SERVER_KEYS,
        Key("folders", folder_list, "Folders to watch for interview mail.", ["INBOX"]),
        Key("sent_folder", text, "Where sent mail is filed; watched for follow-ups you wrote "
            "by hand, and where followupd files a copy of what it sends.", "Sent"),
        Key("drafts_folder", text, 'Where mode = "draft" puts follow-ups.', "Drafts"),
        Key("idle", boolean, "Use IMAP IDLE (push) when the server offers it; else poll.", True),
        Key("poll_interval", duration, "How often to poll folders that are not IDLEd.", "5m"),
    ),
    "smtp": (
        Key("host", text, "SMTP server.", example="smtp.example.com"),
        Key("port", integer(1, 65535), "Defaults to 465 for tls, 587 for starttls.", None, 587),
        Key("security", one_of("tls", "starttls", "none"),
            '"tls" (implicit TLS, port 465), "starttls" (port 587) or "none".', "starttls",
            "starttls"),
        *_SERVER_KEYS,
        Key("server_saves_sent", boolean, "True when the server files sent mail in Sent itself "
            "(Gmail, Microsoft 365): then followupd does not append a second copy.", False),
    ),
    "maildir": (
        Key("path", path, "A local Maildir (mbsync, offlineimap) to watch instead of IMAP.",
            example="~/Mail/example"),
        Key("folders", folder_list, 'Folders; "INBOX" is the Maildir root.', ["INBOX"]),
        Key("sent_folder", text, "The Maildir++ folder holding sent mail.", "Sent"),
    ),
    "send": (
        Key("mode", one_of("queue", "send", "draft"), '"queue": hold every follow-up for '
            '`followupd queue approve`; "send": send at the due time; "draft": put it in your '
            "Drafts folder for you to send.", "queue"),
        Key("window", window, 'Send only between these local times; "00:00-24:00" = any time.',
            "09:00-17:30"),
        Key("weekdays", weekdays, "Send only on these days.", ["mon", "tue", "wed", "thu", "fri"]),
        Key("max_per_day", integer(1, 1000), "At most this many follow-ups a day.", 10),
        Key("transport", one_of("smtp", "sendmail", "directory"), '"smtp" (the [smtp] table), '
            '"sendmail" (a sendmail-compatible command such as msmtp) or "directory" (write '
            ".eml files, for trying things out).", "smtp"),
        Key("sendmail_command", command, 'For transport = "sendmail".', "sendmail -oi -t",
            "msmtp -a default -t"),
        Key("directory", path, 'For transport = "directory".', None, "~/followupd-outbox"),
        Key("in_doubt", one_of("hold", "resend"), "When a send was interrupted and the copy "
            'cannot be found in Sent: "hold" it for you to decide, or "resend" (risks a '
            "duplicate).", "hold"),
        Key("grace", duration, "A follow-up found more than this late (the machine was off) "
            "is held for approval instead of sent.", "2h"),
        Key("retry_max_age", duration, "Give up retrying a temporary SMTP failure after this.",
            "2d"),
        Key("append_to_sent", boolean, "File a copy of each sent follow-up in the Sent folder.",
            True),
    ),
    "detect": (
        Key("since", duration, "On the first run, look this far back.", "30d"),
        Key("ats_domains", string_list, "Extra sender domains that send interview "
            "confirmations (your employer's own ATS, say).", [], ["hire.example.com"]),
        Key("phrases", string_list, "Extra phrases that mean an interview is confirmed.", [],
            ["your onsite is booked"]),
        Key("ignore_senders", string_list, "Addresses or @domains never treated as interviews.",
            [], ["@coaching.example.com"]),
    ),
    "notify": (
        Key("digest", boolean, "Mail yourself a daily digest of interviews found and follow-ups "
            "waiting for approval.", False),
        Key("digest_time", clock_time, "Local time of the digest.", "08:00"),
        Key("to", email_address, "Where the digest goes; defaults to account.email.", None,
            "jordan@example.com"),
    ),
    "paths": (
        Key("state_dir", path, "Where the database lives. $STATE_DIRECTORY (set by systemd) "
            "wins; default: the XDG state directory.", None, "~/.local/state/followupd"),
        Key("templates_dir", existing_dir, "Your own templates (thank_you.txt, check_in.txt, "
            "...) override the packaged ones of the same name.", None, "~/.config/followupd/templates"),
    ),
}

FOLLOWUP_KEYS: tuple[Key, ...] = (
    Key("name", rule_name, "A short name, unique among the rules.", example="thank_you"),
    Key("template", rule_name, "Template name (packaged: thank_you, check_in).",
        example="thank_you"),
    Key("after", duration, "How long after the interview's end (start + 1h when unknown).",
        example="3h"),
    Key("cancel_on_reply", boolean, "Drop this follow-up when the other side writes first.", True),
)

DEFAULT_FOLLOWUPS: tuple[dict[str, Any], ...] = (
    {"name": "thank_you", "template": "thank_you", "after": "3h", "cancel_on_reply": True},
    {"name": "check_in", "template": "check_in", "after": "7d", "cancel_on_reply": True},
)

OPTIONAL_TABLES = frozenset({"imap", "smtp", "maildir"})
DEFAULT_PORTS = {"imap": {"tls": 993, "starttls": 143, "none": 143},
                 "smtp": {"tls": 465, "starttls": 587, "none": 25}}
SECRET_KEYS = frozenset({"password", "pass", "passwd", "secret", "token"})


# --- loading --------------------------------------------------------------------------------


def default_config_path(environ: Mapping[str, str] = os.environ) -> Path:
    if environ.get(ENV_CONFIG):
        return Path(environ[ENV_CONFIG]).expanduser()
    xdg = environ.get("XDG_CONFIG_HOME")
    if xdg:
        return Path(xdg) / "followupd" / "config.toml"
    import platformdirs

    return platformdirs.user_config_path("followupd") / "config.toml"


def default_state_dir(configured: Path | None, environ: Mapping[str, str] = os.environ) -> Path:
    # systemd may pass several directories separated by ':'; ours is the first.
    if environ.get("STATE_DIRECTORY"):
        return Path(environ["STATE_DIRECTORY"].split(":")[0])
    if configured is not None:
        return configured
    xdg = environ.get("XDG_STATE_HOME")
    if xdg:
        return Path(xdg) / "followupd"
    import platformdirs

    return platformdirs.user_state_path("followupd")


def load(path: Path | None = None, environ: Mapping[str, str] = os.environ) -> Config:
    """Read, check and build the configuration; raises ConfigError listing every problem."""
    path = path if path is not None else default_config_path(environ)
    name = short_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{name}: no configuration file there",
            hint=f"create one with `followupd init`, or `followupd config generate > {name}` "
            "and edit it",
        ) from None
    except OSError as exc:
        raise ConfigError(f"{name}: cannot read it: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{name}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{name}: not valid TOML: {exc}") from None
    return from_dict(data, path=path, environ=environ)


def permission_warnings(path: Path) -> list[str]:
    """The config names servers and commands that fetch secrets: others shouldn't read it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return []
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return [f"{short_path(path)} can be read by other users (mode {stat.S_IMODE(mode):o}); "
                f"run: chmod 600 {short_path(path)}"]
    return []


def from_dict(
    data: Mapping[str, Any], path: Path | None = None, environ: Mapping[str, str] = os.environ
) -> Config:
    name = short_path(path) if path is not None else "<embedded config>"
    problems: list[str] = []

    def problem(key: str, msg: str) -> None:
        problems.append(f"{name}: {key}: {msg}")

    known = set(SCHEMA) | {"followup"}
    for table in data:
        if table not in known:
            problem(table, "unknown table" + _did_you_mean(table, known))

    values: dict[str, dict[str, Any]] = {}
    for table, keys in SCHEMA.items():
        given = data.get(table)
        if given is None:
            if table in OPTIONAL_TABLES:
                continue
            given = {}
        if not isinstance(given, dict):
            problem(table, f"expected a table [{table}], got {_shown(given)}")
            continue
        values[table] = _check_table(table, given, keys, problem)

    rules: list[FollowupRule] = []
    raw_rules = data.get("followup", list(DEFAULT_FOLLOWUPS))
    if not isinstance(raw_rules, list) or not all(isinstance(r, dict) for r in raw_rules):
        problem("followup", "expected [[followup]] tables")
        raw_rules = []
    seen_names: set[str | None] = {None}
    for i, raw_rule in enumerate(raw_rules):
        v = _check_table(f"followup[{i}]", raw_rule, FOLLOWUP_KEYS, problem)
        if v.get("name") in seen_names:
            problem(f"followup[{i}].name", f'"{v["name"]}" is used by another rule')
        seen_names.add(v.get("name"))
        if any(v.get(k.name) is None for k in FOLLOWUP_KEYS):
            continue
        rules.append(FollowupRule(v["name"], v["template"], v["after"], v["cancel_on_reply"]))

    _cross_checks(values, problem)
    if problems:
        raise ConfigError(*problems, hint="fix the keys above; `followupd config generate` prints "
                          "every key with its description")
    return _build(values, tuple(rules), path, environ)


def _check_table(
    table: str, given: Mapping[str, Any], keys: tuple[Key, ...], problem: Callable[[str, str], None]
) -> dict[str, Any]:
    by_name = {k.name: k for k in keys}
    out: dict[str, Any] = {}
    for key_name, value in given.items():
        where = f"{table}.{key_name}"
        if key_name.lower() in SECRET_KEYS:
            # Never echo the value: it is a secret the user pasted in the wrong place.
            problem(where, "secrets are not read from the config file; store it in the OS "
                    f"keyring with `followupd auth set {table}`, or set {table}.password_command "
                    "(or a systemd credential); then delete this line")
            continue
        key = by_name.get(key_name)
        if key is None:
            problem(where, "unknown key" + _did_you_mean(key_name, by_name))
            continue
        try:
            out[key_name] = key.check(value)
        except Invalid as exc:
            problem(where, str(exc))
    for key in keys:
        if key.name in out or key.name in given:
            continue
        if key.required:
            problem(f"{table}.{key.name}", "missing (required)")
        elif key.default is not None:
            out[key.name] = key.check(key.default)
        else:
            out[key.name] = None
    return out


def _cross_checks(values: dict[str, dict[str, Any]], problem: Callable[[str, str], None]) -> None:
    for table in ("imap", "smtp"):
        v = values.get(table)
        if v and v.get("security") == "none" and not v.get("allow_insecure"):
            problem(f"{table}.security", '"none" sends your password in the clear; use "tls" or '
                    f'"starttls", or set {table}.allow_insecure = true if you really mean it')
    if "imap" not in values and "maildir" not in values:
        problem("imap", "no mailbox to watch: add an [imap] table (or [maildir] for a local copy)")
    send = values.get("send", {})
    if send.get("transport") == "smtp" and "smtp" not in values:
        problem("smtp", 'send.transport is "smtp" but there is no [smtp] table')
    if send.get("transport") == "directory" and not send.get("directory"):
        problem("send.directory", 'required when send.transport = "directory"')
    if send.get("mode") == "draft" and "imap" not in values:
        problem("send.mode", '"draft" needs an [imap] table (drafts go to its drafts_folder)')


def _did_you_mean(word: str, candidates: Any) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _server(table: str, v: dict[str, Any], account_email: str) -> dict[str, Any]:
    return dict(
        host=v["host"],
        port=v["port"] or DEFAULT_PORTS[table][v["security"]],
        security=v["security"],
        username=v["username"] or account_email,
        ca_file=v["ca_file"],
        password_command=v["password_command"],
        allow_insecure=v["allow_insecure"],
        timeout=float(v["timeout"]),
    )


def _build(
    values: dict[str, dict[str, Any]],
    rules: tuple[FollowupRule, ...],
    path: Path | None,
    environ: Mapping[str, str],
) -> Config:
    a = values["account"]
    account = AccountConfig(a["email"], a["name"], a["timezone"])
    imap = smtp = maildir = None
    if "imap" in values:
        v = values["imap"]
        imap = ImapConfig(
            **_server("imap", v, account.email), folders=v["folders"], sent_folder=v["sent_folder"],
            drafts_folder=v["drafts_folder"], idle=v["idle"], poll_interval=v["poll_interval"],
        )
    if "smtp" in values:
        v = values["smtp"]
        smtp = SmtpConfig(**_server("smtp", v, account.email),
                          server_saves_sent=v["server_saves_sent"])
    if "maildir" in values:
        v = values["maildir"]
        maildir = MaildirConfig(v["path"], v["folders"], v["sent_folder"])
    s = values["send"]
    send = SendConfig(
        mode=s["mode"], window_start=s["window"][0], window_end=s["window"][1],
        weekdays=s["weekdays"], max_per_day=s["max_per_day"], transport=s["transport"],
        sendmail_command=s["sendmail_command"], directory=s["directory"], in_doubt=s["in_doubt"],
        grace=s["grace"], retry_max_age=s["retry_max_age"], append_to_sent=s["append_to_sent"],
    )
    d = values["detect"]
    detect = DetectConfig(
        since=d["since"],
        rules=DetectRules(
            d["ats_domains"], d["phrases"], d["ignore_senders"], user_timezone=account.timezone
        ),
    )
    n = values["notify"]
    notify = NotifyConfig(digest=n["digest"], digest_time=n["digest_time"], to=n["to"])
    p = values["paths"]
    return Config(
        path=path, account=account, imap=imap, smtp=smtp, maildir=maildir, send=send,
        detect=detect, followups=rules, state_dir=default_state_dir(p["state_dir"], environ),
        templates_dir=p["templates_dir"], notify=notify,
    )
