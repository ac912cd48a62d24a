"""From a mail appended to the real Dovecot to a mail received by the real SMTP server.

`followupd run` runs as its own process, exactly as systemd starts it (with a stand-in
NOTIFY_SOCKET to know when it is ready), with rules of a few seconds.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest

from tests.daemon_process import Daemon, wait_for
from tests.mailfactory import RECRUITER_ADDR, invite, reply
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.slow



def followups(status: dict[str, object]) -> dict[str, str]:
    rows = status["followups"]
    assert isinstance(rows, list)
    return {row["rule"]: row["state"] for row in rows}


def test_invite_to_thank_you_once_and_reply_cancels_check_in(
    daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    daemon.start()
    now = datetime.now(UTC)
    raw, invite_id, _ = invite(start=now + timedelta(seconds=2), end=now + timedelta(seconds=4))
    dovecot.append(dovecot_user, "INBOX", raw)
    wait_for(lambda: smtp_server.messages, 40, "the thank-you at the SMTP server")

    [sent] = smtp_server.messages
    msg = sent.message
    assert sent.rcpt_tos == (RECRUITER_ADDR,) and sent.tls and sent.login == smtp_server.username
    assert msg["To"].addresses[0].addr_spec == RECRUITER_ADDR
    original = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == f"Re: {original['Subject']}"
    assert msg["In-Reply-To"] == invite_id
    assert invite_id in msg["References"]
    body = msg.get_body(("plain",)).get_content()
    assert "Dana" in body and "Jordan Ellis" in body and "{{" not in body

    # a copy in Sent, with the same Message-ID
    wait_for(lambda: any(msg["Message-ID"].encode() in m for _, _, m in
                         dovecot.fetch_all(dovecot_user, "Sent")), 20, "the copy in Sent")

    # the recruiter answers before the check-in is due: the check-in is dropped
    dovecot.append(dovecot_user, "INBOX", reply(in_reply_to=invite_id))
    wait_for(lambda: followups(daemon.status()).get("check_in") == "cancelled", 20,
             "the check-in to be cancelled")
    time.sleep(16)  # past the check-in's due time
    assert len(smtp_server.messages) == 1
    assert followups(daemon.status()) == {"thank_you": "sent", "check_in": "cancelled"}

    # followupd never marks the user's mail read
    for flags in dovecot.flags(dovecot_user, "INBOX").values():
        assert b"\\Seen" not in flags
    assert daemon.stop() == 0


def test_updated_invite_moves_and_cancelled_invite_drops(
    daemon: Daemon, dovecot: DovecotServer, dovecot_user: str, smtp_server: SmtpServer,
) -> None:
    daemon.start()
    now = datetime.now(UTC)
    # A: first planned for tomorrow, then moved to now: the thank-you follows the new time.
    raw_a, id_a, uid_a = invite(start=now + timedelta(days=1))
    dovecot.append(dovecot_user, "INBOX", raw_a)
    # B: in a few seconds, then cancelled before anything is due.
    raw_b, id_b, uid_b = invite(start=now + timedelta(seconds=12), end=now + timedelta(seconds=14))
    dovecot.append(dovecot_user, "INBOX", raw_b)
    raw_b2, _, _ = invite(start=now + timedelta(seconds=12), end=now + timedelta(seconds=14),
                          uid=uid_b, method="CANCEL", sequence=1, references=(id_b,))
    dovecot.append(dovecot_user, "INBOX", raw_b2)
    raw_a2, _, _ = invite(start=now + timedelta(seconds=1), end=now + timedelta(seconds=3),
                          uid=uid_a, sequence=1, references=(id_a,))
    dovecot.append(dovecot_user, "INBOX", raw_a2)

    wait_for(lambda: smtp_server.messages, 40, "the thank-you for the moved interview")
    time.sleep(20)  # past B's thank-you due time
    received = smtp_server.messages
    assert received and all(id_a in m.message["References"] for m in received)
    assert all(id_b not in m.message["References"] for m in received)
    states = daemon.status()
    assert isinstance(states["followups"], list)
    by_interview: dict[str, dict[str, str]] = {}
    for row in states["followups"]:
        by_interview.setdefault(row["interview_key"], {})[row["rule"]] = row["state"]
    assert by_interview[uid_b] == {"thank_you": "cancelled", "check_in": "cancelled"}
    assert by_interview[uid_a]["thank_you"] == "sent"
    assert daemon.stop() == 0
