"""Dates and times written in mail text (English, German, French, Spanish; Dutch, Italian,
Portuguese, Swedish, Polish, Danish, Norwegian and Czech month and day names) -> aware datetimes.

``find_slots`` returns every (date, time[, end][, zone]) it can read, with where it was found, so
the classifier can weigh each one by its context ("previously scheduled for ..." is the old
time, "moved to ..." the new one). Relative days ("tomorrow", "Thursday", "morgen", "jeudi",
"el jueves") are resolved against a reference date (the Date header, or the date of the quoted
or forwarded message they appear in), never against the clock.

All patterns are bounded (no nested quantifiers) and the scanned text is capped, so the time
per mail stays linear in its size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from followupd.detect import literals
from followupd.detect.matchers import lower, word_trie
from followupd.detect.zones import ZoneHit, best_zone, find_zones, irish_standard_time, reference_zone

MAX_SCAN = 20_000  # characters of one text segment searched for dates

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan januar jänner janvier janv enero ene januari gennaio janeiro stycznia ledna gener",
        "february feb februar février fevrier févr fevr fév febrero februari febbraio fevereiro lutego února "
        "febrer",
        "march mar märz maerz mär mrz mars marzo maart mrt março marco marca marts března març",
        "april apr avril avr abril abr aprile kwietnia dubna",
        "may mai mayo mei maggio maio maj maja května maig",
        "june jun juni juin junio giugno junho czerwca června juny",
        "july jul juli juillet juil julio luglio julho lipca července juliol",
        "august aug août aout agosto augustus augusti sierpnia srpna agost",
        "september sep sept septembre septiembre setiembre settembre setembro września wrzesnia září "
        "setembre",
        "october oct oktober okt octobre octubre ottobre outubro października pazdziernika října",
        "november nov novembre noviembre novembro listopada listopadu",
        "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia desember "
        "prosince",
    ],
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _num

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "monday mon montag lundi lunes maandag lunedì lunedi segunda-feira måndag poniedziałek mandag "
        "pondělí dilluns maanantai maanantaina pondelok lun",
        "tuesday tue tues dienstag mardi martes dinsdag martedì martedi terça-feira terca-feira terça terca "
        "tisdag wtorek tirsdag úterý dimarts tiistai tiistaina utorok tirs mar",
        "wednesday wed weds mittwoch mercredi miércoles miercoles woensdag mercoledì mercoledi quarta-feira "
        "quarta onsdag środa środę středa středu dimecres keskiviikko keskiviikkona streda stredu mer "
        "mié mie",
        "thursday thu thur thurs donnerstag jeudi jueves donderdag giovedì giovedi quinta-feira quinta "
        "torsdag czwartek čtvrtek dijous torstai torstaina štvrtok gio tors jue jeu",
        "friday fri freitag vendredi viernes vrijdag venerdì venerdi sexta-feira sexta fredag piątek pátek "
        "divendres perjantai perjantaina piatok ven vie",
        "saturday sat samstag sonnabend samedi sábado sabado zaterdag lördag sobota sobotę lørdag dissabte "
        "sáb",
        "sunday sun sonntag dimanche domingo zondag domenica söndag niedziela niedzielę søndag neděle "
        "diumenge",
    ]
):
    for _n in _names.split():
        WEEKDAYS[_n] = _num
# Swabian, Bavarian and Swiss German spellings ("am Donnerschdag um dreiviertel zehn", "am Zischtig")
for _num, _names in enumerate(
    ["mändig mäntig määntig", "dienschdig dienschdag zischtig", "mittwuch",
     "donnerschdig donnerschdag dunnschtig dunschtig", "freidig fridig fritig",
     "samschdig samschdag samschtig", "sonndig sunndig sunntig"]
):
    for _n in _names.split():
        WEEKDAYS[_n] = _num
# Full names only may stand alone as "the coming <weekday>"; "sun", "sat" and "mar" are words.
# (Spanish and French shortenings, "vie. 16/10", "jeu. 3/12", name the day of a date beside them.)
FULL_WEEKDAYS = {k: v for k, v in WEEKDAYS.items() if len(k) > 4 or k in ("lunes",)}

_MON = word_trie(MONTHS)
_WD = word_trie(WEEKDAYS)
_FWD = word_trie(FULL_WEEKDAYS)

_D_MONTH_FIRST = re.compile(
    # (not "mar. 20/10": a Spanish Tuesday before a numeric date)
    rf"(?<![\w])(?P<mon>{_MON})\.?\s{{0,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]|/\d)"
    r"(?:,?\s{0,3}(?P<year>20\d\d))?",
)
_D_DAY_FIRST = re.compile(
    # ("19/nov/2026", as Puerto Rico writes it)
    rf"(?<![\w.])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?(?:\s{{0,3}}|[-/])(?:of\s|de\s)?\s{{0,2}}(?P<mon>{_MON})\.?(?![\w])"
    rf"(?:(?:,?\s{{0,3}}|[-/])(?:de\s|del\s)?\s{{0,2}}(?P<year>20\d\d))?",
    0,
)
# "2026-11-10", and as East Asian mail writes it, "2026/11/10" and "2026.11.10"
_D_ISO = re.compile(
    r"(?<![\d/.])(?P<year>20\d\d)(?P<sep>[-/.])(?P<mon>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d])"
)
# Japanese: "2026年10月22日", "10月22日"
_D_JA = re.compile(r"(?:(?P<year>20\d\d)\s?年\s?)?(?P<mon>[01]?\d)\s?月\s?(?P<day>[0-3]?\d)\s?日")
_JA_WEEKDAYS = "月火水木金土日"
# A weekday in brackets after a date: "10/23 (Fri)", "10月23日（金）".
_WD_IN_BRACKETS_AFTER = re.compile(rf"\s?\((?:(?P<wd>{_WD})|(?P<ja>[{_JA_WEEKDAYS}]))\.?\)")
_D_NUM = re.compile(  # a and b: day and month in either order ("29.09.2026", "09/29/2026")
    r"(?<![\d/.\-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:20)?\d\d)(?![\d])"
)
# "23.4." and, as Czech and Slovak write it, "23. 4."
_D_DE_SHORT = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)\. ?(?P<b>[01]?\d)\.(?![\d])")
# What each of those needs, led by a digit: the engine jumps from digit to digit instead of
# trying the full pattern (which opens with a look-behind) at every position.
_HAS_ISO = re.compile(r"20\d\d[-/.]")
_HAS_NUM = re.compile(r"\d[./][0-3]?\d[./]\d\d")
_HAS_DE_SHORT = re.compile(r"\d\. ?[01]?\d\.")
# "am 9. d. M." (dieses Monats): a day of the month the mail is written in
_D_THIS_MONTH = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?:d\.\s?m\.|dieses monats|des monats|laufenden monats)"
)
# "lu 7.12 à 14h00", "Mo 7.12 um 10": a day and month without the closing dot count only after a
# weekday they agree with (alone, "7.12" is a number). Swiss French and German use two letters.
_D_DOT_SHORT = re.compile(r"(?<![\d/.,])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)(?![\d.,])")
_TWO_LETTER_WD = {"lu": 0, "ma": 1, "me": 2, "je": 3, "ve": 4, "sa": 5, "mo": 0, "mi": 2, "do": 3, "fr": 4}
_WD_RIGHT_BEFORE_DOT = re.compile(
    rf"(?<![\w])(?:(?P<wd>{_WD})|(?P<two>{'|'.join(_TWO_LETTER_WD)}))\.?,?\s$"
)
_HAS_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")
_D_SLASH_SHORT = re.compile(r"(?<![\d/.\-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])")
_ON_BEFORE = re.compile(r"(?:\bon |\bfor |\bto |\()$")  # ("moved to 3/13 at 10:30")
# ... and where the day comes first: "el 10/12 a las 10:00", "le 8/12 à 14h", "(8/12)"
_ON_BEFORE_DAY_FIRST = re.compile(r"(?:\bel |\ble |\bdel |\bdu |\bal |\bau |\()$")
_D_ORDINAL = re.compile(  # not "on the 3rd floor", "the 2nd round"
    r"(?<![\w])(?:the\s)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?![\w])"
    r"(?!\s(?:floor|fl\b|storey|story|level|round|stage|step|time|year|place|quarter|interview|attempt|edition|"
    r"week|month|grade|person|party|line|row|door|building|wing|gate)s?\b)"
)
# "mercredi le 11", "jueves 19", "Wednesday 11": a weekday and a day of the month, no month. Not
# a number that reads as a time or a range ("mercredi 10 h", "Friday 10-11am", "Thu 11am").
# An hour agreed to right after a day: "Thu 4 works", "Tue 2 is good" (not the 4th, nor a count)
_AGREED = r"\s(?:works|work for|is good|is fine|is great|is perfect|sounds good|it is)\b"
_AGREED_AFTER = re.compile(_AGREED)
_D_WD_DAY = re.compile(
    rf"(?<![\w])(?P<wd>{_WD})\.?,?\s(?:(?:le|the|den|el|il|o|dem|d\.)\s)?(?P<day>[1-9]|[12]\d|3[01])(?![\w/:]|[.,]\d)"
    r"(?!\s?(?:[-–]\s?\d|h\b|h\d|uhr|heures?\b|hrs?\b|[ap]\.?\s?m\b|horas?\b|o'clock|to \d))"
    rf"(?!{_AGREED})"
)
# "notre rendez-vous le 3 à 10h", "el 3 a las 10", "am 3. um 10 Uhr": a day of the month alone,
# right before its time: the next such day.
_D_BARE_DAY = re.compile(
    r"\b(?:le|el|am)\s(?P<day>[1-9]|[12]\d|3[01])\.?\s"
    r"(?=(?:à|a las|a la|um)\s\d{1,2}(?:h|:|\s?uhr\b|\s?heures?\b|\b))"
)
# ... or in brackets, to pin a weekday said loosely: "jeudi dans quinze jours (le 22)",
# "Thursday after next (the 22nd)"
_D_PAREN_DAY = re.compile(r"\((?:le|el|the|am|den)\s(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?\)")
# ... or after a loose weekday and a comma: "au jeudi de la semaine d'après, le 12, même heure"
_D_WD_COMMA_DAY = re.compile(
    rf"(?<![\w])(?P<wd>{_WD})\b[^.\n\d]{{0,30}},\s(?P<pin>(?:le|el|the|am|den)\s(?P<day>[1-9]|[12]\d|3[01])"
    r"(?:st|nd|rd|th|\.)?)(?=[,\s)]|$)"
)
_DAY_ARTICLE = re.compile(rf"(?<![\w])(?:le|el|am|{_WD})\.?,?\s$")
_NEXT_WEEK = re.compile(
    # (a line may wrap inside: "el jueves de la\notra semana")
    r"next\sweek|nächste[rn]?\swoche|kommende[rn]?\swoche|la\ssemaine\sprochaine|la\spróxima\ssemana|"
    r"la\ssemaine\sd['’]après|la\ssemana\sentrante|"
    r"la\ssemana\sque\sviene|la\sotra\ssemana"
)
_WEEKDAY = re.compile(rf"(?<![\w])(?P<wd>{_WD})\b\.?")
# German weekdays shortened to two letters ("am Fr"), read only after "am": alone, "do", "so"
# and "mi" are words of other languages.
_DE_SHORT_WD = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
_DE_SHORT = "|".join(_DE_SHORT_WD)
_WD_RIGHT_BEFORE = re.compile(rf"(?<![\w])(?:{_WD}|am\s(?:{_DE_SHORT}))\.?,?\s$")
# A shortened weekday right before a clock time ("Fri 3pm", "Thu 10:00", "am Fr 8.15"): the
# day it names. Without the time after it, "mon", "sat" and "sun" are words too ("at" before a
# bare hour counts as one: "Wed at 2").
# Polish shortened days after "w"/"we" ("widzimy się w pt o 8:30").
_PL_SHORT_WD = {
    "pn": 0, "pon": 0, "wt": 1, "śr": 2, "czw": 3, "pt": 4, "sob": 5, "nd": 6, "ndz": 6, "niedz": 6,
}
_SHORT_WD_AT = re.compile(
    rf"(?<![\w])(?:(?P<wd>mon|tues?|weds?|thur?|fri|sat|sun)|am\s(?P<de>{_DE_SHORT})|"
    rf"we?\s(?P<pl>{word_trie(_PL_SHORT_WD)}))"
    r"\.?,?\s(?:(?:at\s|@\s?|um\s|o\s(?:godz\.\s?)?)?"
    rf"(?=\d{{1,2}}(?::[0-5]\d|\.[1-5]\d|\.00|\s?[ap]\.?m\b|\s?uhr\b|h[0-5]\d|{_AGREED}))"
    # "instead of Wed at 2": "at" makes a bare hour a time
    r"|at\s(?=\d{1,2}(?![\d/.,:]\d))"
    # "Fri works. 1pm, same spot.": the day agreed to, its time said next
    r"|(?=works\b|is (?:good|fine|great|perfect)\b))"
)
# "i morgen" and "morgen" are both here: a trie tries the longer one first.
_REL = re.compile(
    r"(?<![\w])(?P<rel>"
    + word_trie(
        "today tonight tomorrow tmrw tmr 2moro tomorow tommorow tommorrow 2morrow "
        "heute übermorgen uebermorgen morgen aujourd'hui aujourd’hui "
        "après-demain apres-demain surlendemain demain hoy mañana vandaag overmorgen oggi domani dopodomani "
        "hoje amanhã "
        # Nordic, Finnish, Polish, Czech
        "imorgon idag huomenna tänään jutro pojutrze dzisiaj dziś zítra dnes".split()
        + ["day after tomorrow", "pasado mañana", "i morgen", "i morgon", "i övermorgon", "i overmorgen"]
        + ["i dag"]
        # the German adjectives: "unseren morgigen Termin um 14 Uhr", "das heutige Gespräch"
        + "morgige morgigen morgigem morgiger heutige heutigen heutigem heutiger".split()
    )
    + r")(?![\w])"
)
_WD_PRE = word_trie(
    "this next coming nächsten naechsten übernächsten uebernaechsten kommenden diesen am ce le el este "
    "próximo proximo aanstaande volgende prossimo prossima próxima proxima na nesta op".split()
)
_REL_WD = re.compile(
    rf"(?<![\w])(?:(?P<pre>{_WD_PRE})\s{{1,3}})?"
    # (German glues the part of the day on: "Donnerstagvormittag gegen zehn")
    rf"(?P<wd>{_FWD})(?:vormittags?|nachmittags?|mittags?|abends?|morgens?|früh)?"
    # (Rioplatense "el lunes que viene no, el otro": the one after)
    r"(?:\s(?P<post>prochain|suivante?|qui vient|que viene,? no,? el otro|que viene|que ve|en huit|en quinze|"
    r"subsiguiente|in acht tagen|in einer woche|in zwei wochen|in 2 wochen|in two weeks))?(?![\w])",
    0,
)
_TIME = re.compile(
    # (a colon after it ends a clause, "a las 10:00: la dirección", unless seconds follow)
    # (not after "~": "Dauer ~1h" is a length)
    r"(?<![\d.:/+#~])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:h.u])(?P<m>[0-5]\d))?(?![\d/]|:\d)"  # Flemish "13u30"
    r"(?:\s?(?P<ap>[ap])\.?\s?m\b\.?|(?P<ap2>[ap])\b)?"
    # (the unit on the same line: "Date : 2026-12-08\nHeure : …" is no "8 heures")
    r"(?:[ \t]?(?P<suf>uhr\b|h\b|hrs\b|hs\b|heures?\b|horas?\b|uur\b|u\b))?",  # Flemish "14u"
    0,
)
# "(GMT-07:00) Pacific Time": the offset of a zone label, not a time.
_OFFSET_BEFORE = re.compile(r"(?:gmt|utc)\s?[-−–]\s?$")
# A length, not a clock: "l'entretien durera 1h30", "un entretien d'1h30", "Dauer: 1:30 Stunden".
_LENGTH_BEFORE = re.compile(
    r"(?:\bdur(?:era|e|ée|ant)|\bpendant|\bdauert|\bdauer|\bduration|\blasts?|\bwill last|\bdurará|\bdura|"
    r"\bduración|\bdurata|\bduurt|\bduur)\s?:?\s(?:environ |about |around |approximately |approx\. |ca\. |"
    r"etwa |rund |unos |aproximadamente |circa )?$|\bd['’]$"
)
_MILITARY = re.compile(r"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|hr|h)\b")
# "at 1030 CST", "1400 GMT": hours and minutes run together before a zone. The zones that are
# also French words ("est", "et", "cet") and the one-letter-region ones count only after "at"
# or "@" (_AMBIGUOUS_ZONE).
# (Digits first, the rest checked in code: a pattern led by a look-behind costs three times as
# much to scan for.)
_COMPACT_ZONES = "cst|cdt|edt|pst|pdt|mst|mdt|cest|gmt|bst|utc|est|et|ct|pt|mt|cet"
_COMPACT_ZONE = re.compile(rf"(\d{{3,4}})\s({_COMPACT_ZONES})\b")
_AMBIGUOUS_ZONE = frozenset({"est", "et", "ct", "pt", "mt", "cet"})
# The start of a 24-hour range whose end carries the zone or "hrs": "0800 – 1000 MST", "0800-1000 hrs"
_MILITARY_START = re.compile(r"(?<![\d:.,/])([01]\d|2[0-3])([0-5]\d)\s?[-–—]\s?$")
# Most texts name none of those zones: one scan for the zone word first (a quarter of the cost of
# scanning for the digits).
_COMPACT_ZONE_HINT = re.compile(rf"\s(?:{_COMPACT_ZONES})\b")
# Texting's "1030am", "930 pm": hours and minutes run together before am/pm.
_COMPACT_AP = re.compile(r"(?<![\d:.])(1[0-2]|0?[1-9])([0-5]\d)\s?([ap])\.?m\b")
_HAS_COMPACT_AP = re.compile(r"\d\d\s?[ap]\.?m\b")  # led by a digit: scanned digit to digit
# Japanese: "14時", "14時30分", "午後2時半". Not "1時間" (an hour's length) nor "時点" (as of).
_JA_TIME = re.compile(
    r"(?:(?P<part>午前|午後)\s?)?(?P<h>[0-2]?\d)\s?時(?![間点])(?:\s?(?P<m>[0-5]?\d)\s?分|(?P<half>半))?"
)
_WORD_HOURS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)
_WORD_TIME = re.compile(  # "half past two", "quarter to ten", and the British "half eleven" (11:30)
    r"(?<![\w])(?:(?P<q>half past|quarter past|quarter to|half)\s)?(?P<h>" + "|".join(_WORD_HOURS) + r")"
    r"(?P<oclock>\so'clock)?(?:\s(?:in the\s)?(?P<part>morning|afternoon|evening|am|pm)\b)?"
)
_QUARTERS = {"half past": 30, "half": 30, "quarter past": 15, "quarter to": 45}
# German: "um halb 3" is 2:30 (half *to* three), unlike the British "half three"; "Viertel nach 3"
# 3:15, "Viertel vor 3" and the Austrian "dreiviertel 3" 2:45.
_DE_HOURS = (
    "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
)
_DE_WORD_TIME = re.compile(
    # (and the south's bare "viertel elf", 10:15: a quarter of the way to eleven)
    # ... and minutes said as words: "zwanzig nach zwei" 2:20, "zehn vor drei" 2:50
    # (also written apart: "um drei viertel neun", 8:45)
    r"(?<![\w])(?P<q>halb|viertel nach|viertel vor|dreiviertel|drei viertel|viertel|"
    r"(?:fünf|zehn|zwanzig) (?:nach|vor))\s"
    r"(?P<h>1[0-2]|[1-9]|" + "|".join(_DE_HOURS) + r")(?![\w:]|\.\d)"
)
# ... and a whole hour said as a word after "um" or "gegen": "morgen früh um acht", "gegen neun"
# (not "um zwei Wochen verschieben")
_DE_WORD_HOUR = re.compile(
    # ("um Punkt neun": on the hour)
    r"(?<![\w])(?:um|gegen)\s(?:[Pp]unkt\s)?(?P<h>" + "|".join(_DE_HOURS) + r")(?:\s[Uu]hr)?(?![\w])"
    r"(?!\s+(?:wochen|tage|tagen|stunden|minuten|monate|monaten|jahre|jahren|prozent|euro|mal|personen|leute|"
    r"kilometer|grad|plätze|stellen)\b)"
)
_DE_OFFSETS = {
    "halb": (-1, 30), "viertel nach": (0, 15), "viertel vor": (-1, 45), "dreiviertel": (-1, 45),
    "drei viertel": (-1, 45),
    "viertel": (-1, 15),
    "fünf nach": (0, 5), "zehn nach": (0, 10), "zwanzig nach": (0, 20),
    "fünf vor": (-1, 55), "zehn vor": (-1, 50), "zwanzig vor": (-1, 40),
}
# German days as two capitals' worth, before a German-style time ("dann machen wir Fr 9:30",
# "Do 14h bei uns"): read in the text as written, where "Do" and "So" open English sentences.
# Not "So" or "Sa"; "Do" only before "14h" or "14 Uhr" ("Do 3:30 or 4 work?" is English).
_DE_CAPITAL_GATE = re.compile(r"(?:Mo|Di|Mi|Do|Fr)[.,]?\s(?:um\s)?\d")
_DE_CAPITAL_WD_AT = re.compile(
    r"(?<![\w])(Mo|Di|Mi|Fr)\.?,?\s(?:um\s)?(?=\d{1,2}(?::[0-5]\d|\.[1-5]\d|h\b|h[0-5]\d|\s?[Uu]hr\b))"
    r"|(?<![\w])(Do)\.?,?\s(?:um\s)?(?=\d{1,2}(?:h\b|h[0-5]\d|\s?[Uu]hr\b))"
)
# Spanish, Portuguese, Italian and French clock times in words: "a las cinco y media de la
# tarde", "às três da tarde", "alle undici e mezza", "à quinze heures trente".
_ROMANCE_HOURS = {
    "una": 1, "uma": 1, "une": 1, "dos": 2, "duas": 2, "due": 2, "deux": 2, "tres": 3, "três": 3, "tre": 3,
    "trois": 3, "cuatro": 4, "quatro": 4, "quattro": 4, "quatre": 4, "cinco": 5, "cinque": 5, "cinq": 5,
    "seis": 6, "sei": 6, "six": 6, "siete": 7, "sete": 7, "sette": 7, "sept": 7, "ocho": 8, "oito": 8,
    "otto": 8, "huit": 8, "nueve": 9, "nove": 9, "neuf": 9, "diez": 10, "dez": 10, "dieci": 10, "dix": 10,
    "once": 11, "onze": 11, "undici": 11, "doce": 12, "doze": 12, "dodici": 12, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    # Catalan and Valencian: "a les deu del matí", "a les cinc de la tarda"
    "dues": 2, "cinc": 5, "set": 7, "vuit": 8, "nou": 9, "deu": 10, "dotze": 12,
}
_ROMANCE_FRACTIONS = {
    "y media": 30, "y cuarto": 15, "menos cuarto": -15, "e meia": 30, "e um quarto": 15, "e quinze": 15,
    "e mezza": 30, "e mezzo": 30, "e un quarto": 15, "meno un quarto": -15, "et demie": 30, "et quart": 15,
    "moins le quart": -15, "trente": 30, "quinze": 15, "quarante-cinq": 45,
}
_FRACTION = (
    r"y media|y cuarto|menos cuarto|e meia|e um quarto|e quinze|e mezza|e mezzo|e un quarto|meno un quarto"
)
# ... its words may wrap onto the next line: "a las nueve y\nmedia"
_FRACTION_WRAPPED = _FRACTION.replace(" ", r"\s")
_ROMANCE_WORD_TIME = re.compile(
    r"(?<![\w])(?:(?:a\s{1,3}las|a\s{1,3}la|a les|às|as|alle|à)\s|all')"  # "a\nlas cuatro": wrapped
    r"(?P<h>una|uma|dos|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove|"
    r"diez|dez|once|onze|doce|doze|due|tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|"
    # Catalan's own numbers only after its "a les" ("as set in", "à deux" are no times)
    r"(?<=a les )(?:dues|quatre|cinc|sis|set|vuit|nou|deu|dotze)|"
    # a numeral too, with its fraction: "a las 10 y media", "às 9 e meia"
    rf"(?:1[0-2]|0?[1-9])(?=\s(?:{_FRACTION_WRAPPED})))"
    rf"(?P<fr>\s(?:{_FRACTION_WRAPPED}))?(?: en punto)?"
    r"(?P<part> de la (?:mañana|tarde|noche)| da (?:manhã|tarde|noite)| del (?:mattino|pomeriggio)|"
    r" di (?:sera|mattina)| del matí| de la (?:tarda|nit)| del vespre)?"
    # (a bracket may follow: "a las diez y media (hora de Buenos Aires)")
    r"(?=\s?(?:[,.;:!()\n]|$|en\b|por\b|con\b|para\b|y\b|e\b|in\b|pelo\b|no\b|na\b|nos\b|te\b))"
    # French after "à" or "vers" only: "durera environ une heure" is a length.
    r"|(?<![\w-])(?:à|vers|dès) (?P<fh>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-sept|dix-huit|"
    r"dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt) heures?"
    r"(?P<ffr> et demie| et quart| moins le quart| trente| quinze| quarante-cinq)?"
    r"(?P<fpart> du matin| de l'après-midi| de l’après-midi| du soir)?(?![\w-])"
)
# (not "après-midi", nor "ce midi" / "heute Mittag" / "this noon": a lunchtime the text looks back on)
_NOON = re.compile(
    # (nor a lunch break as a span: "sur le temps de midi alors : 12h30", "à l'heure de midi")
    r"(?<![\w-])(?<!ce )(?<!heute )(?<!this )(?<!temps de )(?<!heure de )(?<!pause de )"
    r"(?:noon|midday|mittag|midi|mediodía)(?![\w-])", 0
)
_AT_BEFORE = re.compile(  # whole words: not "zur Halle 4" nor "before 4"
    # (Spanish "sobre las 11", "hacia las 10", "a eso de las 5": around, said of the start)
    r"\b(?:at|still|um|à|a las|a la|sobre las|hacia las|eso de las|alle|om|às|as|alle ore|ore|kl\.?|klo|"
    r"godz\.?|o|v|ve|tijd:|time:|zeit:|heure:|hora:|ora:|tid:|czas:)\s$"
)
_DAY_AT_BEFORE = re.compile(
    # (and a part of the day: "mañana temprano a las 9", "tomorrow morning at 9"; or the day of the
    # month after the weekday: "la entrevista del miércoles 9 a las 10 con ellos")
    rf"(?<!\w)(?:(?:{_FWD})(?:\s[0-3]?\d\.?)?|morgen|heute|übermorgen|tomorrow|today|demain|mañana|hoy)"
    r"(?:\s(?:temprano|early|morning|afternoon|früh|matin|tôt|por la mañana|en la mañana|por la tarde|"
    r"en la tarde))?"
    r"\s(?:um|at|à|a las)\s$"
)
_BARE_AFTER = re.compile(  # matched on lower-cased text
    r"\s?(?:(de la tarde|de la noche|du soir|de l'après-midi|abends|nachmittags)|[,.;)!(]|$|"
    r"\s(?:o'clock|in the|et|pt|ct|mt|est|edt|pst|pdt|cst|cdt|cet|cest|mez|gmt|bst|ist|uk|hora|heure|eastern|"
    r"pacific|central|mountain|london|paris|berlin|sydney|your time|my time|our time|then|works|sharp|"
    r"it is|it's|it’s|"  # "Thursday at 11 it is"
    # "see you Thursday at 11 in our Kreuzberg office", "at 3 on Teams", "morgen um 11 bei uns"
    r"in our|at our|on (?:zoom|teams|meet|google meet|the phone)|via (?:zoom|teams|meet)|bei uns|im büro|"
    r"im office|in unserem|chez nous|dans nos (?:locaux|bureaux)|au bureau|en (?:la|nuestra) oficina|"
    r"en la ofi\b|en nuestras oficinas|"
    # "a las 8 aquí en la oficina"
    r"aqu[ií] en|acá en|aca en|here at|here in|ici au|ici à|hier (?:bei|im|in)|"
    # "a las 9 te llamo al cel": the call itself
    r"(?:te|le|los|las) (?:llamo|llamamos|llamaré|marco|marcamos)|"
    # the morning, said after the hour: "a las 9 de la mañana", "à 9 heures du matin", "um 9 Uhr morgens"
    # (Mexico's "a las 12 del día": noon)
    r"de la mañana|del día|du matin|morgens|in the morning)\b)"
)
_DOT_RANGE_AHEAD = re.compile(
    r"(?:\s?[-–—]\s?|\s(?:bis|to|until|till|à|a|au|tot)\s)(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:uhr\b|h\b|[ap]\.?\s?m\b)"
)
# "um 9 Uhr c.t." (cum tempore): the academic quarter, a quarter past the hour.
_CUM_TEMPORE = re.compile(r"\s?c\.\s?t\.")
_KL_BEFORE = re.compile(r"\bkl\.?\s$|\bklo\s$")
_BARE_RANGE_START = re.compile(r"(?<![\d:./])([01]?\d|2[0-3])\s?(?:-|to|bis|à|a)\s?$")  # not "3/12 à 14h"
# A move's old time comes next: "we're moving your 2nd round from …" (phrases.OLD_TIME reads it
# as a cue); right after it, "2:00 to 3:30" is an old time and a new one, not a range.
MOVED_FROM = (
    r"(?:move|moved|moving|shift|shifted|shifting|push|pushed|pushing|chang\w{1,3}|reschedul\w{1,3})\s"
    # (the object may be long: "moved your interview with our GM, Ray Cordova, from")
    r"(?:[^\s.?!;:]+\s){0,8}?from\s"
)
_MOVE_FROM = re.compile(MOVED_FROM + r"(?:\S+\s){0,2}$", re.I)
_RANGE_GAP = re.compile(r"\s{0,3}(?:-|to|until|till|bis|à|a|au|hasta|y|and|und|et|alle|tot|até|às)\s{0,3}$")


_NORMALISE = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u22c5": " ",
        "\u2007": " ",
        # Japanese: "15:00〜16:00", "（木）"
        "\u301c": "-",
        "\uff5e": "-",
        "\uff08": "(",
        "\uff09": ")",
    }
)
_TO_NORMALISE = re.compile("[" + "".join(map(chr, _NORMALISE)) + "]")


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    day: date | None  # None for a weekday name alone
    weekday: int | None
    explicit: bool  # a calendar date was written, not "tomorrow" or "Thursday"


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime | None
    timezone: str | None  # IANA name when stated
    pos: int  # where the time was found in the text
    date_pos: int
    explicit_date: bool
    zone_stated: bool
    reader_zone: bool = False  # "9am your time", read in the user's zone (classify sets it)


def _year_for(month: int, day: int, ref: date) -> date | None:
    """The year that puts month/day closest after ref (allowing a few days back)."""
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if ref - timedelta(days=30) <= d <= ref + timedelta(days=335):
            return d
    return None


def _mkdate(year: int | None, month: int, day: int, ref: date) -> date | None:
    if year is None:
        return _year_for(month, day, ref)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_before(text: str, pos: int) -> int | None:
    found = list(_WEEKDAY.finditer(text, max(0, pos - 16), pos))
    return WEEKDAYS[found[-1].group("wd").lower()] if found else None


def _next_weekday(ref: date, wd: int, pre: str) -> date:
    delta = (wd - ref.weekday()) % 7
    if delta == 0:
        delta = 7
    if pre.lower() in ("next",) and delta < 2:
        delta += 7
    return ref + timedelta(days=delta)


def _next_day_of_month(
    ref: date, day: int, *, months: int, earliest: date, weekday: int | None = None
) -> date | None:
    """The first ``day``-th of this month or the next ``months - 1`` that is not before
    ``earliest`` (and falls on ``weekday`` when given)."""
    for k in range(months):
        month = (ref.month - 1 + k) % 12 + 1
        year = ref.year + (ref.month - 1 + k) // 12
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d >= earliest and (weekday is None or d.weekday() == weekday):
            return d
    return None


# "toh hum is Friday same time rakhte hain", "de mercredi à jeudi, même heure": a new day, the time
# kept from the one agreed before.
_SAME_TIME = re.compile(
    r"same time|même heure|même horaire|même créneau|misma hora|mesma hora|mesmo horário|stessa ora|"
    r"(?:gleiche|selbe)n? (?:uhr)?zeit|"
    r"zelfde tijd|samma tid"
)


# The literals a match needs: nine substring tests on the lower-cased text cost a fraction of
# one case-blind scan of the alternation (~80 us over a 700-character body).
_SAME_TIME_NEEDS = literals.needed(_SAME_TIME)
_CLAUSE_END = re.compile(r"[.;!?\n\d]")


def _day_beside(low: str, m: re.Match[str], dates: list[DateHit]) -> DateHit | None:
    """The day "same time" keeps the hour for: the nearest date in its clause, just before it
    (also past the day's own words: "vendredi de la semaine prochaine, même heure") or after it
    ("same time on Friday"), not one a sentence earlier ("offsite on Thursday. Friday, same time")."""
    near = [
        (m.start() - d.end if d.end <= m.start() else d.start - m.end(), i)
        for i, d in enumerate(dates)
        if d.day is not None
        and (d.end <= m.start() <= d.end + 32 or m.end() <= d.start <= m.end() + 20)
        and not _CLAUSE_END.search(low, min(d.end, m.end()), max(d.start, m.start()))
    ]
    return dates[min(near)[1]] if near else None


def same_time_day(text: str, ref: date, month_first: bool) -> date | None:
    """The day a text moves an agreed time to, keeping its hour ("Friday, same time")."""
    low = lower(text[:2000])
    found = list(_SAME_TIME.finditer(low))
    if not found:
        return None
    dates = find_dates(low, ref, month_first)
    for m in found:
        if (day := _day_beside(low, m, dates)) is not None:
            return day.day
    return None


# "we should wrap up around 12:30", "jusqu'à 17h", "bis 12 Uhr": when the day ends, not starts
_ENDS_BEFORE = re.compile(
    # (German "Ende gegen 13 Uhr", French "fin vers 12h", Spanish "fin a las 13")
    r"\b(?:wrap(?:ping)? up|finish(?:ing)?|be done|end|ende|fin|until|till|bis|jusqu['’]à|hasta)\s"
    r"(?:(?:around|about|by|at|gegen|vers|a las|à)\s)?$",
    re.I,
)


def lone_time(text: str) -> tuple[int, int] | None:
    """The one clock time a text states (24-hour), or None for none or several: "Ich hab unseren
    Call am Mi auf 15:00 geschoben" names the new time and leaves the day to the thread."""
    text = text[:2000]
    found = {
        (_hour24(t, t.ap) % 24, t.minute)
        for t in _times(text)
        if t.strong and not _ENDS_BEFORE.search(text, max(0, t.start - 30), t.start)
    }
    return found.pop() if len(found) == 1 else None


def agenda_start(text: str) -> tuple[int, int] | None:
    """The first time of a day's plan, two or more lines that each open with a clock time
    ("  9:30 Uhr   Fachgespräch / 11:00 Uhr  Rundgang"), or None."""
    text = text[:2000]
    opening = [
        t for t in _times(text)
        if t.strong and not text[text.rfind("\n", 0, t.start) + 1 : t.start].strip()
    ]
    if len(opening) < 2:
        return None
    return _hour24(opening[0], opening[0].ap) % 24, opening[0].minute


def find_dates(text: str, ref: date, month_first: bool, offset: int = 0) -> list[DateHit]:
    """Dates in text; positions are shifted by ``offset`` (text may be a window of a longer one)."""
    hits = _find_dates(text, ref, month_first)
    if not offset:
        return hits
    return [DateHit(h.start + offset, h.end + offset, h.day, h.weekday, h.explicit) for h in hits]


def _find_dates(text: str, ref: date, month_first: bool) -> list[DateHit]:
    original = text
    text = lower(text)  # the patterns are lower-case; positions stay those of ``original``
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(h: DateHit) -> None:
        if any(a < h.end and h.start < b for a, b in taken):
            return
        taken.append((h.start, h.end))
        hits.append(h)

    for m in _D_ISO.finditer(text) if _HAS_ISO.search(text) else ():
        d = _mkdate(int(m.group("year")), int(m.group("mon")), int(m.group("day")), ref)
        if d:
            add(DateHit(m.start(), m.end(), d, d.weekday(), True))
    # Longest first where they overlap: in "mar. 8 sept. 2026" (Tuesday 8 September) the French
    # "mar." is not March.
    named = list(_D_MONTH_FIRST.finditer(text))
    named += _D_DAY_FIRST.finditer(text)
    # (of two as long, "mar. 8 déc." is Tuesday 8 December: "mar" is March only when no day-first
    # reading shares its day)
    def longest_first(m: re.Match[str]) -> tuple[int, bool, int]:
        march = m.re is _D_MONTH_FIRST and m.group("mon").startswith("mar")
        return (m.start() - m.end(), march, m.start())

    for m in sorted(named, key=longest_first):
        year = int(m.group("year")) if m.group("year") else None
        d = _mkdate(year, MONTHS[m.group("mon")], int(m.group("day")), ref)
        if d:
            add(DateHit(m.start(), m.end(), d, d.weekday(), True))
    for m in _D_JA.finditer(text) if "月" in text else ():
        year = int(m.group("year")) if m.group("year") else None
        d = _mkdate(year, int(m.group("mon")), int(m.group("day")), ref)
        if d:
            add(DateHit(m.start(), m.end(), d, d.weekday(), True))
    for m in _D_NUM.finditer(text) if _HAS_NUM.search(text) else ():
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        wd = _weekday_before(text, m.start())
        options = []
        for mm, dd in ((a, b), (b, a)) if (month_first and m.group("sep") == "/") else ((b, a), (a, b)):
            d = _mkdate(year, mm, dd, ref)
            if d:
                options.append(d)
        if wd is not None:
            options = [d for d in options if d.weekday() == wd] or options
        # Of two readings, the one in the coming months (a mail announces what is near).
        options.sort(key=lambda d: not (ref - timedelta(days=1) <= d <= ref + timedelta(days=120)))
        if options:
            add(DateHit(m.start(), m.end(), options[0], options[0].weekday(), True))
    for m in _D_SLASH_SHORT.finditer(text) if "/" in text else ():
        # "Thu 3/12", "10/23 (Fri)": a short numeric date counts only with a weekday to check it
        # against, or as "on 5/21" / "(5/21)" (or, day first, "el 10/12"), in the coming weeks.
        wd = _weekday_before(text, m.start())
        if wd is None and not month_first and (
            two := _WD_RIGHT_BEFORE_DOT.search(text, max(0, m.start() - 4), m.start())
        ) is not None and two.group("two"):
            wd = _TWO_LETTER_WD[two.group("two")]  # Belgian "me 9/12 à 16h au lieu de lu 7/12"
        if wd is None and (after := _WD_IN_BRACKETS_AFTER.match(text, m.end())) is not None:
            wd = WEEKDAYS[after.group("wd")] if after.group("wd") else _JA_WEEKDAYS.index(after.group("ja"))
        if wd is None:
            on_before = _ON_BEFORE if month_first else _ON_BEFORE_DAY_FIRST
            if on_before.search(text, max(0, m.start() - 4), m.start()):
                a, b = int(m.group("a")), int(m.group("b"))
                d = _mkdate(None, a, b, ref) if month_first else _mkdate(None, b, a, ref)
                if d and ref - timedelta(days=1) <= d <= ref + timedelta(days=90):
                    add(DateHit(m.start(), m.end(), d, d.weekday(), True))
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        fits = [d for mm, dd in (((a, b), (b, a)) if month_first else ((b, a), (a, b)))
                if (d := _mkdate(None, mm, dd, ref)) is not None and d.weekday() == wd]
        # Both readings can fall on the weekday ("lunes 3/8": 3 August or 8 March next year):
        # the sooner one, in the order the sender's region writes, on a tie.
        if fits:
            d = min(fits, key=lambda x: abs((x - ref).days))
            add(DateHit(m.start(), m.end(), d, wd, True))
    for m in _D_ORDINAL.finditer(text) if _HAS_ORDINAL.search(text) else ():
        # "Tuesday the 17th": the next 17th that is a Tuesday; "on the 14th": the next 14th.
        wd = _weekday_before(text, m.start())
        day = int(m.group("day"))
        if wd is not None:
            found = _next_day_of_month(ref, day, months=4, earliest=ref - timedelta(days=1), weekday=wd)
        elif m.group(0).startswith("the") and text[max(0, m.start() - 3) : m.start()] == "on ":
            found = _next_day_of_month(ref, day, months=2, earliest=ref)
        else:
            continue
        if found is not None:
            add(DateHit(m.start(), m.end(), found, found.weekday(), True))
    for m in _D_WD_DAY.finditer(text):
        wd = WEEKDAYS[m.group("wd")]
        day = int(m.group("day"))
        found = _next_day_of_month(ref, day, months=4, earliest=ref - timedelta(days=1), weekday=wd)
        if found is not None:
            add(DateHit(m.start(), m.end(), found, wd, True))
    for m in _D_PAREN_DAY.finditer(text) if "(" in text else ():
        found = _next_day_of_month(ref, int(m.group("day")), months=2, earliest=ref)
        if found is not None:
            add(DateHit(m.start(), m.end(), found, found.weekday(), True))
    for m in _D_WD_COMMA_DAY.finditer(text) if ", " in text else ():
        wd = WEEKDAYS[m.group("wd")]
        found = _next_day_of_month(ref, int(m.group("day")), months=2, earliest=ref, weekday=wd)
        if found is not None:
            add(DateHit(m.start("pin"), m.end("pin"), found, wd, True))
    for m in _D_BARE_DAY.finditer(text):
        found = _next_day_of_month(ref, int(m.group("day")), months=2, earliest=ref)
        if found is not None:
            add(DateHit(m.start(), m.end(), found, found.weekday(), True))
    for m in _D_DE_SHORT.finditer(text) if _HAS_DE_SHORT.search(text) else ():
        d = _mkdate(None, int(m.group("b")), int(m.group("a")), ref)
        if d:
            add(DateHit(m.start(), m.end(), d, d.weekday(), True))
    for m in _D_THIS_MONTH.finditer(text) if "monats" in text or "d. m." in text or "d.m." in text else ():
        d = _mkdate(ref.year, ref.month, int(m.group("day")), ref)
        if d and d >= ref - timedelta(days=1):
            add(DateHit(m.start(), m.end(), d, d.weekday(), True))
    for m in _D_DOT_SHORT.finditer(text) if "." in text else ():
        wd_m = _WD_RIGHT_BEFORE_DOT.search(text, max(0, m.start() - 12), m.start())
        if wd_m is None:
            continue
        wd = WEEKDAYS[wd_m.group("wd")] if wd_m.group("wd") else _TWO_LETTER_WD[wd_m.group("two")]
        d = _mkdate(None, int(m.group("b")), int(m.group("a")), ref)
        if d and d.weekday() == wd:
            add(DateHit(m.start(), m.end(), d, wd, True))
    for m in _REL.finditer(text):
        word = m.group("rel").lower()
        if word == "morgen":
            before = text[max(0, m.start() - 8) : m.start()].lower()
            if (
                re.search(r"(guten|am|jeden|heute|diesen|morgen)\s*$", before)
                or original[m.start()] == "M"
                and not re.search(
                    r"^\s*(?:um|früh|vormittag|nachmittag|,)", text[m.end() : m.end() + 12], re.I
                )
            ):
                continue  # "Guten Morgen", "am Morgen": the morning, not tomorrow
        if word == "mañana":
            before = text[max(0, m.start() - 10) : m.start()].lower()
            if re.search(r"(?:la|esta|por|(?:\d|\bmuy)\s?de)\s*$", before):
                # "por la mañana", "a las 9 de mañana": in the morning ("la entrevista de mañana" is tomorrow)
                continue
        days = {
            "today": 0,
            "tonight": 0,
            "heute": 0,
            "aujourd'hui": 0,
            "aujourd’hui": 0,
            "hoy": 0,
            "tomorrow": 1,
            "tmrw": 1,  # texting shorthand, from agency recruiters on their phones
            "tmr": 1,
            "2moro": 1,
            "2morrow": 1,
            "tomorow": 1,  # the usual misspellings, in a hurried reply
            "tommorow": 1,
            "tommorrow": 1,
            "morgen": 1,
            "demain": 1,
            "mañana": 1,
            "day after tomorrow": 2,
            "übermorgen": 2,
            "uebermorgen": 2,
            "après-demain": 2,
            "apres-demain": 2,
            "surlendemain": 2,  # "je suis en déplacement demain … le surlendemain vers 15h"
            "pasado mañana": 2,
            "vandaag": 0,
            "overmorgen": 2,
            "oggi": 0,
            "domani": 1,
            "dopodomani": 2,
            "hoje": 0,
            "amanhã": 1,
            "i morgen": 1, "i morgon": 1, "imorgon": 1, "i övermorgon": 2, "i overmorgen": 2, "i dag": 0,
            "idag": 0, "huomenna": 1, "tänään": 0, "jutro": 1, "pojutrze": 2, "dzisiaj": 0, "dziś": 0,
            "zítra": 1, "dnes": 0,
            "morgige": 1, "morgigen": 1, "morgigem": 1, "morgiger": 1,
            "heutige": 0, "heutigen": 0, "heutigem": 0, "heutiger": 0,
        }[word]
        d = ref + timedelta(days=days)
        add(DateHit(m.start(), m.end(), d, d.weekday(), False))
    explicit = [h for h in hits if h.explicit]
    for m in _REL_WD.finditer(text):
        # "Tuesday, June 2" / "2. Juni, Dienstag": the weekday only names the written date; not
        # when another weekday stands between ("our 2pm Friday call to Monday, Nov 2").
        if any(
            (-3 <= h.start - m.end() <= 20 and not _WEEKDAY.search(text, m.end(), h.start))
            or -3 <= m.start() - h.end <= 6
            for h in explicit
        ):
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        pre = m.group("pre") or ""
        d = _next_weekday(ref, wd, pre)
        around = text[max(0, m.start() - 24) : m.end() + 24]
        post = m.group("post") or ""
        week_on = post in ("en huit", "in acht tagen", "in einer woche", "subsiguiente") or "el otro" in post
        if week_on or pre.startswith(("über", "ueber")):
            # "mercredi en huit", "Mittwoch in acht Tagen", "übernächsten Dienstag": a week after
            # the coming such day (today, if it is one): said on a Friday, "lundi en huit" is not
            # the Monday three days on
            d = ref + timedelta(days=(wd - ref.weekday()) % 7 + 7)
        elif post.startswith("suivant") and (
            said := [h.day for h in explicit if h.day and h.end <= m.start()]
        ):
            # "l'entretien de lundi 7/12 … décalé au lundi suivant": the one after the date said before
            d = _next_weekday(said[-1], wd, "")
        elif post == "en quinze":
            d = ref + timedelta(days=(wd - ref.weekday()) % 7 + 14)  # "mercredi en quinze": a fortnight on
        elif post in ("in zwei wochen", "in 2 wochen", "in two weeks"):
            # "Montag in zwei Wochen": that day in the calendar week two after the reference's
            d = ref + timedelta(days=14 - ref.weekday() + wd)
        elif _NEXT_WEEK.search(around):
            # "Tuesday next week": in the week after the reference's ("Mittwoch übernächster Woche":
            # the one after that)
            next_monday = ref + timedelta(days=7 - ref.weekday())
            d = next_monday + timedelta(days=wd + (7 if "übernächste" in around else 0))
        add(DateHit(m.start("wd"), m.end(), d, wd, False))
    for m in _DE_CAPITAL_WD_AT.finditer(original) if _DE_CAPITAL_GATE.search(original) else ():
        if any(-3 <= h.start - m.end() <= 20 or -3 <= m.start() - h.end <= 6 for h in explicit):
            continue
        g = 1 if m.group(1) else 2
        wd = _DE_SHORT_WD[m.group(g).lower()]
        add(DateHit(m.start(g), m.end(g), _next_weekday(ref, wd, ""), wd, False))
    for m in _SHORT_WD_AT.finditer(text):
        if any(-3 <= h.start - m.end() <= 20 or -3 <= m.start() - h.end <= 6 for h in explicit):
            continue
        name = "wd" if m.group("wd") else "de" if m.group("de") else "pl"
        wd = (WEEKDAYS if name == "wd" else _DE_SHORT_WD if name == "de" else _PL_SHORT_WD)[m.group(name)]
        d = _next_weekday(ref, wd, "")
        add(DateHit(m.start(name), m.end(name), d, wd, False))
    if _CLOCKS_GATE.search(text):
        # "the clocks go back this Sunday, so 10:00 here will also be 10:00 for you": that Sunday is
        # the clocks' day, not the meeting's
        hits = [h for h in hits if not _CLOCKS_CHANGE_BEFORE.search(text, max(0, h.start - 40), h.start)]
    hits.sort(key=lambda h: h.start)
    return hits


_CLOCKS_GATE = re.compile(
    r"clocks?\b|daylight saving|zeitumstellung|uhren|changement d['’]heure|cambio de hora"
)
_CLOCKS_CHANGE_BEFORE = re.compile(
    r"(?:\bclocks? (?:go|goes|went|change|changes|move|moves|spring|fall|falls)(?: back| forward| ahead)?|"
    r"daylight saving(?: time)? (?:ends|starts|begins)|zeitumstellung|"
    r"\buhren (?:werden )?(?:\w+ )?(?:zurück|vor)gestellt|"
    r"changement d['’]heure|cambio de hora)[^.\n\d]{0,20}$"
)


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    hour: int
    minute: int
    ap: str | None
    strong: bool  # clearly a time (has :mm, am/pm, h, Uhr), not a bare number


# "mañana a primera hora entonces, 8.30": a dotted time a few words after a relative day
_REL_DAY_SHORTLY_BEFORE = re.compile(_REL.pattern + r"[^.\n\d]{0,30}$")


def _military_start(text: str, end_at: int, out: list[_Time]) -> None:
    """The range's start before a 24-hour end at ``end_at``, when there is one."""
    before = _MILITARY_START.search(text, max(0, end_at - 10), end_at)
    if before is not None:
        hour, minute = int(before.group(1)), int(before.group(2))
        out.append(_Time(before.start(), before.end(2), hour, minute, None, True))


def _times(text: str) -> list[_Time]:
    text = lower(text)
    out: list[_Time] = []
    for m in _TIME.finditer(text):
        h = int(m.group("h"))
        mi = int(m.group("m") or 0)
        sep, ap, suf = m.group("sep"), m.group("ap"), m.group("suf")
        if _OFFSET_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if h <= 6 and _LENGTH_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if mi == 59 and (h == 23 or (h == 11 and m.group("ap") == "p")):
            continue  # "bis 08.07.2026, 23:59 Uhr": a deadline, never a meeting
        at_before = _AT_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        if not ap and m.group("ap2") and (
            at_before or _WD_RIGHT_BEFORE.search(text, max(0, m.start() - 14), m.start())
        ):
            ap = m.group("ap2")  # "thurs 10a", "at 2p": American shorthand, after a day or "at"
        gap = text[out[-1].end : m.start()] if out else "\n"
        if sep == "." and len(gap) <= 5 and _RANGE_GAP.match(gap):
            at_before = True  # "kl. 10.00-10.45": the end of a range whose start is a time
        if sep == "." and not (ap or suf or at_before):
            # "Kafi am Fr 8.15", "mañana a primera hora, 8.30": right after a day, and no month (".15",
            # ".00"), a time.
            after_day = not 1 <= mi <= 12 and bool(
                _WD_RIGHT_BEFORE.search(text, max(0, m.start() - 14), m.start())
                or _REL_DAY_SHORTLY_BEFORE.search(text, max(0, m.start() - 40), m.start())
            )
            if not (after_day or _DOT_RANGE_AHEAD.match(text, m.end())):
                continue  # "10.03" is a date or a number; "kl. 10.30", "om 10.30" are times
            at_before = True  # "9.00–10.00 Uhr": the start of a range whose end is a time
        # "toma entre 3 y 4 horas", "durée : 2 heures": a few bare hours are a length, unless "at"
        # comes first ("a las 4 horas"); "9 heures" is a time.
        length = (
            bool(suf) and not m.group("m") and not at_before and h <= 6
            and suf.lower().startswith(("hora", "heure", "hour", "hrs"))
        )
        strong = bool(
            (sep in (":", "h", "u") and m.group("m"))
            or ap
            or (suf and not length)
            or (sep == "." and at_before)
        )
        evening = False
        if not strong and not m.group("m") and text.startswith((" o'clock", " o’clock"), m.end()):
            strong = True  # "Friday's 11 o'clock interview": a clock, whatever comes before it
        if not strong and at_before:
            # "at 3 ET", "a las 4 de la tarde": a bare hour after "at" and before a zone or an
            # end of phrase is a time. "kl. 13" (Nordic "klockan") is one wherever it stands.
            # (a wrapped line counts as a space: "a las 3 de la\ntarde", "a las 8 en\nnuestra oficina")
            after = _BARE_AFTER.match(text[m.end() : m.end() + 60].replace("\n", " "))
            kl = _KL_BEFORE.search(text, max(0, m.start() - 5), m.start())
            # "morgen um 10 bin ich zurück", "tomorrow at 10 I'll": a day, "at", an hour
            day_at = _DAY_AT_BEFORE.search(text, max(0, m.start() - 36), m.start())
            strong = after is not None or kl is not None or day_at is not None
            evening = bool(after and after.group(1))
        if not strong and not m.group("m") and _AGREED_AFTER.match(text, m.end()):
            # "Thu 4 works", "Thu at 4 works": right after a day (or "at"), an hour agreed to
            strong = at_before or _WD_RIGHT_BEFORE.search(text, max(0, m.start() - 14), m.start()) is not None
        if not strong:
            continue
        if evening and h < 12:
            ap = "p"
        if ap and h > 12:
            continue
        end = m.end()
        if suf and suf.lower() == "h" and not m.group("m") and not ap:
            # "14h" / "14 h 30"
            m2 = re.match(r"\s?([0-5]\d)(?!\d)", text[end : end + 4])
            if m2:
                mi = int(m2.group(1))
                end += m2.end()
        academic = _CUM_TEMPORE.match(text, end) if suf and not m.group("m") else None
        if academic is not None:
            mi, end = 15, academic.end()
        out.append(_Time(m.start(), end, h, mi, ap.lower() if ap else None, strong))
        if ap or suf:
            # "3-4pm", "10 - 11 Uhr", "3 to 4.30pm": the bare first number is the start of a range.
            r = _BARE_RANGE_START.search(text, max(0, m.start() - 10), m.start())
            # On a 24-hour clock a range runs forward: "le 11 à 10 h" is a day, then the time;
            # so are "le 3 à 10h", "mercredi 4 à 10 h" (a weekday, "le", "el", "am" name a day; "de" a
            # range's start).
            day_first = r is not None and _DAY_ARTICLE.search(text, max(0, r.start(1) - 14), r.start(1))
            if r and (ap or int(r.group(1)) < h) and not day_first:
                out.append(_Time(r.start(1), r.end(1), int(r.group(1)), 0, None, True))
    noon = "noon" in text or "mid" in text or "mittag" in text or "mediod" in text
    for m in _NOON.finditer(text) if noon else ():
        out.append(_Time(m.start(), m.end(), 12, 0, "p", True))
    for m in _MILITARY.finditer(text) if ("hr" in text or "0h" in text or "5h" in text) else ():
        _military_start(text, m.start(), out)
        out.append(_Time(m.start(), m.end(), int(m.group(1)), int(m.group(2)), None, True))
    for m in _COMPACT_ZONE.finditer(text) if _COMPACT_ZONE_HINT.search(text) else ():
        at, clock = m.start(), m.group(1)
        hour, minute = int(clock[:-2]), int(clock[-2:])
        if hour > 23 or minute > 59 or (at and text[at - 1] in "0123456789:.,/-"):
            continue
        if m.group(2) in _AMBIGUOUS_ZONE and not text[max(0, at - 3) : at].endswith(("at ", "@ ")):
            continue
        if len(clock) == 4:
            _military_start(text, at, out)
        out.append(_Time(at, m.end(1), hour, minute, None, True))
    for m in _COMPACT_AP.finditer(text) if _HAS_COMPACT_AP.search(text) else ():
        out.append(_Time(m.start(), m.end(), int(m.group(1)), int(m.group(2)), m.group(3), True))
    for m in _JA_TIME.finditer(text) if "時" in text else ():
        part, h = m.group("part"), int(m.group("h"))
        if h > 24 or (part and h > 12):
            continue
        mi = 30 if m.group("half") else int(m.group("m") or 0)
        out.append(_Time(m.start(), m.end(), h % 24, mi, {"午前": "a", "午後": "p"}.get(part or ""), True))
    worded_de = "halb" in text or "viertel" in text or "nach " in text or "vor " in text
    for m in _DE_WORD_TIME.finditer(text) if worded_de else ():
        named = m.group("h")
        hour = _DE_HOURS.index(named) + 1 if named in _DE_HOURS else int(named)
        back, minute = _DE_OFFSETS[m.group("q")]
        out.append(_Time(m.start(), m.end(), (hour + back - 1) % 12 + 1, minute, None, True))
    for m in _DE_WORD_HOUR.finditer(text) if ("um " in text or "gegen " in text) else ():
        if not any(t.start <= m.start("h") < t.end for t in out):  # not inside "um halb acht"
            out.append(_Time(m.start("h"), m.end(), _DE_HOURS.index(m.group("h")) + 1, 0, None, True))
    romance = "las " in text or "heure" in text or "às " in text or "alle " in text or "all'" in text
    romance = romance or "a les " in text
    romance = romance or " la una" in text
    for m in _ROMANCE_WORD_TIME.finditer(text) if romance else ():
        named = m.group("h") or m.group("fh")
        hour = int(named) if named.isdigit() else _ROMANCE_HOURS[named]
        minute = _ROMANCE_FRACTIONS.get(" ".join((m.group("fr") or m.group("ffr") or "").split()), 0)
        if minute < 0:
            hour, minute = (hour - 1) or 12, 60 + minute
        part = (m.group("part") or m.group("fpart") or "").strip()
        morning = part.endswith(("mañana", "manhã", "mattino", "mattina", "matin", "matí"))
        ap = "a" if morning else "p" if part else None
        if ap == "p" and part.endswith(("noche", "noite", "sera", "soir", "nit")) and hour == 12:
            ap = "a"  # "a las doce de la noche": midnight
        out.append(_Time(m.start(), m.end(), hour, minute, ap, True))
    worded = "past" in text or "half" in text or "o'clock" in text or " in the " in text
    for m in _WORD_TIME.finditer(text) if worded else ():
        hour = _WORD_HOURS.index(m.group("h")) + 1
        minute = _QUARTERS.get(m.group("q") or "", 0)
        if m.group("q") == "quarter to":
            hour = hour - 1 or 12
        part = m.group("part") or ""
        ap = "p" if part in ("afternoon", "evening", "pm") else "a" if part in ("morning", "am") else None
        if ap or m.group("q") or m.group("oclock"):
            out.append(_Time(m.start(), m.end(), hour, minute, ap, True))
    out.sort(key=lambda t: t.start)
    return out


def _hour24(t: _Time, ap: str | None) -> int:
    h = t.hour
    if ap == "p" and h < 12:
        return h + 12
    if ap == "a" and h == 12:
        return 0
    if ap is None and 1 <= h <= 6:
        return h + 12  # "at 3:00": nobody interviews at three in the morning
    return h


def find_slots(text: str, ref: datetime | None, month_first: bool = True) -> list[Slot]:
    """Every date+time in text, as aware datetimes (zone: stated, else the reference's)."""
    if ref is None:
        return []
    # Same-length normalisation keeps positions: dashes of every width, odd spaces.
    text = text[:MAX_SCAN]
    if _TO_NORMALISE.search(text):  # most texts hold none: a scan, not a lookup per character
        text = text.translate(_NORMALISE)
    ref_day = ref.date()
    times = _times(text)
    if not times:
        return []
    # Dates only matter near a time: read the window around the times, not the whole text.
    lo = max(0, text.rfind("\n", 0, max(0, times[0].start - 300)))
    hi = min(len(text), times[-1].end + 200)
    dates = find_dates(text[lo:hi], ref_day, month_first, lo)
    if not dates:
        return []
    zones_all = find_zones(text, max(0, lo - 300), min(len(text), hi + 300))
    # A named zone (a country domain's, a signature's city) is kept; a Date header's bare offset
    # is read as the common zone that has it then.
    default_tz = reference_zone(ref, text)
    slots: list[Slot] = []
    used: set[int] = set()
    last: tuple[DateHit, int] | None = None
    i = 0
    while i < len(times):
        t = times[i]
        end_t: _Time | None = None
        if i + 1 < len(times):
            nxt = times[i + 1]
            gap = text[t.end : nxt.start]
            if len(gap) <= 12 and _RANGE_GAP.match(gap) and "\n" not in gap and not (
                _MOVE_FROM.search(text, max(0, t.start - 60), t.start)
            ):
                end_t = nxt
        # A date must be near: same line or the few lines above ("Date: ...\nTime: ...").
        dh = _date_for(text, dates, t.start, (end_t or t).end)
        if dh is None and last is not None and text.count("\n", last[1], t.start) <= 2:
            dh = last[0]  # an itinerary: one date, then a line per session
        if dh is None or dh.day is None:
            i += 2 if end_t else 1
            continue
        h1 = _hour24(t, t.ap)
        h2 = 0
        if end_t is not None:
            h2 = _hour24(end_t, end_t.ap or t.ap)
            if t.ap is None and end_t.ap:
                # "1:00 - 1:45 PM": the start shares the end's am/pm unless that puts it after
                # the end ("11 - 12pm").
                shared = _hour24(t, end_t.ap)
                h1 = shared if (shared, t.minute) <= (h2, end_t.minute) else t.hour
        # "9am your time / 10am ET": the zone beside it is the other clock's.
        reader = READER_CLOCK.match(text, t.start, t.start + 40) is not None
        zhit = None if reader else _zone_near(text, zones_all, (end_t or t).end)
        tz: tzinfo | None = zhit.tz if zhit else default_tz
        irish = irish_standard_time(text, ref) if zhit and text[zhit.start : zhit.end] == "IST" else None
        if zhit is not None and irish is not None:
            zhit = replace(zhit, name=irish.key, tz=irish)
            tz = irish
        if tz is None:
            i += 1
            continue
        try:
            start = datetime.combine(dh.day, time(h1 % 24, t.minute), tzinfo=tz)
            end = None
            if end_t is not None:
                end = datetime.combine(dh.day, time(h2 % 24, end_t.minute), tzinfo=tz)
                if end <= start:
                    end = (
                        end + timedelta(days=1)
                        if (end + timedelta(days=1) - start) < timedelta(hours=12)
                        else None
                    )
        except (ValueError, OverflowError):
            i += 1
            continue
        last = (dh, (end_t or t).end)
        key = t.start
        if key not in used:
            used.add(key)
            slots.append(
                Slot(
                    start, end, zhit.name if zhit else None, t.start, dh.start, dh.explicit,
                    zhit is not None and not zhit.weak,
                )
            )
        i += 2 if end_t else 1
    return slots + _same_time_slots(text, dates, slots)


def _same_time_slots(text: str, dates: list[DateHit], slots: list[Slot]) -> list[Slot]:
    """"décaler notre entretien de mercredi 18 à 15h au jeudi 19 novembre, même heure": the day
    named just before "same time", at the clock of the time said before it."""
    if not slots:
        return []
    low = lower(text)
    if not literals.possible(_SAME_TIME_NEEDS, low):
        return []
    out: list[Slot] = []
    for m in _SAME_TIME.finditer(low):
        day = _day_beside(low, m, dates)
        before = [sl for sl in slots if sl.pos < m.start()]
        if day is None or day.day is None or not before or day.day == before[-1].start.date():
            continue
        said = before[-1]
        start = datetime.combine(day.day, said.start.timetz())
        end = start + (said.end - said.start) if said.end is not None else None
        out.append(Slot(start, end, said.timezone, m.start(), day.start, day.explicit, said.zone_stated))
    return out


_UNIT = r"min|minutes?|mins|minuten|minutos|minuti|h|hours?|hrs?|stunden?|heures?|horas?|ore|uur"
_DURATION = re.compile(
    # (a table's cell needs no colon: "Duración  60 minutos")
    # ... nor does a sentence: "d'une durée de 45 minutes", "Dauer von 30 Minuten"
    rf"(?:duration|dauer|durée|duración|durata|duur|duração)\s{{0,12}}(?::|de|of|von|van)?\s{{0,3}}\(?"
    rf"(?P<a>\d{{1,3}})\s?(?P<au>{_UNIT})\b|"
    rf"\b(?:for|für|pendant|durante|per|voor)\s(?P<b>\d{{1,3}})\s?(?P<bu>{_UNIT})\b|"
    rf"\b(?:blocked|reserved|set aside|allotted|allocated)(?: off| out)?\s"
    rf"(?P<f>\d{{1,3}})\s?(?P<fu>{_UNIT})\b|"
    # "Plane bitte 45 Minuten ein", "prévoyez 45 minutes", "please allow 45 minutes"
    rf"\b(?:plane|planen sie|plant|prévoyez|prévois|allow|calcula|calcule)\s(?:bitte\s|please\s)?"
    rf"(?P<h>\d{{1,3}})\s?(?P<hu>{_UNIT})\b|"
    # a length after a dash: "tmrw 9:30 ET - 1 hr w/ Priscilla" (not a bare "h", which is a clock time)
    r"^[^\n]{0,12}?\s[-–—]\s(?P<g>\d{1,3})\s?(?P<gu>min|mins|minutes|hr|hrs|hours?)\b|"
    # ... or after a comma on the time's own line: "9:00 AM Central, 45 minutes" (not "15 minutes
    # before", "45 min-ish")
    r"^[^\n,]{0,60}?,\s(?P<i>\d{1,3})\s?(?P<iu>min|mins|minutes|hr|hrs|hours?)\b"
    r"(?!-?ish| (?:before|early|earlier|prior|ahead))|"
    r"\b(?P<c>\d{1,3})[-\s](?P<cu>minute|min|hour)\s(?:video |phone |virtual |zoom |teams )?"
    r"(?:call|interview|conversation|chat|session|meeting)|"
    # a booking page's own line: "2:00 PM EDT\n30 minutes"
    rf"\n[ \t]{{0,8}}(?P<d>\d{{1,3}})\s?(?P<du>{_UNIT})[ \t]*(?:\n|$)|"
    # "for an hour", "toujours pour une heure", "für eine Stunde"
    r"\b(?:for|für|pendant|pour|durante|per|voor)\s(?:one|an|a|une|eine|una|un|een)\s(?P<e>hour|heure|stunde|hora|ora|uur)\b"
)


def duration_after(text: str, pos: int, window: int = 250) -> timedelta | None:
    """A length stated right after a time ("for 45 minutes", "Duration: 1 hour", "a 60-minute
    call"), or None. A hedged one ("about 30 minutes") is no end: it is not a promise."""
    chunk = lower(text[pos : pos + window])
    m = _DURATION.search(chunk)
    if m is None:
        return None
    if m.group("e"):
        return None if _HEDGE.search(chunk, max(0, m.start() - 16), m.start() + 1) else timedelta(hours=1)
    number = next(k for k in ("a", "b", "c", "d", "f", "g", "h", "i") if m.group(k))
    if _HEDGE.search(chunk, max(0, m.start(number) - 16), m.start(number)):
        return None
    if number == "a" and _ESTIMATE.search(chunk, max(0, m.start() - 30), m.start()):
        return None  # "Se estima una duración de 1 hora y media": an estimate, not a length
    per = 1 if m.group(number + "u").startswith("min") else 60
    minutes = int(m.group(number)) * per
    if per == 60 and _AND_A_HALF.match(chunk, m.end()):
        minutes += 30  # "1 hora y media", "1 hour and a half"
    elif per == 60 and (extra := _AND_MINUTES.match(chunk, m.end())):
        minutes += int(extra.group(1))  # "durée : 1 h 30", "1 hour 15 minutes"
    return timedelta(minutes=minutes) if 10 <= minutes <= 8 * 60 else None


_ESTIMATE = re.compile(r"estima|estimated|estimée?|voraussichtlich|geschätzt|prevista|prévue?|expected")
_AND_MINUTES = re.compile(r"\s?([0-5]\d)(?![\d:])(?:\s?(?:min|minutes?|minuten|minutos))?")
_AND_A_HALF = re.compile(r"s?\s(?:y media|and a half|et demie|e mezza|und eine halbe)\b")
_HEDGE = re.compile(
    r"(?:about|around|approximately|roughly|up to|etwa|ungefähr|environ|unos|circa|ongeveer)\s?$"
)


def _opened(span: str) -> bool:
    return span.rfind("(") > span.rfind(")")


def _said_on(text: str, start: int) -> bool:
    return text[max(0, start - 3) : start] in ("on ", "On ")


# A line wrapped right before the date: "at 10:00am (Central European Time) on\nTuesday, November 3"
_WRAPPED_ON = re.compile(r"\s(?:on|am|le|el)[ \t]*\n[ \t]*(?:[^\W\d_]+\.?,?[ \t]*)?$")
# A time line that ends (past a zone in brackets) where its date's line begins: a booking page's
# "09:00am - 09:30am (Bogota, Jamaica, Lima Time)\nThursday, October 29, 2026"
_NEXT_LINE_DATE = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t\r]*\n[ \t]*(?:[^\W\d_]+\.?,?[ \t]*)?")
# A clock between a time and a date (not a zone's offset: "(GMT+01:00) Dublin; Tuesday, 14 April")
_CLOCK_BETWEEN = re.compile(
    r"\d(?::[0-5]\d)?\s?(?:[ap]\.?m\b|h\b|uhr\b)|(?<![+\-−\d:])\d{1,2}:[0-5]\d\b", re.IGNORECASE
)


# The day a move goes to, right after the old time: "from Thursday (10/8, 9:00 AM) to Friday
# 10/9", "del lunes 30 ... a las 9:00 a. m. al martes 1", "von 10 Uhr auf Mittwoch"
_MOVED_TO = re.compile(r"[\s),]{0,3}(?:to|al|au|auf)\s+(?:(?:the|le|el|den)\s+)?", re.IGNORECASE)


# A sentence's end between a time and a date (not the dot of "a.m."): the date is the next sentence's;
# in a note typed in lower case, after a word ("son las 17:00 acá. confirmar mañana")
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?]\s+[A-ZÀ-Ý¿¡]|[^\W\d_]{3}[.!?]\s+[^\W\d_]")



# A clock right after a date: the clock of the pattern above, behind "at" at most
_OWN_CLOCK_AFTER = re.compile(
    r"[ \t,]{0,3}(?:at |à |um |a las |alle )?\d?(?:" + _CLOCK_BETWEEN.pattern + ")", re.IGNORECASE
)


def _clock_in_bracket(text: str, pos: int) -> bool:
    """Whether the bracket open at ``pos`` holds a clock before it closes."""
    close = text.find(")", pos, pos + 80)
    return _CLOCK_BETWEEN.search(text, pos, close if close >= 0 else pos + 80) is not None


def _date_for(text: str, dates: list[DateHit], tstart: int, tend: int) -> DateHit | None:
    """The date a time belongs to: on its line before it, else just after it on the line
    ("3pm on Thursday"), else on the lines just above."""
    line_start = text.rfind("\n", 0, tstart) + 1
    line_end = text.find("\n", tend)
    line_end = len(text) if line_end < 0 else line_end
    before = [d for d in dates if line_start <= d.start < tstart and tstart - d.end <= 120]
    if not before:
        # a sentence wrapped between its date and its time: "en lloc de dimarts 17 a\nles 10h"
        before = [d for d in dates if d.end <= tstart and tstart - d.end <= 12
                  and _WRAPPED_PAIR.fullmatch(text, d.end, tstart)]
    # "9:30 AM IST (i.e. Thursday, 16th July, 9:00 PM PDT)": a date in brackets opened after
    # the time is the bracketed time's, in another zone.
    # (a date in brackets with no clock of its own is this time's: "11:30 ET call on Wednesday (12/9)")
    dates = [
        d for d in dates
        if d.start < tend or not _opened(text[tend : d.start]) or not _clock_in_bracket(text, d.end)
    ]
    # "... on Wednesday so he can't do 11. Could you do half two on Thursday": the day right
    # after the time is its own, over one said a sentence earlier.
    # "... this Sunday, so 10:30am ET on Monday is ...": "on <day>" right after the time is its day,
    # also past a line break.
    close_after = [
        d for d in dates if tend <= d.start <= tend + 15 and (d.start < line_end or _said_on(text, d.start))
        and not _MOVED_TO.match(text, tend, d.start)
    ]
    said_on = bool(close_after) and _said_on(text, close_after[0].start)
    if close_after and (not before or tstart - before[-1].end > 40 or said_on):
        return close_after[0]
    if before and _SENTENCE_END.search(text, before[-1].end, tstart):
        # "… un comité mardi matin. On garde 10h mais le mercredi (15/12)": a day in the time's own
        # sentence, just after it, over one the sentence before said.
        own = [
            d for d in dates
            if tend <= d.start < tend + 40 and d.start < line_end
            and not _SENTENCE_END.search(text, tend, d.start)
            and _CLOCK_BETWEEN.search(text, tend, d.start) is None
            and not _MOVED_TO.match(text, tend, d.start) and not _OWN_CLOCK_AFTER.match(text, d.end)
        ]
        if own:
            return own[0]
    if before:
        # Prefer an explicit date over a weekday name that precedes it ("Tuesday, March 3").
        best = before[-1]
        for d in reversed(before):
            # (not past a clock of its own: "from Wednesday (9/30) at 10:00 to Friday at 1:30 pm")
            if (d.explicit and best.start - d.end < 20
                    and _CLOCK_BETWEEN.search(text, d.end, best.start) is None):
                best = d
                break
        return best
    # ... not a date that another time stands before: "8am Melbourne time - which is 10pm on
    # Wednesday 9 Dec for you" gives 9 Dec to the 10pm; the 8am's date is the line above.
    after = [
        d for d in dates
        if tend <= d.start < tend + 60
        and (d.start < line_end or _WRAPPED_ON.search(text, tend, d.start)
             or _NEXT_LINE_DATE.fullmatch(text, tend, d.start))
        and _CLOCK_BETWEEN.search(text, tend, d.start) is None
        and not _MOVED_TO.match(text, tend, d.start)
        # not past a sentence's end: "can't make your 10:00. Could we move you to Wednesday 9/16"
        and not _SENTENCE_END.search(text, tend, d.start)
        # nor a date with a clock of its own: "8:00 am NZDT - that is Tuesday 8 December, 8:00 pm CET"
        and not _OWN_CLOCK_AFTER.match(text, d.end)
    ]
    if after:
        return after[0]
    # Up to three lines above, within 200 characters: "Date: ...\nTime: ...".
    above = [d for d in dates if tstart - 200 <= d.start < line_start]
    lines_between = text.count("\n", above[-1].end, line_start) if above else 99
    if above and lines_between <= 3:
        return above[-1]
    # An itinerary: "Here is your schedule for Thursday, September 17, 2026." and, a short note
    # later, the list of times. A written-out date, and no other date in between.
    # ... not the day it replaced: "NEW DATE: Thursday, December 3\n(previously Tuesday,
    # December 1 - the times are unchanged)" above the list of times
    wider = [
        d for d in dates
        if tstart - 800 <= d.start < line_start
        and not _REPLACED_BEFORE.search(text, max(0, d.start - 30), d.start)
    ]
    if wider and wider[-1].explicit:
        # A date alone on its line heads what follows further down: an all-day invitation's
        # "jueves, 29 de octubre de 2026", its guests, then the note that gives the time.
        d = wider[-1]
        head = text[text.rfind("\n", 0, d.start) + 1 : d.start]  # "jueves, " (a weekday) at most
        # (a zone in brackets may follow it: "Thursday Nov 19, 2026 (Central Time - Chicago)")
        alone = re.fullmatch(r"[^\W\d_]{0,12}[ ,.]*", head) is not None and not _BRACKETS_AFTER.sub("", text[
            d.end : (text.find("\n", d.end) + 1 or len(text)) - 1
        ]).strip(" ,.")
        if text.count("\n", d.end, line_start) <= (20 if alone else 12):
            return d
    # A table of times with its date below it: "9:00 - 9:45 Entrevista ... \nFecha: viernes 19
    # de junio". Only a written-out date on a "Date:" line, a few lines down.
    below = [d for d in dates if line_end < d.start <= line_end + 600 and d.explicit]
    if below and text.count("\n", line_end, below[0].start) <= 8:
        label_start = text.rfind("\n", 0, below[0].start) + 1
        if _DATE_LABEL.search(text, label_start, below[0].start):
            return below[0]
    return None


_BRACKETS_AFTER = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")
_WRAPPED_PAIR = re.compile(r"[ \t]*[^\W\d_]{0,4}[ \t]*\n[ \t]*[^\W\d_]{0,4}[ \t]*", re.I)
_REPLACED_BEFORE = re.compile(
    r"(?i)(?:previously|originally|formerly|instead of|bisher|ursprünglich|statt|précédemment|initialement|"
    r"au lieu d[eu]|anteriormente|en lugar de|en vez de|antes)\W{0,3}(?:\w+,?\s){0,1}$"
)
_DATE_LABEL = re.compile(
    r"(?i)(?:date|datum|fecha|data|día|dia|jour|giorno|dátum|termin|when|wann|quand|cuándo|quando|wanneer)"
    r"\s?:\s*(?:\w+,?\s)?$"
)


# A time said in the reader's zone, which the mail does not name ("9am your time / 10am ET").
READER_CLOCK = re.compile(
    # (not "at 10 for your interview": the words end there)
    # ("15 h 30 pour vous", "15h pour vous": the French clock's "h")
    r"(?:\d{1,2}\s?h\s?(?:\d\d)?|[\d:.]{1,5}\s?(?:[ap]\.?m\.?)?)\s?"
    r"(?:your time|for you|on your end|your end|à votre heure|pour vous|"
    r"para (?:ti|usted|vos)|bei (?:dir|ihnen)|deiner zeit|ihrer zeit)\b",
    re.I,
)


_FOR_THE_READER = re.compile(
    r"\b(?:for you|your time|on your end|pour (?:vous|toi)|para (?:ti|usted)|für (?:dich|sie))"
    r"(?: in| en| à| a| in der| im)?(?: the)?\s{1,3}$",
    re.I,
)


# "Software Engineer – CT Reconstruction", "PT Clinic": a two-letter zone abbreviation that starts
# a name; away from a time it names no zone ("2pm CT Thursday" has the time right before it).
_NAME_AFTER = re.compile(r" (?!Time\b|Zone\b)[A-Z][a-z]")


def _in_a_name(text: str, z: ZoneHit) -> bool:
    two_caps = z.end - z.start == 2 and text[z.start : z.end].isupper()
    return two_caps and _NAME_AFTER.match(text, z.end) is not None


# How far after a time its own zone starts: "8:30 AM Central", "14:00 (UTC)", "10:00 Uhr MEZ".
_OWN_ZONE_REACH = 6
_HAS_DIGIT = re.compile(r"\d")


def _zone_near(text: str, zones: list[ZoneHit], pos: int) -> ZoneHit | None:
    """The zone stated right after a time, else on its line, else in the lines around it."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    # A zone may begin inside the time's own match: "9:00 hora canaria" is read as "9:00 hora".
    right = [z for z in zones if z.end > pos and z.start <= pos + 30 and z.start < line_end + 1]
    if not right:
        # ... or wrapped onto the next line: "at 4:00 PM\n(CET)"
        right = [z for z in zones if pos <= z.start <= pos + 4 and not text[pos : z.start].strip(" \n(")]
        if right:
            next_end = text.find("\n", right[0].start)
            line_end = len(text) if next_end < 0 else next_end
    if right:
        after = [z for z in zones if z.end > pos and z.start <= line_end and z.start - pos <= 60]
        if after[0].start - pos <= _OWN_ZONE_REACH:
            # The time has its own zone; one after a further time is that time's: "8:30 AM Central
            # (9:30 AM Eastern)", "14:00 UTC (15:00 CET)". Not so in "2pm - 3pm ET", where the
            # range shares the zone after its end.
            after = [z for z in after if not _HAS_DIGIT.search(text, after[0].end, z.start)]
        return best_zone(after)
    zones = [z for z in zones if not _in_a_name(text, z)]
    on_line = [z for z in zones if line_start <= z.start < line_end]
    if on_line:
        return best_zone(on_line)
    around = [z for z in zones if pos - 300 <= z.start <= pos + 200]
    # (a conversion for the reader is not the itinerary's zone: "all times GMT; 11:00 - 13:30 for
    # you in Madrid time")
    theirs = [z for z in around if not _FOR_THE_READER.search(text, max(0, z.start - 24), z.start)]
    if theirs or around:
        return best_zone(theirs or around)
    return None
