"""The transports' commit point: the outbox's way to know whether a resend is safe."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.errors import TransportError
from followupd.transports import DirectoryTransport, SmtpTransport
from tests.servers.smtp import SmtpServer


class Refused(Exception):
    pass


def message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "jordan@example.test"
    msg["To"] = "dana@northwind.example"
    msg["Subject"] = "Thank you"
    msg["Message-ID"] = "<followupd.commitpoint@example.test>"
    msg.set_content("Thanks.\n")
    return msg


def test_smtp_calls_commit_point_once_before_the_final_dot(smtp_server: SmtpServer) -> None:
    calls: list[int] = []

    def commit() -> None:
        calls.append(len(smtp_server.messages))  # the server has nothing yet at this point

    SmtpTransport(smtp_server.smtp_config(), lambda: smtp_server.password).send(
        message(), before_commit=commit)
    assert calls == [0]
    assert len(smtp_server.messages) == 1


def test_a_failing_commit_point_delivers_nothing(smtp_server: SmtpServer) -> None:
    def commit() -> None:
        raise Refused("state could not be written")

    with pytest.raises(Refused):
        SmtpTransport(smtp_server.smtp_config(), lambda: smtp_server.password).send(
            message(), before_commit=commit)
    assert smtp_server.messages == []


def test_no_commit_point_when_the_server_drops_before_data(smtp_server: SmtpServer) -> None:
    calls: list[str] = []
    smtp_server.script(drop="before_data")
    with pytest.raises(TransportError) as exc:
        SmtpTransport(smtp_server.smtp_config(), lambda: smtp_server.password).send(
            message(), before_commit=lambda: calls.append("x"))
    assert not exc.value.ambiguous and calls == []


def test_directory_failing_commit_point_writes_nothing(tmp_path: Path) -> None:
    def commit() -> None:
        raise Refused("no")

    with pytest.raises(Refused):
        DirectoryTransport(tmp_path).send(message(), before_commit=commit)
    assert list(tmp_path.glob("*.eml")) == []
