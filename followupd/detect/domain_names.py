"""A company's name as a mail writes it, found by the domain its people write from.

"Reto Brunner <reto@limmatsolar.ch>" signs "Mitgründer, Limmatsolar GmbH": the name is the one
the text spells like the domain, with its legal form when one follows. Nothing is made up from
the domain alone, and a recruitment agency's own name (it writes for a client) is never taken.
"""

from __future__ import annotations

import functools
import re

from followupd.detect import ats
from followupd.detect.matchers import fold_marks
from followupd.providers import PUBLIC_MAIL_DOMAINS


def company_named(text: str, addrs: list[str], people: set[str]) -> str | None:
    """The first capitalised run in ``text`` whose words fold to the name one of ``addrs``'
    domains is registered under; None for an agency's mail or when the text spells none."""
    words = {w for a in addrs if (w := _domain_word(a)) and not _an_agency(w)}
    low = text.lower()
    if not words or (any(k in low for k in _CLIENT_WORDS) and _FOR_A_CLIENT.search(low)):
        return None
    longest = max(len(w) for w in words)
    # Only where the text spells a word's first letters, at the start of a capitalised run: as
    # the domain does (a plain search), else with accents, marks or spaces ("Kōwhai", "Ha'penny").
    # (the first such name wins, wherever it stands)
    starts = {i for w in words for i in _found_at(low, w[:3])}
    if not low.isascii() or "'" in low or "’" in low or not starts:
        starts |= {m.start() for w in words for m in _prefix(w[:3]).finditer(low)}
    return _name_at(text, sorted(starts), words, longest, people)


# Meeting tools, and RFC 2606's test names: their names ("Webex meeting invitation") are no
# employer (the mailbox providers' are read from followupd.providers, below).
_NO_EMPLOYER = frozenset("example webex zoom google microsoft skype gotomeeting whereby".split())
# (and RFC 2606's "example": "riverbend-health.example.com" is Riverbend Health's)
_SECOND_LEVEL = frozenset("co com org net ac gov gob edu ne or go example".split())
# A run of capitalised words as a company writes its name: "Limmatsolar GmbH", "Watt'Elsass",
# "Oberrhein Solarparks GmbH", "Agrosoft Andina S.A.S.".
_CAPITAL_RUN = re.compile(r"[A-ZÀ-Ý0-9][\w'’&]*(?:[ -][A-ZÀ-Ý0-9&][\w'’&]*){0,5}")
_LEGAL_FORM = re.compile(
    r",?\s(?:GmbH(?: & Co\. KG)?|AG|SE|KG|SA|S\.A\.(?:S\.)?|SAS|S\.A\.S\.|SARL|S\.L\.U?\.?|SL|SLU|S\.p\.A\.|"
    r"S\.r\.l\.|B\.V\.|BV|N\.V\.|NV|AB|Oy|AS|ApS|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|plc|PLC|Pty Ltd|S\.C\.|"
    r"Sp\. z o\.o\.|s\.r\.o\.|LLP|LP)(?![\w])"
)


def spells_domain(name: str, addr: str) -> bool:
    """Whether a name folds to the name the address's domain is registered under ("Erfurter
    Tramwerk" and "bewerbung@erfurter-tramwerk.de")."""
    word = _domain_word(addr)
    return bool(word) and _fold_name(name) == word


def _an_agency(word: str) -> bool:
    return ats.AGENCY_DOMAIN.search(word) is not None or _AGENCY_WORD.search(word) is not None


def _domain_word(addr: str) -> str | None:
    """The name a domain is registered under: "oberrhein-solarparks.de" -> "oberrheinsolarparks",
    "mail.harrowvale.co.uk" -> "harrowvale"."""
    if addr.endswith((".edu", ".ac.uk")):
        return None  # a university's careers service relays an employer's interview
    labels = addr.rpartition("@")[2].lower().split(".")
    if len(labels) < 2:
        return None
    labels.pop()
    word = _registered(labels)
    return word if len(word) >= 4 and word not in _WEBMAIL else None


def _registered(labels: list[str]) -> str:
    """The registered name among a domain's labels (its suffix already dropped)."""
    while len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return _NOT_ALNUM.sub("", labels[-1])


# An agency writes for its client: its own name is not the employer's ("Orchid Search",
# "Bitlove Recruitment s.r.o.", "Orizzonte Lavoro").
_AGENCY_WORD = re.compile(
    r"search|consult|conseil|partners|lavoro|rekry|rekrut|recrut|reclut|selec|hunter|jobs?$|karriere|careers?$|hiring"
)
_AGENCY_NAME = re.compile(
    r"(?i)[ -](?:recruitment|recruiting|search|staffing|talent|personal|personnel|consulting|conseil|"
    r"executive|selection|sélection|selección|lavoro|rekry\w*|rekrut\w*|recrut\w*|reclut\w*)\b"
)
_CLIENT_WORDS = ("client", "kunde", "mandant", "klient")
_FOR_A_CLIENT = re.compile(  # over lower-cased text
    r"\b(?:my|our|the) client\b|\b(?:notre|mon|le) client\b|\b(?:mi|nuestro|el) cliente\b|"
    r"\bil nostro cliente\b|\bunser(?:em|en|er)? (?:kunden?|mandanten?)\b|"
    r"\bmeine[mn]? (?:kunden|mandanten)\b|\bder (?:kunde|mandant)\b|\bklient\w*\b"
)


def _name_at(text: str, starts: list[int], words: set[str], longest: int, people: set[str]) -> str | None:
    """The first capitalised run at one of ``starts`` whose words fold to one of ``words``."""
    for pos in starts:
        if pos and text[pos - 1].isalnum():
            continue
        m = _CAPITAL_RUN.match(text, pos)
        if m is None:
            continue
        parts = re.split(r"(?<=\S)([ -])", m.group())
        tokens = parts[::2]
        folded = ""
        for j in range(1, len(tokens) + 1):
            folded += _fold_name(tokens[j - 1])
            if len(folded) > longest:
                break
            if folded in words:
                end = pos + sum(len(t) for t in parts[: 2 * j - 1])
                form = _LEGAL_FORM.match(text, end)
                # (a founder's name is the firm's only with its legal form: "Gerber AG", not "Urs Gerber")
                if (form is None and folded in {_fold_name(w) for p in people for w in (p, *p.split())}) or (
                    _AGENCY_NAME.match(text, end)
                ):
                    break
                return text[pos : form.end() if form else end]
    return None


def _found_at(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


_ACCENTED = {
    "a": "aàáâãäåąāæ", "c": "cçćč", "e": "eèéêëęěē", "i": "iìíîïī", "n": "nñńň", "o": "oòóôõöøőōœ",
    "u": "uùúûüůűū", "s": "sśšșß", "z": "zźżž", "l": "lł", "r": "rř", "t": "tťț", "y": "yýÿ", "d": "dď",
}


@functools.lru_cache(maxsize=256)
def _prefix(letters: str) -> re.Pattern[str]:
    """Where lower-cased text spells ``letters``, accents or not, with a mark or a space between
    ("fàb" for "fab", "ha'p" for "hap", "ti k" for "tik")."""
    between = r"[\W_]{0,2}"
    return re.compile(between.join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in letters))


def _fold_name(text: str) -> str:
    return _NOT_ALNUM.sub("", (text if text.isascii() else fold_marks(text)).lower())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


# Mailbox providers anyone writes from ("Enviado desde Outlook", "hotmail.es"), by the name
# their domains are registered under.
_WEBMAIL = _NO_EMPLOYER | {_registered(d.split(".")[:-1]) for d in PUBLIC_MAIL_DOMAINS}
