"""Who the detector offers as the person to write to."""

from __future__ import annotations

import pytest

from followupd.detect.contacts import body_addresses, choose, is_machine


@pytest.mark.parametrize(
    "addr",
    [
        "no-reply@greenhouse.io",
        "noreply@myworkday.com",
        "acme-noreply@acme.test",
        "donotreply@acme.test",
        "jobs@acme.test",
        "careers@acme.test",
        "recruiting@acme.test",
        "talent@acme.test",
        "hr@acme.de",
        "calendar-notification@google.com",
        "notifications@calendly.com",
        "mailer-daemon@mx.acme.test",
        "recruiting-team@acme.test",
        "bounces+123@mail.acme.test",
        "anyone@hire.lever.co",
    ],
)
def test_machine_and_role_addresses_are_never_contacts(addr: str) -> None:
    assert is_machine(addr)


@pytest.mark.parametrize("addr", ["kim.lo@acme.test", "j.weiss@halden-systems.de", "priya@acme.io"])
def test_people_are_contacts(addr: str) -> None:
    assert not is_machine(addr)


def test_user_ats_domain_is_a_system_domain() -> None:
    assert not is_machine("kim@hire.acmeats.test")
    assert is_machine("kim@hire.acmeats.test", ("acmeats.test",))


def test_first_human_wins_and_own_addresses_are_skipped() -> None:
    own = {"jordan@example.org"}
    cands = [
        ("reply-to", "jordan@example.org", ""),
        ("ics-organizer", "no-reply@greenhouse.io", ""),
        ("from", "kim.lo@acme.test", "Kim Lo"),
    ]
    assert choose(cands, own) == ("kim.lo@acme.test", "Kim Lo", "from")
    assert choose([("from", "jobs@acme.test", "")], own) == (None, "", "")


def test_body_addresses_near_a_contact_phrase_come_first() -> None:
    text = "Sent by ops@acme.test.\nQuestions? Contact your recruiter at kim.lo@acme.test."
    assert body_addresses(text)[0] == "kim.lo@acme.test"
