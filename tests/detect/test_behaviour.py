"""What the detector does, one behaviour per test, on small mails written here."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

import pytest

from followupd.detect import DetectRules, detect, phrases
from followupd.detect.ics import parse_calendar
from followupd.detect.matchers import lower
from followupd.detect.prose import find_slots
from followupd.detect.zones import find_zones
from tests.detect.helpers import eml, fixture

MON_9_MARCH = datetime(2026, 3, 9, 11, 42, tzinfo=timezone(timedelta(hours=-4)))


def _utc(d: datetime | None) -> datetime | None:
    return d.astimezone(UTC) if d else None


# --- calendar parts ---------------------------------------------------------------------------


def test_outlook_windows_zone_name_resolves_to_los_angeles() -> None:
    d = detect(fixture("pos_outlook_pacific_standard_time.eml"))
    assert d.kind == "scheduled"
    assert d.timezone == "America/Los_Angeles"
    assert _utc(d.start) == datetime(2026, 4, 15, 17, 0, tzinfo=UTC)  # 10:00 PDT
    assert any(r == "ics:METHOD=REQUEST" for r in d.reasons)


def test_custom_vtimezone_block_gives_the_right_offset_and_sequence_means_rescheduled() -> None:
    d = detect(fixture("pos_custom_vtimezone.eml"))
    assert d.kind == "rescheduled"
    assert _utc(d.start) == datetime(2026, 3, 26, 19, 0, tzinfo=UTC)
    assert d.ics_sequence == 2


def test_method_cancel_is_cancelled_with_the_cancelled_slot() -> None:
    d = detect(fixture("pos_outlook_cancel_eastern.eml"))
    assert d.kind == "cancelled"
    assert _utc(d.start) == datetime(2026, 5, 5, 18, 0, tzinfo=UTC)
    assert d.ics_uid == "040000008200E003"


def test_all_day_event_takes_its_time_from_the_text() -> None:
    d = detect(fixture("pos_allday_ics_text_time.eml"))
    assert _utc(d.start) == datetime(2026, 5, 20, 13, 30, tzinfo=UTC)


def test_calendar_inside_a_forwarded_rfc822_part_counts_and_contact_is_the_original_reply_to() -> None:
    d = detect(fixture("pos_forwarded_rfc822.eml"))
    assert d.kind == "scheduled" and d.contact == "priya.raman@acme.test"


def test_recurring_or_non_interview_events_are_not_interviews() -> None:
    assert detect(fixture("neg_outlook_planning.eml")).kind == "none"
    assert detect(fixture("neg_team_lunch.eml")).kind == "none"
    assert detect(fixture("neg_bare_ics_meeting.ics")).kind == "none"


def test_bare_ics_file_is_read_without_a_mail_wrapper() -> None:
    d = detect(fixture("pos_bare_ics_interview.ics"))
    assert d.interview and d.contact == "maya.ortiz@meridian.test"


def test_ics_parser_tolerates_folded_lines_quoted_params_and_duration() -> None:
    cal = parse_calendar(
        'BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART;TZID="Europe/Paris":20260310T140000\n'
        'DURATION:PT45M\nSUMMARY:Entre\n tien\nORGANIZER;CN="Roux; Camille":mailto:c@x.fr\nEND:VEVENT\n'
        "END:VCALENDAR\n"
    )
    assert cal is not None
    ev = cal.events[0]
    assert ev.summary == "Entretien" and ev.organizer == "c@x.fr" and ev.timezone == "Europe/Paris"
    assert ev.end is not None and ev.start is not None and ev.end - ev.start == timedelta(minutes=45)


# --- prose ------------------------------------------------------------------------------------


def test_relative_weekday_resolves_against_the_date_header() -> None:
    d = detect(
        eml("Hi Jordan,\n\nGreat, you're confirmed for Thursday at 3pm ET for the interview.\n\nNatalie\n")
    )
    assert d.kind == "scheduled"
    assert _utc(d.start) == datetime(2026, 3, 12, 19, 0, tzinfo=UTC)
    assert d.timezone == "America/New_York"


def test_german_date_with_um_uhr_and_no_zone_uses_the_senders_offset() -> None:
    d = detect(fixture("pos_personio_de.eml"))
    assert _utc(d.start) == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)


def test_german_guten_morgen_is_not_tomorrow() -> None:
    slots = find_slots("Guten Morgen Jordan, wir sehen uns am Donnerstag, 12. März um 15 Uhr.", MON_9_MARCH)
    assert [s.start.day for s in slots] == [12]


def test_a_number_after_a_word_ending_in_alle_is_no_time() -> None:
    # "zur Halle 4" is a building; "alle 4" (Italian "at 4") is a time only as a word of its own
    slots = find_slots("am Donnerstag, Viertel vor drei. Fahr bis zur Halle 4, da parkst du.", MON_9_MARCH)
    assert [(s.start.hour, s.start.minute) for s in slots] == [(14, 45)]


def test_the_user_asked_onto_a_panel_is_no_candidate_but_a_candidate_told_what_to_bring_is() -> None:
    when = "Thursday, March 12 at 2:00 PM ET"
    panel = detect(eml(f"Could you join me on the panel? The candidate is Tom Berthier (CV here). {when}.",
                       subject="Interview panel - Junior Data Analyst"))
    assert not panel.interview
    own = detect(eml(f"Your interview is confirmed for {when}. The candidate is expected to bring photo ID.",
                     subject="Interview confirmed"))
    assert own.interview


def test_a_french_move_said_in_the_present() -> None:
    # "On décale à jeudi ...": the new day, with the old one given up before it
    for verb in ("décale", "déplace", "repousse"):
        body = (f"Bonjour Jordan,\n\nPas possible mardi 10 mars à 10h pour l'entretien. On {verb} à jeudi "
                "12 mars à 10h.\n\nNico")
        d = detect(eml(body, subject="Entretien", date="Mon, 09 Mar 2026 09:00:00 +0100"))
        assert d.kind == "rescheduled" and d.start is not None and d.start.day == 12, verb


def test_german_minutes_said_as_words() -> None:
    # "zwanzig nach zwei" 2:20, "zehn vor drei" 2:50 (read in business hours, as "halb drei" is)
    cases = [("am Donnerstag um zwanzig nach zwei", (14, 20)), ("am Donnerstag um zehn vor drei", (14, 50)),
             ("am Donnerstag, fünf nach neun", (9, 5)), ("am Donnerstag gegen neun", (9, 0)),
             ("Donnerstag früh um acht", (8, 0))]
    for text, clock in cases:
        assert [(s.start.hour, s.start.minute) for s in find_slots(text, MON_9_MARCH)] == [clock], text
    assert find_slots("am Donnerstag verschieben wir um zwei Wochen", MON_9_MARCH) == []  # a length


def test_spanish_a_las_wrapped_after_a_is_still_a_clock_time() -> None:
    slots = find_slots("la puede recibir pasado mañana a\nlas cuatro de la tarde", MON_9_MARCH)
    assert [(s.start.day, s.start.hour) for s in slots] == [(11, 16)]


def test_the_old_time_of_a_move_keeps_its_own_day_not_the_new_one_after_it() -> None:
    # Its date stands on the line above (or in brackets before it); "to Friday" is where it goes
    cases = [
        ("we moved it from Thursday (3/12,\n9:00 AM) to Friday 3/13, 10:30", [(12, 9), (13, 10)]),
        ("we moved it from Thursday (3/12,\n9:00 AM) to March 13, 10:30", [(12, 9), (13, 10)]),
        ("we moved it from Thursday (3/12,\n9:00 AM) to 3/13 at 10:30", [(12, 9), (13, 10)]),
        ("movamos la entrevista del jueves 12 de\nmarzo a las 9:00 a. m. al viernes 13 de marzo a las 14:00",
         [(12, 9), (13, 14)]),
    ]
    for text, days_hours in cases:
        slots = find_slots(text, MON_9_MARCH)
        assert [(s.start.day, s.start.hour) for s in slots][:2] == days_hours, text


def test_french_le_10_mars_a_14h() -> None:
    slots = find_slots("Je vous confirme l'entretien le 10 mars à 14h (heure de Paris).", MON_9_MARCH)
    assert _utc(slots[0].start) == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)


def test_spanish_a_las_with_hora_de_madrid() -> None:
    slots = find_slots("la entrevista el martes 17 de marzo a las 16:00 (hora de Madrid)", MON_9_MARCH)
    assert slots[0].timezone == "Europe/Madrid"
    assert _utc(slots[0].start) == datetime(2026, 3, 17, 15, 0, tzinfo=UTC)


def test_time_range_shares_pm_and_yields_an_end() -> None:
    slots = find_slots("Tuesday, March 3, 2026, 1:00 – 1:45 PM (America/Los_Angeles)", MON_9_MARCH)
    assert slots[0].start.hour == 13 and slots[0].end is not None and slots[0].end.minute == 45


def test_us_numeric_date_and_gmt_offset_with_zone_name() -> None:
    slots = find_slots(
        "Interview Date: 04/14/2026\nInterview Time: 10:00 AM - 11:00 AM (GMT-04:00) Eastern Time",
        MON_9_MARCH,
    )
    assert _utc(slots[0].start) == datetime(2026, 4, 14, 14, 0, tzinfo=UTC)


def test_zone_abbreviations_are_case_sensitive() -> None:
    assert not find_zones("l'entretien est confirmé")
    assert find_zones("3pm EST")[0].name == "America/New_York"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("10:00 a. m. CST (Ciudad de México)", "America/Mexico_City"),
        ("10:00 (CDMX)", "America/Mexico_City"),
        ("a las 10:00, hora de Nueva York", "America/New_York"),
        ("10h, heure de Montréal", "America/Toronto"),
        ("10:00 AM Eastern Time (Montreal)", "America/Toronto"),
        ("9h15 (Genève)", "Europe/Zurich"),
        ("16:00 GMT-3 (Córdoba)", "America/Argentina/Cordoba"),
    ],
)
def test_a_city_named_as_its_mail_writes_it_names_its_zone(text: str, name: str) -> None:
    assert [z.name for z in find_zones(text) if z.named][-1] == name


@pytest.mark.parametrize(
    "text",
    [
        "Como quedamos por teléfono, te paso el link para la entrevista del jueves 3 a las 16.",
        "Valentina Ludueña le está invitando a una reunión de Zoom programada.",
    ],
)
def test_spanish_agreed_and_zoom_invitation_words_confirm(text: str) -> None:
    assert phrases.CONFIRM.search(lower(text)) is not None


def test_reschedule_takes_the_new_time_not_the_previous_one() -> None:
    d = detect(fixture("pos_prose_reschedule_lever.eml"))
    assert d.kind == "rescheduled"
    assert _utc(d.start) == datetime(2026, 3, 20, 20, 0, tzinfo=UTC)


def test_prose_cancellation_is_cancelled() -> None:
    assert detect(fixture("pos_prose_cancel_calendly.eml")).kind == "cancelled"


def test_html_only_body_is_read() -> None:
    d = detect(fixture("pos_html_table_lever.eml"))
    assert d.interview and _utc(d.start) == datetime(2026, 4, 3, 17, 0, tzinfo=UTC)


def test_confirmation_quoted_deep_in_a_reply_chain_counts() -> None:
    d = detect(fixture("pos_deep_quote.eml"))
    assert d.interview and _utc(d.start) == datetime(2026, 3, 17, 17, 0, tzinfo=UTC)


def test_quoted_confirmation_of_a_past_interview_is_only_a_reply() -> None:
    d = detect(fixture("neg_past_interview_quoted.eml"))
    assert d.kind == "reply"


def test_forward_to_self_resolves_weekday_against_the_forwarded_date_and_contacts_the_original_sender() -> (
    None
):
    d = detect(fixture("pos_forwarded_to_self.eml"))
    assert d.contact == "hannah.lee@kestrel.io"
    assert _utc(d.start) == datetime(2026, 3, 5, 22, 0, tzinfo=UTC)


def test_language_names_the_zone_only_when_plain() -> None:
    from followupd.detect.zones import language_zone

    french = ("Merci Jordan ! On se cale vendredi 11h, je t'appelle. "
              "C'est un premier échange avec moi pour une heure.")
    assert getattr(language_zone(french), "key", None) == "Europe/Paris"
    assert language_zone("Thanks Jordan, let's do Friday at 11, I'll call you with Marc.") is None
    assert language_zone("Merci, see you Friday!") is None  # too few words to tell
    # Spanish spans continents: it names no zone
    assert language_zone("Hola Jordan, queda el jueves a las 10h con Elena y conmigo. Un saludo.") is None


def test_copyright_line_is_not_the_senders_city() -> None:
    from followupd.detect.zones import signature_zone

    assert signature_zone("Merci !\n\n© 2027 LinkedIn Ireland Unlimited Company, Dublin 2.") is None
    assert getattr(signature_zone("Merci !\nChloé\nCorail Data, Dublin 2"), "key", None) == "Europe/Dublin"


# --- negatives ----------------------------------------------------------------------------------


def test_pick_a_slot_link_is_not_a_confirmation() -> None:
    d = detect(fixture("neg_teamtailor_pick_slot.eml"))
    assert d.kind == "none" and "neg:pick_slot" in d.reasons


def test_proposal_with_options_is_not_a_confirmation() -> None:
    assert detect(fixture("neg_options_proposal.eml")).kind == "none"


def test_mock_interview_with_calendar_is_not_a_job_interview() -> None:
    d = detect(fixture("neg_mock_interview.eml"))
    assert d.kind == "none" and "neg:mock" in d.reasons


def test_rejection_mentioning_the_interview_time_is_not_an_interview() -> None:
    assert detect(fixture("neg_workable_rejection.eml")).kind == "none"
    assert detect(fixture("neg_personio_absage_de.eml")).kind == "none"


def test_bulk_webinar_with_calendar_is_not_an_interview() -> None:
    d = detect(fixture("neg_fr_webinaire.eml"))
    assert d.kind == "none" and d.bulk


def test_auto_reply_is_flagged_and_never_an_interview() -> None:
    d = detect(fixture("neg_de_ooo.eml"))
    assert d.kind == "none" and d.auto_reply


def test_ats_notice_marked_auto_generated_counts_but_its_sender_is_never_the_contact() -> None:
    # RFC 3834: auto-generated is a program's own notice (how ATSs send invitations), unlike
    # auto-replied; the person to write to is the one the notice names.
    d = detect(fixture("pos_de_ats_auto_generated_move.eml"))
    assert d.kind == "rescheduled" and d.automated and not d.auto_reply
    assert d.contact == "a.berger@kranwerk.de"
    raw = fixture("pos_founder_first_90_days.eml").replace(
        b"Subject:", b"Auto-Submitted: auto-generated\r\nSubject:", 1)
    d = detect(raw)
    assert d.kind == "scheduled" and d.automated and d.contact is None


def test_shared_mailbox_that_says_it_is_unmonitored_is_never_the_contact() -> None:
    d = detect(fixture("pos_bookings_unmonitored_mailbox.eml"))
    assert d.kind == "scheduled" and d.contact is None
    raw = fixture("pos_bookings_unmonitored_mailbox.eml").replace(
        b"This message was sent from an unmonitored", b"Sent from a")
    assert detect(raw).contact is None  # and the local part alone ("...Hiring@") says it too


def test_bounce_is_flagged() -> None:
    d = detect(fixture("neg_bounce.eml"))
    assert d.kind == "none" and d.bounce


def test_human_reply_in_a_thread_is_kind_reply_with_thread_ids() -> None:
    d = detect(fixture("neg_human_reply_thread.eml"))
    assert d.kind == "reply"
    assert d.in_reply_to == "<j7@example.org>" and d.references == ("<j7@example.org>",)
    assert d.message_id == "<n21@fixture.test>" and d.sender == "megan.ford@outpost.co"


# --- contacts -------------------------------------------------------------------------------------


def test_no_reply_sender_without_any_human_gives_no_contact() -> None:
    body = (
        "Your interview has been scheduled!\n\n"
        "When: Tuesday, March 17, 2026, 11:30 AM - 12:30 PM (America/New_York)\n"
    )
    d = detect(
        eml(body, frm="Pinecrest <no-reply@hire.lever.co>", subject="Your interview has been scheduled")
    )
    assert d.interview and d.contact is None


def test_role_addresses_are_never_the_contact() -> None:
    body = (
        "Your interview is confirmed for Tuesday, March 17, 2026 at 11:30 AM ET.\n"
        "Questions? careers@pinecrest.test or jobs@pinecrest.test\n"
    )
    d = detect(eml(body, frm="Pinecrest Talent <talent@pinecrest.test>", subject="Interview confirmed"))
    assert d.interview and d.contact is None


def test_body_address_next_to_recruiter_is_the_contact_for_a_system_sender() -> None:
    d = detect(fixture("pos_icims_central.eml"))
    assert d.contact == "marcus.lee@prairiehealth.org"


def test_linkedin_member_is_not_the_company_the_headline_names_it() -> None:
    d = detect(fixture("pos_fr_linkedin_relay_on_se_cale.eml"))  # "Chloé Marchand via LinkedIn"
    assert d.interview and d.company == "Corail Data"  # "Talent Acquisition @ Corail Data | ..."
    d = detect(fixture("pos_nl_linkedin_zet_ik_m_vast.eml"))  # no headline below the name
    assert d.interview and d.company is None


def test_company_is_never_the_recruiter_an_ats_sends_as() -> None:
    # "Ben Ota <no-reply@...greenhouse...>", Reply-To Ben's own address: the subject names it
    d = detect(fixture("pos_en_itinerary_fourth_floor.eml"))
    assert d.interview and d.company == "Kestrel Bio"
    d = detect(fixture("pos_breezy_locking_in.eml"))  # "Ana Reis (Tidepool)"
    assert d.interview and d.company == "Tidepool"
    d = detect(fixture("pos_karat_interview_engineer_coding.eml"))  # the interviewing service
    assert d.interview and d.company is None


# --- user rules -------------------------------------------------------------------------------


def test_user_ats_domain_makes_a_structured_mail_count_and_is_never_the_contact() -> None:
    body = (
        "Hello,\n\nWhen: Tuesday, March 17, 2026 11:30 AM ET\nWhere: Office\n\nRecruiter: kim.lo@acme.test\n"
    )
    raw = eml(body, frm="Acme Hiring <system@hire.acmeats.test>", subject="Interview - Acme")
    plain = detect(raw)
    ruled = detect(raw, rules=DetectRules(ats_domains=("acmeats.test",)))
    assert ruled.interview and "ats:user:acmeats.test" in ruled.reasons
    assert ruled.contact == "kim.lo@acme.test"
    assert plain.confidence <= ruled.confidence


def test_user_phrase_counts_as_interview_evidence() -> None:
    body = "Hi Jordan, your Kandidatentag is confirmed for Tuesday, March 17, 2026 at 10:00 CET.\n"
    raw = eml(
        body,
        frm="Lea Brandt <lea.brandt@acme.test>",
        subject="Kandidatentag",
        date="Mon, 09 Mar 2026 10:00:00 +0100",
    )
    assert detect(raw).kind == "none"
    d = detect(raw, rules=DetectRules(phrases=("kandidatentag",)))
    assert d.kind == "scheduled" and "rule:phrase:kandidatentag" in d.reasons


def test_ignored_sender_is_never_an_interview() -> None:
    raw = fixture("pos_workable_ics.eml")
    assert detect(raw).interview
    d = detect(raw, rules=DetectRules(ignore_senders=("@candidates.workablemail.com",)))
    assert d.kind == "none" and any(r.startswith("rule:ignore_senders") for r in d.reasons)


def test_a_time_in_the_readers_zone_is_read_in_the_users_zone_when_the_config_names_it() -> None:
    """ "9am your time / 10am ET" from a Bogotá-based recruiter (a -0500 Date): the 9am is the
    user's clock, not Eastern time (the zone beside it belongs to the 10am)."""
    body = (
        "Hey Dana!\n\nConfirmed w/ Bluepeak (the backend role) for Wed 9am your time / 10am ET on Zoom, "
        "45 min w/ Hannah (their Eng Manager).\n\nMateo\nTalent Partner | Andes Remote Talent\n"
    )
    raw = eml(body, frm="Mateo Gallego <mateo@andesremote.io>", subject="Re: Bluepeak - next step",
              date="Tue, 21 Jul 2026 08:02:57 -0500")
    plain = detect(raw)
    assert _utc(plain.start) == datetime(2026, 7, 22, 14, 0, tzinfo=UTC)  # the 10am ET
    assert plain.timezone == "America/New_York"
    ruled = detect(raw, rules=DetectRules(user_timezone="America/Bogota"))
    assert _utc(ruled.start) == datetime(2026, 7, 22, 14, 0, tzinfo=UTC)  # the same instant, in her clock
    assert ruled.timezone == "America/Bogota" and "prose:your-time-in-user-zone" in ruled.reasons
    assert "prose:your-time-in-user-zone" not in plain.reasons
    madrid = detect(raw, rules=DetectRules(user_timezone="Europe/Madrid"))
    # "your time" is the reader's, wherever she is: 9am CEST
    assert _utc(madrid.start) == datetime(2026, 7, 22, 7, 0, tzinfo=UTC)


def test_a_date_offset_the_users_zone_shares_is_read_in_that_zone_across_its_clock_change() -> None:
    """ "mardi prochain, le 3, à 13 h 30" from a -0300 Date on 29 October: with the user's zone
    configured as Atlantic time (-03:00 that day), the 3rd is read after its change to -04:00;
    without it, the Date's fixed offset is all there is."""
    body = (
        "Salut Jordan,\n\nC'est confirmé pour ton entrevue mardi prochain, le 3, à 13 h 30, à notre "
        "bureau.\n\nRéjean\n"
    )
    raw = eml(body, frm="Réjean Cormier <rejean@geo-dieppe.example.ca>",
              subject="Entrevue mardi – confirmation", date="Thu, 29 Oct 2026 10:35:00 -0300")
    assert _utc(detect(raw).start) == datetime(2026, 11, 3, 16, 30, tzinfo=UTC)
    ruled = detect(raw, rules=DetectRules(user_timezone="America/Moncton"))
    assert _utc(ruled.start) == datetime(2026, 11, 3, 17, 30, tzinfo=UTC)
    # a zone with another offset that day says nothing about the writer's clock
    elsewhere = detect(raw, rules=DetectRules(user_timezone="Europe/Paris"))
    assert _utc(elsewhere.start) == datetime(2026, 11, 3, 16, 30, tzinfo=UTC)


# --- robustness -----------------------------------------------------------------------------------


def test_garbage_and_empty_input_give_none() -> None:
    assert detect(b"").kind == "none"
    assert detect(b"\x00\xff" * 100).kind == "none"
    assert detect(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026\n").kind == "none"


def test_base64_body_with_bad_padding_does_not_raise() -> None:
    bad = base64.b64encode(b"Interview confirmed for Tuesday, March 17 at 3pm ET")[:-3]
    raw = eml(bad.decode(), extra={"Content-Transfer-Encoding": "base64"})
    assert detect(raw).kind in ("none", "scheduled")


# --- languages, families and look-alikes written inline ----------------------------------------

DE_DATE = "Mon, 09 Mar 2026 10:00:00 +0100"


def test_raw_utf8_subject_is_read_and_german_reschedule_is_rescheduled() -> None:
    d = detect(
        eml(
            "Hallo Jordan, leider müssen wir unser Gespräch verschieben. Neuer Termin: Donnerstag, "
            "12.03.2026 um 15:00 Uhr. Viele Grüße, Tom",
            subject="Verschiebung Vorstellungsgespräch",
            frm="Tom Kurz <tom.kurz@firma.de>",
            date=DE_DATE,
        )
    )
    assert d.kind == "rescheduled" and d.subject == "Verschiebung Vorstellungsgespräch"
    assert _utc(d.start) == datetime(2026, 3, 12, 14, 0, tzinfo=UTC)


def test_french_cancellation_is_cancelled() -> None:
    d = detect(
        eml(
            "Bonjour Jordan, nous devons malheureusement annuler l'entretien prévu le jeudi 12 mars à 14h.",
            subject="Annulation de votre entretien",
            frm="Claire <claire.dubois@lumiere.fr>",
            date=DE_DATE,
        )
    )
    assert d.kind == "cancelled"


def test_spanish_manana_is_tomorrow_but_por_la_manana_is_the_morning() -> None:
    d = detect(
        eml(
            "Hola Jordan, confirmamos tu entrevista mañana a las 12:30 (hora peninsular). Marta",
            subject="Entrevista",
            frm="Marta Ruiz <marta.ruiz@empresa.es>",
            date=DE_DATE,
        )
    )
    assert _utc(d.start) == datetime(2026, 3, 10, 11, 30, tzinfo=UTC)
    assert not find_slots("el jueves por la mañana a las 10:00", MON_9_MARCH)[0].start.day == 10


def test_apple_mail_forward_uses_the_original_sender() -> None:
    body = (
        "Begin forwarded message:\n\nFrom: Kim Lo <kim.lo@acme.test>\nSubject: Interview confirmed\n"
        "Date: March 9, 2026 at 10:05:00 AM EDT\nTo: Jordan Ellis <jordan.ellis@example.org>\n\n"
        "You're confirmed for Thursday at 2pm ET.\n"
    )
    d = detect(eml(body, subject="Fwd: Interview confirmed", frm="Jordan Ellis <jordan.ellis@example.org>"))
    assert d.contact == "kim.lo@acme.test" and _utc(d.start) == datetime(2026, 3, 12, 18, 0, tzinfo=UTC)


def test_ats_meeting_without_the_word_interview_counts() -> None:
    d = detect(
        eml(
            "Hi Jordan, your meeting with Anna from Fjordwave has been booked for Tuesday, 24 March 2026 "
            "at 10:00 CET.",
            subject="Meeting booked",
            frm="Fjordwave <no-reply@teamtailor-mail.com>",
        )
    )
    assert d.kind == "scheduled" and "ats:teamtailor" in d.reasons


def test_outlook_utc_offset_with_city_list_names_the_zone() -> None:
    slots = find_slots(
        "When: Thursday, March 19, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern", MON_9_MARCH
    )
    assert slots[0].timezone == "Europe/Amsterdam" and slots[0].end is not None


def test_bare_hour_range_before_uhr_or_pm_is_a_range() -> None:
    (slot,) = find_slots("Friday, March 13, 3-4pm PT", MON_9_MARCH)
    assert slot.start.hour == 15 and slot.end is not None and slot.end.hour == 16


def test_look_alikes_stay_none() -> None:
    looks = [
        ("Our live Q&A on interview follow-ups is confirmed for Thursday at 1pm ET. Join us!", "Live Q&A"),
        (
            "Your appointment is confirmed for Thursday at 3pm. Please complete the patient interview form.",
            "Appointment confirmed",
        ),
        (
            "Please complete your HireVue video interview by Thursday, March 12 at 11:59 PM ET.",
            "Video interview",
        ),
        (
            "I'd love to set up an interview with our hiring manager. How does Thursday at 2pm ET look?",
            "Interview with Acme",
        ),
        ("Thank you for your interview today at 2pm. We will be in touch.", "Thank you"),
        ("Hi Kim, could you confirm whether the interview is still on for Thursday at 3pm ET?", "Interview?"),
        (
            "Tentatively holding Thursday at 3pm ET for the interview; I'll confirm once the panel replies.",
            "Interview - tentative",
        ),
        (
            "You're scheduled to interview a candidate (Sam Lee) on Thursday at 3pm ET. Scorecard attached.",
            "Interviewer schedule",
        ),
        ("Does Thursday, March 12 at 3pm ET work for an interview with our CTO?", "Interview"),
        ("If you need to cancel, reply to this email. Our office hours are Thursday 9am-5pm ET.", "Info"),
    ]
    for body, subject in looks:
        d = detect(eml(body, subject=subject, frm="Kim Lo <kim.lo@acme.test>"))
        assert d.kind == "none", (subject, d.reasons)


def test_if_you_need_to_cancel_does_not_make_a_confirmation_a_cancellation() -> None:
    d = detect(
        eml(
            "Your interview is confirmed for Thursday, March 12 at 3pm ET. If you need to cancel or "
            "reschedule, reply to this email.",
            subject="Interview confirmed",
            frm="Kim Lo <kim.lo@acme.test>",
        )
    )
    assert d.kind == "scheduled"


def test_calendar_notification_without_ics_takes_the_time_from_the_subject() -> None:
    subject = (
        "Invitation: Interview Acme - Jordan Ellis @ Thu Mar 12, 2026 3pm - 4pm (EDT) "
        "(jordan.ellis@example.org)"
    )
    d = detect(
        eml("You have been invited to the following event.", subject=subject, frm="Kim Lo <kim.lo@acme.test>")
    )
    assert d.kind == "scheduled" and _utc(d.start) == datetime(2026, 3, 12, 19, 0, tzinfo=UTC)
    assert d.end is not None and _utc(d.end) == datetime(2026, 3, 12, 20, 0, tzinfo=UTC)


def test_utf8_mislabelled_as_latin1_is_still_read() -> None:
    from followupd.detect.mime import decode_bytes

    assert decode_bytes("Vorstellungsgespräch".encode(), "iso-8859-1") == "Vorstellungsgespräch"
    assert decode_bytes("café".encode("latin-1"), "iso-8859-1") == "café"
    assert decode_bytes(b"plain", "no-such-charset") == "plain"


def test_ats_confirmation_with_list_unsubscribe_header_still_counts() -> None:
    body = (
        "Hi Jordan,\n\nWe are happy to confirm your interview.\n\nDate: Thursday, March 12, 2026\n"
        "Time: 2:00 PM - 2:45 PM EDT\n\nUnsubscribe from these emails: https://acme.test/u\n"
    )
    d = detect(
        eml(
            body,
            subject="Interview confirmed - Account Executive",
            frm="Vendr <noreply@smartrecruiters.com>",
            extra={"List-Unsubscribe": "<https://acme.test/u>"},
        )
    )
    assert d.kind == "scheduled" and d.bulk


def test_company_role_and_interviewers_are_read_when_stated() -> None:
    d = detect(fixture("pos_workable_ics.eml"))
    assert (d.company, d.role, d.contact_name) == ("Brightloop", "Growth Marketer", "Sara Cohen")
    body = (
        "Your interview is confirmed.\n\nRole: Data Engineer\n"
        "When: Tuesday, March 17, 2026, 1:00 PM - 1:45 PM (America/Los_Angeles)\n"
        "With: Hannah Kim, Staff Data Engineer\n"
    )
    d = detect(
        eml(
            body,
            subject="Your interview with Northwind Analytics has been scheduled",
            frm="Northwind Analytics <no-reply@hire.lever.co>",
        )
    )
    assert (d.company, d.role, d.interviewers) == ("Northwind Analytics", "Data Engineer", ("Hannah Kim",))


def test_a_role_is_a_title_never_a_sentence_run_into_one() -> None:
    # The thank-you may name the role: "the note - I'd love to talk about ..." would embarrass.
    body = (
        "Tue 3 works for the interview.\n\n> Thanks for the note - I'd love to talk about the data platform "
        "role. Would Tuesday (3/17) at 3 pm ET work?\n"
    )
    d = detect(eml(body, subject="Re: Basinline"))
    assert d.interview and d.role is None
    confirmed = "Your interview for the Senior Data Engineer role is set for Tuesday, March 17 at 3 PM ET."
    d = detect(eml(confirmed, subject="Interview confirmed"))
    assert d.role == "Senior Data Engineer"


def test_a_booking_mailbox_named_for_its_team_is_not_the_company() -> None:
    when = "Date and time: Tuesday, March 17, 2026 10:00 AM - 10:45 AM (UTC-04:00) Eastern Time"
    # Bookings' footer names whom it books for; the mailbox's name is the team's
    d = detect(eml(
        "Thanks for booking with Camelback Health - Engineering Interviews.\n"
        f"Service: Technical Interview\n{when}\n"
        "This email was sent by Microsoft Bookings on behalf of Camelback Health Technologies.",
        subject="Booking confirmed: Technical Interview",
        frm="Camelback Engineering Interviews <CamelbackEngineeringInterviews@camelbackhealth.example>",
    ))
    assert d.interview and d.company == "Camelback Health Technologies"
    # "Entrevues Analytique" is a department's mailbox at Groupe Sélénite, not a company
    d = detect(eml(
        f"Merci d'avoir réservé un créneau avec Groupe Sélénite.\nEntretien technique\n{when}\n",
        subject="Réservation confirmée : Entretien technique",
        frm="Entrevues Analytique <EntrevuesAnalytique@groupeselenite.example>",
    ))
    assert d.interview and d.company != "Entrevues Analytique" and d.company != "Analytique"


def test_an_ats_sending_as_the_recruiter_names_no_person_as_the_company() -> None:
    when = "Tuesday, March 17, 2026 at 11:30 AM ET"
    relay = "ironbridgeinsurance+autoreply@talent.icims.com"
    # She signs after the closing; the footer names whom the ATS sent for
    d = detect(eml(
        f"Your interview is confirmed for {when}.\n\nSincerely,\n\nRosa Hernandez\nTalent Acquisition\n---\n"
        "This email was sent via iCIMS on behalf of Ironbridge Insurance Group.",
        subject="Interview Scheduled: Strategy Analyst", frm=f"Rosa Hernandez <{relay}>",
    ))
    assert d.interview and d.company == "Ironbridge Insurance Group"
    # ... without the footer: no company rather than her name
    d = detect(eml(f"Your interview is confirmed for {when}.\n\nSaludos,\nRosa Hernandez\n",
                   subject="Interview Scheduled", frm=f"Rosa Hernandez <{relay}>"))
    assert d.interview and d.company is None
    # a company signing under its team keeps its name
    team = "\n\nKind regards,\nTalent Acquisition\nDominion Ridge\n"
    d = detect(eml(f"Your interview is confirmed for {when}.{team}",
                   subject="Interview Scheduled", frm=f"Dominion Ridge <{relay}>"))
    assert d.interview and d.company == "Dominion Ridge"
    # a date in brackets is no company; a footer "on behalf of" a person is the host's
    signed = " Greg will focus on sensor fusion.\n\nPriya Raman\nTalent Partner | Lakeshore Autonomy"
    d = detect(eml(f"Your interview is confirmed for {when}.{signed}",
                   subject="Interview with Greg Stanek (Mar 17)", frm="Priya <priya.raman@lakeshore.test>"))
    assert d.interview and d.company not in ("Mar 17", "Greg Stanek")
    d = detect(eml(f"Your interview is confirmed for {when}.\nSent by SavvyCal on behalf of Alyssa Grant",
                   subject="Confirmed: Interview", frm="Alyssa Grant <alyssa@pinecrest.test>"))
    assert d.company != "Alyssa Grant"


def test_a_nickname_or_a_department_after_con_is_not_the_company() -> None:
    when = "el jueves 8 de octubre de 2026 a las 17:00 (hora de Ciudad de México)"
    d = detect(eml(f"Hola Vale, a Memo se le cruzó una junta. Ya lo moví: queda {when}.",
                   subject="Cambio de hora entrevista con Memo", frm="Lupita Tzec <lupita.tzec@sacbe.mx>"))
    assert d.interview and d.company != "Memo"
    d = detect(eml(f"Su reserva está confirmada: {when}.",
                   subject="Reserva confirmada: Entrevista con Talento Humano – Analista de Datos",
                   frm="Arrecife Tours - Reclutamiento <Reclutamiento@arrecifetours.onmicrosoft.com>"))
    assert d.interview and d.company != "Talento Humano"
    # a job title's "en" and a search committee are no company either
    d = detect(eml(f"Su entrevista quedó agendada: {when}.",
                   subject="Entrevista confirmada: Especialista en Torre de Control (remoto)",
                   frm="Andrea Flores via Cumbre Digital <no-reply@teamtailor-mail.com>"))
    assert d.interview and d.company != "Torre"
    d = detect(eml(f"Your booking is confirmed: {when}.", subject="Interview with Search Committee",
                   frm="Optics Staff Search <OpticsStaffSearch@srsu.example.edu>"))
    assert d.interview and d.company != "Search Committee"


def test_a_person_after_with_is_not_the_company() -> None:
    d = detect(fixture("pos_prose_cancel_calendly.eml"))
    assert d.company != "Omar Haddad"


def test_a_name_the_mail_shows_to_be_a_person_is_never_the_company() -> None:
    # The thank-you says "the role at {company}": a person's name there would embarrass.
    when = "Tuesday, March 17, 2026 at 11:30 AM ET"
    cases = [
        # "with Mark" in the body: the subject's "with Mark Feldman" is the interviewer
        ("Interview with Mark Feldman - Data Engineer", f"Your interview with Mark on {when} is confirmed.",
         "Nicole Alvarez <nicole.alvarez@biscayne.test>"),
        # "Host: Omar Haddad" in a booking tool's confirmation
        ("Confirmed: Case interview with Omar Haddad", f"Your interview is confirmed for {when}.\n"
         "Host: Omar Haddad (omar.h@falaj.test)", "Zoom <no-reply@zoom.us>"),
        # the user's own name, spelled by their own address
        ("Interview: Jordan Ellis - Platform Engineer", f"Your interview is confirmed for {when}.",
         "Kelsey Ward <kelsey.ward@wasatch.test>"),
    ]
    for subject, body, frm in cases:
        d = detect(eml(body, subject=subject, frm=frm, to="jordan.ellis@example.org"))  # no name to compare
        assert d.interview, subject
        assert d.company is None, (subject, d.company)
    # "with Pieter" of Reply-To "Pieter de Wit"; "con Andrés (CTO) - Ceiba Pagos" names the company after him
    d = detect(eml(f"Your interview is confirmed for {when}.", subject="Design interview with Pieter de Wit",
                   frm="Calendly <notifications@calendly.com>",
                   extra={"Reply-To": "Pieter de Wit <pieter@grachtlabs.test>"}))
    assert d.interview and d.company is None
    subject = "Entrevista con Andrés (CTO) - Ceiba Pagos"
    d = detect(eml(f"Your interview is confirmed for {when}.", subject=subject))
    assert d.interview and d.company == "Ceiba Pagos"
    # "Joost Verbeek - Brugwater Labs" as an ATS writes it: the part after the dash
    d = detect(eml(f"Your interview is confirmed for {when}.", subject="Interview confirmed",
                   frm="Joost Verbeek - Brugwater Labs <brugwater-labs@candidates.workablemail.com>"))
    assert d.interview and d.company == "Brugwater Labs"
    # ... but a team's mailbox named "Company - Bewerbungen" is the company's, not a person's
    d = detect(eml(f"Your interview is confirmed for {when}.", subject="Interview confirmed",
                   frm="Grazer Verkehrstechnik - Bewerbungen <GVBewerbungen@grazerverkehr.onmicrosoft.com>"))
    assert d.interview and d.company == "Grazer Verkehrstechnik"
    # A company's own words are kept: "Castellana 141" is a street, "The Tidewell Recruiting Team" the name
    d = detect(eml(f"Your interview is confirmed for {when}. Paseo de la Castellana 141.\n"
                   "The Tidewell Recruiting Team", subject="Interview with Tidewell Software",
                   frm="Megan Albright <no-reply@us.greenhouse-mail.io>"))
    assert d.company == "Tidewell Software"
    # "Dana Whitfield via Recruitee" who signs with dana.whitfield@…: the relayed name is hers
    d = detect(eml(f"Your interview is confirmed for {when}.\n\nDana Whitfield\nTalent Partner\n"
                   "dana.whitfield@fjordline.test | +1 646 555 0142", subject="Interview confirmed",
                   frm="Dana Whitfield via Recruitee <no-reply@recruitee.com>"))
    assert d.interview and d.company != "Dana Whitfield"
    # "with Marcus (Lonestar Sensing)" where the body names "Marcus Reyes": the brackets hold the company
    d = detect(eml(f"Confirming your interview with Marcus Reyes (Director of Engineering) on {when}.",
                   subject="Interview confirmed - with Marcus (Lonestar Sensing)",
                   frm="Brianna Holt <brianna.holt@lonestarsensing.test>"))
    assert d.interview and d.company == "Lonestar Sensing"
    # a team's mailbox: "Frankenlogik Bewerbungsgespräche" is Frankenlogik; "Gestión Humana" is no company
    # ... and a relay's Reply-To named for the company is no person: the subject's company holds
    signed = "\n\nDana Whitfield\ndana.whitfield@fjordline.test"
    d = detect(eml(f"Your interview is confirmed for {when}.{signed}",
                   subject="Updated: your interview with Fjordline Analytics (now Tue, Mar 17)",
                   frm="Dana Whitfield via Recruitee <no-reply@recruitee.com>",
                   extra={"Reply-To": "Fjordline Analytics <fjordline+c-1@inbound.recruitee.com>"}))
    assert d.interview and d.company == "Fjordline Analytics"
    teams = (("Frankenlogik Bewerbungsgespräche <bewerbungsgespraeche@frankenlogik.test>", "Frankenlogik"),
             ("Gestión Humana <no-reply@aceros.test>", None))
    for frm, company in teams:
        d = detect(eml(f"Your interview is confirmed for {when}.", subject="Interview confirmed", frm=frm))
        assert d.interview and d.company == company, (frm, d.company)


def test_invitation_to_a_fixed_time_counts_even_after_thanks_for_applying() -> None:
    body = (
        "Thank you for your application to Acme. We are pleased to invite you to an interview on Tuesday, "
        "March 10 at 2pm ET at our office."
    )
    d = detect(eml(body, subject="Your application to Acme", frm="Kim Lo <kim.lo@acme.test>"))
    assert d.kind == "scheduled"
    ask = "We would like to invite you to interview. Are you available Tuesday, March 10 at 2pm ET?"
    assert detect(eml(ask, subject="Your application", frm="Kim Lo <kim.lo@acme.test>")).kind == "none"


def test_rescheduled_subject_prefix_is_rescheduled() -> None:
    d = detect(
        eml(
            "Hi Jordan, your Phone Screen with Kim Lo is now at 3:00pm (Eastern Time - New York) on "
            "Thursday, March 12, 2026.",
            subject="Rescheduled: Phone Screen with Kim Lo",
            frm="Calendly <notifications@calendly.com>",
            extra={"Reply-To": "Kim Lo <kim.lo@acme.test>"},
        )
    )
    assert d.kind == "rescheduled" and d.contact == "kim.lo@acme.test"


def test_an_invitation_to_the_candidate_and_their_interviewers_is_not_internal() -> None:
    """Sender and most recipients share a domain, but the candidate's own address is among them."""
    raw = eml("Hi Jordan, your interview is confirmed for Thursday, March 12, 2026 at 3:00 PM ET with "
              "Priya and me.\n\nAna Ruiz, Recruiter\n",
              to="Jordan Ellis <jordan.ellis@example.org>, Priya Raman <priya.raman@tessellate.ai>")
    d = detect(raw)
    assert d.interview and "neg:internal" not in d.reasons, d.reasons
    internal = raw.replace(b"jordan.ellis@example.org", b"jordan.ellis@tessellate.ai")
    assert "neg:internal" in detect(internal).reasons



def test_a_bare_time_under_a_utc_date_is_read_in_the_users_zone_when_the_config_names_it() -> None:
    """Exchange Online dates its mail +0000; with no zone, city or country domain to go by, the
    account's zone is a better guess for "Friday at 8 a. m." than UTC."""
    body = (
        "Buenas tardes Daniela,\n\nLe movemos la entrevista para el viernes a las 8 a. m., mismo enlace de "
        "Meet.\n\n"
        "Quedamos atentos.\nLaura Gómez\nTalento Humano\n"
    )
    raw = eml(body, frm="Laura Gómez <lgomez@cafetalsoft.com>",
              subject="RE: Entrevista Desarrollador Backend", date="Tue, 20 Oct 2026 20:10:44 +0000")
    plain = detect(raw)
    assert _utc(plain.start) == datetime(2026, 10, 23, 8, 0, tzinfo=UTC)
    ruled = detect(raw, rules=DetectRules(user_timezone="America/Bogota"))
    assert ruled.kind == plain.kind == "rescheduled"
    assert _utc(ruled.start) == datetime(2026, 10, 23, 13, 0, tzinfo=UTC)
    # A named zone still wins over the account's.
    zoned = detect(raw.replace(b"8 a. m.,", b"8 a. m. (hora de Lima),"),
                   rules=DetectRules(user_timezone="America/Bogota"))
    assert zoned.timezone == "America/Lima"


def test_an_interviewer_side_title_that_names_the_user_is_the_users_own_interview() -> None:
    body = (
        "Hi Jordan,\n\nThanks for grabbing a time - here are the details.\n\nMarcus Lee is inviting you to a "
        "scheduled Zoom meeting.\n\nTopic: Tallgrass onsite loop - {name}\n"
        "Time: Sep 23, 2027 03:00 PM Central Time (US and Canada)\n"
    )
    head = {"subject": "Tallgrass - onsite Thursday (Zoom)", "frm": "Marcus Lee <marcus.lee@tallgrass.io>",
            "date": "Mon, 20 Sep 2027 15:10:00 -0500"}
    assert detect(eml(body.format(name="Jordan Ellis"), **head)).kind == "scheduled"  # the user's own loop
    assert detect(eml(body.format(name="Priya Raman"), **head)).kind == "none"  # a candidate the user meets


def test_company_is_a_name_the_mail_writes_as_its_peoples_domain_spells_it() -> None:
    # The thank-you says "the position at {company}": a name the company's own people sign
    # with, never made up from the domain, never an agency's, a person's or a mail provider's.
    when = "Tuesday, March 17, 2026 at 11:30 AM ET"
    confirm = f"I'm confirming our interview on {when} for the controls engineer role."

    def company(body: str, frm: str) -> str | None:
        d = detect(eml(body, subject="Interview", frm=frm))
        assert d.interview, body
        return d.company

    assert company(f"{confirm}\n\nUrs Gerber\nMitgründer, Aareglas GmbH\n",
                   "Urs Gerber <urs@aareglas.ch>") == "Aareglas GmbH"
    assert company(f"{confirm}\n\nAna\nPeople Team, Oberrhein Solarparks\n",
                   "Ana Ruiz <ana@oberrhein-solarparks.test>") == "Oberrhein Solarparks"
    assert company(f"{confirm}\n\nLouise\nL'équipe Watt'Elsass\n",
                   "Louise Garnier <louise@wattelsass.fr>") == "Watt'Elsass"
    # the domain alone names nothing: absent, not "Aareglas"
    assert company(f"{confirm}\n\nUrs\n", "Urs Gerber <urs@aareglas.ch>") is None
    # an agency writing for its client, or signing as a search firm
    assert company(f"{confirm} My client is keen to meet you.\n\nTom\nHarlow Scott\n",
                   "Tom Reed <tom@harlowscott.co.uk>") is None
    assert company(f"{confirm}\n\nTom\nOrchid Search\n", "Tom Reed <tom@orchidsearch.test>") is None
    assert company(f"{confirm}\n\nTom\nKastrup & Vang Rekruttering\n",
                   "Tom Reed <tom@kastrupvang.dk>") is None
    # a founder's own name is the firm's only with its legal form
    assert company(f"{confirm}\n\nUrs Gerber\n", "Urs Gerber <urs@gerber.ch>") is None
    assert company(f"{confirm}\n\nUrs Gerber\nGerber AG\n", "Urs Gerber <urs@gerber.ch>") == "Gerber AG"
    # a mail provider's name in a signature line
    assert company(f"{confirm}\n\nEnviado desde Outlook\n", "Ana Ruiz <ana.ruiz@outlook.com>") is None


def test_a_first_name_after_with_is_a_person_when_the_body_gives_a_surname_or_a_role() -> None:
    # "Interview with Priya - Wed Oct 28" above "You'll meet Priya Raman": the thank-you must not
    # say "the position at Priya"; a company's one-word name stands alone ("Oakhurst Clinical").
    when = "Wednesday, October 28, 2026 at 11:00 AM ET"
    d = detect(eml(f"I'm confirming your interview on {when}. You'll meet Priya Raman, our VP Data.",
                   subject="Interview with Priya - Wed Oct 28", frm="Dana Whitfield <dana@hudsonquay.test>"))
    assert d.interview and d.company != "Priya"
    d = detect(eml(f"Te confirmo la entrevista con Hernán (nuestro CTO) el {when}.",
                   subject="Entrevista con Hernan - Trama", frm="Sol Benítez <sol@tramafintech.test>"))
    assert d.interview and d.company != "Hernan"
    d = detect(eml(f"I'm confirming your interview on {when} at Oakhurst Clinical Research.",
                   subject="Interview with Oakhurst", frm="Tanya Brooks <tanya@oakhurstcr.test>"))
    assert d.interview and d.company == "Oakhurst"
