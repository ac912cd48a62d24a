"""Property: any MIME tree, served by the real Dovecot and rebuilt from the parts we fetch,
parses and still holds every text/plain, text/html and calendar part — and no attachment."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.sources import mime
from followupd.sources.imap import ImapSource
from tests.servers.dovecot import DovecotServer

TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\r"
    ),
    min_size=1, max_size=300,
).map(lambda s: s.strip() or "x")


@st.composite
def leaf(draw: st.DrawFn) -> EmailMessage:
    kind = draw(st.sampled_from(["plain", "html", "calendar", "pdf", "png"]))
    part = EmailMessage(policy=SMTP)
    if kind in ("plain", "html"):
        text = draw(TEXT)
        lines = draw(st.integers(1, 4))
        text = "\n".join([text] * lines)
        ascii_only = text.isascii()
        cte = draw(st.sampled_from(
            ["7bit", "quoted-printable", "base64"] if ascii_only
            else ["8bit", "quoted-printable", "base64"]
        ))
        part.set_content(text, subtype=kind, cte=cte)
    elif kind == "calendar":
        uid = draw(st.text("abcdef0123456789", min_size=4, max_size=12))
        ics = f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:{uid}\nEND:VEVENT\nEND:VCALENDAR\n"
        part.set_content(ics, subtype="calendar", cte=draw(st.sampled_from(["7bit", "base64"])))
    else:
        data = draw(st.binary(min_size=100, max_size=3000))
        part.set_content(data, maintype="application" if kind == "pdf" else "image",
                         subtype=kind, filename=f"file.{kind}")
    return part


def _multipart(children: list[EmailMessage], subtype: str) -> EmailMessage:
    part = EmailMessage(policy=SMTP)
    part["Content-Type"] = f"multipart/{subtype}"
    part.set_payload(list(children))  # type: ignore[arg-type]
    return part


def _wrap(inner: EmailMessage, n: int) -> EmailMessage:
    inner["Subject"] = f"inner {n}"
    inner["From"] = "x@example.com"
    part = EmailMessage(policy=SMTP)
    part.set_content(inner)
    return part


def tree() -> st.SearchStrategy[EmailMessage]:
    return st.recursive(
        leaf(),
        lambda kids: st.one_of(
            st.builds(_multipart, st.lists(kids, min_size=1, max_size=4),
                      st.sampled_from(["mixed", "alternative", "related"])),
            st.builds(_wrap, kids, st.integers(0, 99)),
        ),
        max_leaves=8,
    )


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def _texts(msg: EmailMessage) -> list[str]:
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html", "text/calendar"):
            out.append(_norm(part.get_content()))  # type: ignore[attr-defined]
    return out


@pytest.fixture(scope="module")
def session_source(dovecot: DovecotServer) -> Iterator[tuple[ImapSource, str]]:
    user = dovecot.add_user()
    src = ImapSource(dovecot.imap_config(user), dovecot.passwords[user], threading.Event())
    yield src, user
    src.close()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=tree())
def test_rebuilt_message_parses_and_keeps_every_text_part(
    dovecot: DovecotServer, session_source: tuple[ImapSource, str], body: EmailMessage
) -> None:
    src, user = session_source
    body["From"] = "recruiter@example.com"
    body["Subject"] = "property"
    body["Message-ID"] = "<prop@example.com>"
    original = body.as_bytes()
    uid = dovecot.append(user, "INBOX", original)
    validity = dovecot.uidvalidity(user, "INBOX")
    [got] = list(src.fetch_new("INBOX", (validity, uid - 1), datetime.now(UTC) - timedelta(1)))
    rebuilt = message_from_bytes(got.raw, policy=default)
    assert isinstance(rebuilt, EmailMessage)
    assert rebuilt["Subject"] == "property"
    parsed_original = message_from_bytes(original, policy=default)
    assert isinstance(parsed_original, EmailMessage)
    want = _texts(parsed_original)
    have = _texts(rebuilt)
    for text in want:
        assert text in have, (text, have, got.raw)
    types = {p.get_content_type() for p in rebuilt.walk()}
    assert not types & {"application/pdf", "image/png"}


def test_trim_cuts_at_a_line_end_so_base64_stays_decodable() -> None:
    data = b"QUJD\r\n" * 100
    cut = mime.trim(data[:301], 301)
    assert cut.endswith(b"\r\n") and len(cut) % 6 == 0


def test_unparseable_structure_is_a_structure_error() -> None:
    with pytest.raises(mime.StructureError):
        mime.parse_bodystructure((b"text",))
