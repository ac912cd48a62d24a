"""The Dovecot harness itself: other tests rely on these helpers behaving as documented."""

from __future__ import annotations

import imaplib
import ssl

import pytest
from imapclient import IMAPClient

from tests.servers.dovecot import DovecotServer

RAW = (
    b"From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\nMessage-ID: <h1@x>\r\n"
    b"\r\nbody\r\n"
)


def test_append_then_fetch_all_returns_the_bytes_and_flags(
    dovecot: DovecotServer, dovecot_user: str
) -> None:
    uid = dovecot.append(dovecot_user, "INBOX", RAW, flags=[r"\Flagged"])
    [(got_uid, flags, raw)] = dovecot.fetch_all(dovecot_user, "INBOX")
    assert got_uid == uid
    assert b"\\Flagged" in flags and b"\\Seen" not in flags
    assert raw == RAW


def test_each_test_user_starts_with_an_empty_mailbox(
    dovecot: DovecotServer, dovecot_user: str
) -> None:
    assert dovecot.fetch_all(dovecot_user, "INBOX") == []
    assert dovecot.fetch_all(dovecot_user, "Sent") == []


def test_plaintext_login_is_refused_from_a_non_loopback_looking_address(
    dovecot: DovecotServer, dovecot_user: str
) -> None:
    client = IMAPClient(dovecot.alt_host, port=dovecot.imap_port, ssl=False, timeout=5)
    with pytest.raises((imaplib.IMAP4.error, IMAPClient.Error)):
        client.login(dovecot_user, dovecot.passwords[dovecot_user])
    client.shutdown()


def test_starttls_verifies_against_the_test_ca(dovecot: DovecotServer, dovecot_user: str) -> None:
    client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=5)
    client.starttls(ssl.create_default_context(cafile=str(dovecot.ca_file)))
    client.login(dovecot_user, dovecot.passwords[dovecot_user])
    client.logout()


def test_set_uidvalidity_changes_it(dovecot: DovecotServer, dovecot_user: str) -> None:
    dovecot.append(dovecot_user, "INBOX", RAW)
    before = dovecot.uidvalidity(dovecot_user, "INBOX")
    dovecot.set_uidvalidity(dovecot_user, "INBOX", before + 7)
    assert dovecot.uidvalidity(dovecot_user, "INBOX") == before + 7


def test_recreate_folder_keeps_the_mail_under_a_new_uidvalidity(
    dovecot: DovecotServer, dovecot_user: str
) -> None:
    dovecot.append(dovecot_user, "Sent", RAW, flags=[r"\Seen"])
    before = dovecot.uidvalidity(dovecot_user, "Sent")
    after = dovecot.recreate_folder(dovecot_user, "Sent")
    assert after != before
    [(_, flags, raw)] = dovecot.fetch_all(dovecot_user, "Sent")
    assert raw == RAW and b"\\Seen" in flags


def test_kick_sends_bye_and_restart_keeps_the_mail(
    dovecot: DovecotServer, dovecot_user: str
) -> None:
    dovecot.append(dovecot_user, "INBOX", RAW)
    c = dovecot.connect(dovecot_user)
    c.select_folder("INBOX")
    c.idle()
    dovecot.kick(dovecot_user)
    responses = c.idle_check(timeout=5)
    assert any(r[0] == b"BYE" for r in responses), responses
    c.shutdown()
    dovecot.restart()
    assert len(dovecot.fetch_all(dovecot_user, "INBOX")) == 1
