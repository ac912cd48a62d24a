"""Builders for compose and templating tests: a ComposeInput, a user's templates folder, and the
body as a recipient's client decodes it."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.context import ComposeInput, InterviewFacts, Person, Thread
from followupd.templating import Templates

TZ = "America/New_York"
START = datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo(TZ))  # a Tuesday


def make_input(**changes: object) -> ComposeInput:
    base = ComposeInput(
        template="thank_you",
        rule="thank_you",
        message_id="<fu-7.thank_you@followupd.example.com>",
        date=START + timedelta(hours=4),
        me=Person("Alice Martin", "alice@example.com"),
        contact=Person("Dana Smith", "dana@acme.test"),
        interview=InterviewFacts(company="Acme", role="Senior Engineer", start=START,
                                 end=START + timedelta(hours=1), timezone=TZ,
                                 interviewers=("Dana Smith", "Sam Lee")),
        thread=Thread("Interview confirmation: Senior Engineer", "<conf-1@acme.test>",
                      ("<root@acme.test>",)),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def user_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **files: str) -> Templates:
    """A user's templates folder, as ``templates/`` relative to the working directory."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return Templates(folder)


def body_of(msg: EmailMessage) -> str:
    """The body as a recipient's client decodes it from the bytes we send."""
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    part = parsed.get_body(("plain",))
    assert part is not None
    return str(part.get_content())
