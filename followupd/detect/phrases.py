# ruff: noqa: E501 - vocabulary tables: one alternation per line reads better than split strings
"""Words and phrases that are evidence, in English, German, French and Spanish, with the common
words of Dutch, Italian and Portuguese.

Each pattern names a rule; the classifier reports the names that fired (``prose:confirm``,
``neg:rejection``). Patterns are plain alternations with bounded gaps (``.{0,40}``), so none can
backtrack catastrophically.
"""

from __future__ import annotations

import re
from typing import Generic, Protocol, TypeVar

from followupd.detect import literals
from followupd.detect.literals import Filtered

# Every pattern here is matched against lower-cased text (see ``lower``): three times faster
# than re.IGNORECASE over the same alternations, which is most of the detector's time.
I = 0  # noqa: E741 - flag placeholder kept so each pattern reads the same


class Gated:
    """A regex behind a cheap trigger: the full alternation runs only when one of the literal
    words every match must contain is present (one fast scan instead of a slow one per mail)."""

    def __init__(self, pattern: str, triggers: str, flags: int = 0) -> None:
        self.full = re.compile(pattern, flags)
        self.trigger = re.compile("|".join(re.escape(t) for t in triggers.split("|")))
        self.pattern = pattern
        self.needs = literals.needed(self.full)  # exact, and cheaper than the trigger regex
        # Where every alternative needs a word of its own, the exact check is enough; where some
        # alternative only needs a space or two letters, the trigger words do the filtering.
        self.use_trigger = self.needs is None or literals.strength(self.needs) < 4

    def search(self, text: str) -> re.Match[str] | None:
        if not literals.possible(self.needs, text):
            return None
        if self.use_trigger and self.trigger.search(text) is None:
            return None
        return self.full.search(text)


def lower(text: str) -> str:
    """Lower-case with the same length, so match positions still index the original text."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)

INTERVIEW = Gated(
    r"interview|phone screen|screening call|screening interview|recruiter screen|technical screen|tech screen|"
    r"on-?site (?:interview|visit|loop)|\bonsite\b|panel (?:interview|session)|hiring manager (?:round|call|interview|"
    r"conversation|chat|meeting)|(?:final|first|second|third|next|1st|2nd|3rd|technical) round|"
    r"case (?:study )?(?:interview|presentation)|assessment (?:centre|center|day)|superday|live coding|"
    r"pair programming (?:session|interview)|system design (?:session|round)|whiteboard (?:session|round)|"
    r"probearbeit|probetag|hospitation|"
    r"vorstellungsgespräch|bewerbungsgespräch|bewerbergespräch|kennenlerngespräch|kennenlern-gespräch|"
    r"erstgespräch|zweitgespräch|fachgespräch|auswahlgespräch|telefoninterview|video-?interview|"
    r"entretien|entrevue|entrevista|(?:hr|managerial|coding|culture|values|client) round|"
    r"sollicitatiegesprek|kennismakingsgesprek|vervolggesprek|tweede gesprek|intervju|jobbintervju|"
    r"colloquio (?:di lavoro|conoscitivo|tecnico|di selezione|individuale|finale|con (?:il|la) (?:responsabile|manager|team))|"
    r"rozmow[aęy] (?:kwalifikacyjn|rekrutacyjn|techniczn|wstępn|końcow|finałow|z hr\b|z menedżer|z kierownik)|haastattelu|jobsamtale|ansættelsessamtale|ansettelsesintervju|pohovor|mülakat",
    "interview|screen|onsite|on-site|panel|hiring manager|round|case|assessment|superday|live coding|"
    "pair programming|system design|whiteboard|gespräch|probearbeit|probetag|hospitation|entretien|entrevue|"
    "entrevista|gesprek|colloquio|intervju|rozmow|samtale|pohovor|mülakat|haastattelu",
)
MEETING_WORDS = (
    r"(?:call|chat|conversation|meeting|video call|phone call|catch-up|gespräch|telefonat|termin|"
    r"videocall|appel|échange|rendez-vous|visio|visioconférence|llamada|videollamada|reunión|conversación|charla|"
    r"gesprek|videogesprek|belafspraak|chiamata|videochiamata|incontro|ligação|videochamada|conversa|reunião|"
    r"colloquio|samtale|møde|møte|schůzka|afspraak|speaking with|speak with|chat with|talk with|meet you|"
    r"spreekt met|spreek je|kennismaken|sprechen mit|parler avec|hablar con|falar com|zie je|op kantoor|"
    r"(?:in|at|to) our office|nos bureaux|nuestras oficinas|unserem büro|nostra sede|vores kontor|nosso escritório|"
    r"reception|empfang|accueil|recepción|receptie|at ours|"
    r"conocerte|conocerle|kennenlernen|vous rencontrer|conhecer você|conoscerti|in person|en persona|en personne|"
    r"zoom|teams|google meet|meet|webex|video|phone)"
)
class WholeWords:
    """An alternation of words matched only as whole words, like ``\\b(?:...)\\b``, but scanned
    as a plain alternation (which the regex engine skips through by first letter) with the
    boundaries checked on the few candidates."""

    def __init__(self, words: str) -> None:
        self.rx = re.compile(words)
        self.pattern = words
        # At a candidate start, the first alternative may end inside a word ("meet you|r") while a
        # shorter one ("meet") would not: the bounded form lets the engine try them all.
        self.at = re.compile(rf"(?:{words})(?![^\W_])")

    def search(self, text: str) -> re.Match[str] | None:
        m = self.rx.search(text)
        while m is not None:
            a = m.start()
            if a == 0 or not text[a - 1].isalnum():
                whole = self.at.match(text, a)
                if whole is not None:
                    return whole
            m = self.rx.search(text, a + 1)
        return None


class _Searchable(Protocol):
    @property
    def pattern(self) -> str: ...

    def search(self, text: str) -> re.Match[str] | None: ...


_S = TypeVar("_S", bound=_Searchable)


class AnyOf(Generic[_S]):
    """Several patterns (gated ones, plain ones, word lists): a match of any one is a match
    (first found, not leftmost). Splitting one long alternation this way lets each part use its
    own pre-filter, and a plain alternation of words scans much faster than one mixed with
    assertions such as ``\\b``."""

    def __init__(self, *gates: _S) -> None:
        self.gates = gates
        self.pattern = "|".join(g.pattern for g in gates)

    def search(self, text: str) -> re.Match[str] | None:
        for gate in self.gates:
            m = gate.search(text)
            if m is not None:
                return m
        return None


MEETING = WholeWords(MEETING_WORDS)
RECRUITING: AnyOf[_Searchable] = AnyOf(
    re.compile(
        r"recruit|talent|hiring|candida|application|people team|head of people|people (?:&|and) culture|people partner|"
        r"people op|"
        r"bewerbung|personalabteilung|recrutement|puesto|vacante|selección|"
        r"proceso de selección|sollicitatie|vacature|functie|candidatura|posizione|selezione|"
        r"processo seletivo|ansøgning|søknad|stilling|výběrové řízení|pozice|résumé|lebenslauf|"
        r"risorse umane|recursos humanos|ressources humaines|human resources|personale|personas y cultura|"
        # the gender marks of German and French job titles: "Data Engineer (m/w/d)", "(H/F)"
        r"\((?:m/w/d|w/m/d|m/f/d|f/m/d|m/w/x|h/f|f/h|m/f|w/m)\)"
    ),
    WholeWords(r"(?:position|role|job|hr|stelle|rh|poste|vaga|cv)"),
    # A job title ("Senior UX Designer") in a subject or an invitation's title: a role is meant.
    re.compile(r"(?:senior|junior|lead|principal|staff|medior|head of) (?:[a-z/&]+ ){0,2}(?:designer|engineer|"
               r"developer|analyst|manager|scientist|consultant|architect|researcher|specialist|coordinator|"
               r"director|officer|associate)"),
    # what you would do in the job: said to a candidate, not to a client or a colleague
    Gated(r"(?:first|initial)\s(?:30|60|90|100)(?:/60)?(?:/90)?\sdays", "days"),
)

# A confirmation, split by shape and language so each part runs only when its words appear.
CONFIRM = AnyOf(
    # confirmed, confirming, confirmation, confirmé, confirmada; not a promise to confirm later
    # ("we'll confirm one of them", "to be confirmed").
    Gated(r"(?<!will )(?<!'ll )(?<!’ll )(?<!to be )(?<!until )confirm(?! one\b| a time\b| which\b| whether\b)",
          "confirm"),
    Gated(  # English: booked, scheduled, set up
        r"(?:is|has been|have been|are|'s|’s|now)\s(?:now\s)?(?:scheduled|booked|set up|all set)|"
        r"you(?:'re| are|’re) (?:all set|booked|scheduled)|(?:we|i)(?:'ve| have) (?:scheduled|booked|set up|arranged)|"
        r"\bscheduled (?:for|on)\b|\bbooked (?:for|in)\b|(?:has|have|had) (?:now )?(?:scheduled|booked|arranged|set up)\b",
        "scheduled|booked|set up|all set|arranged",
    ),
    Gated(  # English: locked in, set, in writing
        r"(?:put|confirm) (?:it|this) in writing|lock(?:ed|ing)? (?:it |that |this |you |us )?in\b|"
        r"(?:we|you)(?:'re| are|’re) (?:all )?set for\b|(?:is|are) (?:now )?set\b(?! (?:up )?to\b)|"
        r"you(?:'re| are|’re) set (?:with|for)\b|let(?:'s|’s) (?:say|do|go with)\b",
        "in writing|lock|set for|is set|are set|is now set|are now set|set with|let's|let’s",
    ),
    Gated(  # English: what happens next is already arranged
        r"i(?:'ve| have) sent (?:you )?(?:a|an|the) (?:\w+ ){0,2}(?:invite|invitation)|"
        r"(?:the|an?) (?:calendar |teams |zoom )?invite will come|"
        r"you(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)? with|chatting with|talking with)\b|"
        r"(?:he|she|they|we|i)(?:'ll| will) (?:call|ring) you\b|as (?:discussed|agreed)\b",
        "sent you|sent a|sent the|invite will|ll meet|will meet|ll be meet|will be meet|speak with|speaking with|"
        "chatting with|talking with|call you|ring you|as discussed|as agreed",
    ),
    Gated(  # English: on the calendar
        r"(?:put|added|booked|scheduled|placed)\b.{0,40}?\b(?:on|in|to|into) (?:the|my|our|your) (?:calendar|diary|agenda)",
        "calendar|diary|agenda",
    ),
    Gated(
        r"look(?:ing)? forward to (?:speaking|meeting|talking|chatting|seeing|our)|"
        r"see you (?:on|then|at|next|tomorrow|soon|for)|talk (?:to you )?(?:then|on|tomorrow)",
        "forward to|see you|talk",
    ),
    Gated(r"invitation:|invited to the following event|you have been invited|invite you (?:to|for)", "invit"),
    Gated(  # a calendar's "Invitation: ..." subject in other languages (the subject comes first)
        r"^\s*(?:einladung|invitación|convite|uitnodiging|inbjudan|invitasjon|invitation|zaproszenie|pozvánka|"
        r"kutsu|invito)\s?:",
        "einladung|invitación|convite|uitnodiging|inbjudan|invitasjon|invitation|zaproszenie|pozvánka|kutsu|invito",
    ),
    Gated(
        r"reminder|erinnerung|rappel|recordatorio|"
        r"(?:your|the|our) (?:interview|call|meeting|phone screen) (?:is|will be) (?:on|at|tomorrow|today|this|next)",
        "reminder|erinnerung|rappel|recordatorio|interview is|interview will|call is|call will|meeting is|"
        "meeting will|screen is|screen will",
    ),
    Gated(
        r"bestätig|freuen uns (?:auf|darauf)|findet .{0,60}statt|eingeplant|wie besprochen|dann bis\b|bis dann\b|"
        r"passt (?:perfekt|wunderbar|bestens)|"
        r"(?:laden|lade) (?:sie|dich) .{0,80}ein|einladung zu|"
        r"(?:ihr|dein|unser) (?:vorstellungsgespräch|gespräch|interview) (?:ist|findet) ",
        "bestätig|freuen uns|statt|eingeplant|besprochen|lade|einladung|gespräch ist|gespräch findet|dann bis|"
        "bis dann|passt perfekt|passt wunderbar|passt bestens|"
        "interview ist|interview findet",
    ),
    Gated(
        r"est (?:prévu|programmé|planifié|fixé)|aura lieu|avons le plaisir de vous (?:inviter|convier)|"
        r"au plaisir de|convocation|vous convier|vous inviter|(?:votre|notre) entretien (?:est|sera|aura)|comme convenu",
        "prévu|programmé|planifié|fixé|aura lieu|plaisir|convocation|convier|inviter|entretien|convenu",
    ),
    Gated(
        r"está (?:programada|agendada|prevista|fijada)|tendrá lugar|queda(?:mos)? (?:agendad|programad)|"
        r"nos vemos|hemos (?:programado|agendado|fijado)|(?:le|te) (?:invitamos|esperamos)|convocatoria|"
        r"(?:tu|su) entrevista (?:será|es) el|(?:ha|han) sido (?:programad|agendad|fijad|reservad)|como acordamos|"
        r"quedamos (?:el|para)",
        "programad|agendad|prevista|fijada|tendrá lugar|nos vemos|hemos|invitamos|esperamos|convocatoria|"
        "entrevista|sido|acordamos|quedamos",
    ),
    Gated(  # Swedish and Polish
        r"är (?:nu )?bokad|har bokats|bekräft|välkommen på|vi ses|potwierdzam|potwierdzenie|zaprasza(?:my|m) na|"
        r"du (?:har )?bokat|du bokade|din bokning|"
        r"(?:została|jest) zaplanowana|do zobaczenia|bekræft|som aftalt|vi glæder os til|bekreft|som avtalt|"
        r"potvrzuj|potvrzen|těšíme se",
        "bokad|bokats|bokat|bokade|bokning|bekräft|välkommen|vi ses|potwierdz|zaprasza|zaplanowana|do zobaczenia|"
        "bekræft|aftalt|glæder|"
        "bekreft|avtalt|potvrz|těšíme",
    ),
    Gated(  # Dutch
        r"bevestig|staat (?:gepland|ingepland|vast)|ingepland|is gepland|nodigen (?:je|u) .{0,40}uit|uitnodiging voor|"
        r"we zien (?:je|u)|tot dan\b|afgesproken|zoals afgesproken",
        "bevestig|gepland|ingepland|vast|nodigen|uitnodiging|zien|tot dan|afgesproken",
    ),
    Gated(  # Italian (conferma-, confermo, confermato)
        r"conferm|è (?:fissato|programmato|previsto)|abbiamo fissato|(?:ti|la|vi) aspettiamo|invitarl[ao]|invitarti|"
        r"convocazione|ci vediamo|come d'accordo",
        "conferm|fissato|programmato|previsto|aspettiamo|invitar|convocazione|ci vediamo|d'accordo",
    ),
    Gated(  # Portuguese (confirmo / confirmada are matched by "confirm")
        r"está (?:marcada|agendada|marcado|agendado)|foi (?:marcada|agendada|marcado|agendado)|agendamos|marcamos|"
        r"(?:te|o|a) esperamos|convidamos|até lá|conforme combinado|ficou marcad",
        "marcad|agendad|agendamos|marcamos|esperamos|convidamos|até lá|combinado",
    ),
)
RESCHEDULE = AnyOf(
    Gated(  # a calendar's "Updated invitation:" subject, in English and others
        r"^\s*(?:updated(?: invitation| event)?|rescheduled|new time|verschoben|aktualisiert|aktualisierte einladung|"
        r"mis à jour|reprogramad[ao]|actualizad[ao])\s?:",
        "updated|rescheduled|new time|verschoben|aktualisiert|mis à jour|reprogramad|actualizad",
    ),
    Gated(  # English
        r"(?:has been|have been|was|were|is now|we(?:'ve| have)?|i(?:'ve| have)?)\s(?:re-?scheduled|moved|changed|"
        r"pushed|shifted)|re-?scheduled (?:to|for)|moved (?:your|the|our)\b.{0,40}\bto\b|"
        r"(?<!\ba )new (?:time|date|slot)\b|updated (?:invitation|interview details|time|details)|change of time|"
        r"time change|event has been changed|(?:need|have|had|want) to (?:move|push|shift|reschedule) (?:your|the|our)\b|"
        r"moved again|(?:is|are) now (?:on |at )?(?:mon|tue|wed|thu|fri|sat|sun)|"
        r"(?:requested|asked|decided) to (?:move|push|shift|reschedule) (?:your|the|our)\b|interview re-?scheduled|"
        r"revised (?:slot|schedule|time|date)",
        "schedul|moved|changed|pushed|shifted|new time|new date|new slot|updated|change of time|time change|"
        "to move|to push|to shift|is now|are now|revised",
    ),
    Gated(  # German, Dutch
        r"verschoben|neuer termin|terminänderung|termin.{0,20}geändert|neu angesetzt|verzet|verplaatst|"
        r"nieuwe (?:datum|tijd)|omgezet naar|"
        # Polish: moved, new date, "Updated invitation" (Google Calendar)
        r"przenosz|przeniesion|przesunię|nowy termin|zmiana terminu|zaktualizowane zaproszenie",
        "verschoben|neuer termin|terminänderung|geändert|angesetzt|verzet|verplaatst|nieuwe|omgezet|przenosz|"
        "przeniesion|przesunię|nowy termin|zmiana terminu|zaktualizowane",
    ),
    Gated(  # French, Spanish, Italian, Portuguese
        r"reporté|déplacé|nouvel(?:le)? (?:horaire|date|heure)|a été modifié|reprogramad|"
        r"(?:hemos|he) cambiado|nueva (?:fecha|hora)|cambio de (?:fecha|hora)|aplazad|"
        r"(?:tuvimos|tenemos|hemos tenido) que (?:mover|pasar|cambiar|correr|reprogramar)|"
        r"spostat[oa]|(?:dobbiamo|devo|dovremmo) spostare|(?:proponiamo|propongo) (?:quindi )?di spostare|"
        r"aggiornato l'invito|riprogrammat|nuov[oa] (?:orario|data)|remarcad|reagendad|"
        r"nova data|novo horário",
        "reporté|déplacé|nouvel|modifié|reprogramad|cambi|nueva|aplazad|tuvimos|tenemos|tenido|spostat|spostare|"
        "aggiornato|"
        "riprogrammat|nuov|remarcad|reagendad|nova data|novo",
    ),
)
CANCEL = Gated(
    r"(?:has been|have been|has|have|was|were|is|we(?:'ve| have)?)\s(?:been\s)?cancel+ed|"
    r"^\s*(?:cancel+ed|abgesagt|annulé|cancelad[ao])\s?:|"
    r"(?:we|i)(?:'ve| have)? (?:need to|must|had to|have to) (?:cancel\b|call off)|(?:was|were|been) called off|"
    r"canceled event|cancelled event|interview cancel+ed|cancel+ation (?:notice|of)|"
    r"abgesagt|absagen (?:müssen|muss)|leider absagen|storniert|fällt .{0,20}aus|annulé|annulation|"
    # "annuler" said of the interview, not a booking page's "Annuler : <link>"
    r"(?:dois|devons|devoir|doit|obligée?s? d|contrainte?s? d|regret d|désolée?s? d)['’ ]\s?(?:\w+\s){0,2}annuler|"
    r"annuler (?:l['’]|notre |votre |cet |le |la )(?:entretien|entrevue|rendez-vous|échange|appel|rencontre)|"
    r"cancelad|cancelamos|anulad|suspendid|"
    r"(?:müssen|muss|mussten) (?:wir|ich) .{0,80}absagen|absage (?:ihres|des|unseres|deines|eures) (?:gespräch|termin|interview|vorstellung)|"
    r"geannuleerd|gaat (?:helaas |dus )?niet door|(?:moeten|moet|moesten|moest) [^.?!]{0,80}annuleren|helaas annuleren|annullat[oa]|disdett|cancelada|cancelado|aflyst|avlyst|zrušen|"
    r"au regret d'annuler|(?:dois|devons|devoir) annuler|(?:tenemos|tuvimos|hemos tenido|debemos) que cancelar|"
    r"cancelar la entrevista|precisamos cancelar|odwołan|odwołać|odwołuj|anulowan|peruttu|peruutettu|peruuntu|"
    r"joudumme perumaan|dobbiamo annullare",
    "cancel|call|abgesagt|absage|storniert|fällt|annul|anulad|suspendid|niet door|disdett|aflyst|avlyst|zrušen|"
    "annullare|annuleren|odwoł|anulowan|perut|peruu|perumaan",
)
# Any cue that a time near it is the interview's (one literal scan per candidate time).
NEAR_CUE = re.compile(
    "|".join(
        sorted(
            {t for g in (*CONFIRM.gates, *RESCHEDULE.gates, CANCEL, INTERVIEW) for t in g.trigger.pattern.split("|")},
            key=len,
            reverse=True,
        )
    )
)
OLD_TIME = re.compile(
    r"(?:previously|originally|formerly|instead of|moved from|was scheduled|used to be|rather than|"
    r"(?:earlier|previous|old|original) (?:slot|time|date)\s?:|wcześniej\s?:|poprzedni termin|"
    r"ursprünglich|bisher|statt|anstatt|anstelle|initialement|auparavant|au lieu de|anciennement|"
    r"anteriormente|originalmente|en lugar de|en vez de|inicialmente|"
    r"(?:move|moving|shift|shifting|push|pushing|chang\w{1,3}|reschedul\w{1,3})\s(?:\w+\s){0,3}from\s[^\n]{0,20}$|"
    r"(?:mover|movimos|cambiar|cambiamos|pasar|pasamos|reprogramar)\s(?:\w+\s){0,5}del?\s[^\n]{0,20}$|"
    r"(?:spostare|spostiamo|rinviare|rimandare|déplacer|reporter)\s(?:\S+\s){0,5}(?:previsto per|fissato per|prévu le|"
    r"prévu pour|del|du)\s[^\n]{0,20}$)",
    I,
)
# A time the verb after it moves away (verb-final German and Dutch): "am 6. Mai um 11 Uhr
# verschieben". Not when the time itself is the target: "auf Freitag, 13:30 Uhr verschieben".
OLD_TIME_AFTER = re.compile(
    r"[^.\n]{0,25}\n?\s{0,8}(?:verschieben|verlegen|verzetten|verplaatsen|przełożyć|"
    r"przesunąć|przenieść)\b"
)
NEW_TIME = re.compile(
    r"(?:moved (?:it |your interview |the interview )?to|re-?scheduled (?:to|for)|new time|new date|updated|"
    r"now (?:on|at)|verschoben auf|neuer termin|neue uhrzeit|neu angesetzt|revised (?:slot|time|date|schedule)|"
    r"new slot|(?:przenoszę|przenosimy|przeniesion\w{0,2}) (?:\S+\s){0,4}na\s(?:\w{1,12},?\s?)?$|nowy termin|nouvel(?:le)? (?:horaire|date|heure)|reporté (?:au|à)|"
    r"nueva (?:fecha|hora)|cambiado a|trasladad|(?:verplaatst|verzet|verschoven|omgezet) naar|\bfrom\b[^\n]{1,60}\bto\s(?:\w{1,12},?\s?)?$|"
    r"(?:quedó|queda|quedaría|pasa) para\s(?:el\s)?(?:\w{1,12}\s)?$|"
    r"\b(?:nun|jetzt|neu) (?:am|um|auf)\b|désormais|maintenant (?:le|à)|ahora (?:el|a las)|agora (?:na|às)|nu op|ora (?:il|alle)|"
    r"(?:le|ti|vi) propongo (?:quindi |allora )?$|je vous propose (?:donc |plutôt )?$|"
    r"spost\w{1,6} (?:\S+\s){0,3}(?:a|al|alla)\s(?:\w{1,12},?\s?)?$|(?:verschieben|verlegen) (?:\S+\s){0,4}auf\s(?:\w{1,12},?\s?)?$|"
    r"déplac\w{1,5} (?:\S+\s){0,4}(?:au|à)\s(?:\w{1,12},?\s?)?$|(?:mover|pasar) (?:\S+\s){0,4}(?:al|para el)\s(?:\w{1,12},?\s?)?$)",
    I,
)
FIELD_LABEL = re.compile(
    r"^\s*(?:when|date|time|date/time|event date/time|interview date|interview time|start|datum|uhrzeit|zeit|wann|"
    r"termin|quand|date et heure|heure|horaire|fecha|hora|fecha y hora|cuándo|tid|tijd|datum|ora|data|czas|"
    r"termín|horário)[ \t]{0,16}:",
    re.M,
)
# Context right before a time that says it is not the interview ("reply by Friday 5pm").
NOT_SLOT = re.compile(
    r"(?:deadline|respond by|reply by|let us know by|by end of|until|expires|valid until|no later than|"
    r"recorded|episode|office hours|bis zum|bis spätestens|avant le|antes del|hasta el|sign up|register|"
    r"complete (?:your interview |the interview |it )?by|finish (?:it )?by|submit (?:it )?by|record (?:it )?by|"
    r"\bdue(?: on| by| date)?|fällig|à rendre|entrega|deadline)\W{0,3}$",
    I,
)

# Families of mail that talk about interviews without confirming one.
_NEGATIVE: dict[str, tuple[re.Pattern[str] | Gated | AnyOf[Gated], float]] = {
    "newsletter": (
        re.compile(
            r"newsletter|issue #\d|read the (?:full )?(?:post|article|story)|new on the blog|our latest post|"
            r"view (?:this email )?in (?:your )?browser|this week'?s (?:picks|issue|edition)|new episode|episode \d|"
            r"podcast|listen (?:now|here|:)|forward to a friend|manage (?:your )?(?:email )?preferences",
            I,
        ),
        5.0,
    ),
    "webinar": (
        Gated(
            r"webinar|masterclass|master class|live workshop|\bworkshop|tilmelding|tilmeldt|påmelding|aanmelding|live session|livestream|live stream|"
            r"\bregister\b|save your seat|info(?:rmation)? session|open house|career fair|job fair|meetup|meet-up|"
            r"hackathon|(?<!kunden)(?<!firmen)veranstaltung|(?:un|notre|cet|l'|l’)\s?atelier\b|seminario|\btaller\b|feria de empleo|hiring event|"
            r"speed-?dating|anmeldebestätigung|ihre anmeldung|registration (?:is )?confirmed|you(?:'re| are) registered|"
            r"for registering|your registration|registrant|inscription (?:est )?confirmée|inscripción confirmada|"
            r"karrieretag|career(?:s)? (?:day|fair)|information session|info session|informatiebijeenkomst|"
            r"recruiting event|walk-in|open interviews|virtual event|karrieremesse|jobmesse|salon de l'emploi|"
            r"forum emploi|ask me anything|panel discussion|fireside chat|webinaire|webinario|"
            r"inscrivez|inscription|regístrate|inscríbete|inscripción|bootcamp|online course|\bcohort\b",
            "webinar|master|workshop|live|register|save your seat|session|open house|fair|meetup|meet-up|speed|anmeld|"
            "registration|registered|registering|registrant|inscription|inscripción|karrieretag|career|informatie|"
            "tilmeld|påmeld|aanmeld|"
            "hackathon|veranstaltung|atelier|seminario|taller|feria|hiring event|recruiting event|walk-in|"
            "open interviews|virtual event|messe|salon de l'emploi|forum emploi|ask me anything|panel discussion|"
            "fireside chat|webinaire|webinario|inscrivez|inscription|regístrate|inscríbete|inscripción|bootcamp|"
            "online course|cohort",
        ),
        4.0,
    ),
    "mock": (
        re.compile(
            r"mock interview|practice interview|interview (?:coaching|training|practice)|coaching (?:session|call)|"
            r"career coach|interview prep(?:aration)? (?:call|session)|your coach\b|probeinterview|übungsinterview|interviewtraining|bewerbungstraining|"
            r"simulation d'entretien|entretien blanc|entrevista simulada|simulacro de entrevista",
            I,
        ),
        6.0,
    ),
    "job_alert": (
        re.compile(
            r"job alert|new jobs?\b|jobs? (?:picked|recommended|matching|for you)|roles picked|recommended (?:jobs|roles)|"
            r"similar jobs|easy apply|jobs you may|jobs you might|recommended for you|neue stellenangebote|jobagent|offres d'emploi correspondant|"
            r"ofertas de empleo|alerta de empleo",
            I,
        ),
        5.0,
    ),
    "receipt": (
        re.compile(
            # Not "thank you for applying/your application": invitations open with it too. A receipt
            # says it received something, and it has no fixed time anyway.
            r"received your application|application (?:has been )?received|we(?:'ve| have) received your|"
            r"application confirmation|eingangsbestätigung|bewerbung (?:ist )?(?:bei uns )?eingegangen|"
            r"haben ihre bewerbung erhalten|bien reçu votre candidature|"
            r"hemos recibido (?:tu|su) (?:candidatura|solicitud)",
            I,
        ),
        3.0,
    ),
    "rejection": (
        Gated(
            r"other candidates|not (?:to )?(?:move|moving) forward|decided (?:not )?to (?:move forward|proceed|pursue|"
            r"continue) with (?:other|another)|(?:won't|will not) be moving forward|not be progressing|another candidate|"
            r"not (?:been )?selected|(?:not|won't be|will not be) proceeding|not to proceed|decided to go with|"
            r"unsuccessful|regret to inform|position has been filled|no longer (?:under consideration|considering)|"
            r"leider (?:mitteilen|keine positive)|anderen? (?:kandidat|bewerber)|nicht (?:weiter )?berücksichtig|"
            r"pas (?:été )?retenue?|ne pas donner suite|autres? candidat|no (?:ha|has) sido seleccionad|"
            r"otros candidatos|no continuar",
            "candidat|forward|decided|progressing|unsuccessful|regret|filled|no longer|leider|kandidat|bewer"
            "ber|berücksichtig|retenu|donner suite|seleccionad|no continuar|selected|proceed|go with",
        ),
        6.0,
    ),
    "offer": (
        Gated(
            r"offer of employment|(?:pleased|delighted|happy|excited) to offer|offer letter|job offer|formal offer|"
            r"extend (?:you )?an offer|offer you the (?:position|role|job)|make you an offer|discuss (?:your|the) offer|"
            r"offer (?:call|details)|vertragsangebot|arbeitsvertrag|promesse d'embauche|proposition d'embauche|"
            r"oferta (?:de empleo|laboral|formal)|carta oferta",
            "offer|vertragsangebot|arbeitsvertrag|embauche|oferta",
        ),
        6.0,
    ),
    "proposal": (
        AnyOf(Gated(
            r"would you be (?:open|available|interested|free)|are you (?:available|free|open to)|what times? (?:work|suit)|"
            r"send (?:over|me|us) (?:a few|some) times|(?:share|send|provide) (?:us |me )?your availability|"
            r"let (?:me|us) know (?:your availability|when you|what times?|which (?:time|day|slot))|"
            r"what works best\b|let (?:me|us) know what works|which of these (?:times|slots|dates)|(?:propose|suggest) (?:some|a few) times|"
            r"ihre verfügbarkeit|verfügbarkeiten|wann es ihnen passt|vos créneaux|vos disponibilit|"
            r"(?:tus|sus) disponibilidades|"
            r"when (?:are|would) you (?:be )?(?:available|free)|does (?:any of )?(?:this|that|these|one)\b.{0,30}work for you|"
            r"do any of these|hätten sie zeit|wann (?:hätten|haben) sie zeit|passt ihnen\b[^.\n]{0,40}\?|vos disponibilités|"
            r"terminvorschläge|folgende termine|welcher termin|am besten passt|choose one of|select one of|"
            r"velg et tidspunkt|vælg et tidspunkt|välj en tid|kies een (?:tijd|moment)|scegli (?:un|l'|il) orario|"
            r"escolha um horário|wybierz termin|vyberte si termín|ikke reservert|not (?:yet )?reserved until|"
            r"seriez-vous disponible|quand seriez-vous|cuándo (?:estás|estarías|tienes|tendrías) disponib|"
            r"(?:tu|su) disponibilidad|tendrías disponib|tiene disponib|estarías disponible|"
            r"hätten sie .{0,40}zeit|haben sie .{0,40}zeit|würde(?:n)? (?:es )?ihnen .{0,30}passen|passt es ihnen|"
            r"êtes-vous disponible|could you do|can you do|would .{0,30} work for you",
            "êtes-vous|could you|can you|would |terminvorschl|folgende|welcher|besten|one of|velg|vælg|välj|kies|"
            "scegli|escolha|wybierz|vyberte|reserv|"
            "would you|are you|what time|send |availability|let me know|let us know|when are you|when would "
            "you|work for you|do any of these|works best|which of these|propose|suggest|zeit|passt|verfügbar"
            "keit|créneaux|disponib|seriez-vous",
        ),
        Gated(  # "which of these options suits you", and "once you confirm, I'll send the invite"
            r"which option (?:works|suits)|which one (?:works|suits)|which of (?:the two|them) (?:works|suits)|"
            r"which (?:would|do) you prefer|"
            r"cuál de (?:estas|las siguientes|los siguientes|las dos|los dos)|(?:te|le) (?:acomoda|viene|queda) mejor|"
            r"qué (?:opción|horario) prefier|laquelle de ces|lequel de ces|quel (?:créneau|horaire) vous convien|"
            r"qual (?:dessas|destas|das duas) |quale (?:di queste|preferisci|delle due)|welke (?:optie|van deze)|"
            r"welche (?:der beiden|dieser) |once you(?:'ve| have)? confirm|as soon as you(?:'ve| have)? confirm|"
            r"en cuanto (?:me )?confirm|cuando me confirm|dès que vous (?:m['’]aurez )?confirm|"
            r"sobald (?:sie|du) .{0,30}bestätig|zodra je .{0,30}bevestig|"
            r"(?:ich|wir) bestätigen? (?:ihnen|dir|euch) .{0,40}(?:dann|später|gesondert|noch)",
            "which|cuál|acomoda|viene mejor|queda mejor|prefier|laquelle|lequel|vous convien|qual |quale|welke|"
            "welche|once you|as soon as you|me confirm|vous m|dès que vous confirm|sobald|zodra|bestätige",
        ),
        Gated(  # polls: Doodle and the like ask for votes on several times (not "thanks for voting")
            r"zu einer (?:termin)?umfrage eingeladen|jetzt abstimmen|vorgeschlagene (?:zeiten|termine)|"
            r"kreuzen sie [^.]{0,60}an\b|invited you to (?:a |their )?(?:poll|vote)|vote (?:now|on the|for the)|"
            r"cast your vote|vous invite à (?:un )?sondage|répondre au sondage|zaprasza do ankiety|głosuj|"
            r"te invitó a una encuesta",
            "umfrage|abstimmen|vorgeschlagene|kreuzen|poll|vote|sondage|ankiety|głosuj|encuesta",
        )),
        4.0,
    ),
    "pick_slot": (
        Gated(
            r"pick a (?:slot|time)|choose a (?:time|slot)|select a (?:time|slot)|book a (?:time|slot)|"
            r"schedule (?:your|an|the) interview (?:using|via|through|here|at|by)|scheduling link|self-schedul|"
            r"(?:use|using|via) (?:this|the) link (?:to|below to) (?:schedule|book|pick|choose)|availability (?:link|form)|"
            r"(?:wählen|buchen) sie (?:einen|ihren|hier)|termin (?:aus)?wählen|choisissez un créneau|réserver? un créneau|"
            r"elige (?:un|el|tu) horario|selecciona (?:un|el|tu) horario|reserva (?:un|tu) (?:hueco|horario)|"
            r"select (?:the |your |all |a few |some )?(?:times|slots)|choose (?:the |your |all |a few |some )?(?:times|slots)|"
            r"(?:times|slots) that work for you|choose as many|select as many|\[ \] ",
            "pick a|choose a|select a|book a|schedule|scheduling link|self-schedul|link|availability|wählen|"
            "buchen|termin|créneau|elige|selecciona|reserva|select|choose|work for you|[ ]",
        ),
        5.0,
    ),
    "advice": (
        re.compile(
            r"interview (?:tips|questions|skills|mistakes|follow-ups?|etiquette)|follow(?:ing)?[- ]up after (?:an|the|your|a job) "
            r"interview|how to (?:ace|prepare for|nail|answer)|ace your|nail your|"
            r"tipps für (?:ihr|das) vorstellungsgespräch|conseils pour (?:votre|réussir)|consejos para (?:tu|su|la)|"
            r"réussir (?:son|votre|un) entretien|preparar (?:tu|su|una) entrevista|vorstellungsgespräch meistern"
        ),
        3.0,
    ),
    "other_appointment": (
        re.compile(
            r"\bpatient|dental|dentist|\bclinic|doctor|prescription|pharmacy|\bvet\b|veterinar|haircut|\bsalon\b|"
            r"massage|physiotherap|arztpraxis|zahnarzt|médecin|dentiste|clínica|médico|dentista|"
            r"car rental|dear customer|gentile cliente|cher client|estimado cliente|geehrte[r]? kund|mortgage|mutuo|"
            r"appartement|apartment|wohnung|besichtigung|viewing|loyer|\brent\b|miete|huur|alquiler|affitto|régie|"
            r"immobili|makelaar|landlord|vermieter|concierge|"
            r"hypothek|your (?:advisor|adviser)|consulente|car service|werkstatt|garage appointment"
        ),
        4.0,
    ),
    "tentative": (
        re.compile(
            r"tentative|pencil(?:led)? in|to be confirmed|\btbc\b|not (?:yet )?confirmed|i'll confirm once|"
            r"noch nicht bestätigt|unter vorbehalt|provisoire|à confirmer|por confirmar|sin confirmar"
        ),
        3.0,
    ),
    "interviewer_side": (
        re.compile(
            r"interview (?:a|the|this) candidate|interviewer schedule|scorecard|interview feedback|"
            r"interview kit|you(?:'re| are) (?:scheduled|invited) to interview\b|panel debrief|hiring committee|"
            r"hiring sync|calibration|prep for (?:the |your |my )?interview|joining the (?:interview )?panel for|"
            r"shadowing|interviewer training|rubric|submit (?:your )?feedback|onsite loop - |"
            r"his cv is|her cv is|his portfolio is|her portfolio is|their portfolio is|"
            r"interviewleitfaden|interviewbogen|bewertungsbogen|(?:fach|co-?)interviewer(?:in)?\b|als interviewer|"
            r"(?:trag|tragen sie) (?:dein|ihr) feedback|grille d['’]évaluation|en tant qu['’]intervieweur|"
            r"como entrevistador|arkusz oceny|jako rekruter|as (?:an? )?interviewer\b"
        ),
        7.0,  # the user is on the other side of the table
    ),
    "question": (
        re.compile(
            r"(?:could|can|would) you (?:please )?confirm|please confirm (?:whether|if|your availability)|"
            r"confirm (?:whether|if)\b|könnten sie .{0,40}bestätigen|pourriez-vous .{0,40}confirmer si|"
            r"podrías confirmar si"
        ),
        3.0,
    ),
    "unsubscribe": (re.compile(r"unsubscribe|abmelden|se désabonner|désinscri|darse de baja|cancelar suscripción"), 2.0),
    "media": (
        # An interview for an article, a show or a podcast: a confirmed time, but not for a job.
        # Said by its purpose, so that an interview for a reporter's job still counts.
        re.compile(
            r"podcast|\bthe episode\b|episode (?:goes|will go|airs)|guest on (?:the|our|my) (?:show|podcast|programme|program)|"
            r"come on (?:the|our|my) (?:show|podcast)|(?:our|the) recording (?:on|session|is)|we(?:'ll| will)? record (?:on|the|it)|"
            r"for (?:our|an|the|my) (?:article|story|piece|feature|magazine|newspaper|readers|documentary|report) (?:on|about)|"
            r"article (?:on|about|sur)\b|story (?:on|about)\b|feature (?:on|about)\b|reportage (?:on|about|sur)\b|press interview|"
            r"pour (?:l'|l’|notre |mon |un |le )(?:article|reportage|magazine|podcast|émission)|"
            r"para (?:el|nuestro|un|mi) (?:reportaje|artículo|podcast|programa)|reportaje sobre|"
            r"für (?:den|unseren|einen|meinen) (?:artikel|beitrag|podcast)|"
            r"per (?:l'|il |un |la nostra )(?:articolo|podcast|rivista)|voor (?:het|ons|een) (?:artikel|podcast)"
        ),
        6.0,
    ),
    "one_way": (
        # One-way (recorded) video interviews: a deadline, not a meeting with anyone.
        re.compile(
            r"on-demand (?:video )?interview|one-way (?:video )?interview|asynchronous (?:video )?interview|"
            r"no live interviewer|record your (?:answers|responses)|pre-recorded (?:video )?interview|"
            r"(?:interview|video) (?:responses|answers) (?:are|will be) recorded"
        ),
        6.0,
    ),
    "assessment": (
        # Tests and take-home work: a deadline, and the interview (if any) comes later.
        re.compile(
            r"take-home (?:\w+ )?(?:assignment|exercise|test|challenge|task|brief)|coding (?:challenge|test|assessment|exercise)|"
            r"online assessment|hackerrank|codility|codesignal|testgorilla|complete (?:the|an|a|your) "
            r"(?:assessment|assignment|challenge|test)\b|case study (?:assignment|exercise) due"
        ),
        5.0,
    ),
    "reference_check": (
        # The user is someone else's referee: a call at a fixed time, not their interview.
        re.compile(r"reference (?:call|check)|as (?:a|their|his|her) referee|referee for|acting as referee|"
                   r"referenzgespräch|referenzauskunft|prise de références|referencias laborales"),
        6.0,
    ),
    "onboarding": (
        re.compile(r"your first day|first day of work|welcome aboard|onboarding|erster arbeitstag|ihr erster tag|"
                   r"premier jour|primer día|empiezas el|primeiro dia|primo giorno|eerste werkdag|første arbejdsdag|"
                   r"start date is"),
        6.0,
    ),
    "someone_else": (
        # Another person's interview: a referral, a candidate the user referred or interviews.
        re.compile(r"\b(?:his|her|their) (?:first |second |final |next |technical )?interview|your referral|"
                   r"referral bonus|for referring|committee meets|committee will meet|panel meets|panel will meet|"
                   r"comitê se reúne|comité se reúne|comité se reunirá|comité se réunit|jury meets"),
        6.0,
    ),
    "scam": (
        re.compile(r"telegram|gift card|purchase (?:the|our|a) .{0,40}(?:software|licen[cs]e|equipment|kit)|"
                   r"pay a fee|pay the fee|pay your fee|a deposit|send payment|send the payment|processing fee|"
                   r"training fee|bitcoin|crypto"),
        8.0,
    ),
    "academic": (
        re.compile(r"admissions? interview|colloquio di ammissione|entretien d'admission|entrevista de admisión|"
                   r"aufnahmegespräch|admissions committee|master(?:'s)? (?:programme|program)|master in \w+|"
                   r"master di|ammissione|admission to the"),
        6.0,
    ),
    "self_reminder": (
        # The user's own calendar telling them about their own event: nobody confirms anything.
        re.compile(r"this is a reminder for:|you set a notification|you have set a reminder|daily agenda|"
                   r"your agenda for|agenda for (?:today|tomorrow)|upcoming events? for"),
        6.0,
    ),
    "exit_interview": (
        re.compile(r"exit interview|offboarding|austrittsgespräch|entretien de (?:départ|sortie)|entrevista de salida|"
                   r"exitgesprek|colloquio di uscita"),
        6.0,
    ),
    "post_interview": (
        re.compile(
            r"thank(?:s| you) (?:so much )?for (?:interviewing|meeting with us|speaking with us)|(?:enjoyed|great) (?:meeting|"
            r"speaking|talking) (?:with )?you|we'?ll be in touch|will be in touch|wrapping up interviews|"
            r"danke für das (?:gespräch|interview)|merci pour (?:notre|l')entretien|gracias por (?:la|tu) entrevista|"
            r"obrigad[oa] pela (?:conversa|entrevista)|grazie per il colloquio|bedankt voor het gesprek|tak for samtalen",
            I,
        ),
        2.0,
    ),
}
# The plain patterns behind their literals: most mails contain none of a family's words.
NEGATIVE: dict[str, tuple[Filtered | Gated | AnyOf[Gated], float]] = {
    name: (Filtered(rx) if isinstance(rx, re.Pattern) else rx, weight) for name, (rx, weight) in _NEGATIVE.items()
}
# Calendar events that are plainly something else, when they carry no interview word.
OTHER_EVENT = re.compile(
    r"stand-?up|\bsync\b|1:1|one-on-one|1-on-1|retro|sprint|all-hands|all hands|town hall|dentist|dental|doctor|"
    r"appointment|haircut|birthday|dinner|lunch|team meeting|weekly|daily|jour fixe|réunion d'équipe|"
    r"reservation|réservation|booking|flight|webinar",
    I,
)
