"""Who to follow up with: the human behind the confirmation, never a machine or a role mailbox.

Order of preference: Reply-To, the calendar ORGANIZER, the human sender, the original sender of a
forwarded confirmation, then an address written in the body (preferring one next to
"recruiter"/"contact"/"questions"). The user's own addresses (the recipients) are never offered.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from followupd.detect.ats import system_domain
from followupd.detect.literals import Filtered
from followupd.detect.matchers import fold_marks
from followupd.providers import PUBLIC_MAIL_DOMAINS

# Local parts nobody reads or that reach a team rather than the person who scheduled.
_ROLE_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|mailer[-_.]?daemon|postmaster|bounces?|"
    r"notifications?|notify|alerts?|jobalerts?|jobs?|careers?|career|recruiting|recruitment|recruiters?|talent|"
    r"talentacquisition|talent[-_.]acquisition|hr|humanresources|people|peopleops|hiring|team|info|hello|hi|"
    # a workplace's lists: "District Staff <staff@…>", "all@", "mitarbeiter@"
    r"staff|allstaff|all|everyone|employees|mitarbeiter|belegschaft|personnel|equipe|todos|"
    r"contact|support|help|admin|office|calendar|calendar[-_.]notification|invitations?|invites?|scheduling|"
    r"schedule|interviews?|applications?|apply|candidates?|newsletter|news|marketing|events?|sales|"
    r"list|lists|owner-.*|.*-owner|.*-request|unsubscribe|feedback|service|mail|email|webmaster|"
    r"reply|replies|system|automated|auto|robot|bot|frontdesk|reception|bewerbung|karriere|jobs-.*|"
    r"personal|rh|recrutement|empleo|seleccion|rrhh|talento|emploi|rekruttering|rekrytering|rekrutering|"
    r"rekrutacja|nabor|werving|selezione|recrutamento|vagas|appuntamenti|termine|citas|carri[eè]res?|carriera|"
    r"werken|werkenbij|vacatures?|sollicitaties?|saiyo|jinji|"  # 採用, 人事
    # a data-protection officer's mailbox, named in every privacy notice's last lines
    r"dpo|dpd|privacy|privacidad|datenschutz|gdpr|rgpd|dsgvo|lopd|protecciondedatos|donnees[-_.]?personnelles|"
    # ... run together with a department or a region: "SeleccionTI@", "careersuk@", "recruitingemea@"
    r"(?:seleccion|recruiting|recruitment|recrutement|talent|talento|careers?|empleo|bewerbung|karriere|rrhh)"
    r"(?:ti|it|tech|uk|us|de|fr|es|mx|co|eu|emea|latam|apac|global|team|nord|sud))"
    r"(?:[-+._].*)?$",
    re.I,
)
# The last label alphabetic: "19%3ameeting_...@thread.v2" in a Teams link is not an address.
_ADDR = re.compile(
    r"(?<![\w.+\-%])[\w.+'\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,5}\.[^\W\d_]{2,24}(?![\w\-])"
)
_NEAR = Filtered(re.compile(
    r"recruit|contact|reach|questions|coordinator|coordinad|koordinat|talent|reply|schreiben|kontakt|"
    r"contacter|contacto|escr[ií]b|écri(?:vez|s|re)\b|interviewer|hiring manager|ansprechpartner|kontakta|"
    r"interlocut|contatt|neem contact|entrevistador|intervistator|host\b|organi[sz]er|get in touch|"
    r"my e-?mail|(?:his|her|their) e-?mail|"
    # "If the new time doesn't suit, let Owen know at owen.b@…"
    r"\blet (?:[a-z]+ ){1,2}know\b|"
    r"e-?mail me|write to me|melden sie sich|wenden sie sich|meld dich|wende dich|bei fragen|rückfragen|"
    r"schreib(?:e|t)? (?:mir|uns)\b|comun[ií](?:c|qu)(?:ate|ese|arse|arte)\b|"
    r"erreichen sie|erreichst du|"
    r"na adres|kontaktu|pisz|napisz|ota yhteyttä|neem gerust|mail me|"
    # "se tient à votre disposition", "steht Ihnen zur Verfügung", "en cas d'empêchement"
    r"disposition|disposición|disposição|zur verfügung|empêchement|toute question|"
    r"cualquier (?:duda|consulta|cosa)|"
    # "Falls was ist: jonas@…", "if anything comes up", "si besoin :"
    r"falls (?:was|etwas) (?:ist|sein sollte)|if anything (?:comes up|changes)|si (?:jamais|besoin)\b|"
    r"en cas de (?:souci|besoin|problème)|si (?:surge|pasa) algo|"
    # "En cas d'imprévu, vous pouvez la joindre directement à …", "si surge un imprevisto"
    r"imprévu|imprevisto|\b(?:me|la|le|les|nous|te) joindre\b|"
    # "Falls Sie vorher noch was loswerden wollen: t.boeckmann@…"
    r"\b(?:falls|wenn) (?:sie|du)\b[^.\n:]{0,50}(?:wollen|möchten|haben|hast|willst|möchtest)\s?:|"
    # a recruiter's title just above: "Jefa de Selección - Tamarugal Analytics\nprojas@tamarugal.cl"
    r"selecci[oó]n|reclut|recrut|rekrut|rrhh|recursos humanos|ressources humaines|human resources|"
    r"personalabteil|personalrefer|head of people|"
    r"\bpeople(?: (?:&|and) culture| team| partner| ops| operations|\s?[·|•–-])",
))  # over lower-cased text, each alternative behind its literals (a quarter of one scan's cost)


# Anywhere in the local part: "acme-noreply@", "jobs.notifications@", "bounces+123@".
# ... and role words anywhere: "acmetalentacquisition@", "careers.emea@" (Microsoft Bookings and
# shared mailboxes are often named after the company and the team).
_MACHINE_ANYWHERE = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|bounce|notification|"
                               r"unsubscribe|^mailer\b|talent[-_.]?acquisition|recruiting|recruitment|careers|"
                               r"bookings|(?:interviews|entrevistas|entretiens|entrevues)$|^(?:interviews?|entrevues?|entretiens?|entrevistas?|colloqui)|hiring$|^hiring|talent$|^talent|recrutement|recrutamento|reclutamiento|reclutamento|"
                               r"rekrutacj|rekrytointi|werving|bewerbung|^karriere|karriere$|s[eé]lection$|seleccion$|selezione$|staffing|dotation|support$|^candidates?[-_.]|soporte|suporte|n[aã]o[-_.]?respond|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|"
                               r"nicht[-_.]?antworten|niet[-_.]?beantwoorden|non[-_.]?rispondere|ikke[-_.]?svar|"
                               r"svar[-_.]?ikke|neodpovidejte|powiadomieni|benachrichtigung|notificac|notifica[cç]|"
                               r"meddelande|ilmoitu|upozorneni|oznameni|"
                               # a shared mailbox named for the firm: "SteinachEngineeringServicesGmbH@"
                               r"^[a-z0-9]{6,}(?:gmbh|inc|ltd|llc|corp|sarl|plc|pty|bv|spa|srl)$")


# A mail asks about the same few addresses many times (and a mailbox holds the same senders for
# months): remembered, a question is a dict lookup instead of three scans (~20 us).
@functools.lru_cache(maxsize=4096)
def is_machine(addr: str | None, ats_domains: tuple[str, ...] = ()) -> bool:
    if not addr or "@" not in addr:
        return True
    local = addr.split("@", 1)[0].lower()
    return (bool(_ROLE_LOCAL.match(local)) or bool(_MACHINE_ANYWHERE.search(local))
            or system_domain(addr, ats_domains) or local.startswith("reply+"))


def human(addr: str | None, own: set[str], ats_domains: tuple[str, ...] = ()) -> bool:
    return bool(addr) and addr not in own and not is_machine(addr, ats_domains)


def body_addresses(text: str, limit: int = 30_000) -> list[tuple[str, bool]]:
    """Addresses written in the body, with whether a contact phrase stands just before them;
    those next to one first."""
    near: list[tuple[str, bool]] = []
    other: list[tuple[str, bool]] = []
    chunk = text[:limit]
    pos = 0
    while (at := chunk.find("@", pos)) >= 0:
        # The next match, searched from just before the next "@" (a local part is at most 64
        # characters): what finditer finds, without trying every position of the text before it.
        m = _ADDR.search(chunk, max(pos, at - 65))
        if m is None:
            break
        pos = m.end()
        addr = m.group(0).lower().rstrip(".")
        if chunk[m.start() - 1 : m.start()] == "/" or chunk[m.end() : m.end() + 1] == "/":
            continue  # a mailbox inside a link ("…/calendar/ErfurterTramwerk@…/bookings/manage")
        ctx = chunk[max(0, m.start() - 120) : m.start()]
        if _NEAR.search(ctx.lower()):
            near.append((addr, True))
        else:
            other.append((addr, False))
    return near + other


_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def same_side(addr: str, known: Iterable[str], company: str | None) -> bool:
    """Whether ``addr`` is at the organisation of one of the ``known`` addresses (the mail's
    sender, Reply-To, organiser, forwarded sender, recipients) or at a domain that spells the
    company's name. A public mailbox provider's domain says nothing."""
    domain = addr.rpartition("@")[2].lower()
    if not domain or domain in PUBLIC_MAIL_DOMAINS:
        return False
    for other in known:
        theirs = other.rpartition("@")[2].lower()
        if theirs and (theirs == domain or theirs.endswith("." + domain) or domain.endswith("." + theirs)):
            return True
    name = (company or "").lower()
    # (German domains spell the umlauts out: "Säntis Getränke" at saentis-getraenke.ch)
    spelled = name.translate(_SPELLED_OUT)
    words = [w for n in {fold_marks(name), spelled} for w in re.findall(r"[a-z0-9]+", n) if len(w) >= 4]
    labels = domain.split(".")[:-1]  # fenwickhale.co.uk: any label but the last
    return any(w in label for w in words for label in labels)


def choose(
    candidates: Iterable[tuple[str, str | None, str]], own: set[str], ats_domains: tuple[str, ...] = ()
) -> tuple[str | None, str, str]:
    """First human address among (source, addr, name) candidates: (addr, name, source)."""
    for source, addr, name in candidates:
        if addr and human(addr.lower(), own, ats_domains):
            return addr.lower(), name, source
    return None, "", ""
