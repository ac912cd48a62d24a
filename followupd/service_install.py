"""``followupd install-service``: write the systemd unit with the right ExecStart=.

The units ship in ``followupd/units/`` (``systemd/`` in the repository holds identical copies
for packagers). Their ExecStart= names a conventional path; :func:`render_unit` replaces it with
the followupd actually installed, so the unit works from a virtualenv or pipx too.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Literal

from followupd.errors import UserError

Kind = Literal["user", "system"]

UNIT_NAMES: dict[Kind, str] = {"user": "followupd.service", "system": "followupd@.service"}
SYSTEM_USER = "followupd"
SYSTEM_CONFIG_DIR = Path("/etc/followupd")
SYSTEM_UNIT_DIR = Path("/etc/systemd/system")

# Characters systemd allows in an instance name without \x escaping (systemd.unit(5)).
_INSTANCE_NAME = re.compile(r"[A-Za-z0-9:_.\\-]+")
_HOMES = (Path("/home"), Path("/root"), Path("/run/user"))


def unit_text(kind: Kind) -> str:
    """The packaged unit, unchanged."""
    return (resources.files("followupd") / "units" / UNIT_NAMES[kind]).read_text(encoding="utf-8")


def default_command() -> list[str]:
    """How to start followupd: the ``followupd`` script on PATH, else this Python with ``-m``."""
    script = shutil.which("followupd")
    if script:
        return [os.path.abspath(script)]
    return [sys.executable, "-m", "followupd"]


def render_unit(kind: Kind, executable: str | Sequence[str], config_path: Path | None) -> str:
    """The unit for ``kind`` with ExecStart= running ``executable``.

    ``executable`` is an absolute path, or an argv prefix such as ``[python, "-m",
    "followupd"]``. ``config_path`` adds ``--config``: for the user unit a file; for the system
    template a file whose directory and suffix are kept and whose stem becomes the instance
    name (``/srv/fu/alice.toml`` → ``--config /srv/fu/%i.toml``). None means the default: the
    user's XDG config for the user unit, ``/etc/followupd/%i.toml`` for the system one.

    A system unit whose program or config lives under a home directory gets
    ``ProtectHome=read-only`` instead of ``yes`` so the service can still reach them.
    """
    argv = [executable] if isinstance(executable, str) else list(executable)
    if not argv or not os.path.isabs(argv[0]):
        raise ValueError(f"ExecStart needs an absolute program path, got {argv[:1]!r}")
    if re.search(r"[\"'\\\x00-\x1f\x7f]", argv[0]):
        # systemd refuses these in the program path ("contains special characters").
        raise ValueError(
            f"systemd cannot run a program whose path has a quote, a backslash or a "
            f"control character: {argv[0]!r}"
        )
    # systemd expands $VARIABLES in arguments but not in the program path itself.
    words = [_literal(argv[0], variables=False)] + [_literal(a) for a in argv[1:]]
    if kind == "system":
        pattern = _system_config_pattern(config_path)
        # %i is the one specifier we mean: the instance name picks the account's file.
        parent = _literal(str(pattern.parent)).rstrip("/")
        words += ["--config", f"{parent}/%i{_literal(pattern.suffix)}"]
    elif config_path is not None:
        words += ["--config", _literal(str(config_path))]
    words.append("run")
    args = [_quote_word(w) for w in words]

    text = unit_text(kind)
    lines = text.splitlines(keepends=True)
    exec_lines = [i for i, line in enumerate(lines) if line.startswith("ExecStart=")]
    if len(exec_lines) != 1:  # the packaged units have exactly one; guard against edits
        raise RuntimeError(f"{UNIT_NAMES[kind]} must have exactly one ExecStart= line")
    lines[exec_lines[0]] = "ExecStart=" + " ".join(args) + "\n"

    if kind == "system":
        used = [Path(argv[0]), *([config_path] if config_path is not None else [])]
        if any(_under_home(p) for p in used):
            i = lines.index("ProtectHome=yes\n")  # ValueError if the packaged unit changed
            lines[i] = (
                "# install-service: followupd or its config is under a home directory, so\n"
                "# homes stay visible, read-only.\n"
                "ProtectHome=read-only\n"
            )
    return "".join(lines)


def install(
    kind: Kind,
    dest_dir: Path | None = None,
    force: bool = False,
    *,
    executable: str | Sequence[str] | None = None,
    config_path: Path | None = None,
    environ: Mapping[str, str] = os.environ,
) -> tuple[Path, list[str]]:
    """Write the rendered unit; return its path and the commands that enable it.

    ``dest_dir`` defaults to ``~/.config/systemd/user`` (user) or ``/etc/systemd/system``
    (system). An existing file is kept unless ``force``: it may hold the user's own edits.
    """
    if dest_dir is None:
        dest_dir = _default_dest_dir(kind, environ)
    path = dest_dir / UNIT_NAMES[kind]
    if path.exists() and not force:
        raise UserError(f"{path} already exists", hint="add --force to overwrite it")
    command = default_command() if executable is None else executable
    text = render_unit(kind, command, config_path)
    # Write beside it and rename, so systemd never reads half a unit.
    tmp = path.with_name(path.name + ".tmp")
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.chmod(0o644)  # systemd warns about unit files that are not world-readable
        tmp.replace(path)
    except PermissionError as exc:
        hint = "run it with sudo" if kind == "system" else None
        raise UserError(f"cannot write {path}: {exc.strerror}", hint=hint) from exc
    finally:
        with contextlib.suppress(OSError):  # gone after the rename; never mask the real error
            tmp.unlink()
    return path, _enable_commands(kind, config_path)


def _default_dest_dir(kind: Kind, environ: Mapping[str, str]) -> Path:
    if kind == "system":
        return SYSTEM_UNIT_DIR
    xdg = environ.get("XDG_CONFIG_HOME")
    base = Path(xdg) if xdg else Path(environ.get("HOME") or Path.home()) / ".config"
    return base / "systemd" / "user"


def _enable_commands(kind: Kind, config_path: Path | None) -> list[str]:
    if kind == "user":
        return [
            "systemctl --user daemon-reload",
            "systemctl --user enable --now followupd.service",
            # Without lingering, a user service stops when the user's last session ends.
            f"loginctl enable-linger {shlex.quote(_login_name())}",
            "journalctl --user -u followupd.service -f",
        ]
    pattern = _system_config_pattern(config_path)
    instance = config_path.stem if config_path is not None else "ACCOUNT"
    creds = SYSTEM_CONFIG_DIR / "credentials"
    commands = []
    if not _user_exists(SYSTEM_USER):
        commands.append(
            "useradd --system --user-group --home-dir /var/lib/followupd "
            f"--shell /usr/sbin/nologin {SYSTEM_USER}"
        )
    commands += [
        f"install -d -m 0700 {creds}",
        # Passwords from stdin, never as arguments (they would show in ps and shell history).
        f"(umask 077; systemd-ask-password 'IMAP password:' > {creds}/{instance}.imap)",
        f"(umask 077; systemd-ask-password 'SMTP password:' > {creds}/{instance}.smtp)",
        "systemctl daemon-reload",
        f"systemctl enable --now followupd@{instance}.service",
        f"journalctl -u followupd@{instance}.service -f",
    ]
    if config_path is None:
        commands.insert(
            0, f"# one instance per account: ACCOUNT names {pattern.parent}/ACCOUNT.toml"
        )
    return commands


def _system_config_pattern(config_path: Path | None) -> Path:
    """The config path with the instance name as the stem (validated)."""
    if config_path is None:
        return SYSTEM_CONFIG_DIR / "ACCOUNT.toml"
    if not config_path.is_absolute():
        raise UserError(f"{config_path}: a system service needs an absolute config path")
    if not _INSTANCE_NAME.fullmatch(config_path.stem):
        raise UserError(
            f"{config_path}: '{config_path.stem}' cannot be a systemd instance name",
            hint="name the file with letters, digits, '.', '-', '_' or ':' only, e.g. alice.toml",
        )
    return config_path


def _literal(text: str, variables: bool = True) -> str:
    """``text`` with ``%`` (a specifier) and ``$`` (a variable) doubled: taken as is by systemd."""
    text = text.replace("%", "%%")
    return text.replace("$", "$$") if variables else text


def _quote_word(word: str) -> str:
    """One ExecStart= argument (systemd.service(5), "Command lines").

    Whitespace, quotes, backslashes or a lone ``;`` (which separates commands) need double
    quotes, with backslash escapes inside.
    """
    if word and not re.search(r"[\s\"'\\;]", word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _under_home(path: Path) -> bool:
    resolved = Path(os.path.abspath(path))
    return any(resolved == h or h in resolved.parents for h in _HOMES)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _login_name() -> str:
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        return str(os.getuid())
