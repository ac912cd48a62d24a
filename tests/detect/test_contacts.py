"""Who the detector offers as the person to write to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.detect import contacts, detect
from followupd.detect.contacts import body_addresses, choose, is_machine, same_side
from tests.detect.helpers import eml


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
        "EngineeringHiring@riverbend.test",  # a Bookings mailbox named after the team
        "recrutementalpenlac@alpenlac.test",
        "powiadomienia@acme.pl",  # "notifications" in Polish
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
    assert body_addresses(text) == [("kim.lo@acme.test", True), ("ops@acme.test", False)]


@pytest.mark.parametrize(("addr", "known", "company", "same"), [
    ("dana@northwind.example", ["no-reply@greenhouse.io", "dana.w@northwind.example"], None, True),
    ("dana@eu.northwind.example", ["hr@northwind.example"], None, True),  # a subdomain
    ("dana@northwind-robotics.example", ["no-reply@greenhouse.io"], "Northwind Robotics", True),
    ("partner@vendor.example", ["no-reply@greenhouse.io"], "Northwind Robotics", False),
    ("someone@gmail.com", ["recruiter@gmail.com"], None, False),  # a public provider says nothing
])
def test_a_stray_body_address_must_be_on_the_senders_side(
    addr: str, known: list[str], company: str | None, same: bool,
) -> None:
    assert same_side(addr, known, company) is same


def test_a_no_reply_confirmation_does_not_make_a_stranger_in_its_footer_the_contact() -> None:
    raw = eml(
        "Hi Jordan,\n\nYour interview for Data Analyst at Northwind Robotics is confirmed for "
        "Thursday, March 12, 2026 at 3:00 PM ET.\n\nThis message was produced for Northwind by "
        "Hirehub Partners (partnerships@hirehub-partners.example).\n",
        subject="Interview confirmed: Data Analyst", frm="Northwind Robotics <no-reply@greenhouse.io>",
    )
    d = detect(raw)
    assert d.interview and d.contact is None, d.reasons
    near = raw.replace(b"This message was produced for Northwind by Hirehub Partners",
                       b"Questions? Write to your coordinator")
    assert detect(near).contact == "partnerships@hirehub-partners.example"


def test_a_meeting_links_id_is_not_an_address() -> None:
    # Teams puts "19%3ameeting_...@thread.v2" in its join link; it once became the contact.
    text = ("Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFr@thread.v2/0\n"
            "Questions? Contact ana.silva@verdemar.pt or 19:meeting_x@thread.v2")
    assert [a for a, _ in body_addresses(text)] == ["ana.silva@verdemar.pt"]


_ADDRESS_TOKENS = st.sampled_from([
    "a", "jo.ann", "o'neil", "x" * 70, "@", "@@", "acme", ".com", ".co.uk", "-", "_", ".", " ", "\n", "%",
    "+tag", "mailto:", "<", ">", "19%3ameeting_ab", "@thread.v2", "Write to ", "questions? ", "ünï", "2026",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ADDRESS_TOKENS, max_size=30))
def test_body_addresses_are_every_match_of_the_address_pattern(tokens: list[str]) -> None:
    """Addresses are searched from each "@" rather than over the whole text: the same matches."""
    text = "".join(tokens)
    expected = [m.group(0).lower().rstrip(".") for m in contacts._ADDR.finditer(text)]
    assert sorted(a for a, _ in body_addresses(text)) == sorted(expected)
