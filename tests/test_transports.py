"""Transports against a real SMTP server (aiosmtpd on loopback, TLS verified), a real command
and a real directory."""

from __future__ import annotations

import random
import stat
import sys
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from followupd.config_types import SendConfig
from followupd.errors import ConfigError, TransportError
from followupd.transports import (
    DirectoryTransport,
    SendmailTransport,
    SmtpTransport,
    envelope_of,
    from_config,
    retry_delay,
    safe_filename,
)
from tests.servers.smtp import SmtpServer


def make_message(mid: str = "<fu-1.thank_you@followupd.test>", *, bcc: str | None = None,
                 cc: str | None = None) -> EmailMessage:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = Address("Alice Martin", addr_spec="alice@example.test")
    msg["To"] = Address("Dana Recruiter", addr_spec="dana@acme.test")
    if cc:
        msg["Cc"] = cc
    if bcc:
        msg["Bcc"] = bcc
    msg["Subject"] = "Re: Interview with Acme"
    msg["Date"] = format_datetime(datetime(2026, 3, 10, 15, 0, tzinfo=UTC))
    msg["Message-ID"] = mid
    msg.set_content("Hi Dana,\n\nThank you.\n.\n..a line starting with dots\n\nAlice\n")
    return msg


def password_for(server: SmtpServer, calls: list[int] | None = None):  # type: ignore[no-untyped-def]
    def get() -> str:
        if calls is not None:
            calls.append(1)
        return server.password
    return get


def smtp_send(server: SmtpServer, msg: EmailMessage | None = None, **overrides: object) -> None:
    SmtpTransport(server.smtp_config(**overrides), password_for(server)).send(
        msg or make_message())


def send_error(server: SmtpServer, msg: EmailMessage | None = None, **overrides: object) -> TransportError:
    with pytest.raises(TransportError) as info:
        smtp_send(server, msg, **overrides)
    assert server.password not in str(info.value)
    return info.value


# -- SMTP: the happy paths -------------------------------------------------------------------


def test_starttls_with_auth_delivers_with_envelope_from_headers_and_bcc_stripped(
    smtp_server: SmtpServer,
) -> None:
    msg = make_message(cc="Sam <sam@acme.test>", bcc="me@example.test")
    smtp_send(smtp_server, msg)
    [got] = smtp_server.messages
    assert got.tls and got.login == smtp_server.username
    assert got.mail_from == "alice@example.test"
    assert got.rcpt_tos == ("dana@acme.test", "sam@acme.test", "me@example.test")
    assert "Bcc" not in got.message and b"me@example.test" not in got.raw
    assert got.message["Message-ID"] == "<fu-1.thank_you@followupd.test>"
    body = got.message.get_content().replace("\r\n", "\n")
    assert ".\n..a line starting with dots\n" in body  # dot-stuffing round-trips


def test_implicit_tls_delivers(smtp_server: SmtpServer) -> None:
    smtp_send(smtp_server, security="tls")
    [got] = smtp_server.messages
    assert got.tls and got.login == smtp_server.username


def test_check_logs_in_without_sending(smtp_server: SmtpServer) -> None:
    SmtpTransport(smtp_server.smtp_config(), password_for(smtp_server)).check()
    assert smtp_server.auth_attempts == [(smtp_server.username, True)]
    assert smtp_server.messages == []


def test_plaintext_relay_only_with_allow_insecure_and_never_with_credentials(
    smtp_server: SmtpServer,
) -> None:
    with pytest.raises(ConfigError, match=r"smtp\.security"):
        SmtpTransport(smtp_server.smtp_config(security="none", username=""), lambda: "x")
    with pytest.raises(ConfigError, match=r"smtp\.username"):
        SmtpTransport(smtp_server.smtp_config(security="none", allow_insecure=True), lambda: "x")
    SmtpTransport(smtp_server.smtp_config(security="none", allow_insecure=True, username=""),
                  lambda: "x").send(make_message())
    [got] = smtp_server.messages
    assert not got.tls and got.login is None


# -- SMTP: refusing to be downgraded or fooled -------------------------------------------------


def test_wrong_password_is_permanent_and_names_host_and_user_not_the_password(
    smtp_server: SmtpServer,
) -> None:
    transport = SmtpTransport(smtp_server.smtp_config(), lambda: "wrong-Secret-123")
    with pytest.raises(TransportError) as info:
        transport.send(make_message())
    err = info.value
    assert err.permanent and not err.ambiguous and err.code == 535
    text = str(err)
    assert text.startswith(f"127.0.0.1:{smtp_server.port} refused authentication for user "
                           f"'{smtp_server.username}': 535")
    assert "wrong-Secret-123" not in text and "wrong-Secret-123" not in repr(err.__cause__)
    assert smtp_server.messages == []


def test_unrelated_ca_is_refused_before_any_credentials_are_sent(smtp_server: SmtpServer) -> None:
    calls: list[int] = []
    for security in ("starttls", "tls"):
        cfg = smtp_server.smtp_config(security=security, ca_file=smtp_server.pki.other_ca_file)
        with pytest.raises(TransportError, match="certificate") as info:
            SmtpTransport(cfg, password_for(smtp_server, calls)).send(make_message())
        assert not info.value.permanent and not info.value.ambiguous
    assert calls == [] and smtp_server.auth_attempts == [] and smtp_server.messages == []


def test_starttls_missing_is_never_downgraded(smtp_server: SmtpServer) -> None:
    calls: list[int] = []
    cfg = smtp_server.smtp_config(port=smtp_server.plain_port)  # a server without STARTTLS
    with pytest.raises(TransportError, match="does not offer STARTTLS"):
        SmtpTransport(cfg, password_for(smtp_server, calls)).send(make_message())
    assert calls == [] and smtp_server.auth_attempts == [] and smtp_server.messages == []


def test_nothing_listening_is_retryable(smtp_server: SmtpServer) -> None:
    from tests.servers.smtp import _free_port

    err = send_error(smtp_server, port=_free_port())
    assert not err.permanent and not err.ambiguous
    assert "cannot connect" in str(err)


# -- SMTP: server answers ----------------------------------------------------------------------


@pytest.mark.parametrize("reply", ["421 4.3.2 Service shutting down", "451 4.3.0 Try again later",
                                   "452 4.3.1 Insufficient system storage"])
def test_temporary_refusal_at_data_is_retryable(smtp_server: SmtpServer, reply: str) -> None:
    smtp_server.script(data_reply=reply)
    err = send_error(smtp_server)
    assert not err.permanent and not err.ambiguous and err.code == int(reply[:3])
    assert reply in str(err)
    assert smtp_server.messages == []
    smtp_send(smtp_server)  # the script was for one transaction: a retry goes through
    assert len(smtp_server.messages) == 1


@pytest.mark.parametrize("reply", ["550 5.7.1 Message rejected as spam",
                                   "554 5.7.1 Transaction failed"])
def test_permanent_refusal_at_data_is_permanent(smtp_server: SmtpServer, reply: str) -> None:
    smtp_server.script(data_reply=reply)
    err = send_error(smtp_server, security="tls")
    assert err.permanent and not err.ambiguous and err.code == int(reply[:3])
    assert f"127.0.0.1:{smtp_server.tls_port} did not accept the message: {reply}" == str(err)


def test_refused_recipient_fails_the_whole_send_and_nobody_gets_a_copy(
    smtp_server: SmtpServer,
) -> None:
    smtp_server.script(refuse_rcpt="sam@acme.test")
    err = send_error(smtp_server, make_message(cc="sam@acme.test"))
    assert err.permanent and err.code == 550
    # Aborted before DATA, so unlike smtplib.send_message's "refused dict" nobody got it: a
    # clean failure, not an ambiguous one.
    assert not err.ambiguous
    assert "refused the recipient sam@acme.test (RCPT TO): 550" in str(err)
    assert smtp_server.messages == []


def test_temporarily_refused_recipient_is_retryable(smtp_server: SmtpServer) -> None:
    smtp_server.script(refuse_rcpt="dana@acme.test", rcpt_reply="450 4.2.1 Mailbox busy")
    err = send_error(smtp_server)
    assert not err.permanent and not err.ambiguous and err.code == 450


def test_drop_after_data_is_ambiguous_and_the_server_has_the_message(
    smtp_server: SmtpServer,
) -> None:
    smtp_server.script(drop="after_data")
    err = send_error(smtp_server)
    assert err.ambiguous and not err.permanent
    assert "may have accepted it" in str(err)
    [got] = smtp_server.messages
    assert got.message["Message-ID"] == "<fu-1.thank_you@followupd.test>"


def test_drop_before_data_is_retryable_and_the_server_has_nothing(
    smtp_server: SmtpServer,
) -> None:
    smtp_server.script(drop="before_data")
    err = send_error(smtp_server)
    assert not err.ambiguous and not err.permanent
    assert smtp_server.messages == []


def test_no_answer_to_the_final_dot_is_ambiguous(smtp_server: SmtpServer) -> None:
    smtp_server.script(stall="data_end")
    cfg = smtp_server.smtp_config(timeout=0.5)
    with pytest.raises(TransportError) as info:
        SmtpTransport(cfg, password_for(smtp_server), final_reply_timeout=0.5).send(make_message())
    smtp_server.release()
    assert info.value.ambiguous and "timed out" in str(info.value)
    assert len(smtp_server.messages) == 1


def test_no_answer_to_mail_from_is_retryable(smtp_server: SmtpServer) -> None:
    smtp_server.script(stall="mail")
    with pytest.raises(TransportError) as info:
        SmtpTransport(smtp_server.smtp_config(timeout=0.5), password_for(smtp_server)).send(
            make_message())
    assert smtp_server.wait_reached(0)
    smtp_server.release()
    assert not info.value.ambiguous and not info.value.permanent
    assert smtp_server.messages == []


def test_envelope_needs_one_sender_and_some_recipient() -> None:
    msg = make_message()
    del msg["To"]
    with pytest.raises(TransportError, match="no recipients") as info:
        envelope_of(msg)
    assert info.value.permanent


# -- retry policy helper ------------------------------------------------------------------------


def test_retry_delay_first_within_a_minute_then_grows_capped_at_an_hour() -> None:
    rng = random.Random(7)
    delays = [retry_delay(n, rng) for n in range(1, 30)]
    assert timedelta(seconds=20) <= delays[0] < timedelta(minutes=1)
    assert delays[3] > delays[0]
    assert all(d <= timedelta(hours=1) for d in delays)
    assert delays[-1] >= timedelta(minutes=45)


# -- sendmail-compatible command ---------------------------------------------------------------


def fake_sendmail(tmp_path: Path, exit_status: int = 0, sleep: float = 0) -> Path:
    """A tiny real program: records its arguments and stdin, then exits as told."""
    script = tmp_path / "fake-sendmail"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, time, pathlib\n"
        f"d = pathlib.Path({str(tmp_path)!r})\n"
        "(d / 'argv').write_text('\\n'.join(sys.argv[1:]))\n"
        "(d / 'stdin').write_bytes(sys.stdin.buffer.read())\n"
        f"time.sleep({sleep})\n"
        "sys.stderr.write('msmtp: server said no\\n')\n"
        f"sys.exit({exit_status})\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_sendmail_pipes_the_message_and_passes_recipients_after_double_dash(
    tmp_path: Path,
) -> None:
    cmd = fake_sendmail(tmp_path)
    SendmailTransport([str(cmd), "-oi"]).send(make_message(bcc="-oQ/tmp/evil@example.test"))
    argv = (tmp_path / "argv").read_text().splitlines()
    assert argv == ["-oi", "--", "dana@acme.test", "-oQ/tmp/evil@example.test"]
    got = message_from_bytes((tmp_path / "stdin").read_bytes(), policy=policy.default)
    assert got["Message-ID"] == "<fu-1.thank_you@followupd.test>" and "Bcc" not in got
    assert b"\r\n" not in (tmp_path / "stdin").read_bytes()  # local line ends for a local program


def test_sendmail_with_t_reads_recipients_from_the_headers(tmp_path: Path) -> None:
    cmd = fake_sendmail(tmp_path)
    SendmailTransport([str(cmd), "-t"]).send(make_message(bcc="me@example.test"))
    assert (tmp_path / "argv").read_text().splitlines() == ["-t"]
    assert b"Bcc: me@example.test" in (tmp_path / "stdin").read_bytes()  # the program strips it


@pytest.mark.parametrize(("status", "permanent"), [(75, False), (1, True), (69, True)])
def test_sendmail_exit_status_decides_retry(tmp_path: Path, status: int, permanent: bool) -> None:
    with pytest.raises(TransportError) as info:
        SendmailTransport([str(fake_sendmail(tmp_path, status))]).send(make_message())
    assert info.value.permanent is permanent and not info.value.ambiguous
    assert f"exited with status {status}: msmtp: server said no" in str(info.value)


def test_sendmail_missing_command_is_permanent(tmp_path: Path) -> None:
    with pytest.raises(TransportError, match="not found") as info:
        SendmailTransport([str(tmp_path / "no-such-msmtp")]).send(make_message())
    assert info.value.permanent


def test_sendmail_timeout_is_ambiguous(tmp_path: Path) -> None:
    cmd = fake_sendmail(tmp_path, sleep=5)
    with pytest.raises(TransportError) as info:
        SendmailTransport([str(cmd)], timeout=0.5).send(make_message())
    assert info.value.ambiguous


# -- directory ------------------------------------------------------------------------------------


def test_directory_writes_one_file_per_message_id_idempotently(tmp_path: Path) -> None:
    out = tmp_path / "out"
    t = DirectoryTransport(out)
    t.send(make_message())
    first = (out / "fu-1.thank_you@followupd.test.eml").read_bytes()
    changed = make_message()
    changed.set_content("a different body")
    t.send(changed)  # same Message-ID: already delivered, nothing changes
    assert [p.name for p in out.iterdir()] == ["fu-1.thank_you@followupd.test.eml"]
    assert (out / "fu-1.thank_you@followupd.test.eml").read_bytes() == first
    t.send(make_message("<fu-2.check_in@followupd.test>"))
    assert len(list(out.iterdir())) == 2  # and no temporary files left behind


def test_directory_file_names_are_safe_and_distinct() -> None:
    a = safe_filename("<../../etc/passwd@x>")
    b = safe_filename("<.._.._etc_passwd@x>")
    assert "/" not in a and not a.startswith(".") and a != b
    assert safe_filename("<abc@x.test>") == "abc@x.test.eml"


def test_from_config_picks_the_transport(tmp_path: Path, smtp_server: SmtpServer) -> None:
    assert isinstance(from_config(SendConfig(transport="directory", directory=tmp_path), None,
                                  None), DirectoryTransport)
    assert isinstance(from_config(SendConfig(transport="sendmail"), None, None),
                      SendmailTransport)
    assert isinstance(from_config(SendConfig(), smtp_server.smtp_config(), lambda: "x"),
                      SmtpTransport)
    with pytest.raises(ConfigError, match=r"send\.directory"):
        from_config(SendConfig(transport="directory"), None, None)


# -- the commit point (see also test_commit_point.py) ------------------------------------------


def test_commit_point_comes_after_the_body_and_before_the_final_dot(
    smtp_server: SmtpServer,
) -> None:
    calls: list[int] = []
    smtp_server.script(drop="after_data")
    with pytest.raises(TransportError) as info:
        SmtpTransport(smtp_server.smtp_config(), password_for(smtp_server)).send(
            make_message(), before_commit=lambda: calls.append(len(smtp_server.messages)))
    assert calls == [0] and info.value.ambiguous and len(smtp_server.messages) == 1


def test_sendmail_failing_commit_point_runs_nothing(tmp_path: Path) -> None:
    def commit() -> None:
        raise RuntimeError("state could not be written")

    with pytest.raises(RuntimeError):
        SendmailTransport([str(fake_sendmail(tmp_path))]).send(make_message(),
                                                               before_commit=commit)
    assert not (tmp_path / "stdin").exists()


def test_implicit_tls_against_a_starttls_port_says_what_to_change(smtp_server: SmtpServer) -> None:
    err = send_error(smtp_server, security="tls", port=smtp_server.port)
    assert not err.permanent and 'set smtp.security = "starttls"' in str(err)


def test_starttls_against_an_implicit_tls_port_says_what_to_change(
    smtp_server: SmtpServer,
) -> None:
    err = send_error(smtp_server, security="starttls", port=smtp_server.tls_port, timeout=0.5)
    assert not err.permanent and 'set smtp.security = "tls"' in str(err)


def test_ehlo_names_our_address_not_the_machine(smtp_server: SmtpServer) -> None:
    smtp_send(smtp_server)
    assert smtp_server.messages[0].helo == "[127.0.0.1]"


def test_the_password_appears_in_no_log_and_no_output(
    smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level("DEBUG")
    smtp_send(smtp_server)
    smtp_server.script(drop="after_data")
    send_error(smtp_server)
    with pytest.raises(TransportError):
        SmtpTransport(smtp_server.smtp_config(), lambda: smtp_server.password + "x").send(
            make_message())
    out = capsys.readouterr()
    for text in (caplog.text, out.out, out.err):
        assert smtp_server.password not in text


def test_harness_requires_tls_before_auth_and_offers_plain_and_login(
    smtp_server: SmtpServer,
) -> None:
    import smtplib
    import ssl

    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as s:
        s.ehlo()
        assert s.has_extn("starttls") and not s.has_extn("auth")  # no AUTH in plaintext
        assert s.mail("a@example.test")[0] == 530  # STARTTLS first
        s.starttls(context=ssl.create_default_context(cafile=str(smtp_server.ca_file)))
        s.ehlo()
        assert {"PLAIN", "LOGIN"} <= set(s.esmtp_features["auth"].split())
        s.user, s.password = smtp_server.username, smtp_server.password
        assert s.auth("LOGIN", s.auth_login)[0] == 235
