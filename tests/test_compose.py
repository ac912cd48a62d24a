"""The reply a template becomes: threading, graceful gaps, header safety."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.compose import MAX_REFERENCES, compose, render_preview
from followupd.context import InterviewFacts, Person, Thread
from followupd.errors import ComposeError
from followupd.mailtext import clean_msgid
from followupd.templating import Templates
from tests.composing import START, TZ, body_of, make_input, user_templates


@pytest.fixture
def defaults() -> Templates:
    return Templates()


# -- the reply --------------------------------------------------------------------------------


def test_reply_threads_into_the_conversation(defaults: Templates) -> None:
    msg = compose(defaults, make_input())
    assert msg["Message-ID"] == "<fu-7.thank_you@followupd.example.com>"
    assert msg["In-Reply-To"] == "<conf-1@acme.test>"
    assert msg["References"] == "<root@acme.test> <conf-1@acme.test>"
    assert msg["Subject"] == "Re: Interview confirmation: Senior Engineer"
    assert msg["From"] == "Alice Martin <alice@example.com>"
    assert msg["To"] == "Dana Smith <dana@acme.test>"
    assert msg["Date"] == "Tue, 10 Mar 2026 18:00:00 -0400"
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    for absent in ("Auto-Submitted", "X-Mailer", "User-Agent", "Bcc", "Cc"):
        assert absent not in msg  # a human-meant mail; nothing says "sent by a robot"


def test_default_thank_you_reads_well_with_everything_known(defaults: Templates) -> None:
    body = body_of(compose(defaults, make_input()))
    assert body.startswith("Hi Dana,\n\nThank you for taking the time to speak with me today "
                           "about the Senior Engineer role at Acme.")
    assert "?" in body and "next steps" in body  # a question
    assert body.rstrip().endswith("Best regards,\nAlice Martin")
    assert "!" not in body and "finds you well" not in body
    assert "\n\n\n" not in body and "None" not in body


def test_the_optional_point_from_the_conversation_is_a_sentence_or_nothing(
    defaults: Templates,
) -> None:
    without = body_of(compose(defaults, make_input()))
    with_note = body_of(compose(defaults, make_input(note="hearing how the team ships weekly")))
    assert "appreciated" not in without and "[" not in without
    assert "\n\nI especially appreciated hearing how the team ships weekly.\n\n" in with_note


@pytest.mark.parametrize("template", ["thank_you", "check_in"])
def test_missing_company_role_time_and_names_degrade_gracefully(
    defaults: Templates, template: str
) -> None:
    msg = compose(defaults, make_input(
        template=template, contact=Person(None, "dana@acme.test"), me=Person(None, "a@b.example"),
        interview=InterviewFacts(), thread=Thread(None, None)))
    body = body_of(msg)
    assert body.startswith("Hello,\n\n")
    for bad in ("None", "Dear", " at .", "  ", "\n\n\n", "{{", "the  "):
        assert bad not in body
    assert msg["Subject"] in {"Thank you", "Following up"}
    assert "In-Reply-To" not in msg and "References" not in msg


@pytest.mark.parametrize("name", ["Acme Recruiting", "Talent Acquisition Team", "noreply",
                                  "careers@acme.test", "Acme"])
def test_no_first_name_greeting_for_a_team_or_an_address(defaults: Templates, name: str) -> None:
    body = body_of(compose(defaults, make_input(contact=Person(name, "jobs@acme.test"))))
    assert body.startswith("Hello,\n")


def test_check_in_restates_interest_and_asks_about_the_timeline(defaults: Templates) -> None:
    inp = make_input(template="check_in", rule="check_in", date=START + timedelta(days=5))
    body = body_of(compose(defaults, inp))
    assert "on March 10 for the Senior Engineer role at Acme" in body
    assert "interested" in body and "timeline" in body


@pytest.mark.parametrize(("delay", "phrase"), [
    (timedelta(hours=3), "today"), (timedelta(days=1), "yesterday"),
    (timedelta(days=3), "on Tuesday"), (timedelta(days=9), "on Tuesday, March 10"),
])
def test_the_day_is_told_relative_to_the_send_date(
    defaults: Templates, delay: timedelta, phrase: str
) -> None:
    body = body_of(compose(defaults, make_input(date=START + delay)))
    assert f"speak with me {phrase} about" in body


def test_days_are_counted_in_the_interview_zone(defaults: Templates) -> None:
    # 23:30 in New York is already the next day in UTC: still "today" for the interview.
    late = datetime(2026, 3, 10, 23, 30, tzinfo=ZoneInfo(TZ))
    inp = make_input(interview=InterviewFacts(start=late, timezone=TZ),
                     date=(late + timedelta(minutes=20)).astimezone(UTC))
    assert "speak with me today" in body_of(compose(defaults, inp))


def test_thread_subject_wins_over_the_template_subject(defaults: Templates) -> None:
    assert compose(defaults, make_input())["Subject"].startswith("Re: Interview confirmation")
    lone = compose(defaults, make_input(thread=Thread("", None)))
    assert lone["Subject"] == "Thank you – Senior Engineer interview"


def test_references_are_capped_keeping_the_root_and_the_latest(defaults: Templates) -> None:
    refs = tuple(f"<r{i}@acme.test>" for i in range(60)) + ("not an id", "<bad id@x>")
    msg = compose(defaults, make_input(thread=Thread("Interview", "<last@acme.test>", refs)))
    got = msg["References"].split()
    assert len(got) == MAX_REFERENCES
    assert got[0] == "<r0@acme.test>" and got[-1] == "<last@acme.test>"
    assert got[-2] == "<r59@acme.test>"


def test_body_override_keeps_the_template_headers(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    t = user_templates(tmp_path, monkeypatch,
                       thank_you="Subject: Thanks\nCc: Sam <sam@acme.test>\n\nTemplate body\n")
    msg = compose(t, make_input(body_override="Hi Dana,\r\n\r\nMy own words.\r\n\r\n\r\n\r\n"))
    assert body_of(msg) == "Hi Dana,\n\nMy own words.\n"
    assert msg["Cc"] == "Sam <sam@acme.test>"


def test_non_ascii_survives_and_long_lines_are_not_hard_wrapped(defaults: Templates) -> None:
    inp = make_input(me=Person("Zoë Ångström", "zoe@example.com"),
                     interview=InterviewFacts(company="Société Générale", role="Ingénieure"),
                     contact=Person("José Núñez", "jose@example.com"))
    msg = compose(defaults, inp)
    raw = msg.as_bytes()
    assert raw.isascii() and max(len(line) for line in raw.split(b"\n")) <= 78
    body = body_of(msg)
    assert body.startswith("Hi José,") and "the Ingénieure role at Société Générale." in body
    paragraph = body.split("\n\n")[1]
    assert "\n" not in paragraph  # one long line: the reader's client wraps it
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["From"].addresses[0].display_name == "Zoë Ångström"


def test_render_preview_shows_headers_and_a_wrapped_body(defaults: Templates) -> None:
    text = render_preview(compose(defaults, make_input()))
    head, _, body = text.partition("\n\n")
    assert head.splitlines()[:2] == ["From: Alice Martin <alice@example.com>",
                                     "To: Dana Smith <dana@acme.test>"]
    assert "In-Reply-To: <conf-1@acme.test>" in head
    assert max(len(line) for line in body.splitlines()) <= 78
    assert body.startswith("Hi Dana,")


def test_invalid_contact_address_is_refused(defaults: Templates) -> None:
    for bad in ("", "dana", "dana@acme.test, eve@evil.test", "dana@acme.test\r\nBcc: e@x",
                "<dana@acme.test>", "a b@c.test"):
        with pytest.raises(ComposeError):
            compose(defaults, make_input(contact=Person("Dana", bad)))


# -- no value from incoming mail can add a header --------------------------------------------

NASTY = [
    "\r\nBcc: eve@evil.test", "\nX-Injected: 1", "=?utf-8?q?x=0D=0ABcc:_eve@evil.test?=",
    "=?utf-8?b?DQpCY2M6IGV2ZUBldmlsLnRlc3Q=?=", "\x00", "\u2028X-Sep: 1", "\x85", "\ud800",
    "a" * 2000, "\"quoted\" <eve@evil.test>, mallory@evil.test", "\\", ":", ";", "\t\r\n ",
]
incoming_text = st.one_of(
    st.text(),
    st.sampled_from(NASTY),
    st.tuples(st.text(max_size=20), st.sampled_from(NASTY), st.text(max_size=20)).map("".join),
)
maybe_text = st.none() | incoming_text
msgids = st.one_of(incoming_text, st.from_regex(r"<[a-z0-9.]{1,20}@[a-z]{1,10}\.test>",
                                                fullmatch=True))

TEMPLATE_WITH_EVERYTHING = (
    "Subject: {{ interview.company }} {{ interview.role }} {{ contact.name }}\n"
    "Cc: {{ contact.email }}\n\n"
    "{{ interview.company }} {{ interview.role }} {{ contact.name }} {{ contact.first_name }}\n"
    "{{ interview.interviewers|and_join }} {{ followup.note }}\n"
)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(company=maybe_text, role=maybe_text, contact_name=maybe_text, subject=maybe_text,
       interviewers=st.lists(incoming_text, max_size=3), note=maybe_text, parent=msgids,
       refs=st.lists(msgids, max_size=4), template=st.sampled_from(["thank_you", "check_in",
                                                                      "everything"]))
def test_no_incoming_value_can_add_a_header(
    tmp_path: Path, company: str | None, role: str | None, contact_name: str | None,
    subject: str | None, interviewers: list[str], note: str | None, parent: str,
    refs: list[str], template: str,
) -> None:
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "everything.txt").write_text(TEMPLATE_WITH_EVERYTHING)
    inp = make_input(
        template=template, contact=Person(contact_name, "dana@acme.test"), note=note,
        interview=InterviewFacts(company=company, role=role, start=START, timezone=TZ,
                                 interviewers=tuple(interviewers)),
        thread=Thread(subject, parent, tuple(refs)),
    )
    msg = compose(Templates(folder), inp)
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    expected = {"from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                "content-transfer-encoding"}
    expected |= {h for h in ("in-reply-to", "references") if h in msg}
    names = [k.lower() for k in parsed.keys()]
    assert sorted(names) == sorted(expected)  # "cc" equals To here, so it is dropped
    for value in parsed.values():
        assert "\r" not in str(value) and "\n" not in str(value)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["dana@acme.test"]
    assert [a.addr_spec for a in parsed["From"].addresses] == ["alice@example.com"]
    if "in-reply-to" in names:
        assert parsed["In-Reply-To"] == clean_msgid(parent)


def test_friendly_variables_for_user_templates(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    t = user_templates(tmp_path, monkeypatch, thank_you=(
        "Subject: Hi\n\n{{ followup.rule }}/{{ followup.name }}/{{ followup.template }}: "
        "{{ interview.interviewers|and_join }} on {{ interview.when }} at {{ interview.time }} "
        "({{ interview.timezone }}), {{ me.first_name }} to {{ contact.email }}\n"))
    assert body_of(compose(t, make_input())) == (
        "thank_you/thank_you/thank_you: Dana Smith and Sam Lee on Tuesday, March 10 at 2:00 PM "
        "(America/New_York), Alice to dana@acme.test\n")
