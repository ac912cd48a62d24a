"""A mail's text split into what its author wrote, what it quotes, and what it forwards.

A confirmation forwarded by the user to themself, or quoted deep in a reply chain, still counts,
but relative days in it ("Thursday") mean the Thursday after *that* message was written, and
its sender, not the forwarder, is who to write to. So each segment carries its own reference
date and sender where the forward header or the "On ... wrote:" line states them.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import datetime, time

from followupd.detect.zones import zone_of_domain

MAX_LINES = 4_000

_FWD_MARK = re.compile(
    r"^\s*(?:-{2,}|_{2,}|={2,})?\s*(?:Forwarded message|Original Message|Forwarded Message|"
    r"Weitergeleitete Nachricht|Ursprüngliche Nachricht|Message transféré|Message d'origine|"
    r"Message d’origine|Mensaje reenviado|Mensaje original|Messaggio inoltrato|Messaggio originale|"
    r"Mensagem encaminhada|Mensagem original|Przekazana wiadomość|Wiadomość przekazana|Wiadomość oryginalna|"
    r"Oryginalna wiadomość|Videresendt meddelelse|Videresendt besked|Vidarebefordrat meddelande|"
    r"Původní e-mail|Původní zpráva|Přeposlaná zpráva|Pôvodná správa|Preposlaná správa|Välitetty viesti)"
    r"\s*(?:-{2,}|_{2,}|={2,})?\s*$"
    r"|^\s*Begin forwarded message:\s*$|^\s*Anfang der weitergeleiteten Nachricht:\s*$|"
    r"^\s*Début du message réexpédié\s*:\s*$",
    re.I,
)
_REPLY_MARK = re.compile(
    r"Original Message|Ursprüngliche Nachricht|Message d['’]origine|Mensaje original|Messaggio originale|"
    r"Mensagem original|Wiadomość oryginalna|Oryginalna wiadomość",
    re.I,
)
_HDR = re.compile(
    r"^\s*\*?(From|Von|De|Van|Da|Od|Fra|Från|Lähettäjä|Date|Sent|Gesendet|Datum|Data|Verzonden|Envoyé|"
    r"Enviado(?: el)?|Fecha|"
    r"Wysłano|Odesláno|Odoslané|Sendt|Skickat|Dato|Subject|Emne|Ämne|Betreff|Objet|Sujet|Onderwerp|Oggetto|"
    r"Assunto|Asunto|Temat|Předmět|Predmet|Aihe|Lähetetty|Päivämäärä|Vastaanottaja|"
    r"To|An|À|A|Aan|Pour|Para|Do|Komu|Til|Till|Cc|Reply-To|"
    r"Antwort an|Répondre à|Responder a)\*?\s?:\s*(.*)$",
    re.I,
)
# The prefixes mail clients put on a subject, by language. "VS:" is a Finnish reply and a Danish
# or Norwegian forward, so it counts as both; "RV:" (Spanish Outlook) is a forward; "R:" is the
# Italian Outlook's reply (and "I:" its forward).
_REPLY_PREFIX = re.compile(r"\s*(?:re|aw|sv|res|vs|odp|ang|r)\s?:", re.I)
_FORWARD_PREFIX = re.compile(r"\s*(?:fwd?|wg|tr|rv|enc|vs|doorst|pd|i)\s?:", re.I)


def is_reply(subject: str) -> bool:
    return _REPLY_PREFIX.match(subject) is not None


def is_forward(subject: str) -> bool:
    return _FORWARD_PREFIX.match(subject) is not None


# German Gmail names the writer after the verb: "Am Mo., 16. Nov. 2026 um 08:40 Uhr schrieb Name <addr>:".
_ATTRIB = re.compile(
    r"^\s*(?:On|Am|Le|El|Op|Il|Em|Den|W dniu)\s(.{4,220}?)\s?(?:wrote|schrieb|a écrit|escribió|schreef|"
    r"ha scritto|escreveu|skrev|napisał\(a\)|napisała|napisał)(\s[^:\n]{1,120})?\s?:\s*$", re.I
)
_ATTRIB_OPENERS = ("On ", "Am ", "Le ", "El ", "Op ", "Il ", "Em ", "Den ", "W d")
_ADDR = re.compile(r"[\w.+'\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,6}")
_FROM_KEYS = ("from", "von", "de", "van", "da", "od", "fra", "från", "lähettäjä")
_DATE_KEYS = (
    "date", "sent", "gesendet", "datum", "envoyé", "enviado", "enviado el", "fecha", "data", "verzonden",
    "wysłano", "odesláno", "odoslané", "sendt", "skickat", "dato", "lähetetty", "päivämäärä",
)
_SUBJ_KEYS = (
    "subject", "betreff", "objet", "sujet", "asunto", "onderwerp", "oggetto", "assunto", "temat", "předmět",
    "predmet", "emne", "ämne", "aihe",
)
_RT_KEYS = ("reply-to", "antwort an", "répondre à", "responder a")
_TO_KEYS = ("to", "an", "à", "a", "para", "pour", "aan", "do", "komu", "til", "till", "vastaanottaja")


@dataclass
class Segment:
    kind: str  # "top", "quote" or "fwd"
    text: str
    ref: datetime | None
    from_name: str = ""
    from_addr: str | None = None
    reply_to: str | None = None
    subject: str = ""
    to_addrs: tuple[str, ...] = ()  # a forwarded header's To: (who received the original)


def _addr_of(value: str) -> tuple[str, str | None]:
    m = _ADDR.search(value)
    if not m:
        return value.strip(), None
    name = value[: m.start()].strip().strip("<[(\"' ").replace("mailto:", "").strip("<[(\"' ")
    return name, m.group(0).lower()


def _date_of(value: str, fallback: datetime | None) -> datetime | None:
    """A forward/attribution date: RFC 5322 first, else written out ("Mon, Mar 9, 2026 at 10:05 AM")."""
    try:
        dt = email.utils.parsedate_to_datetime(value.strip())
        if dt is not None and dt.tzinfo is not None:
            return dt
    except (TypeError, ValueError, IndexError):
        pass
    if fallback is None:
        return None
    from followupd.detect.prose import find_dates

    for hit in find_dates(value, fallback.date(), True):
        if hit.explicit and hit.day is not None:
            return datetime.combine(hit.day, time(12, 0), tzinfo=fallback.tzinfo)
    return None


def _has_offset(value: str) -> bool:
    try:
        dt = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return False
    return dt is not None and dt.tzinfo is not None




def split(text: str, ref: datetime | None, reply: bool = False) -> list[Segment]:
    """The text's segments. ``reply``: the mail answers another ("Re:"), so an Outlook header
    block without a forward marker ("From: / Sent: / To:") starts what it quotes."""
    lines = text.split("\n")[:MAX_LINES]
    segs: list[Segment] = [Segment("top", "", ref)]
    buf: list[str] = []
    i = 0
    n = len(lines)

    def flush() -> None:
        segs[-1].text = "\n".join(buf)
        buf.clear()

    while i < n:
        raw = lines[i]
        stripped = raw.lstrip()
        level = 0
        while stripped.startswith(">") and level < 50:
            stripped = stripped[1:].lstrip(" ")
            level += 1
        line = stripped.rstrip("\r")
        # Cheap tests first: most lines are prose and cannot be a marker or a header.
        is_mark = ("--" in line or "__" in line or "==" in line or line.endswith(":")) and bool(
            _FWD_MARK.match(line)
        )
        hdr = _HDR.match(line) if not is_mark and ":" in line[:40] else None
        if is_mark or (
            hdr is not None
            and hdr.group(1).lower() in _FROM_KEYS
            and i + 1 < n
            and _header_block_follows(lines, i)
        ):
            flush()
            # "-----Original Message-----" heads a reply's quote as well as a forward: in a
            # reply it is the quote; "Forwarded message" is a forward wherever it stands.
            quoted = reply and (not is_mark or _REPLY_MARK.search(line) is not None)
            seg = Segment("quote" if quoted else "fwd", "", ref)
            zoned = False  # the forwarded Date: stated its offset
            j = i + 1 if is_mark else i
            # Header block: "From: ...", "Date: ...", "Subject: ..." lines up to a blank line.
            k = 0
            while j < n and k < 12:
                hl = _unquoted(lines[j])
                if not hl.strip():
                    if k:
                        break
                    j += 1
                    continue
                hm = _HDR.match(hl)
                if not hm:
                    break
                key, val = hm.group(1).lower(), hm.group(2)
                if key in _FROM_KEYS:
                    seg.from_name, seg.from_addr = _addr_of(val)
                elif key in _DATE_KEYS:
                    seg.ref = _date_of(val, ref) or ref
                    zoned = _has_offset(val)
                elif key in _SUBJ_KEYS:
                    seg.subject = val.strip()
                elif key in _RT_KEYS:
                    seg.reply_to = _addr_of(val)[1]
                elif key in _TO_KEYS:
                    seg.to_addrs = tuple(a.lower() for a in _ADDR.findall(val))
                j += 1
                k += 1
            if not zoned and seg.ref is not None:
                # "Date: lun. 9 nov. 2026 à 17:02" has no offset, and the forwarder's own zone
                # may be far from the writer's: a country domain says where the writer is.
                local = zone_of_domain(seg.from_addr)
                if local is not None:
                    seg.ref = seg.ref.replace(tzinfo=local)
            segs.append(seg)
            i = max(j, i + 1)  # a header line the block loop could not read must not stall the scan
            continue
        starts_attrib = line.lstrip()[:4].startswith(_ATTRIB_OPENERS)
        attrib = _ATTRIB.match(line) if starts_attrib else None
        joined = None
        if not attrib and starts_attrib and i + 1 < n:
            joined = line + " " + lines[i + 1].lstrip("> ").strip()
            attrib = _ATTRIB.match(joined)
        if attrib:
            flush()
            body = attrib.group(1) + (attrib.group(2) or "")
            name, addr = _addr_of(body)
            seg = Segment("quote", "", _date_of(body.split("<")[0], ref) or ref, "", addr)
            segs.append(seg)
            i += 2 if joined else 1
            continue
        if level and segs[-1].kind == "top":
            # A quote that a mail introduces, not one it answers: "Jonas Riedel hat dir eine
            # Nachricht zu deiner Bewerbung geschickt:" above the message, as an ATS relays it.
            relayed = not reply and bool(buf) and _last_said(buf).endswith(":")
            flush()
            segs.append(Segment("fwd" if relayed else "quote", "", ref))
        buf.append(line)
        i += 1
    flush()
    return [s for s in segs if s.text.strip() or s.from_addr]


def _last_said(lines: list[str]) -> str:
    """The last non-blank line, stripped."""
    for line in reversed(lines):
        if line.strip():
            return line.strip()
    return ""


def _unquoted(raw: str) -> str:
    """A line without its quote marks and surrounding whitespace (as the main loop reads it)."""
    stripped = raw.lstrip()
    level = 0
    while stripped.startswith(">") and level < 50:
        stripped = stripped[1:].lstrip(" ")
        level += 1
    return stripped.rstrip("\r")


def _header_block_follows(lines: list[str], i: int) -> bool:
    """Outlook quotes without a marker: "From: ..." then "Sent:"/"Date:" within two lines."""
    for j in range(i + 1, min(i + 3, len(lines))):
        hm = _HDR.match(_unquoted(lines[j]))
        if hm and hm.group(1).lower() in _DATE_KEYS + _SUBJ_KEYS:
            return True
    return False
