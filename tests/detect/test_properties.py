"""Property tests: whatever bytes arrive, the detector returns a Detection in bounded time."""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from followupd.detect import Detection, detect, domain_names, prose, thread, zones
from followupd.detect.matchers import fold_marks, word_trie
from followupd.detect.negatives import without_roles, without_wishes
from followupd.detect.prose import find_slots
from tests.detect.helpers import FIXTURES, eml

SEEDS = sorted(p.read_bytes() for p in FIXTURES.iterdir() if p.suffix in (".eml", ".ics"))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(raw: bytes, budget: float = 2.0) -> Detection:
    t0 = time.perf_counter()
    d = detect(raw)
    assert isinstance(d, Detection)
    assert time.perf_counter() - t0 < budget
    assert 0.0 <= d.confidence <= 1.0
    # detect() turns an internal exception into an "error:" reason instead of raising; for
    # these inputs that would be a bug, so it fails here.
    assert not any(r.startswith("error:") for r in d.reasons), d.reasons
    if d.start is not None:
        assert d.start.tzinfo is not None
    return d


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block does not finish in time."""
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@FAST
@given(st.text(alphabet="\x0b\x0c\x1c\x1d\x1e\x85\xa0 \t>", max_size=4),
       st.sampled_from(["From", "Von", "De"]))
def test_thread_split_always_moves_forward(lead: str, key: str) -> None:
    # A quoted header line led by a control character once matched as a header in the main
    # loop but not in the header-block loop: the scan stood still, appending segments until
    # the memory ran out (fuzz mail 7739 of seed 1: 841 bytes, 5.7 GB).
    text = (f"note\n\n{lead}> {key}: Tyler Ross <tyler@canyon.test>\n> Subject: Confirmed\n"
            "> Date: 8 July 2026\n>\n> hi\n")
    with _deadline(2.0):
        segs = thread.split(text, None)
    assert len(segs) <= text.count("\n") + 1


@FAST
@given(st.sampled_from(SEEDS), st.integers(min_value=0, max_value=20_000))
def test_truncated_mime_never_raises(seed: bytes, cut: int) -> None:
    _check(seed[: cut % (len(seed) + 1)])


@FAST
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=0, max_size=8)), min_size=1, max_size=20),
)
def test_mutated_mime_never_raises(seed: bytes, edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(seed)
    for where, what in edits:
        i = where % (len(data) + 1)
        data[i : i + len(what)] = what
    _check(bytes(data))


@FAST
@given(
    st.sampled_from(["utf-8", "x-bogus", "utf-7", "iso-2022-jp", "", "utf-16", '"; drop', "latin1"]),
    st.binary(max_size=400),
)
def test_bad_charsets_and_bytes_never_raise(charset: str, body: bytes) -> None:
    head = (
        f"From: a@b.test\r\nSubject: Interview\r\nDate: Mon, 09 Mar 2026 10:00:00 +0000\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n\r\n'
    ).encode()
    _check(head + body)


@FAST
@given(
    st.text(
        alphabet=st.sampled_from(list('BEGIN:VCALENDAREVTSRTZID;="\n \t0123456789TZ:-/\\,')), max_size=600
    )
)
def test_broken_ics_never_raises(text: str) -> None:
    _check(("BEGIN:VCALENDAR\n" + text).encode())
    _check(eml("Interview", extra={"Content-Type": "text/calendar; method=REQUEST"}) + text.encode())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_prose_on_any_text_never_raises(text: str) -> None:
    from datetime import UTC, datetime

    find_slots(text, datetime(2026, 3, 9, tzinfo=UTC))


def test_ten_megabyte_body_stays_fast() -> None:
    body = ("Interview confirmed 10:00 " * 20 + "\n") * 20_000  # ~10 MB of near-miss text
    raw = eml(body)
    assert len(raw) > 10_000_000
    _check(raw, budget=5.0)


def test_pathological_repetitions_do_not_backtrack() -> None:
    for chunk in (
        "1:1:1:1:",
        "12.12.12.",
        "> " * 50 + "On ",
        "<" * 1000,
        "Mon " * 500,
        "a@" * 2000,
        "-" * 5000,
        "\n" * 20_000,
        "1" * 50_000,
        "GMT+" * 2000,
        "Time - " * 2000,
    ):
        _check(eml(chunk * 20), budget=2.0)
    # Five thousand times after a date: each a slot, once scored against all the others.
    for chunk in ("3pm ", "14:00 "):
        _check(eml("Confirmed, your interview: Thursday 12 March 2026 " + chunk * 5_000), budget=2.0)


def test_a_huge_quoted_subject_without_spaces_stays_fast() -> None:
    # A forwarded header block's "Betreff:" run on for 100 kB (a fuzzed mail took 30 s): every
    # pattern that reads a quoted subject must stay linear in it.
    for filler in ("\N{REPLACEMENT CHARACTER}", "a", "=", "@"):
        body = (
            "Hi Jordan,\n\nich hab unseren Call am Do auf 16:00 geschoben.\n\nlg Stefan\n\n"
            "________________________________\nVon: Stefan Moser <stefan.moser@innkraft.at>\n"
            "Gesendet: Dienstag, 24. November 2026 10:00\nAn: Jordan Ellis <jordan.ellis@example.org>\n"
            "Betreff: Kennenlernen " + filler * 100_000 + "\n\nHallo Jordan, passt Donnerstag um 10?\n"
        )
        _check(eml(body, subject="AW: Kennenlernen Innkraft"), budget=2.0)


def test_deep_multipart_nesting_does_not_raise() -> None:
    depth = 400
    head = "From: a@b.test\r\nSubject: Interview\r\nMIME-Version: 1.0\r\n"
    body = ""
    for i in range(depth):
        body += f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
    body += "Content-Type: text/plain\r\n\r\nInterview confirmed Tuesday 3pm ET\r\n"
    for i in reversed(range(depth)):
        body += f"--b{i}--\r\n"
    _check((head + body).encode(), budget=5.0)


def test_deep_message_rfc822_nesting_does_not_raise() -> None:
    inner = b"From: x@y.test\r\nSubject: hi\r\n\r\nhello\r\n"
    for _ in range(60):
        inner = b"From: x@y.test\r\nContent-Type: message/rfc822\r\n\r\n" + inner
    _check(inner)


def test_a_megabyte_of_encoded_words_in_a_header_is_read_only_as_far_as_a_header_goes() -> None:
    """The stdlib's RFC 2047 decoder is quadratic: a 1 MB subject of encoded words took 14 s."""
    from followupd.detect.mime import MAX_HEADER, decode_header

    text = decode_header("=?utf-8?q?ab?= " * 100_000)
    assert 0 < len(text) <= MAX_HEADER


_MONTH_WORDS = sorted(prose.MONTHS) + ["mayday", "marzo8", "septembers", "wednesday", "on", "the"]
_MONTH_NAMES = "|".join(sorted(map(re.escape, prose.MONTHS), key=len, reverse=True))
_ALTERNATION = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_NAMES})\.?\s{{0,3}}"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s{0,3}(?P<year>20\d\d))?"
)
_DATE_TOKENS = st.one_of(
    st.sampled_from(_MONTH_WORDS),
    st.sampled_from([" ", ". ", ",", "  ", "\n", "-", "x"]),
    st.integers(0, 40).map(str),
    st.sampled_from(["2026", "th", "st", ":"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_TOKENS, max_size=14))
def test_month_first_dates_are_the_month_names_alternation(tokens: list[str]) -> None:
    """The month-first date pattern, its month names written as a trie: the same matches as the
    flat alternation of every month name, longest first."""
    text = "".join(tokens)
    ours = [(m.span(), m.groupdict()) for m in prose._D_MONTH_FIRST.finditer(text)]
    assert ours == [(m.span(), m.groupdict()) for m in _ALTERNATION.finditer(text)]


_TRIE_CONTEXTS = [r"(?<![\w])(?:{})(?![\w])", r"(?:{})\.?\s?\d", r"(?:{})", r"(?:{})(?:ab|b)?c"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet="abc.", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="abc. 1", max_size=40),
    st.sampled_from(_TRIE_CONTEXTS),
)
def test_a_word_trie_matches_what_the_longest_first_alternation_matches(
    words: list[str], text: str, context: str
) -> None:
    flat = "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))
    plain, trie = re.compile(context.format(flat)), re.compile(context.format(word_trie(words)))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


_DATE_HEADERS = st.builds(
    lambda wd, d, mon, y, hh, mm, ss, sign, oh, om, comment: (
        f"{wd}{d} {mon} {y} {hh:02d}:{mm:02d}{ss} {sign}{oh:02d}{om:02d}{comment}"
    ),
    st.sampled_from(["", "Tue, ", "Wed,", "Xyz, "]),
    st.integers(0, 40),
    st.sampled_from(["Jan", "Feb", "Mar", "Jun", "Sep", "Dec", "Foo"]),
    st.sampled_from([1999, 2026, 2099, 99]),
    st.integers(0, 25),
    st.integers(0, 61),
    st.sampled_from(["", ":00", ":59", ":60"]),
    st.sampled_from(["+", "-"]),
    st.integers(0, 26),
    st.sampled_from([0, 30, 45, 90]),
    st.sampled_from(["", " (CET)", "  ", " (UTC)x"]),
)


@settings(max_examples=500, deadline=None)
@given(_DATE_HEADERS)
def test_the_date_headers_fast_path_reads_as_the_stdlib(value: str) -> None:
    import email.utils

    from followupd.detect.mime import parse_date

    try:
        expected = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        expected = None
    if expected is not None and expected.tzinfo is None:
        expected = None
    got = parse_date(value)
    assert got == expected and (got is None or got.utcoffset() == expected.utcoffset()), value


_DATE_PIECES = st.sampled_from(["1", "2", "0", "20", "2026", "12", ".", "/", "-", " ", "st", "th", "the "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=16))
def test_a_date_pattern_is_searched_only_where_its_gate_matches(tokens: list[str]) -> None:
    """Each digit-led gate matches every text its date pattern matches (so skipping is exact)."""
    text = "".join(tokens)
    for gate, rx in ((prose._HAS_ISO, prose._D_ISO), (prose._HAS_NUM, prose._D_NUM),
                     (prose._HAS_DE_SHORT, prose._D_DE_SHORT), (prose._HAS_ORDINAL, prose._D_ORDINAL)):
        if rx.search(text):
            assert gate.search(text), (rx.pattern, text)


_ZONE_PIECES = st.sampled_from([
    "3pm pt", "3 pm ET", "am et", "4am cet", "GMT+2", "(GMT-04:00) Eastern", "UTC\u22125", "UTC",
    "America/New_York", "Europe/Paris/x", "xAmerica/Chicago", "_UTC+1", "3GMT+1", "\u00e9PST", "PSTs",
    "NZDT", "CEST", " MESZ ", "Time - Berlin", "heure-Paris", "hora - Madrid", "(London)", " ", "\n",
    "a", "9", "x", "_", "-", "+", "ABCDEF", "8:30am pacific", "10 a.m. london", "3 p.m wien",
    "pm central european", " Calgary time", "Mexico City Time", "Eastern Standard Time", " time",
    "3 mountain", "xwien", "p.m. ",
])
# The patterns the zone scans replaced, each opening with its boundary, run as plain finditer.
_PLAIN_ABBR = re.compile(
    r"(?<![A-Za-z])(" + "|".join(sorted(zones.ABBREVIATIONS, key=len, reverse=True)) + r")(?![A-Za-z])"
)
_PLAIN_LOWER_ABBR = re.compile(
    r"(?:(?<=\d[ap]m )|(?<=\d [ap]m ))"
    r"(pt|pst|pdt|et|est|edt|ct|cst|cdt|mt|mst|mdt|gmt|bst|cet|cest|ist|aest|aedt)(?![A-Za-z])"
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ZONE_PIECES, max_size=12), st.integers(0, 12), st.integers(0, 4))
def test_the_zone_scans_find_what_their_plain_patterns_find(pieces: list[str], a: int, b: int) -> None:
    """Boundaries checked outside the engine (so that it can skip ahead by a pattern's first
    literal) give the spans the patterns with the boundary inside them give."""
    text = "".join(pieces)
    start = min(a, len(text))
    stop = max(start, len(text) - b)
    for rx in (zones._IANA_RE, zones._CITY_RE, zones._OFFSET_RE):
        plain = re.compile(r"\b" + rx.pattern)
        assert [m.span() for m in zones._at_word_start(rx, text, start, stop)] == [
            m.span() for m in plain.finditer(text, start, stop)
        ], (rx.pattern, text, start, stop)
    assert [m.span() for m in zones._city_times(text, start, stop)] == [
        m.span() for m in zones._CITY_TIME_RE.finditer(text, start, stop)
    ], (text, start, stop)
    low = text.lower()
    plain = sorted(
        (m.start(1), m.end(1))
        for rx in (zones._REGION_AFTER_CLOCK, zones._CITY_AFTER_CLOCK)
        for m in rx.finditer(low, start, stop)
    )
    assert sorted((h.start, h.end) for h in zones._weak_hits(low, start, stop)) == plain, (text, start, stop)
    spans = {(h.start, h.end) for h in zones.find_zones(text, start, stop)}
    for rx in (_PLAIN_ABBR, _PLAIN_LOWER_ABBR):
        for m in rx.finditer(text, start, stop):
            if m.group(1).upper() not in ("GMT", "UTC"):  # GMT before an offset gives way to it
                assert m.span(1) in spans, (rx.pattern, text, start, stop)


_SHORT_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "fri": 4, "sat": 5,
               "sun": 6, "am mo": 0, "am di": 1, "am mi": 2, "am do": 3, "am fr": 4, "am sa": 5, "am so": 6}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_SHORT_DAYS)), st.sampled_from(["", ".", ","]), st.integers(1, 11),
       st.sampled_from([":00", ":15", ":30", ".45", ".15"]), st.sampled_from(["pm", " pm", " p.m."]),
       st.integers(0, 400))
def test_a_shortened_weekday_before_a_time_names_the_next_such_day(
    day: str, mark: str, hour: int, minute: str, ap: str, days: int
) -> None:
    from datetime import datetime, timedelta

    ref = datetime(2026, 1, 5, 9, 0, tzinfo=UTC) + timedelta(days=days)
    text = f"Confirmed: {day.capitalize()}{mark} {hour}{minute}{ap} with the team."
    slots = find_slots(text, ref)
    assert slots, text
    start = slots[0].start
    assert start.weekday() == _SHORT_DAYS[day], text
    assert ref.date() < start.date() <= ref.date() + timedelta(days=7), text
    assert (start.hour, start.minute) == (hour + 12, int(minute[1:])), text


_ES_HOURS = ["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
             "doce"]
_ES_FRACTIONS = {"": 0, " y cuarto": 15, " y media": 30}
_ES_WHEN = [(h, "de la mañana", h) for h in range(7, 12)] + [(h, "de la tarde", h + 12) for h in range(1, 9)]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_ES_WHEN), st.sampled_from(sorted(_ES_FRACTIONS)))
def test_spanish_clock_times_in_words_read_as_the_hour_they_name(
    when: tuple[int, str, int], fraction: str
) -> None:
    from datetime import datetime

    hour, part, expected = when
    ref = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    article = "a la" if hour == 1 else "a las"
    text = f"Quedamos el jueves 10 de diciembre {article} {_ES_HOURS[hour - 1]}{fraction} {part}."
    got = [(s.start.day, s.start.hour, s.start.minute) for s in find_slots(text, ref)]
    assert got == [(10, expected, _ES_FRACTIONS[fraction])], text


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["", "午前", "午後"]), st.integers(0, 23), st.sampled_from(["", "半", "15分", "05分"]),
       st.sampled_from(["", "から", "〜", "（約1時間）"]))
def test_japanese_clock_times_read_as_the_hour_they_name(
    part: str, hour: int, minutes: str, after: str
) -> None:
    from datetime import datetime

    assume(not part or 1 <= hour <= 12)
    assume(part or hour >= 7)  # a bare 1時-6時 is read as the afternoon, as a bare "at 3" is
    ref = datetime(2027, 4, 12, 1, 0, tzinfo=UTC)
    text = f"面接の日時：4月20日（火）{part}{hour}時{minutes}{after}\n"
    expected = hour + 12 if part == "午後" and hour < 12 else 0 if part == "午前" and hour == 12 else hour
    minute = 30 if minutes == "半" else int(minutes[:2] or 0)
    got = [(s.start.day, s.start.hour, s.start.minute) for s in find_slots(text, ref)]
    assert got[:1] == [(20, expected, minute)], text


_LINES = ["so i have to cancel your final round on wednesday", "have to cancel", "date:", "time: 10am", "",
          "x" * 49, "y" * 50, "ok:", "- item", "3pm works", "z" * 60 + ":"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=12))
def test_wrapped_lines_are_joined_exactly_after_a_full_line_and_before_words(lines: list[str]) -> None:
    from followupd.detect.classify import _unwrap

    text = "\n".join(lines)
    expected = [
        " " if len(before) >= 50 and not before.endswith(":") and after[:1].isalpha()
        and not re.match(r"[\w .'’-]{1,24}:", after) else "\n"
        for before, after in zip(lines, lines[1:], strict=False)
    ]
    joined = _unwrap(text)
    assert len(joined) == len(text)  # every position still indexes the original
    assert [c for a, c in zip(text, joined, strict=True) if a == "\n"] == expected


_NAME_WORDS = st.sampled_from([
    "Limmat", "solar", "Sol", "GmbH", "AG", "S.A.S.", "Kōwhai", "Ha'penny", "Watt", "Elsass", "the", "client",
    "Search", "Fàbrica", "Orbital", "-", " ", "\n", ", ",
])
_DOMAINS = st.sampled_from(
    ["limmatsolar.ch", "fabricaorbital.es", "kowhai.nz", "hapenny.ie", "wattelsass.fr", "x.y"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_WORDS, max_size=30), _DOMAINS)
def test_a_company_named_by_its_domain_is_a_piece_of_the_text(words: list[str], domain: str) -> None:
    # The thank-you names it: whatever the text, the name is words the mail itself wrote that
    # fold to the domain's name, never invented.
    text = " ".join(words)
    name = domain_names.company_named(text, [f"anna@{domain}"], set())
    if name is not None:
        assert name in text
        head = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
        assert re.sub(r"[^a-z0-9]", "", fold_marks(name).lower()).startswith(head)


_ROLE_PIECES = st.sampled_from([
    "for the ", "podcast producer ", "position", " on tuesday", "position: ", "workshop supervisor", "\n",
    "puesto de ", "jefe de taller", " el martes", "the volunteer ", "role", ". ", "interview ", "x",
])


_WISH_PIECES = st.sampled_from([
    "good luck with the interview", "je croise les doigts pour ton entretien", " at 2pm", " 14h", ". ", "\n",
    "wie laufen deine Vorstellungsgespräche", "¿cómo te fue en la entrevista?", "Samstag ab 19 Uhr", "suerte",
    "how did your interview go", "x",
])


@given(st.one_of(
    st.tuples(st.just(without_roles), st.lists(_ROLE_PIECES, max_size=14)),
    st.tuples(st.just(without_wishes), st.lists(_WISH_PIECES, max_size=14)),
))
def test_blanking_job_names_and_wishes_keeps_every_other_character_in_place(
    case: tuple[Callable[[str], str], list[str]],
) -> None:
    blank, pieces = case
    text = "".join(pieces)
    blind = blank(text)
    assert len(blind) == len(text)
    assert all(b == t or b == " " for b, t in zip(blind, text, strict=True))


def test_a_job_name_is_blanked_wherever_the_mail_repeats_it_and_a_lone_short_word_is_not() -> None:
    text = "interview - podcast producer\nyour interview for the podcast producer position on tuesday"
    assert "podcast" not in without_roles(text)
    assert "volunteer" in without_roles("thanks for applying for the volunteer position")
    assert "interviewer" in without_roles("as the quality interviewer for jordan's role")


def test_a_wish_is_blanked_unless_its_sentence_names_a_time() -> None:
    assert "entretien" not in without_wishes("Coucou ! Je croise les doigts pour ton entretien, bises.")
    said = "Erzähl mal, wie deine Vorstellungsgespräche laufen."
    assert "Vorstellungsgespräche" not in without_wishes(said)
    # a recruiter's reminder still names the meeting it wishes well
    assert "interview" in without_wishes("Good luck with your interview tomorrow at 2pm!")
