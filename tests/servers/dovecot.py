"""A throwaway Dovecot per test session (pytest plugin: fixtures ``dovecot`` and ``dovecot_user``).

Dovecot runs in the foreground (``dovecot -F``) as our own child process, so we stop it by
*its* PID and never touch another instance (the Debian package may run a system one on
143/993). It gets its own base_dir, instance_name and free loopback ports, a generated PKI, a
passwd-file of users with random passwords and Maildirs in a temp dir.

It listens on 127.0.0.1 and 127.0.0.2: Dovecot treats a connection whose remote and local
addresses are equal as secure, so plaintext LOGIN works on 127.0.0.1 but is refused on
127.0.0.2 (``disable_plaintext_auth = yes``) — that is how tests check "plaintext refused".

Each test gets a fresh user (``dovecot_user``): a new user is a new empty mailbox, so tests
never see each other's mail and need no cleanup. passwd-file is re-read when it changes.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from followupd.config_types import ImapConfig
from tests.servers.certs import TestPKI, make_pki

HOST = "127.0.0.1"
SPARE_USERS = 200
ALT_HOST = "127.0.0.2"  # "non-loopback-looking": remote != local address, so not "secured"

_CONF = """\
instance_name = followupd-test-{imap_port}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = {host}, {alt_host}
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
auth_mechanisms = plain login
disable_plaintext_auth = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
  mailbox Drafts {{
    special_use = \\Drafts
  }}
}}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
# Faster start-up and fewer moving parts for a test instance.
login_trusted_networks =
verbose_proctitle = no
# Tests log in wrongly on purpose: no 2 s failure delay for everyone after that.
auth_failure_delay = 0
imap_idle_notify_interval = 1 secs
service imap-login {{
  chroot =
  process_min_avail = 1
  inet_listener imap {{
    address = {host}, {alt_host}
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = {host}, {alt_host}
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No auth penalty: tests fail logins on purpose, and the next test's login from 127.0.0.1
  # would otherwise wait seconds (Dovecot's documented way to turn it off).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  chroot =
}}
"""


def free_port(host: str = HOST) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _mail_identity() -> tuple[str, str, int, int]:
    """Dovecot refuses to run services as root; as root use the package's ``dovecot`` user."""
    if os.geteuid() == 0:
        pw = pwd.getpwnam("dovecot")
        import grp

        return pw.pw_name, grp.getgrgid(pw.pw_gid).gr_name, pw.pw_uid, pw.pw_gid
    import grp

    pw = pwd.getpwuid(os.geteuid())
    return pw.pw_name, grp.getgrgid(os.getegid()).gr_name, os.geteuid(), os.getegid()


@dataclass
class DovecotServer:
    """Handle on one running Dovecot; every helper talks IMAP over verified TLS or doveadm."""

    directory: Path
    pki: TestPKI
    imap_port: int
    imaps_port: int
    host: str = HOST
    alt_host: str = ALT_HOST
    passwords: dict[str, str] = field(default_factory=dict)
    _proc: subprocess.Popen[bytes] | None = None
    _spare: list[str] = field(default_factory=list)  # users in passwd, not yet handed out

    # -- paths / identity ---------------------------------------------------------------------
    @property
    def ca_file(self) -> Path:
        return self.pki.ca_file

    @property
    def conf(self) -> Path:
        return self.directory / "dovecot.conf"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def log_text(self) -> str:
        try:
            return (self.directory / "dovecot.log").read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def maildir(self, user: str) -> Path:
        return self.directory / "mail" / user / "Maildir"

    # -- lifecycle ----------------------------------------------------------------------------
    def write_config(self) -> None:
        user, group, uid, gid = _mail_identity()
        d = self.directory
        for sub in ("run", "state", "mail"):
            (d / sub).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            # mkdtemp dirs are 0700: the unprivileged services must traverse and own the mail.
            d.chmod(0o755)
            os.chown(d / "mail", uid, gid)
        self.conf.write_text(
            _CONF.format(
                d=d, user=user, group=group, uid=uid, gid=gid, host=self.host,
                alt_host=self.alt_host, imap_port=self.imap_port, imaps_port=self.imaps_port,
                cert=self.pki.cert_file, key=self.pki.key_file,
            )
        )
        self._write_passwd()

    def _write_passwd(self) -> None:
        path = self.directory / "passwd"
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.passwords.items()))
        tmp.chmod(0o644)
        tmp.replace(path)  # atomic, and a new mtime: passwd-file re-reads on change

    def start(self, timeout: float = 10.0) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._proc = subprocess.Popen(
            ["dovecot", "-F", "-c", str(self.conf)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: we can end its children too
        )
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
                raise RuntimeError(f"dovecot exited at start-up: {err}\n{self.log_text()}")
            try:
                # An open port is not enough (a broken imap-login accepts and closes): read the
                # greeting on both listeners.
                self._greeting(self.imap_port, tls=False)
                self._greeting(self.imaps_port, tls=True)
                return
            except (OSError, ssl.SSLError) as exc:
                last = exc
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot not ready after {timeout}s: {last}\n{self.log_text()}")

    def _greeting(self, port: int, tls: bool) -> None:
        with socket.create_connection((self.host, port), timeout=2) as raw:
            sock: socket.socket = raw
            if tls:
                ctx = ssl.create_default_context(cafile=str(self.ca_file))
                sock = ctx.wrap_socket(raw, server_hostname=self.host)
            line = sock.recv(1024)
            if not line.startswith(b"* OK"):
                raise OSError(f"unexpected greeting on {port}: {line!r}")

    def stop(self) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # our own child's PID only
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        # A stopped master leaves running imap processes (and their clients' sessions) behind;
        # a real server stop ends them. They are in the process group we created for this
        # instance (pgid = the master's PID), so this reaches nothing else.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        if proc.stderr:
            proc.stderr.close()
        self._proc = None
        # The master's children exit on their own after it goes; wait until the ports are free
        # so a restart can bind them again.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not self._ports_free():
            time.sleep(0.05)

    def _ports_free(self) -> bool:
        for port in (self.imap_port, self.imaps_port):
            with socket.socket() as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                try:
                    s.bind((self.host, port))
                except OSError:
                    return False
        return True

    def restart(self) -> None:
        """Stop and start again: same ports, same users, same mail."""
        self.stop()
        self.start()

    # -- users ---------------------------------------------------------------------------------
    def add_user(self, name: str | None = None, password: str | None = None) -> str:
        """A user nobody has used yet (hence an empty mailbox).

        Dovecot re-reads passwd-file at most once a second, so a user written just now may be
        "unknown" for a moment: unnamed users come from a pool written ahead of time.
        """
        if name is None and password is None:
            if not self._spare:
                self._spare = [f"u{secrets.token_hex(4)}" for _ in range(SPARE_USERS)]
                for spare in self._spare:
                    self.passwords[spare] = secrets.token_urlsafe(12)
                self._write_passwd()
                time.sleep(1.1)
            return self._spare.pop()
        name = name or f"u{secrets.token_hex(4)}"
        self.passwords[name] = password or secrets.token_urlsafe(12)
        self._write_passwd()
        time.sleep(1.1)
        return name

    @property
    def users(self) -> list[str]:
        return [u for u in self.passwords if u not in self._spare]

    def imap_config(self, user: str, **overrides: Any) -> ImapConfig:
        cfg = ImapConfig(
            host=self.host, port=self.imap_port, security="starttls", username=user,
            ca_file=self.ca_file, timeout=10.0,
        )
        if overrides.get("security") == "tls" and "port" not in overrides:
            overrides["port"] = self.imaps_port
        return replace(cfg, **overrides)

    # -- IMAP helpers --------------------------------------------------------------------------
    def connect(self, user: str) -> IMAPClient:
        ctx = ssl.create_default_context(cafile=str(self.ca_file))
        client = IMAPClient(self.host, port=self.imaps_port, ssl=True, ssl_context=ctx, timeout=10)
        client.login(user, self.passwords[user])
        return client

    def create_folder(self, user: str, folder: str) -> None:
        with self.connect(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)

    def append(
        self, user: str, folder: str, raw: bytes, flags: Sequence[str | bytes] = (),
        date: datetime | None = None,
    ) -> int:
        with self.connect(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=tuple(flags), msg_time=date)
        m = re.search(rb"APPENDUID \d+ (\d+)", resp)
        if not m:
            raise RuntimeError(f"no APPENDUID in {resp!r}")
        return int(m.group(1))

    def fetch_all(self, user: str, folder: str) -> list[tuple[int, tuple[bytes, ...], bytes]]:
        """Every message as (uid, flags, raw); BODY.PEEK so reading does not set \\Seen."""
        with self.connect(user) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [(uid, tuple(d[b"FLAGS"]), bytes(d[b"BODY[]"])) for uid, d in sorted(data.items())]

    def flags(self, user: str, folder: str) -> dict[int, frozenset[bytes]]:
        with self.connect(user) as c:
            c.select_folder(folder, readonly=True)
            data = c.get_flags(c.search("ALL"))
        return {uid: frozenset(f) for uid, f in data.items()}

    def uidvalidity(self, user: str, folder: str) -> int:
        with self.connect(user) as c:
            return int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """Change a folder's UIDVALIDITY in place (what a server-side rebuild looks like)."""
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)

    def recreate_folder(self, user: str, folder: str) -> int:
        """Delete and re-create a folder with the same messages: new UIDVALIDITY, new UIDs."""
        old = self.uidvalidity(user, folder)
        with self.connect(user) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["FLAGS", "INTERNALDATE", "BODY.PEEK[]"]) if uids else {}
            c.unselect_folder()
            if folder.upper() == "INBOX":
                # INBOX cannot be deleted: empty it and bump UIDVALIDITY instead.
                c.select_folder(folder)
                if uids:
                    c.delete_messages(uids)
                    c.expunge()
                c.unselect_folder()
                self.set_uidvalidity(user, folder, old + 1000)
            else:
                c.delete_folder(folder)
                c.create_folder(folder)
            for uid in sorted(data):
                d = data[uid]
                flags = [f for f in d[b"FLAGS"] if f.lower() != b"\\recent"]  # not settable
                c.append(folder, bytes(d[b"BODY[]"]), flags=flags, msg_time=d[b"INTERNALDATE"])
        new = self.uidvalidity(user, folder)
        if new == old:  # same second: make the change unmistakable
            self.set_uidvalidity(user, folder, old + 1)
            new = old + 1
        return new

    def deliver(self, user: str, folder: str, raw: bytes, mtime: float | None = None) -> Path:
        """Write a message straight into the user's Maildir, as a local delivery agent does
        (works while Dovecot is stopped; Dovecot indexes it on next access). Fast for bulk."""
        root = self.maildir(user)
        box = root if folder.upper() == "INBOX" else root / f".{folder.replace('/', '.')}"
        _, _, uid, gid = _mail_identity()
        for sub in (root, box, box / "tmp", box / "new", box / "cur"):
            if not sub.exists():
                sub.mkdir(parents=True, exist_ok=True)
                if os.geteuid() == 0:
                    for p in [sub, *sub.relative_to(self.directory / "mail").parents]:
                        os.chown(self.directory / "mail" / p, uid, gid)
        name = f"{time.time_ns()}.P{os.getpid()}Q{secrets.token_hex(4)}.followupd-test"
        tmp = box / "tmp" / name
        tmp.write_bytes(raw)
        if os.geteuid() == 0:
            os.chown(tmp, uid, gid)
        if mtime is not None:
            os.utime(tmp, (mtime, mtime))
        final = box / "new" / name
        tmp.rename(final)
        return final

    def kick(self, user: str) -> None:
        """End the user's sessions: the server sends BYE. No session is not an error."""
        self.doveadm("kick", user, ok=(0, 68))  # 68 (EX_NOUSER): nobody was logged in

    def doveadm(self, *args: str, ok: tuple[int, ...] = (0,)) -> str:
        out = subprocess.run(
            ["doveadm", "-c", str(self.conf), *args], capture_output=True, text=True, timeout=30,
        )
        if out.returncode not in ok:
            raise RuntimeError(f"doveadm {' '.join(args)}: {out.returncode} {out.stderr.strip()}")
        return out.stdout


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    if shutil.which("dovecot") is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    directory = Path(tempfile.mkdtemp(prefix="followupd-dovecot-"))
    server = DovecotServer(
        directory=directory, pki=make_pki(directory / "pki"),
        imap_port=free_port(), imaps_port=free_port(),
    )
    for name in ("alice", "bob"):
        server.passwords[name] = secrets.token_urlsafe(12)
    server._spare = [f"u{secrets.token_hex(4)}" for _ in range(SPARE_USERS)]
    for spare in server._spare:
        server.passwords[spare] = secrets.token_urlsafe(12)
    server.write_config()
    server.start()
    try:
        with server.connect("alice") as c:  # smoke test: LOGIN and SELECT work (UID limits)
            c.select_folder("INBOX")
        yield server
    finally:
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def dovecot_user(dovecot: DovecotServer) -> str:
    """A fresh user, hence a fresh empty mailbox, for one test (with Sent and Drafts made)."""
    user = dovecot.add_user()
    with dovecot.connect(user) as c:
        for folder in ("Sent", "Drafts"):
            c.create_folder(folder)
    return user
