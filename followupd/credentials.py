"""Where passwords come from: one chain, tried in order.

1. ``$CREDENTIALS_DIRECTORY/<imap|smtp>`` — systemd ``LoadCredential=`` (readable only by the
   service; the way to run headless).
2. ``password_command`` from the config — a shell command that prints the secret
   (``pass show …``, ``secret-tool lookup …``, an OAuth token helper).
3. The OS keyring, service ``followupd`` — what ``followupd auth set`` writes.

A secret read here is registered with the log redactor before it is returned, and no error
raised here ever contains it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from followupd.config_types import ServerConfig
from followupd.errors import CredentialError

KEYRING_SERVICE = "followupd"
Purpose = Literal["imap", "smtp"]
PASSWORD_COMMAND_TIMEOUT = 60  # seconds: a GPG agent may be asking for a passphrase


@dataclass(frozen=True)
class Secret:
    value: str
    source: str  # for `auth test` and logs: "systemd credential", "password_command", "keyring"

    def __repr__(self) -> str:  # never printed by accident, e.g. in a traceback's locals
        return f"Secret(source={self.source!r}, value=**REDACTED**)"


def keyring_username(purpose: Purpose, server: ServerConfig) -> str:
    """The keyring entry's user name: one entry per purpose, login and host."""
    return f"{purpose}:{server.username}@{server.host}"


def get_secret(
    purpose: Purpose, server: ServerConfig, environ: Mapping[str, str] = os.environ
) -> Secret:
    secret = (
        _from_credentials_directory(purpose, environ)
        or _from_command(purpose, server)
        or _from_keyring(purpose, server)
    )
    _register(secret.value)
    return secret


def _register(value: str) -> None:
    try:
        from followupd.logs import register_secret
    except ImportError:  # pragma: no cover - logs.py is always shipped; keep credentials usable
        return
    register_secret(value)


def _from_credentials_directory(purpose: Purpose, environ: Mapping[str, str]) -> Secret | None:
    directory = environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return None
    path = Path(directory) / purpose
    try:
        value = path.read_text(encoding="utf-8").rstrip("\r\n")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise CredentialError(f"{path}: cannot read the systemd credential ({type(exc).__name__})") from None
    if not value:
        raise CredentialError(f"{path}: the systemd credential is empty")
    return Secret(value, "systemd credential")


def _from_command(purpose: Purpose, server: ServerConfig) -> Secret | None:
    if not server.password_command:
        return None
    key = f"{purpose}.password_command"
    try:
        # The user writes a shell command line ("pass show mail | head -1"): shell=True is the
        # documented contract of this key, and the string comes from the user's own config.
        done = subprocess.run(  # noqa: S602
            server.password_command, shell=True, capture_output=True, text=True,
            timeout=PASSWORD_COMMAND_TIMEOUT, check=False,
        )
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"{key}: the command did not finish within {PASSWORD_COMMAND_TIMEOUT} s"
        ) from None
    except OSError as exc:
        raise CredentialError(f"{key}: cannot run it: {exc.strerror}") from None
    if done.returncode != 0:
        # stderr is not shown: some password tools echo what they were given.
        raise CredentialError(
            f"{key}: the command exited with status {done.returncode}",
            hint="run it in a shell to see why",
        )
    value = done.stdout.splitlines()[0] if done.stdout.strip() else ""
    if not value:
        raise CredentialError(f"{key}: the command printed nothing")
    return Secret(value, "password_command")


def _keyring_backend_problem() -> str | None:
    """Why the keyring cannot be used, or None when a real backend is there."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return "the keyring module is not installed"
    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None)  # a ChainerBackend wraps the real ones
    backends = list(inner) if inner is not None else [backend]
    if not backends or all(isinstance(b, fail.Keyring) for b in backends):
        return "no keyring backend is available on this machine"
    explicit = bool(os.environ.get("PYTHON_KEYRING_BACKEND")) or _keyring_configured()
    if not explicit and all(type(b).__module__.startswith("keyrings.alt") for b in backends):
        # keyrings.alt would silently keep the password in a plaintext file in $HOME.
        return "the only keyring found stores passwords in a plain file (keyrings.alt)"
    return None


def _keyring_configured() -> bool:
    try:
        from keyring.util import platform_

        return (Path(platform_.config_root()) / "keyringrc.cfg").is_file()
    except (ImportError, OSError):
        return False


def _no_keyring(purpose: Purpose, why: str) -> CredentialError:
    return CredentialError(
        f"no password for {purpose}: {why}",
        hint=f"give it one of three ways: set {purpose}.password_command in the config; or, "
        f"under systemd, LoadCredential={purpose}:/path/to/secret (read from "
        f"$CREDENTIALS_DIRECTORY/{purpose}); or run `followupd auth set {purpose}` on a "
        "desktop with a keyring (Secret Service, KWallet, macOS Keychain)",
    )


def _from_keyring(purpose: Purpose, server: ServerConfig) -> Secret:
    problem = _keyring_backend_problem()
    if problem:
        raise _no_keyring(purpose, problem)
    import keyring
    import keyring.errors

    try:
        value = keyring.get_password(KEYRING_SERVICE, keyring_username(purpose, server))
    except keyring.errors.KeyringError as exc:
        raise _no_keyring(purpose, f"the keyring refused ({type(exc).__name__})") from None
    if not value:
        raise CredentialError(
            f"no password for {purpose} ({server.username} at {server.host}) in the keyring",
            hint=f"run `followupd auth set {purpose}`, or set {purpose}.password_command",
        )
    return Secret(value, "keyring")


def store_in_keyring(purpose: Purpose, server: ServerConfig, value: str) -> None:
    problem = _keyring_backend_problem()
    if problem:
        raise _no_keyring(purpose, problem)
    import keyring
    import keyring.errors

    _register(value)
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_username(purpose, server), value)
    except keyring.errors.KeyringError as exc:
        raise _no_keyring(purpose, f"the keyring refused ({type(exc).__name__})") from None


def delete_from_keyring(purpose: Purpose, server: ServerConfig) -> bool:
    """True when an entry was there and is gone."""
    problem = _keyring_backend_problem()
    if problem:
        raise _no_keyring(purpose, problem)
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_username(purpose, server))
    except keyring.errors.PasswordDeleteError:
        return False
    return True
