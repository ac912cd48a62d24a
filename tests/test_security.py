"""Who followupd may write to, and what it must never leak or exceed.

Complements what is covered elsewhere: the template sandbox, output cap and header injection
(test_templating.py, test_compose.py, test_mailtext.py), machine addresses given as Detections
(test_tracker.py), the password in a transport's or source's own logs (test_transports.py,
sources/test_imap.py, test_logs.py), plaintext and certificates (test_transports.py,
sources/test_imap.py, test_online.py), a readable config warned about and the DB created 0600
(test_config.py, test_store.py).
Here: mail bytes in, through the real detector and tracker; whole `followupd` runs with
`--debug` against the real servers; the daily cap across a restart.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

import pytest

from followupd import config as config_module
from followupd.detect import detect
from followupd.outbox import render_followup
from followupd.runtime import Runtime
from followupd.store import Store
from followupd.templating import Templates
from followupd.tracker import Tracker
from tests import factories
from tests.accounts import credentials_dir, write_config
from tests.daemon_process import DAEMON_TABLES
from tests.mailfactory import calendar, invite, reply
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
START = NOW + timedelta(days=3)
DANA = "dana@northwind.example"


def confirmation(sender: str, organizer: str, *, headers: tuple[tuple[str, str], ...] = (),
                 body: str = "", uid: str | None = None, sequence: int = 0,
                 start: datetime = START, message_id: str | None = None,
                 in_reply_to: str | None = None) -> bytes:
    """An interview confirmation with a calendar invitation, as a scheduler or a person sends it."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = factories.ME
    msg["Subject"] = ("Invitation: Interview: Jordan Ellis / Backend Engineer - Northwind Robotics "
                      f"@ {start:%a %b %d, %Y %H:%M} UTC")
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = message_id or f"<{uuid.uuid4().hex}@northwind.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in headers:
        msg[name] = value
    msg.set_content("Hi Jordan,\n\nYour interview for the Backend Engineer role at Northwind "
                    f"Robotics is confirmed.\n{body}")
    ics = calendar(uid=uid or f"{uuid.uuid4().hex}@northwind.example", start=start,
                   end=start + timedelta(hours=1), organizer=organizer, sequence=sequence)
    msg.add_alternative(ics.encode(), maintype="text", subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[tuple[Store, Tracker]]:
    store = Store.open(tmp_path / "state.sqlite3")
    yield store, Tracker(store, factories.config(tmp_path))
    store.close()


_keys = iter(range(1, 1_000_000))


def feed(pipeline: tuple[Store, Tracker], raw: bytes, at: datetime = NOW) -> None:
    """One mail, as the syncer hands it on: bytes → detector → tracker."""
    _, tracker = pipeline
    tracker.apply(detect(raw, received=at), folder="INBOX", key=f"1:{next(_keys)}",
                  received_at=at, is_sent_folder=False, now=at)


def recipients(store: Store, tmp_path: Path) -> set[str]:
    """Every address any pending follow-up would go to (To, Cc, Bcc), rendered as it would be."""
    cfg = factories.config(tmp_path)
    out: set[str] = set()
    for row in store.list_followups(("planned", "due", "awaiting_approval")):
        msg = render_followup(store, cfg, Templates(None), row, NOW)
        out |= {a.lower() for _, a in getaddresses([str(v) for h in ("To", "Cc", "Bcc")
                                                    for v in msg.get_all(h, [])])}
    return out


# -- never to machines, lists, role mailboxes or automatic mail ------------------------------------


@pytest.mark.parametrize("address", [
    "no-reply@us.greenhouse-mail.io", "noreply@northwind.example", "do-not-reply@northwind.example",
    "careers@northwind.example", "recruiting@northwind.example", "talent@northwind.example",
    "hr@northwind.example", "jobs@northwind.example", "notifications@northwind.example",
])
def test_a_confirmation_from_a_machine_or_role_mailbox_plans_nothing(
    pipeline: tuple[Store, Tracker], address: str,
) -> None:
    feed(pipeline, confirmation(f"Northwind Robotics <{address}>", address))
    store, _ = pipeline
    assert store.list_followups() == []


@pytest.mark.parametrize("header", [
    ("List-Id", "Northwind hiring <hiring.northwind.example>"),
    ("List-Unsubscribe", "<mailto:leave@northwind.example>"),
    ("Precedence", "bulk"),
    ("Precedence", "list"),
    ("Auto-Submitted", "auto-generated"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
])
def test_list_bulk_or_automatic_mail_plans_nothing_even_from_a_person(
    pipeline: tuple[Store, Tracker], header: tuple[str, str],
) -> None:
    feed(pipeline, confirmation(f"Dana Whitfield <{DANA}>", DANA, headers=(header,)))
    store, _ = pipeline
    assert store.list_interviews() == [] and store.list_followups() == []


def test_the_same_confirmation_from_a_person_is_followed_up(
    pipeline: tuple[Store, Tracker], tmp_path: Path,
) -> None:
    """The control for the two tests above: the mail shape itself is followed up."""
    feed(pipeline, confirmation(f"Dana Whitfield <{DANA}>", DANA))
    store, _ = pipeline
    assert len(store.list_followups()) == 2 and recipients(store, tmp_path) == {DANA}


def test_a_reply_to_no_reply_does_not_become_the_recipient(
    pipeline: tuple[Store, Tracker], tmp_path: Path,
) -> None:
    feed(pipeline, confirmation(f"Dana Whitfield <{DANA}>", DANA,
                                headers=(("Reply-To", "noreply@northwind.example"),)))
    store, _ = pipeline
    assert recipients(store, tmp_path) == {DANA}


# -- never to an address outside the interview's thread -------------------------------------------


def test_others_writing_into_the_thread_never_become_recipients(
    pipeline: tuple[Store, Tracker], tmp_path: Path,
) -> None:
    store, _ = pipeline
    uid = "interview-42@northwind.example"
    first = "<first@northwind.example>"
    feed(pipeline, confirmation(f"Dana Whitfield <{DANA}>", DANA, uid=uid, message_id=first,
                                headers=(("Cc", "Sam Lee <sam.lee@northwind.example>, "
                                                "Boss <ceo@northwind.example>"),)))
    assert recipients(store, tmp_path) == {DANA}  # not the Cc'd people either
    # A stranger answers in the thread, asking to be written to instead…
    feed(pipeline, reply(in_reply_to=first, sender="Mallory <mallory@evil.example>",
                         body="Please send your thank-you to mallory@evil.example instead."))
    # …and sends an "update" of the same meeting, organised by themselves.
    feed(pipeline, confirmation("Mallory <mallory@evil.example>", "mallory@evil.example", uid=uid,
                                sequence=1, start=START + timedelta(days=1), in_reply_to=first))
    [iv] = store.list_interviews()
    assert iv.contact == DANA
    assert recipients(store, tmp_path) == {DANA}


# -- secrets: never in logs, state, tracebacks or --debug output ---------------------------------------

RULES = """
[[followup]]
name = "thank_you"
template = "thank_you"
after = "1s"
"""


def run_once(config: Path, creds: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "STATE_DIRECTORY")}
    env["CREDENTIALS_DIRECTORY"] = str(creds)
    return subprocess.run([sys.executable, "-m", "followupd", "--config", str(config), "--debug",
                           "-vv", *extra, "run", "--once"],
                          env=env, capture_output=True, text=True, timeout=90, check=False)


@pytest.mark.slow
def test_passwords_never_reach_debug_output_tracebacks_or_state_files(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    imap_password = dovecot.passwords[dovecot_user]
    wrong_smtp = "Wr0ng-smtp-Secret-4417"
    wrong_imap = "Wr0ng-imap-Secret-9923"
    secrets = [imap_password, smtp_server.password, wrong_smtp, wrong_imap]
    config = write_config(tmp_path, dovecot, smtp_server, dovecot_user, rest=DAEMON_TABLES + RULES)
    now = datetime.now(UTC)
    raw, _, _ = invite(start=now - timedelta(hours=1), end=now - timedelta(minutes=5),
                       date=now - timedelta(days=1))
    dovecot.append(dovecot_user, "INBOX", raw)

    for sub in "abc":
        (tmp_path / sub).mkdir()
    outputs: list[str] = []
    # 1. the SMTP login is refused: the run goes on, says so, sends nothing
    bad_smtp = run_once(config, credentials_dir(tmp_path / "a", imap_password, wrong_smtp))
    outputs += [bad_smtp.stdout, bad_smtp.stderr]
    assert bad_smtp.returncode == 0, bad_smtp.stderr
    assert "refused authentication" in bad_smtp.stderr and smtp_server.messages == []
    assert smtp_server.auth_attempts == [(smtp_server.username, False)]
    # 2. the IMAP login is refused at start-up: exit 75 with the traceback (--debug)
    bad_imap = run_once(config, credentials_dir(tmp_path / "b", wrong_imap, smtp_server.password))
    outputs += [bad_imap.stdout, bad_imap.stderr]
    assert bad_imap.returncode == 75 and "Traceback" in bad_imap.stderr
    # 3. both right: the IMAP LOGIN is in the -vv/--debug protocol log, redacted
    good = run_once(config, credentials_dir(tmp_path / "c", imap_password, smtp_server.password))
    outputs += [good.stdout, good.stderr]
    assert good.returncode == 0, good.stderr
    for secret in secrets:
        for text in outputs:
            assert secret not in text

    state = tmp_path / "state"
    files = [p for p in state.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".sqlite3") for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} in {path.name}"
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path.name} readable by others"
    assert stat.S_IMODE(state.stat().st_mode) & 0o077 == 0


# -- the daily cap holds across a restart ----------------------------------------------------------------


def capped_config(tmp_path: Path, dovecot: DovecotServer, user: str,
                  smtp: SmtpServer) -> config_module.Config:
    return config_module.from_dict({
        "account": {"email": factories.ME, "name": "Jordan Ellis", "timezone": "UTC"},
        "imap": {"host": dovecot.host, "port": dovecot.imaps_port, "security": "tls",
                 "username": user, "ca_file": str(dovecot.ca_file)},
        "smtp": {"host": smtp.host, "port": smtp.port, "security": "starttls",
                 "username": smtp.username, "ca_file": str(smtp.ca_file)},
        "send": {"mode": "send", "window": "00:00-24:00", "max_per_day": 2, "grace": "3d",
                 "weekdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
        "detect": {"since": "2d"},
        "paths": {"state_dir": str(tmp_path / "state")},
        "followup": [{"name": "thank_you", "template": "thank_you", "after": "1h"}],
    }, environ={})


def test_the_daily_cap_holds_across_a_restart(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    creds = credentials_dir(tmp_path, dovecot.passwords[dovecot_user], smtp_server.password)
    env = {"CREDENTIALS_DIRECTORY": str(creds)}
    cfg = capped_config(tmp_path, dovecot, dovecot_user, smtp_server)
    day = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    for i in range(3):
        start = day - timedelta(hours=4, minutes=10 * i)
        raw, _, _ = invite(start=start, end=start + timedelta(hours=1), date=day - timedelta(days=1))
        dovecot.append(dovecot_user, "INBOX", raw)

    def opened() -> Runtime:
        return Runtime.open(cfg, environ=env)

    rt = opened()
    try:
        rt.sync(day - timedelta(hours=5))
        assert len(rt.store.list_followups()) == 3
        rt.startup(day)
        events: list[Any] = rt.outbox.run_pass(day)
        assert sorted(e.event for e in events) == ["deferred", "sent", "sent"]
    finally:
        rt.close()
    for minutes in (1, 60, 11 * 60):  # restarted three times the same day
        rt = opened()
        try:
            rt.startup(day + timedelta(minutes=minutes))
            rt.outbox.run_pass(day + timedelta(minutes=minutes))
        finally:
            rt.close()
    assert len(smtp_server.messages) == 2
    rt = opened()
    try:
        rt.startup(day + timedelta(days=1))
        [event] = rt.outbox.run_pass(day + timedelta(days=1))
        assert event.event == "sent"
    finally:
        rt.close()
    assert len(smtp_server.messages) == 3
    assert len({m.message["Message-ID"] for m in smtp_server.messages}) == 3
