"""Time-zone words in mail text -> IANA zones.

Abbreviations are matched case-sensitively ("EST", never the French "est"); names and phrases
case-insensitively. Offsets such as "(GMT-04:00)" give a fixed zone, but a name next to them
("(GMT-04:00) Eastern Time") wins: a name follows daylight saving time, an offset does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from followupd.detect.matchers import fold_marks, lower, word_trie

NY, CHI, DEN, LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
LON, BER, PAR, MAD = "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid"
WAW, JNB, HEL = "Europe/Warsaw", "Africa/Johannesburg", "Europe/Helsinki"

# Upper-case abbreviations, matched as whole words with their exact case.
ABBREVIATIONS: dict[str, str] = {
    "ET": NY,
    "EST": NY,
    "EDT": NY,
    "CT": CHI,
    "CST": CHI,
    "CDT": CHI,
    "MT": DEN,
    "MST": "America/Phoenix",  # Denver says MDT in summer; MST then means Arizona (the same -7 in winter)
    "MDT": DEN,
    "PT": LA,
    "PST": LA,
    "PDT": LA,
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    # Halifax says ADT in summer; AST then is Puerto Rico's (the same -4 in winter)
    "AST": "America/Puerto_Rico",
    "ADT": "America/Halifax",
    "NST": "America/St_Johns",
    "NDT": "America/St_Johns",
    "GMT": "UTC",
    "UTC": "UTC",
    "BST": LON,
    "IST": "Asia/Kolkata",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": BER,
    "CEST": BER,
    "MEZ": BER,
    "MESZ": BER,
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "MSK": "Europe/Moscow",
    "TRT": "Europe/Istanbul",
    "GST": "Asia/Dubai",
    "PKT": "Asia/Karachi",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AWST": "Australia/Perth",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "SAST": "Africa/Johannesburg",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "WAT": "Africa/Lagos",
    "PHT": "Asia/Manila",
}

# Lower-case phrases (matched case-insensitively, longest first).
NAMES: dict[str, str] = {
    "eastern time": NY,
    "eastern standard time": NY,
    "eastern daylight time": NY,
    "eastern": NY,
    "(central)": CHI,
    "(mountain)": DEN,
    "(pacific)": LA,
    "new york time": NY,
    "central time": CHI,
    "central standard time": CHI,
    "central daylight time": CHI,
    "mountain time": DEN,
    "mountain standard time": DEN,
    "pacific time": LA,
    "pacific standard time": LA,
    "pacific daylight time": LA,
    "los angeles time": LA,
    "california time": LA,
    "arizona time": "America/Phoenix",
    # Calendly's country labels: "11:00am - 11:30am (Argentina Time)"
    "argentina time": "America/Argentina/Buenos_Aires",
    "chile time": "America/Santiago",
    "colombia time": "America/Bogota",
    "peru time": "America/Lima",
    "uruguay time": "America/Montevideo",
    "paraguay time": "America/Asuncion",
    "bolivia time": "America/La_Paz",
    "ecuador time": "America/Guayaquil",
    "venezuela time": "America/Caracas",
    # Canadian provinces' own clocks ("9:00 a.m. Saskatchewan time (CST)": Saskatchewan keeps
    # Central Standard Time all year, so its "CST" in October is not Chicago's)
    "saskatchewan time": "America/Regina",
    "sask time": "America/Regina",
    "alberta time": "America/Edmonton",
    "manitoba time": "America/Winnipeg",
    "newfoundland time": "America/St_Johns",
    "ontario time": "America/Toronto",
    "horário de brasília": "America/Sao_Paulo",
    "hora de brasília": "America/Sao_Paulo",
    "brasília time": "America/Sao_Paulo",
    "horário de lisboa": "Europe/Lisbon",
    "hora de lisboa": "Europe/Lisbon",
    "hora de portugal": "Europe/Lisbon",
    "horário de portugal": "Europe/Lisbon",
    "hora portuguesa": "Europe/Lisbon",
    "hora de brasil": "America/Sao_Paulo",
    "horario de brasil": "America/Sao_Paulo",
    "horário do brasil": "America/Sao_Paulo",
    "hora de são paulo": "America/Sao_Paulo",
    "hora de sao paulo": "America/Sao_Paulo",
    "hora de san pablo": "America/Sao_Paulo",
    "hora de montevideo": "America/Montevideo",
    "hora de uruguay": "America/Montevideo",
    "hora de santiago": "America/Santiago",
    "ora italiana": "Europe/Rome",
    "ora di roma": "Europe/Rome",
    "nederlandse tijd": "Europe/Amsterdam",
    "svensk tid": "Europe/Stockholm",
    "dansk tid": "Europe/Copenhagen",
    "norsk tid": "Europe/Oslo",
    "suomen aikaa": "Europe/Helsinki",
    "polskiego czasu": "Europe/Warsaw",
    "czasu polskiego": "Europe/Warsaw",
    "alaska time": "America/Anchorage",
    "hawaii time": "Pacific/Honolulu",
    "atlantic time": "America/Halifax",
    "atlantic standard time": "America/Puerto_Rico",
    "hora del atlántico": "America/Puerto_Rico",
    "hora del atlantico": "America/Puerto_Rico",
    "hora de puerto rico": "America/Puerto_Rico",
    "hora de el salvador": "America/El_Salvador",
    "hora de guatemala": "America/Guatemala",
    "hora de costa rica": "America/Costa_Rica",
    "hora de honduras": "America/Tegucigalpa",
    "hora de nicaragua": "America/Managua",
    # ... and the rest of Spanish-speaking South America and the Caribbean
    "hora de bolivia": "America/La_Paz", "hora de la paz": "America/La_Paz",
    "hora boliviana": "America/La_Paz", "hora de ecuador": "America/Guayaquil",
    "hora de quito": "America/Guayaquil", "hora de guayaquil": "America/Guayaquil",
    "hora ecuatoriana": "America/Guayaquil", "hora de paraguay": "America/Asuncion",
    "hora de asunción": "America/Asuncion", "hora de venezuela": "America/Caracas",
    "hora de caracas": "America/Caracas", "hora de panamá": "America/Panama",
    "hora de panama": "America/Panama",
    "hora de república dominicana": "America/Santo_Domingo", "hora de santo domingo": "America/Santo_Domingo",
    "united kingdom time": LON,
    "uk time": LON,
    "london time": LON,
    "british time": LON,
    "british summer time": LON,
    "greenwich mean time": LON,
    "irish time": "Europe/Dublin",
    # a country's adjective: "13.00 Finnish time"
    "finnish time": HEL, "swedish time": "Europe/Stockholm", "norwegian time": "Europe/Oslo",
    "danish time": "Europe/Copenhagen", "dutch time": "Europe/Amsterdam", "belgian time": "Europe/Brussels",
    "polish time": "Europe/Warsaw", "czech time": "Europe/Prague", "austrian time": "Europe/Vienna",
    "swiss time": "Europe/Zurich", "french time": PAR, "spanish time": MAD, "italian time": "Europe/Rome",
    "portuguese time": "Europe/Lisbon", "greek time": "Europe/Athens", "japanese time": "Asia/Tokyo",
    "korean time": "Asia/Seoul",
    "irish standard time": "Europe/Dublin",
    "dublin time": "Europe/Dublin",
    "central european time": BER,
    "central european summer time": BER,
    "central european standard time": BER,
    "berlin time": BER,
    "german time": BER,
    "mitteleuropäische zeit": BER,
    "mitteleuropäischer zeit": BER,
    "mitteleuropäische sommerzeit": BER,
    "deutscher zeit": BER,
    "deutsche zeit": BER,
    "berliner zeit": BER,
    "wiener zeit": "Europe/Vienna",
    "schweizer zeit": "Europe/Zurich",
    "zurich time": "Europe/Zurich",
    "amsterdam time": "Europe/Amsterdam",
    "heure de paris": PAR,
    "heure française": PAR,
    "heure francaise": PAR,
    "heure de france": PAR,
    "heure d'europe centrale": PAR,
    "heure d’europe centrale": PAR,
    # Calendly's and Google's names for the two halves of the year
    "heure normale d'europe centrale": PAR,
    "heure normale d’europe centrale": PAR,
    "heure d'été d'europe centrale": PAR,
    "heure d’été d’europe centrale": PAR,
    "mitteleuropäische normalzeit": BER,
    "hora estándar de europa central": MAD,
    "hora de verano de europa central": MAD,
    "ora standard dell'europa centrale": "Europe/Rome",
    "ora legale dell'europa centrale": "Europe/Rome",
    "heure de bruxelles": "Europe/Brussels",
    "heure de genève": "Europe/Zurich",
    "heure de montréal": "America/Toronto",
    "heure de l'est": "America/Toronto",
    "paris time": PAR,
    "hora de madrid": MAD,
    "hora peninsular": MAD,
    "hora de españa": MAD,
    "hora española": MAD,
    "hora de europa central": MAD,
    "madrid time": MAD,
    "hora de barcelona": MAD,
    "hora de méxico": "America/Mexico_City",
    "hora cdmx": "America/Mexico_City",
    "hora de la cdmx": "America/Mexico_City",
    "hora de cdmx": "America/Mexico_City",
    "hora del centro": "America/Mexico_City",
    "hora de colombia": "America/Bogota",
    "hora de bogotá": "America/Bogota",
    "hora de argentina": "America/Argentina/Buenos_Aires",
    "hora de buenos aires": "America/Argentina/Buenos_Aires",
    "hora de chile": "America/Santiago",
    "hrs de chile": "America/Santiago",
    "horas de chile": "America/Santiago",
    "hora chilena": "America/Santiago",
    "hrs de colombia": "America/Bogota",
    "horas de colombia": "America/Bogota",
    "hora colombiana": "America/Bogota",
    "hora de lima": "America/Lima",
    "hora de perú": "America/Lima",
    "hora de peru": "America/Lima",
    "hora peruana": "America/Lima",
    "hora del pacífico": LA,
    "hora del pacifico": LA,
    "hora del este": NY,
    "hora de canarias": "Atlantic/Canary",
    "hora canaria": "Atlantic/Canary",
    "horario canario": "Atlantic/Canary",
    "hora bogotá": "America/Bogota",
    "hora colombia": "America/Bogota",
    "hora méxico": "America/Mexico_City",
    "hora ciudad de méxico": "America/Mexico_City",
    "hora argentina": "America/Argentina/Buenos_Aires",
    "hora chile": "America/Santiago",
    "hora lima": "America/Lima",
    "india standard time": "Asia/Kolkata",
    "indian standard time": "Asia/Kolkata",
    "india time": "Asia/Kolkata",
    "singapore time": "Asia/Singapore",
    "japan standard time": "Asia/Tokyo",
    "australian eastern time": "Australia/Sydney",
    "south africa standard time": "Africa/Johannesburg",
    "south african standard time": "Africa/Johannesburg",
    "south african time": "Africa/Johannesburg",
    "sa time": "Africa/Johannesburg",
    "east africa time": "Africa/Nairobi",
    "eastern africa time": "Africa/Nairobi",
    "west africa time": "Africa/Lagos",
    "central africa time": "Africa/Maputo",
    # Before "eastern daylight time" matches inside them (Google Calendar writes these out).
    "australian eastern daylight time": "Australia/Sydney",
    "australian eastern standard time": "Australia/Sydney",
    "australian central daylight time": "Australia/Adelaide",
    "australian central standard time": "Australia/Adelaide",
    "australian western standard time": "Australia/Perth",
    "new zealand daylight time": "Pacific/Auckland",
    "new zealand standard time": "Pacific/Auckland",
    "sydney time": "Australia/Sydney",
    "nz time": "Pacific/Auckland",
    "new zealand time": "Pacific/Auckland",
    "auckland time": "Pacific/Auckland",
    "eastern european time": "Europe/Helsinki",
    "western european time": "Europe/Lisbon",
    "coordinated universal time": "UTC",
    # The Gulf: Dubai and Muscat at +4, Riyadh, Doha, Kuwait and Bahrain at +3, none with DST.
    # Outlook's "Arabian Standard Time" is +4, its "Arab Standard Time" +3.
    "gulf standard time": "Asia/Dubai",
    "gulf time": "Asia/Dubai",
    "arabian standard time": "Asia/Dubai",
    "uae time": "Asia/Dubai",
    "dubai time": "Asia/Dubai",
    "abu dhabi time": "Asia/Dubai",
    "oman time": "Asia/Muscat",
    "muscat time": "Asia/Muscat",
    "arab standard time": "Asia/Riyadh",
    "arabia standard time": "Asia/Riyadh",
    "ksa time": "Asia/Riyadh",
    "saudi time": "Asia/Riyadh",
    "riyadh time": "Asia/Riyadh",
    "doha time": "Asia/Qatar",
    "qatar time": "Asia/Qatar",
    "kuwait time": "Asia/Kuwait",
    "bahrain time": "Asia/Bahrain",
}

# A run of capitals read as a whole and looked up: the same matches as an alternation of the
# abbreviations between letter boundaries, at a fraction of its scan time.
_CAPS_RE = re.compile(r"[A-Z]{2,5}(?![A-Za-z])")
# Texting style, "tmrw 3pm pt / 5 central": a lower-case abbreviation counts right after an
# am/pm (where "et" cannot be the French "and" nor "est" its "is").
_LOWER_ABBR_RE = re.compile(  # the digit before "pm" is checked on the few candidates
    r"[ap]m (pt|pst|pdt|et|est|edt|ct|cst|cdt|mt|mst|mdt|gmt|bst|cet|cest|ist|aest|aedt)(?![A-Za-z])"
)
# "8:30am Pacific", "3pm Central", "at 10 Mountain": a region's name right after a clock time;
# the Gulf's countries too, "2pm KSA", "3 pm UAE" (alone, the letters name the country).
_REGIONS = {
    "pacific": LA, "central": CHI, "mountain": DEN, "atlantic": "America/Halifax", "ksa": "Asia/Riyadh",
    "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
    "uae": "Asia/Dubai",
    # A country with one zone, right after a clock: "(17:00 a 17:45 en España)", "4pm in the UK"
    "en españa": MAD, "in spain": MAD, "en méxico": "America/Mexico_City", "en mexico": "America/Mexico_City",
    "en colombia": "America/Bogota", "en argentina": "America/Argentina/Buenos_Aires",
    "en perú": "America/Lima",
    "en portugal": "Europe/Lisbon", "in portugal": "Europe/Lisbon", "en france": PAR, "in france": PAR,
    "in germany": BER, "in deutschland": BER, "in the uk": LON, "in india": "Asia/Kolkata",
    # "11:00 UK / 12:00 Paris"
    "uk": LON,
}
_REGION_AFTER_CLOCK = re.compile(
    r"(?:\d|[ap]\.?\s?m\.?) (" + "|".join(_REGIONS) + r")(?![a-z])"
    r"(?! (?:european|standard|daylight|time|africa))"
)
_CONTINENTS = frozenset({"America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian"})
# "9:30am Calgary time", "Toronto time": a city before "time".
_CITY_TIME_RE = re.compile(r"\b([A-Z][a-zé]+(?: [A-Z][a-zé]+)?) [Tt]ime\b")
_TIME_WORD = re.compile(r" [Tt]ime\b")
_CITY_BEFORE = re.compile(r"\b([A-Z][a-zé]+(?: [A-Z][a-zé]+)?)$")
_NAME_RE = re.compile(  # matched against lower-cased text (faster than re.I)
    # A line may break inside a name ("(hora de\nLisboa)").
    r"(?<![a-z])(" + word_trie(NAMES).replace(r"\ ", r"\s{1,2}") + r")(?![a-z])"
)
_IANA_RE = re.compile(
    r"((?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian)/[A-Za-z_]{2,30}(?:/[A-Za-z_]{2,30})?"
    # the old US names a Workday tenant may print: "(US/Central)"
    r"|US/(?:Eastern|Central|Mountain|Pacific|Arizona|Alaska|Hawaii))\b"
)
_US_ALIASES = {
    "US/Eastern": NY, "US/Central": CHI, "US/Mountain": DEN, "US/Pacific": LA,
    "US/Arizona": "America/Phoenix", "US/Alaska": "America/Anchorage", "US/Hawaii": "Pacific/Honolulu",
}
_OFFSET_RE = re.compile(r"(?:GMT|UTC)\s?([+\-\u2212])\s?(\d{1,2})(?::?(\d{2}))?(?!\d)")
# Google Calendar and Outlook style "(Eastern Time - New York)", "Central European Time - Berlin".
_AFTER_OFFSET = re.compile(r"\)?\s{0,2}([A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)")
_CITY_RE = re.compile(r"(?:Time|Zeit|heure|hora)\s?-\s?([A-Z][a-zA-Z]+(?:[ _][A-Z][a-zA-Z]+)?)")
# "9:00 hora de Mérida", "10h heure de Montréal": any zone's city after "hora de" / "heure de"
# (the zones' own names, read without accents: "Mérida" is America/Merida, "Cancún" America/Cancun)
_HORA_DE_CITY_RE = re.compile(
    r"(?:[Hh]ora|[Hh]eure)s? (?:de |d'|d’)([A-ZÀ-Ý][a-zà-ÿ]+(?: (?:de )?[A-ZÀ-Ý][a-zà-ÿ]+)?)"
)
# "10:30 – 11:15 (London)", "9:30 (Singapore time)": a city in brackets right after a time; also
# a US abbreviation refined in brackets: "10:00 a. m. CST (Ciudad de México)" has no DST.
_PAREN_CITY_RE = re.compile(r"\(([A-ZÀ-Ý][A-Za-zà-ÿ]+(?: (?:de )?[A-ZÀ-Ý][a-zà-ÿ]+)?)(?: time)?\)")
# Cities as Spanish, French and German mails name them (folded: no accents, lower case), where
# zoneinfo's English name differs; read by the bracketed-city and "hora de <city>" lookups.
# Montréal is Toronto's zone, not the alias America/Montreal.
_CITY_ALIASES = {
    "ciudad de mexico": "America/Mexico_City", "cdmx": "America/Mexico_City",
    "nueva york": NY, "ciudad de guatemala": "America/Guatemala", "ciudad de panama": "America/Panama",
    "montreal": "America/Toronto", "londres": "Europe/London", "lisboa": "Europe/Lisbon",
    "munich": BER, "munchen": BER, "francfort": BER, "frankfurt": BER, "viena": "Europe/Vienna",
    "wien": "Europe/Vienna", "ginebra": "Europe/Zurich", "geneve": "Europe/Zurich",
    "genf": "Europe/Zurich", "bruselas": "Europe/Brussels", "bruxelles": "Europe/Brussels",
    "roma": "Europe/Rome",
    # Mexican cities on the capital's clock: "10:00 – 11:00 (hora de Querétaro)"
    "queretaro": "America/Mexico_City", "puebla": "America/Mexico_City", "guadalajara": "America/Mexico_City",
    "toluca": "America/Mexico_City", "aguascalientes": "America/Mexico_City", "saltillo": "America/Monterrey",
}


@dataclass(frozen=True, slots=True)
class ZoneHit:
    start: int
    end: int
    name: str | None  # IANA name; None for a bare offset
    tz: tzinfo
    named: bool  # a real zone, not an offset or plain GMT/UTC
    # A word that names a zone only after a clock time ("8:30am Pacific", Zoom's "10:00 AM Wien"):
    # it sets the zone, yet says less than "PT" or "Pacific Time" that a time was meant.
    weak: bool = False
    abbreviation: bool = False  # "EST", "pt": refines no city named before it


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):
        return None


def reference_zone(ref: datetime, text: str = "") -> tzinfo | None:
    """The zone a mail's own times are read in: the reference's when it is a named zone, else
    the common zone that has its bare offset then (a Date header's "-0500" in July is Chicago's).
    For a Spanish or Portuguese ``text`` from west of Greenwich, Latin America's: "-0600" there
    is Mexico's all year, not Denver's summer (which moves to -0700 in November)."""
    if isinstance(ref.tzinfo, ZoneInfo):
        return ref.tzinfo
    offset = ref.utcoffset()
    if offset is not None and offset < timedelta(0) and _IBERIAN_WORD.search(lower(text[:3000])):
        key = _LATIN_AMERICA.get(offset)
        z = zone(key) if key else None
        if z is not None and ref.astimezone(z).utcoffset() == offset:
            return z
    return guess_zone(offset, ref)[0]


# Words of a Spanish or Portuguese mail
_IBERIAN_WORD = re.compile(
    r"\b(?:hola|olá|gracias|obrigad[oa]|saludos|atentamente|estimad[oa]|prezad[oa]|entrevista|fecha|"
    r"horário|duración|duração|usted|ustedes|você)\b"
)
# Latin America's most common zone for each offset (for a Spanish or Portuguese text)
_LATIN_AMERICA = {
    timedelta(hours=-6): "America/Mexico_City",
    timedelta(hours=-5): "America/Bogota",
    timedelta(hours=-4): "America/Santo_Domingo",
    timedelta(hours=-3): "America/Argentina/Buenos_Aires",
}


_IRISH_PLACE = re.compile(r"\b(?:dublin|ireland|irish|cork|galway|limerick)\b", re.I)


def irish_standard_time(text: str, ref: datetime) -> ZoneInfo | None:
    """Dublin's zone when "IST" in ``text`` is Irish Standard Time, not India's: the mail was
    sent at +0100 (Irish and British summer; no Indian server writes it), or at +0000 by a text
    that names Ireland (Exchange Online's +0000 alone says nothing: Indian recruiters use it too)."""
    offset = ref.utcoffset()
    if offset == timedelta(hours=1) or (offset == timedelta(0) and _IRISH_PLACE.search(text)):
        return zone("Europe/Dublin")
    return None


_NOT_CITIES = ("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/")
# Australia's old region aliases that read as words or other places: "(WEST)" is Lisbon's summer
# time, not Australia/West; "Victoria" is as often British Columbia's capital or a London station.
_NOT_CITY_ALIASES = frozenset(
    f"Australia/{k}" for k in ("ACT", "LHI", "North", "South", "West", "Victoria", "Yancowinna")
)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    import zoneinfo

    out: dict[str, str] = {}
    for key in sorted(zoneinfo.available_timezones()):
        # Not the old country aliases: "(Central)" is not Canada/Central, "East" not Brazil/East
        if "/" in key and not key.startswith(_NOT_CITIES) and key not in _NOT_CITY_ALIASES:
            out.setdefault(key.rsplit("/", 1)[1].replace("_", " ").lower(), key)
    return out


def _city_zone(name: str) -> str | None:
    """The zone a city's name (any case, accents or not) names, or None."""
    folded = fold_marks(name).lower()
    return _CITY_ALIASES.get(folded) or _cities().get(folded)


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _word_start(text: str, at: int) -> bool:
    """Whether a ``\\b`` holds before text[at] (a word character): the engine's own test."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def _at_word_start(rx: re.Pattern[str], text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``rx.finditer`` with a leading ``\\b``, checked here: a pattern that opens with a
    literal is scanned at memchr speed, one that opens with ``\\b`` is tried at every position."""
    m = rx.search(text, start, stop)
    while m is not None:
        if _word_start(text, m.start()):
            yield m
            m = rx.search(text, m.end(), stop)
        else:
            m = rx.search(text, m.start() + 1, stop)


def _city_times(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``_CITY_TIME_RE.finditer``, found from each " time": the engine tries a pattern that
    opens with ``\\b`` at every position, a literal only where it stands."""
    done = start  # finditer's matches do not overlap: the next one starts after the last
    for t in _TIME_WORD.finditer(text, start, stop):
        m = _CITY_BEFORE.search(text, max(done, t.start() - 40), t.start())
        found = _CITY_TIME_RE.match(text, m.start(), stop) if m is not None else None
        if found is not None:
            done = found.end()
            yield found


@lru_cache(maxsize=1)
def _weak_words() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in (*_REGIONS, *_SIGNATURE_CITIES):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _weak_hits(low: str, start: int, stop: int) -> list[ZoneHit]:
    """``_REGION_AFTER_CLOCK`` and ``_CITY_AFTER_CLOCK``: the names found in one automaton pass,
    then the clock before each checked with the patterns (a scan per pattern cost more)."""
    hits: list[ZoneHit] = []
    for last, word in _weak_words().iter(low, start, stop):
        at = last + 1 - len(word)
        rx = _REGION_AFTER_CLOCK if word in _REGIONS else _CITY_AFTER_CLOCK
        # "3 Wien", "3pm Wien", "3 p.m. Wien", and with "in " or "here in " between
        for back in range(2, 15):
            m = rx.match(low, at - back, stop) if at - back >= start else None
            if m is not None and m.start(1) == at:
                key = _REGIONS[word] if rx is _REGION_AFTER_CLOCK else _SIGNATURE_CITIES[word]
                z = zone(key)
                if z is not None:
                    hits.append(ZoneHit(at, m.end(1), z.key, z, False, weak=True))
                break
    return hits


# A British postcode's outward code and the digit of its inward one: "E1 8" before "PT", "SW1A 2" before "ET".
_POSTCODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{1,2}\d[A-Z\d]? ?\d$")


def find_zones(text: str, start: int = 0, end: int | None = None) -> list[ZoneHit]:
    """Every zone mention in text[start:end], in order."""
    stop = len(text) if end is None else end
    hits: list[ZoneHit] = []
    for m in _at_word_start(_IANA_RE, text, start, stop):
        z = zone(_US_ALIASES.get(m.group(1), m.group(1)))
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, True))
    for m in _PAREN_CITY_RE.finditer(text, start, stop) if "(" in text else ():
        key = _city_zone(m.group(1))
        z = zone(key) if key else None
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, True))
    for m in _city_times(text, start, stop) if " time" in text or " Time" in text else ():
        name = m.group(1).lower()
        key = _SIGNATURE_CITIES.get(name) or _cities().get(name)
        if key and key.split("/", 1)[0] not in _CONTINENTS:
            key = None  # "Eastern Time" is no city: Canada/Eastern is a region's old name
        z = zone(key) if key else None
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, True))
    for m in _at_word_start(_CITY_RE, text, start, stop):
        key = _cities().get(m.group(1).replace("_", " ").lower())
        z = zone(key) if key else None
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, True))
    low = lower(text)
    for m in _NAME_RE.finditer(low, start, stop):
        z = zone(NAMES[" ".join(m.group(1).lower().split())])
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, True))
    # (any city's zone, through _city_zone; the names above cover the lower-case spellings)
    for m in _HORA_DE_CITY_RE.finditer(text, start, stop) if "ora" in text or "eure" in text else ():
        key = _city_zone(m.group(1))
        z = zone(key) if key else None
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, True))
    for m in _CAPS_RE.finditer(text, start, stop):
        abbr = m.group()
        if abbr not in ABBREVIATIONS or (m.start() and text[m.start() - 1] in _ASCII_LETTERS):
            continue
        if len(abbr) == 2 and _POSTCODE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "27 Leman Street, E1 8PT": a British postcode's last letters, no Pacific time
        if abbr in ("GMT", "UTC") and _word_start(text, m.start()) and _OFFSET_RE.match(text, m.start()):
            continue  # "(GMT-04:00)": the offset below is the information
        z = zone(ABBREVIATIONS[abbr])
        if z is not None:
            hits.append(ZoneHit(m.start(), m.end(), z.key, z, abbr not in ("GMT", "UTC"), abbreviation=True))
    # From three characters early: the "pm " before a zone at ``start`` is outside the range.
    for m in _LOWER_ABBR_RE.finditer(text, max(0, start - 3), stop) if "m " in text else ():
        a = m.start()
        digit_before = text[a - 1].isdecimal() if a >= 1 else False
        if not digit_before and a >= 2 and text[a - 1] == " ":
            digit_before = text[a - 2].isdecimal()
        if m.start(1) < start or not digit_before:
            continue
        z = zone(ABBREVIATIONS.get(m.group(1).upper(), ""))
        if z is not None:
            hits.append(ZoneHit(m.start(1), m.end(1), z.key, z, m.group(1) != "gmt", abbreviation=True))
    for m in _at_word_start(_OFFSET_RE, text, start, stop):
        sign = -1 if m.group(1) in "-\u2212" else 1
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours <= 14 and minutes < 60:
            off = timezone(sign * timedelta(hours=hours, minutes=minutes))
            hits.append(ZoneHit(m.start(), m.end(), None, off, False))
            # Outlook: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome": the first city names the zone.
            c = _AFTER_OFFSET.match(text, m.end())
            key = _cities().get(c.group(1).lower()) if c else None
            z = zone(key) if key else None
            if c and z is not None:
                hits.append(ZoneHit(c.start(1), c.end(1), z.key, z, True))
    hits += _weak_hits(low, start, stop)
    hits.sort(key=lambda h: (h.start, not h.named))
    return hits


def best_zone(hits: list[ZoneHit]) -> ZoneHit | None:
    """Named zones beat bare offsets and GMT/UTC; among equals the first mention wins, unless the
    next one refines it: "Central Time (Mexico City)" is Mexico City's (no daylight saving), and
    "IST (Irish Standard Time)" is Dublin's."""
    if not hits:
        return None
    named = [h for h in hits if h.named]
    if named:
        first = named[0]
        # "IST (Irish ...)" right after it; "Australian Eastern Standard Time - Brisbane", whose
        # city match begins at "Time", inside it.
        # (not "hora de Panamá (EST, UTC-5)": an abbreviation after a city says less than it)
        refined = next(
            (h for h in named[1:] if first.start < h.start <= first.end + 2
             and not (h.abbreviation and not first.abbreviation)),
            None,
        )
        return refined or first
    offsets = [h for h in hits if h.name is None]
    return offsets[0] if offsets else hits[0]


# Country domains whose country keeps one time zone (the big ones with several are left out).
_TLD_ZONES = {
    "fr": "Europe/Paris", "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
    "uk": "Europe/London", "ie": "Europe/Dublin", "se": "Europe/Stockholm", "no": "Europe/Oslo",
    "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw", "cz": "Europe/Prague",
    "in": "Asia/Kolkata", "jp": "Asia/Tokyo", "sg": "Asia/Singapore", "kr": "Asia/Seoul",
    "ar": "America/Argentina/Buenos_Aires", "cl": "America/Santiago",
    "il": "Asia/Jerusalem", "ae": "Asia/Dubai", "nz": "Pacific/Auckland", "za": "Africa/Johannesburg",
    # countries with one zone whose domain is not a vanity one (not .io, .ai, .me, .tv, .ly, .la)
    "uy": "America/Montevideo", "pe": "America/Lima", "ec": "America/Guayaquil", "py": "America/Asuncion",
    "bo": "America/La_Paz", "cr": "America/Costa_Rica", "pa": "America/Panama", "do": "America/Santo_Domingo",
    "gt": "America/Guatemala", "sv": "America/El_Salvador", "hn": "America/Tegucigalpa",
    "ve": "America/Caracas",
    "pt": "Europe/Lisbon", "lu": "Europe/Luxembourg", "gr": "Europe/Athens", "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest", "sk": "Europe/Bratislava", "si": "Europe/Ljubljana", "hr": "Europe/Zagreb",
    "ee": "Europe/Tallinn", "lv": "Europe/Riga", "lt": "Europe/Vilnius", "tr": "Europe/Istanbul",
    "ph": "Asia/Manila", "tw": "Asia/Taipei", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh",
    "ke": "Africa/Nairobi", "ng": "Africa/Lagos", "eg": "Africa/Cairo", "ma": "Africa/Casablanca",
    "sa": "Asia/Riyadh", "qa": "Asia/Qatar",
}


# Second-level domains of countries whose ".co" or ".ar" alone says little ("brand.co").
_SLD_ZONES = {
    "com.co": "America/Bogota", "com.mx": "America/Mexico_City", "com.ar": "America/Argentina/Buenos_Aires",
    "com.br": "America/Sao_Paulo", "com.pe": "America/Lima", "com.au": "Australia/Sydney",
}


def zone_of_domain(addr: str | None) -> ZoneInfo | None:
    """The zone of a country-code domain whose country has one (``.fr``, ``.co.uk``), else None."""
    if not addr or "@" not in addr:
        return None
    domain = addr.rsplit("@", 1)[1].lower()
    key = _SLD_ZONES.get(".".join(domain.rsplit(".", 2)[-2:])) or _TLD_ZONES.get(domain.rsplit(".", 1)[-1])
    return zone(key) if key else None


# Cities a signature or an office address names, for a mail whose Date says +0000 (Exchange
# Online and many servers write UTC): where the sender sits says more than the header.
_SIGNATURE_CITIES = {
    "toronto": "America/Toronto", "ottawa": "America/Toronto", "waterloo": "America/Toronto",
    "montreal": "America/Toronto", "montréal": "America/Toronto", "calgary": "America/Edmonton",
    "edmonton": "America/Edmonton", "vancouver": "America/Vancouver", "new york": NY, "nyc": NY,
    "boston": NY, "atlanta": NY, "miami": NY, "washington": NY, "chicago": CHI, "austin": CHI, "dallas": CHI,
    "houston": CHI, "denver": DEN, "san francisco": LA, "seattle": LA, "los angeles": LA, "london": LON,
    "manchester": LON, "edinburgh": LON, "dublin": "Europe/Dublin", "berlin": BER, "munich": BER,
    "münchen": BER, "hamburg": BER, "frankfurt": BER, "paris": "Europe/Paris", "lyon": "Europe/Paris",
    "madrid": "Europe/Madrid", "barcelona": "Europe/Madrid", "amsterdam": "Europe/Amsterdam",
    "zurich": "Europe/Zurich", "zürich": "Europe/Zurich", "geneva": "Europe/Zurich",
    "genève": "Europe/Zurich", "stockholm": "Europe/Stockholm", "lisbon": "Europe/Lisbon",
    "lisboa": "Europe/Lisbon",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne", "brisbane": "Australia/Brisbane",
    "auckland": "Pacific/Auckland", "singapore": "Asia/Singapore", "hong kong": "Asia/Hong_Kong",
    "tokyo": "Asia/Tokyo", "bengaluru": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata", "chennai": "Asia/Kolkata",
    "gurugram": "Asia/Kolkata",
    "são paulo": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo", "mexico city": "America/Mexico_City",
    "buenos aires": "America/Argentina/Buenos_Aires", "wien": "Europe/Vienna", "vienna": "Europe/Vienna",
    "bogotá": "America/Bogota", "bogota": "America/Bogota", "medellín": "America/Bogota",
    "medellin": "America/Bogota",
    "lima": "America/Lima", "santiago": "America/Santiago",
    "köln": BER, "cologne": BER, "genf": "Europe/Zurich", "brussels": "Europe/Brussels",
    "bruxelles": "Europe/Brussels", "brüssel": "Europe/Brussels",
    "porto": "Europe/Lisbon", "braga": "Europe/Lisbon",
    "warsaw": WAW, "warszawa": WAW, "kraków": WAW, "krakow": WAW, "wrocław": WAW, "gdańsk": WAW,
    "poznań": WAW,
    "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai", "riyadh": "Asia/Riyadh", "jeddah": "Asia/Riyadh",
    "doha": "Asia/Qatar", "muscat": "Asia/Muscat", "manama": "Asia/Bahrain",
    "cape town": JNB, "johannesburg": JNB, "durban": JNB,
    "manila": "Asia/Manila", "makati": "Asia/Manila", "cebu": "Asia/Manila", "jakarta": "Asia/Jakarta",
    "kuala lumpur": "Asia/Kuala_Lumpur", "bangkok": "Asia/Bangkok", "seoul": "Asia/Seoul",
    "taipei": "Asia/Taipei", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai",
    "helsinki": HEL, "espoo": HEL, "vantaa": HEL, "tampere": HEL, "turku": HEL, "oulu": HEL,
    "tallinn": "Europe/Tallinn",
    "puebla": "America/Mexico_City", "guadalajara": "America/Mexico_City", "querétaro": "America/Mexico_City",
    "oaxaca": "America/Mexico_City", "monterrey": "America/Monterrey",
    # Atlantic Canada ("Dieppe (N.-B.)": the province, since a Dieppe is in France too)
    "moncton": "America/Moncton", "fredericton": "America/Moncton", "saint john": "America/Moncton",
    "n.-b.": "America/Moncton", "halifax": "America/Halifax",
}
# Zoom's "10:00 AM Wien" (in Spanish, "09:00 a. m. Bogotá"), "3pm London", and "9 PM here in
# Manila": a city right after a clock time.
_CITY_WORDS = word_trie(_SIGNATURE_CITIES)
_CITY_AFTER_CLOCK = re.compile(r"(?:\d|[ap]\.?\s?m\.?) (?:here in |in )?(" + _CITY_WORDS + r")(?![\w-])")
_SIGNATURE_CITY_RE = re.compile(r"(?<![\w-])(" + _CITY_WORDS + r")(?![\w-])")


# "Venue: ... Al Barsha 1, Dubai": where an interview in person takes place.
_VENUE_LINE = re.compile(
    r"(?:venue|location|address|lieu|adresse|anschrift|ort|dirección|ubicación|lugar|endereço|morada|local|"
    r"miejsce|adres)\s?:[^\n]{0,160}"
    # (an address goes on on the next line, one that is no field of its own: "Lugar: Planta
    # Cuautlancingo\nAutopista México-Puebla km 117, Cuautlancingo, Puebla")
    r"(?:\n(?![^\n]{0,30}:)[^\n]{1,160})?"
)


_COPYRIGHT_LINE = re.compile(r"(?m)^[^\n]*(?:©|\(c\) 20\d\d|copyright)[^\n]*")


def signature_zone(text: str) -> ZoneInfo | None:
    """The zone of the one city a signature names (its last lines), else a venue line; None for
    none or several."""
    # A copyright line is a platform's legal seat ("© 2026 LinkedIn Ireland ..., Dublin 2"), not
    # where the person it relays sits.
    tail = lower(text[-300:])
    if "©" in tail or "(c) 20" in tail or "copyright" in tail:
        tail = _COPYRIGHT_LINE.sub("", tail)
    keys = {_SIGNATURE_CITIES[m.group(1)] for m in _SIGNATURE_CITY_RE.finditer(tail)}
    if not keys:
        for line in _VENUE_LINE.finditer(lower(text[:20_000])):
            keys.update(_SIGNATURE_CITIES[m.group(1)] for m in _SIGNATURE_CITY_RE.finditer(line.group()))
    return zone(keys.pop()) if len(keys) == 1 else None


# Words that mark a text as written in a language whose speakers mostly share one zone (Spanish,
# Portuguese and English span continents; French is read as France's, Québec's being rarer and
# named by its cities). Whole words of lower-cased text.
_LANGUAGE_WORDS = {  # none shared with Spanish or Portuguese ("con", "una", "tu", "das")
    "Europe/Paris": "vous nous je est avec pour une les des dans merci bonjour cordialement",
    "Europe/Berlin": "und ich wir sie ist mit für nicht der die ihnen grüße viele",
    "Europe/Rome": "che per sono della delle grazie buongiorno cordiali saluti nostro",
    "Europe/Amsterdam": "het een ik wij niet voor met van groet bedankt",
    "Europe/Warsaw": "się nie jest dzień dobry pozdrawiam dziękuję oraz",
}
_LANGUAGE_OF = {word: key for key, words in _LANGUAGE_WORDS.items() for word in words.split()}
_LATIN_WORD = re.compile(r"[a-zà-ÿąćęłńóśźż]+")


def language_zone(text: str) -> ZoneInfo | None:
    """The zone of the language the text is plainly written in (six of its marker words, twice
    as many as any other language's), else None."""
    words = _LATIN_WORD.findall(lower(text[:1500]))
    counts = Counter(key for key in map(_LANGUAGE_OF.get, words) if key is not None)
    ranked = [*counts.most_common(2), (None, 0), (None, 0)]
    (best, n), (_, second) = ranked[0], ranked[1]
    return zone(best) if best is not None and n >= 6 and n >= 2 * second else None


def guess_zone(offset: timedelta | None, when: datetime | None) -> tuple[tzinfo | None, str | None]:
    """A zone for a mail that states none: the sender's Date offset, as a common zone when one
    matches (so a date across a daylight-saving change still lands right), else fixed."""
    if offset is None:
        return None, None
    for key in (
        NY,
        CHI,
        DEN,
        LA,
        "America/Anchorage",  # -8 in summer, -9 in winter: Alaska, across its own change
        LON,
        BER,
        "Asia/Kolkata",
        "Asia/Singapore",
        "Australia/Sydney",
        "America/Sao_Paulo",
        "Asia/Tokyo",
        "Europe/Helsinki",
        "America/Mexico_City",
    ):
        z = zone(key)
        if z is not None and when is not None and when.astimezone(z).utcoffset() == offset:
            return z, None
    return timezone(offset), None
