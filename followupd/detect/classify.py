"""Evidence -> verdict: is this mail a job-interview confirmation, reschedule or cancellation?

An interview is only reported when three kinds of evidence agree: it is about an interview
(an interview word in the subject, the calendar event or the text, or a call with a recruiting
context), the time is fixed (a calendar event, or a date and time in the text, in the future of
the mail), and something confirms it (an iTIP REQUEST/CANCEL, a confirmation phrase, or an ATS's
structured "When:/Date:/Time:" block). Negative families (newsletters, alerts, receipts,
rejections, offers, proposals without a fixed time, "pick a slot" links, webinars, coaching)
subtract; bulk and automatic mail never count. Precision first: a false positive mails a stranger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from followupd.detect import ats, contacts, negatives, parties, phrases, prose, thread, zones
from followupd.detect.ics import Calendar, Event, parse_calendar
from followupd.detect.matchers import Searchable, fold_marks, lower
from followupd.detect.mime import Mail, parse
from followupd.detect.model import Detection, DetectRules, Kind
from followupd.detect.pick import Pick
from followupd.detect.zones import best_zone, find_zones, zone
from followupd.providers import PUBLIC_MAIL_DOMAINS

THRESHOLD = 5.0
SCAN = 20_000
WEAK_SCAN = 6_000  # characters read for a call in a recruiting context: both are said early
MAX_SEGMENTS = 24  # quoted/forwarded parts read per mail; older ones say nothing new
MAX_FUTURE = timedelta(days=240)


@dataclass
class _Evidence:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        if reason not in self.reasons:
            self.reasons.append(reason)


def detect(
    raw: bytes,
    received: datetime | None = None,
    rules: DetectRules | None = None,
    in_interview_thread: bool = False,
) -> Detection:
    """Classify one message (or a bare .ics). Pure; never raises on malformed input.

    ``in_interview_thread``: the caller knows the message answers a conversation that already
    confirmed an interview (the tracker's thread ids). That is what the interview is about, so a
    reply that moves it need not say "interview" again ("Dev got pulled into a board offsite, so
    I've moved you to Tuesday at noon").
    """
    rules = rules or DetectRules()
    try:
        mail = parse(raw)
    except Exception as exc:  # noqa: BLE001 - one odd mail must not stop a mailbox scan; named in reasons
        return Detection(reasons=(f"error:unparseable:{type(exc).__name__}",))
    try:
        return _classify(mail, received, rules, in_interview_thread)
    except Exception as exc:  # noqa: BLE001 - as above; the thread ids still reach the tracker
        return _base(mail, (f"error:{type(exc).__name__}",))


def _base(mail: Mail, reasons: tuple[str, ...] = ()) -> Detection:
    return Detection(
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        subject=mail.subject,
        sender=mail.from_addr,
        recipients=tuple(addr.lower() for _, addr in (*mail.to, *mail.cc) if addr),
        auto_reply=mail.auto_reply,
        automated=mail.automated,
        bounce=mail.bounce,
        bulk=mail.bulk,
        reasons=reasons,
    )


def _ignored(addr: str | None, rules: DetectRules) -> str | None:
    if not addr:
        return None
    for item in rules.ignore_senders:
        it = item.strip().lower()
        if it and (addr == it or (it.startswith("@") and addr.endswith(it)) or addr.endswith("@" + it)):
            return it
    return None


def _all_calendars(mail: Mail, depth: int = 0) -> list[str]:
    cals = list(mail.calendars)
    if depth < 4:
        for inner in mail.attached:
            cals += _all_calendars(inner, depth + 1)
    return cals


def _segments(mail: Mail, ref: datetime | None) -> list[thread.Segment]:
    segs = thread.split(mail.text, ref, reply=thread.is_reply(mail.subject))[:MAX_SEGMENTS]
    for inner in mail.attached[:4]:
        inner_ref = inner.date or ref
        for s in thread.split(inner.text, inner_ref):
            if s.kind == "top":
                s.kind = "fwd"
                s.from_addr = s.from_addr or inner.from_addr
                s.from_name = s.from_name or inner.from_name
                s.reply_to = s.reply_to or (inner.reply_to[0][1] if inner.reply_to else None)
                s.subject = s.subject or inner.subject
            segs.append(s)
    return segs


_ANSWERS = ("REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH")
_INVITATION_BODY = re.compile(r"^(?:when|wann|quand|cuándo|quando|wanneer)\s?:[^\n]{6,200}\n(?:[^\n]*\n){0,2}"
                              r"(?:where|wo|où|dónde|onde|dove|waar)\s?:", re.M)
_CALENDAR_ANSWER = re.compile(
    r"\s*(?:accepted|declined|tentative(?:ly accepted)?|angenommen|abgelehnt|mit vorbehalt angenommen|"
    r"accepté|refusé|provisoire|aceptado|rechazado|aceptada|accettato|rifiutato|geaccepteerd|geweigerd)\s?:",
    re.I,
)
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]]{1,2000}")
# A button's caption before its link ("Annuler l'entretien : https://...", "Cancel: https://..."):
# what the reader may do, not what the sender did.
_ACTION_CAPTION = re.compile(
    r"(?m)^[^\S\n]*[^\n:]{0,24}\b(?:cancel|reschedul|annuler|reprogrammer|modifier|absagen|stornieren|"
    r"verschieben|cancelar|anular|reprogramar|reagendar|annullare|riprogrammare|annuleren|verzetten)[^\n:]{0,40}:"
    r"[^\S\n]*(?=https?://|www\.)"
)  # over lower-cased text
# The event-type field of a scheduling tool's booking mail, in the languages it writes; over
# lower-cased text, the value on the same line or the next.
_EVENT_TYPE = re.compile(
    r"(?:event type|event name|veranstaltungstyp|veranstaltungsname|ereignistyp|ereignisname|"
    r"type d['’]événement|nom de l['’]événement|"
    r"tipo de evento|nombre del evento)[^\S\n]*:[^\S\n]*\n?[^\S\n]*([^\n]{3,120})"
)
_CAPTIONED_LINK = re.compile(r":[^\S\n]*(?:https?://|www\.)")


# A line break inside a wrapped paragraph ("... so I\nhave to cancel your final round"): after a
# full line that does not end a label, before a line that goes on in words and is no label itself.
_FULL_LINE = 50
_LABEL_START = re.compile(r"[\w .'’-]{1,24}:")


def _unwrap(text: str) -> str:
    """Wrapped paragraphs joined into lines, at the same length (positions still index it)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for before, line in zip(lines, lines[1:], strict=False):
        wrapped = (len(before) >= _FULL_LINE and before[-1] != ":" and line[:1].isalpha()
                   and _LABEL_START.match(line) is None)
        out.append(" " if wrapped else "\n")
        out.append(line)
    return "".join(out)


def _blank_links(text: str) -> str:
    """Links, and the action captions before them, replaced by spaces of the same length
    (positions still index the original)."""
    if "http" not in text and "www." not in text:
        return text
    if _CAPTIONED_LINK.search(text):
        text = _ACTION_CAPTION.sub(lambda m: " " * len(m.group()), text)
    return _LINK.sub(lambda m: " " * len(m.group()), text)


def _one_time(text: str, ref: datetime | None) -> bool:
    """Whether the text names a single date and time (not an old one and a new one)."""
    starts = {slot.start for slot in prose.find_slots(text, ref) if _plausible(slot.start, ref)}
    return len(starts) <= 1


def _month_first(ref: datetime | None) -> bool:
    """03/04/2026: month first from the Americas (a negative UTC offset), day first elsewhere."""
    offset = ref.utcoffset() if ref else None
    return offset is None or offset < timedelta(0)


def _called_off_before(text: str, cancel: re.Match[str], start: datetime, ref: datetime | None) -> bool:
    """Whether the sentence of the call-off names an earlier day than the one time the mail gives
    ("Jonas ... fällt morgen aus ... dann machen wir das fix: Dienstag, 6.10., um 16 Uhr"): that
    time is the new one, not the cancelled."""
    if ref is None:
        return False
    begin, stop = negatives.sentence_around(text, cancel.start(), cancel.end())
    days = {h.day for h in prose.find_dates(text[begin:stop], ref.date(), _month_first(ref)) if h.day}
    return bool(days) and all(d < start.date() for d in days)


def _internal(mail: Mail) -> bool:
    sender = (mail.from_addr or "").rpartition("@")[2]
    if not sender or sender in PUBLIC_MAIL_DOMAINS or contacts.is_machine(mail.from_addr):
        return False
    # Every recipient at the sender's domain: an invitation to a candidate and their
    # interviewers has the candidate's own address among them. The visible To/Cc, not
    # Delivered-To: work mail forwarded to a private inbox is delivered there.
    shown = {a for _, a in (*mail.to, *mail.cc) if a} or parties.own_addresses(mail)
    domains = {a.rpartition("@")[2] for a in shown if a != mail.from_addr}
    if domains == {sender}:
        return True
    # ... and a mail to the staff's list with the user's private address copied in ("To: District
    # Staff <staff@…>, Cc: the user"): a meeting at the user's own workplace.
    own = parties.own_addresses(mail)
    others = {a for a in shown if a not in own and a != mail.from_addr}
    return (
        bool(others) and not any(a in own for _, a in mail.to)
        and {a.rpartition("@")[2] for a in others} == {sender}
        and any(contacts.is_machine(a) for _, a in mail.to if a)
    )


def _is_interview_text(text: str) -> bool:
    return bool(phrases.INTERVIEW.search(lower(text)))


def _weak_interview(
    text: str,
    from_recruiter: bool = False,
    title: str = "",
    thread_text: str = "",
    user_names: frozenset[str] = frozenset(),
    by_tool: bool = False,
) -> bool:
    """A call or meeting in a recruiting context (an ATS or a recruitment agency sending it is
    one, and so is a job title in the subject or the event's name, an introduction of the user
    to a company there or the user's name on it, or recruiting words in the thread it answers).
    A scheduling tool (``by_tool``) names every booking after its invitee, so there the name
    says nothing."""
    low = lower(text)
    return bool((phrases.MEETING.search(low) or phrases.TIME_WITH.search(low)) and (
        from_recruiter or phrases.RECRUITING.search(low) or phrases.JOB_TITLE.search(lower(title))
        # "1:1 Nerea / Carles": a standing meeting's name pairs the user with a colleague
        or (_introduced(lower(title), user_names) and not negatives.OTHER_EVENT.search(title))
        or (not by_tool and _titled_for(lower(title), user_names) and not negatives.OTHER_EVENT.search(title))
        or (thread_text and phrases.RECRUITING.search(lower(thread_text)))
    ))


def _agency(addr: str | None) -> bool:
    """A person at a recruitment agency's own domain: whoever writes from it about a meeting
    writes about a candidate's."""
    if not addr or "@" not in addr or contacts.is_machine(addr):
        return False
    return ats.AGENCY_DOMAIN.search(addr.rpartition("@")[2].rsplit(".", 1)[0]) is not None


_WORD = re.compile(r"[^\W\d_]+")


def _user_names(mail: Mail) -> frozenset[str]:
    """The user's first and last names as the recipients' display names give them."""
    own = parties.own_addresses(mail)
    names = [lower(n) for n, a in (*mail.to, *mail.cc) if a in own and n]
    names += [a.partition("@")[0].lower() for a in own]  # "elena.castillo@": no display name needed
    return frozenset(fold_marks(w) for n in names for w in _WORD.findall(n) if len(w) >= 3)


# "Loamwise <> Rafael", "Praterpixel x Mira Kowalski", "Kennenlernen Mira / Kiezkasse": a title
# that sets the user beside a company.
_PAIRING = re.compile(r"\s?<>\s?| x | / ")


def _introduced(title: str, user_names: frozenset[str]) -> bool:
    """The user's name right beside a pairing mark in a title (a mock interview or a sales call
    has its own family, or no time)."""
    if not user_names:
        return False
    for m in _PAIRING.finditer(title):
        near = 40 if "<>" in m.group() else 20  # "x" and "/" pair words too: the name is next to it
        side = set(_WORD.findall(fold_marks(title[max(0, m.start() - near) : m.end() + near])))
        if side & user_names:
            return True
    return False


# Bounded like an address's parts: "\S+@" tried at every start of a 100 kB run without a space
# is quadratic (30 s on one fuzzed subject).
_ADDRESS = re.compile(r"[^\s@]{1,64}@[^\s@]{1,255}")


def _titled_for(title: str, user_names: frozenset[str]) -> bool:
    """The user's full name in a title ("Rozmowa z zespołem QA – Paweł Nowicki"): a meeting set
    up around the candidate, as companies name the events they invite candidates to."""
    # Not the address a calendar's subject ends with: "... (olivia.bennett@example.net)".
    return len(set(_WORD.findall(fold_marks(_ADDRESS.sub(" ", title)))) & user_names) >= 2


def _classify(
    mail: Mail, received: datetime | None, rules: DetectRules, in_interview_thread: bool = False
) -> Detection:
    base = _base(mail)
    ev = _Evidence()
    for flag in mail.flags:
        ev.reasons.append(f"hdr:{flag}")
    ignored = _ignored(mail.from_addr, rules) or _ignored(mail.sender_addr, rules)
    if ignored:
        return replace(base, reasons=(*ev.reasons, f"rule:ignore_senders:{ignored}"))
    if mail.bounce:
        return replace(base, reasons=(*ev.reasons, "neg:bounce"))
    if mail.auto_reply:
        return replace(base, reasons=(*ev.reasons, "neg:auto-reply"))

    ref = mail.date or (received if received and received.tzinfo else None)
    default_tz = ref.tzinfo if ref else None
    calendars: list[Calendar] = []
    for i, text in enumerate(_all_calendars(mail)):
        cal = parse_calendar(text, default_tz)
        if cal is not None:
            cal.attached = i >= len(mail.calendars)
            calendars.append(cal)
    if _CALENDAR_ANSWER.match(mail.subject) or (
        calendars and all(c.method in _ANSWERS for c in calendars)
    ):
        # "Accepted: Interview - ...": an attendee answering an invitation; it confirms nothing
        # to the candidate (who may be the interviewer here).
        return replace(base, reasons=(*ev.reasons, "neg:calendar-answer"))
    if ref is None:
        # A bare .ics or a mail without Date: the calendar's own stamp stands in for "now".
        ref = _stamp_ref(calendars)
    segs = _segments(mail, ref)
    # Phrase rules read the first SCAN characters: a confirmation says what it is early, and
    # a cap keeps a megabyte of text from costing a megabyte of regex work per rule.
    top_text = "\n".join(s.text[:SCAN] for s in segs if s.kind in ("top", "fwd"))[:SCAN]
    all_text = "\n".join(s.text[:SCAN] for s in segs)[: SCAN * 2]
    subject = lower(mail.subject + " " + " ".join(s.subject for s in segs if s.subject))
    top_raw = top_text
    top_text, all_text = lower(top_text), lower(all_text)
    ics_text = lower(" ".join(f"{e.summary}\n{e.description}" for c in calendars for e in c.events)[:20_000])

    # --- what the mail is about --------------------------------------------------------------
    fam = ats.family_of(mail.from_addr, rules.ats_domains) or ats.family_of(
        mail.sender_addr, rules.ats_domains
    )
    if not fam:
        for s in segs:
            fam = fam or ats.family_of(s.from_addr, rules.ats_domains)
    sched = ats.scheduler_of(mail.from_addr) or ats.powered_by(all_text)
    if fam:
        ev.add(1.5, f"ats:{fam}")
    elif sched:
        ev.add(1.0, f"scheduler:{sched}")
    # Links are for the scheduler check above, not for phrases: "teams.microsoft.com/l/meetup-join"
    # is not a meetup, and a tracking URL can spell any word.
    top_text, all_text, ics_text = _blank_links(top_text), _blank_links(all_text), _blank_links(ics_text)
    top_text, all_text = _unwrap(top_text), _unwrap(all_text)

    extra_phrase = next(
        (p for p in rules.phrases if p and p.lower() in (subject + " " + all_text).lower()), None
    )
    reply_said: list[bool] = []

    def reply_confirms() -> bool:
        """A reply whose own words confirm (searched once: the rules below ask twice)."""
        if not reply_said:
            reply_said.append(thread.is_reply(mail.subject) and phrases.CONFIRM.search(top_text) is not None)
        return reply_said[0]

    names_found: list[frozenset[str]] = []

    def user_names() -> frozenset[str]:
        """The user's names (asked only when no interview word decides: ~30 us a mail)."""
        if not names_found:
            names_found.append(_user_names(mail))
        return names_found[0]

    iv = 0.0
    titles = " ".join(e.summary for c in calendars for e in c.events)
    if sched:
        # A booking tool names the meeting in a field, not in its invitation's title ("Intro
        # call between Hannah and Yannick"): "Event Type: Intro call – Backend Engineer".
        titles += " " + " ".join(m.group(1) for m in _EVENT_TYPE.finditer(top_text[:SCAN] + "\n" + ics_text))
    if _is_interview_text(subject) or _is_interview_text(titles) or phrases.INTERVIEW_TITLE.search(
        lower(subject + "\n" + titles)
    ):
        iv = 3.0
        ev.add(3.0, "about:interview-title")
    elif _is_interview_text(negatives.without_wishes(top_text)) or _is_interview_text(ics_text):
        iv = 2.0
        ev.add(2.0, "about:interview-text")
    elif _weak_interview(subject + "\n" + top_text[:WEAK_SCAN] + "\n" + ics_text[:WEAK_SCAN],
                         # (a booking tool writes for the host in its Reply-To: "… @bayoutalent.com")
                         bool(fam) or _agency(mail.from_addr)
                         or (bool(sched) and any(_agency(a) for _, a in mail.reply_to)),
                         subject + "\n" + titles,
                         user_names=user_names(), by_tool=bool(sched)):
        iv = 1.5
        ev.add(1.5, "about:call-with-recruiter")
    elif _is_interview_text(negatives.without_wishes(all_text)):
        iv = 1.5
        ev.add(1.5, "about:interview-quoted")
    elif _weak_interview(subject + "\n" + top_text[:WEAK_SCAN], thread_text=all_text[: 2 * WEAK_SCAN]):
        # "I've moved our call to Wednesday at 15:00" above "thanks for your application ...".
        iv = 1.5
        ev.add(1.5, "about:call-in-recruiting-thread")
    elif (
        reply_confirms()
        # (the subject may name the role: "Re: Developer role - CRX" above "Thurs 9 works")
        and _weak_interview(subject + "\n" + all_text[: 2 * WEAK_SCAN], title=subject)
    ):
        # "you're locked in for thurs 9am CT w/ Marcus" above "a quick chat with our hiring
        # manager about the ... role": the reply confirms, the thread says what it confirms.
        iv = 1.5
        ev.add(1.5, "about:call-in-recruiting-thread")
    elif (
        _senior_host(mail, top_raw + "\n" + all_text[: 2 * WEAK_SCAN], segs)
        and phrases.MEETING.search(subject + "\n" + top_text[:WEAK_SCAN])
        and not negatives.work_meeting(subject + "\n" + top_text[:WEAK_SCAN])
    ):
        iv = 1.5
        ev.add(1.5, "about:meeting-with-senior-host")
    elif (
        phrases.TALK_SUBJECT.search(mail.subject.strip())
        and contacts.human(mail.from_addr, parties.own_addresses(mail, segs), rules.ats_domains)
        and not mail.bulk
    ):
        # A German "Gespräch" is the interview once the subject names nothing else: a person
        # at a company writes "Re: Gespräch Risikocontrolling" about the job, not a chat.
        iv = 1.5
        ev.add(1.5, "about:talk-in-subject")
    elif in_interview_thread:
        iv = 2.0
        ev.add(2.0, "about:interview-thread")
    if extra_phrase:
        iv = max(iv, 2.0)
        ev.add(3.0, f"rule:phrase:{extra_phrase}")

    if mail.bulk:
        # Newsletters carry list headers, but so do many ATS mails (an unsubscribe link on every
        # message they send): strong, not decisive, and weaker from a known system.
        ev.add(-1.5 if fam or sched else -3.5, "neg:bulk")
    if _internal(mail):
        # Sender and recipient at the same organisation: a colleague's meeting (or the user on
        # an interview panel), not a candidate's interview.
        ev.add(-6.0, "neg:internal")
    if iv == 0:
        # Nothing about an interview: the rest (dates, negatives) could not change the verdict.
        return _not_interview(base, mail, ev, None, False)
    if mail.bulk and not (fam or sched):
        # List mail that no ATS or scheduler sent: people and calendars do not use mailing lists
        # to confirm an interview; newsletters and event promotions do.
        ev.reasons.append("neg:bulk-not-ats")
        return _not_interview(base, mail, ev, None, False)

    # --- when: calendar first, then the text ---------------------------------------------------
    pick = _from_calendars(calendars, subject + "\n" + top_text, ref, ev, user_names, by_tool=bool(sched))
    # all_text holds the top text too: one pass over it (and the subject) is the same test.
    confirm_hit = phrases.CONFIRM.search(subject + "\n" + all_text)
    resched = phrases.RESCHEDULE.search(subject + "\n" + top_text)
    cancel = phrases.CANCEL.search(subject + "\n" + top_text)
    if confirm_hit:
        ev.add(2.0, "prose:confirm-phrase")
    elif resched or cancel:
        ev.add(2.0, "prose:change-phrase")
    if phrases.FIELD_LABEL.search(top_text):
        ev.add(1.0, "prose:when-field")
    if _INVITATION_BODY.search(top_text):
        # Outlook's and Google's invitation text ("When: ... / Where: ..."), also without the
        # calendar part: a meeting was put in the calendar, not proposed.
        ev.add(1.5, "prose:invitation-body")
    prose_pick = None
    if pick is None or (pick.event is not None and pick.event.all_day):
        prose_pick = _from_prose(segs, ref, mail, moved=bool(resched), confirms=confirm_hit is not None,
                                 relayed=bool(fam),
                                 called_off=bool(cancel) and not resched,
                                 user_zone=zone(rules.user_timezone) if rules.user_timezone else None)
    elif pick.timezone is None:
        # A UTC calendar time: the zone the text states is the one the recipient lives in.
        zhit = best_zone(find_zones(top_raw[:SCAN]))
        if zhit is not None and zhit.name and zhit.name != "UTC":
            pick = replace(pick, timezone=zhit.name)
    if pick is None and prose_pick is not None:
        pick = prose_pick
        ev.add(1.5, "prose:date-time")
        if pick.reader_zone:
            ev.reasons.append("prose:your-time-in-user-zone")
    elif (
        pick is not None
        and pick.event is not None
        and pick.event.all_day
        and prose_pick is not None
        and prose_pick.start.date() == pick.start.date()
    ):
        pick = replace(prose_pick, event=pick.event, source="ics", method=pick.method)
        ev.add(0.0, "ics:all-day+prose-time")
    elif pick is not None and pick.event is not None and pick.event.all_day and (
        clock := prose.lone_time(top_text) or prose.agenda_start(top_text)
    ) is not None:
        # An all-day invitation whose note gives the one time, far from any date: "Modificado:
        # martes 1 dic" above, "Te esperamos a las 12:00 en recepción" in the description; or
        # the day's plan, a line per session: the first one starts it.
        tz = pick.start.tzinfo
        if not isinstance(tz, ZoneInfo) and ref is not None:
            tz = zones.reference_zone(ref, top_text) or tz
        pick = replace(pick, start=datetime.combine(pick.start.date(), time(*clock), tzinfo=tz), end=None)
        ev.add(0.0, "ics:all-day+lone-time")
    if pick is None:
        return _not_interview(base, mail, ev, pick, False)

    # --- negatives -----------------------------------------------------------------------------
    neg_text = subject + "\n" + top_text + "\n" + ics_text
    fired: set[str] = set()
    # Negative families that other evidence in the same mail makes moot.
    moot = {
        "other_appointment": iv >= 3,  # "Interview at Riverside Clinic": the title says what it is
        "unsubscribe": mail.bulk,  # the list headers already counted once
        "rejection": bool(cancel),  # "We regret to inform you that your interview ... is cancelled"
        # (a call-off's "happy to pass your name along to a couple of founders I know", or an
        # interview named as such, is no friend's coffee)
        "referral": bool(cancel) or iv >= 3,
        # "Great speaking with you earlier. I'm confirming ...", or the invitation to the next
        # round attached as a calendar request
        "post_interview": bool(confirm_hit) or (pick.source == "ics" and pick.method == "REQUEST"),
        # "Nous avons bien reçu votre candidature ... nous avons le plaisir de vous convier à un
        # entretien": a receipt that opens an invitation titled as an interview
        "receipt": iv >= 3 and confirm_hit is not None,
    }
    if negatives.LIVE_INTERVIEW.search(neg_text):
        moot["one_way"] = moot["assessment"] = True  # "not a recorded interview", "live on CodeSignal"
    if cancel or any(c.method == "CANCEL" for c in calendars):
        # A cancellation that offers new times ("I need to cancel our interview tomorrow. Could
        # you do Monday at 10 instead?"): the new times are proposed, the cancellation is not;
        # nor is one that promises "a fresh scheduling link once she's back".
        moot["proposal"] = moot["pick_slot"] = True
        if not resched:
            # ... and the new time it floats is tentative, not the call-off: "Seriez-vous
            # disponible lundi 30/11 à 14h ? Je dois encore le vérifier avec lui"
            moot["tentative"] = True
    if phrases.BOOKED.search(neg_text):
        moot["pick_slot"] = True  # "You picked Wednesday on the scheduling link": the link is used
    if titles and _is_interview_text(titles) and not negatives.ASSESSMENT.search(lower(titles)):
        # An event titled as an interview is the interview; a test its note names ("thank you
        # for your time so far, including the Codility test") is beside it.
        moot["assessment"] = True
    # A reply's subject names the message that opened the thread ("AW: Terminvorschläge"): when
    # the reply's own words confirm, whether the opener proposed times is read from the text.
    own_words = top_text + "\n" + ics_text if reply_confirms() else neg_text
    # (the job applied for can carry a family's words: "for the Podcast Producer position")
    job_blind = negatives.without_roles(neg_text)
    for name, (rx, weight) in negatives.NEGATIVE.items():
        if moot.get(name):
            continue
        if hit := rx.search(own_words if name == "proposal" else job_blind):
            if name == "interviewer_side" and (
                _names_the_user(neg_text[hit.end() : hit.end() + 40], mail)
                or any(_names_the_user(neg_text[m.end() : m.end() + 40], mail)
                       for m in _SUMMONED.finditer(neg_text))
                or any(_names_the_user(neg_text[max(0, m.start() - 40) : m.start()], mail, last=True)
                       for m in _SUMMONED_AFTER.finditer(neg_text))
            ):
                # "Onsite loop - Jordan Ellis" on the candidate's own invitation, or a client's note
                # an agency passes on ("Te confirmo que Sara Valcarce queda citada"): the user is the
                # one interviewed, not an interviewer
                ev.add(0.0, "moot:interviewer-side-names-the-user")
                continue
            if name == "assessment" and negatives.assessment_behind(neg_text):
                ev.add(0.0, "moot:assessment-done")
                continue
            # ... in a move, or in a reply that settles a time ("Ruedi ist am Dienstagmorgen leider
            # doch an einem Workshop - wir haben darum umgeplant: ... Dienstag um 14 Uhr", "great
            # meeting you at the meetup last week")
            if name == "webinar" and sched and hit.group(0).startswith("veranstalt") and not rx.search(
                _BOOKING_EVENT.sub(lambda m: " " * len(m.group(0)), job_blind)
            ):
                # a booking tool's German labels: "Veranstalter:" names the host, "Neue
                # Veranstaltung:" and "Veranstaltung in Ihrem Kalender anzeigen" the booking itself
                ev.add(0.0, "moot:booking-host-label")
                continue
            if name == "webinar" and _names_the_company(rx, job_blind, hit, mail, segs, pick, fam):
                # "Votre entretien avec l'Atelier Sapaudia": the event word is the firm's name
                ev.add(0.0, "moot:event-word-names-the-company")
                continue
            if name == "webinar" and (resched or cancel or thread.is_reply(mail.subject)) and (
                negatives.event_is_an_aside(neg_text)
            ):
                ev.add(0.0, "moot:event-is-an-aside")
                continue
            fired.add(name)
            ev.add(-weight, f"neg:{name}")
    if "pick_slot" in fired and pick is not None and pick.source == "ics":
        ev.add(3.0, "ics:booked-despite-link")  # a booked event outweighs a reschedule link
    if "interviewer_side" in fired and negatives.INTERVIEWER.search(neg_text):
        # "You have been scheduled to interview Marco Redaelli": a thank-you would go to a colleague.
        return _not_interview(base, mail, ev, pick, False)
    if _forwarded_for_another(mail, segs):
        # A sister forwards her son's invitation to ask for a lift: the interview is his.
        ev.reasons.append("neg:someone_else-forwarded")
        return _not_interview(base, mail, ev, pick, True)
    if _forwarders_own(mail, segs, top_text):
        # A friend forwards the confirmation of their own interview ("J'ai décroché un entretien
        # ... tu pourrais jeter un œil à mon portfolio ?"): a thank-you would go to their recruiter.
        ev.reasons.append("neg:someone_else-forwarded")
        return _not_interview(base, mail, ev, pick, True)

    # --- verdict ------------------------------------------------------------------------------
    kind: Kind = "none"
    has_confirmation = (
        bool(confirm_hit or resched or cancel)
        or (pick is not None and pick.source == "ics")
        or (bool(fam or sched) and bool(phrases.FIELD_LABEL.search(top_text)))
        or bool(extra_phrase)
        # A person who writes the details out as "Date: ... / Time: ..." is not proposing them.
        or (
            pick is not None and pick.segment is not None and pick.segment.kind == "top"
            and contacts.human(mail.from_addr, parties.own_addresses(mail, segs), rules.ats_domains)
            and bool(phrases.FIELD_LABEL.search(top_text))
        )
    )
    if not has_confirmation and _stated_as_fact(pick, iv, fired, top_text, ref) and _from_a_person(
        mail, segs, rules
    ):
        has_confirmation = True
        ev.add(1.5, "prose:stated-as-fact")
    if pick is not None and iv > 0 and has_confirmation and ev.score >= THRESHOLD:
        if pick.method == "CANCEL" or (pick.event is not None and pick.event.status == "CANCELLED"):
            kind = "cancelled"
        elif pick.source != "ics" and cancel and (not resched or _asked(resched) or (
            _one_time(top_raw, ref) and not (
            # "müssen wir morgen absagen ... wir machen es stattdessen Dienstag um 11": the one
            # time the author gives replaces the cancelled one.
            phrases.INSTEAD.search(top_text) and pick.segment is not None and pick.segment.kind == "top"
        ) and not _called_off_before(subject + "\n" + top_text, cancel, pick.start, ref))):
            # Cancelled, also when the text speaks of a new date it cannot offer yet: a
            # reschedule names the old time and the new one.
            kind = "cancelled"
            ev.add(0.0, "prose:cancel-phrase")
        elif (pick.event is not None and pick.event.sequence > 0) or resched:
            kind = "rescheduled"
            ev.add(0.0, "prose:reschedule-phrase" if resched else "ics:SEQUENCE>0")
        elif pick.segment is not None and pick.segment.kind == "top" and _they_asked_to_move(mail, segs):
            # "Tuesday, Nov. 3 at 10:30 am Central it is" above their own "I have a conflict Friday
            # at 9 - any chance we could push to early next week?": the time settled is the moved
            # one. (The user's "could we do Tuesday instead?" answers a proposal, moves nothing.)
            kind = "rescheduled"
            ev.add(0.0, "prose:move-asked-in-quote")
        else:
            kind = "scheduled"
    if kind == "none":
        return _not_interview(base, mail, ev, pick, has_confirmation)

    assert pick is not None  # noqa: S101 - narrowed above; keeps mypy quiet
    company, role = parties.company_role(mail, segs, pick, fam)
    contact, contact_name, contact_src = parties.contact_for(mail, segs, pick, rules, company)
    if contact_src:
        ev.reasons.append(f"contact:{contact_src}")
    interviewers = parties.interviewers(pick, top_raw, parties.own_addresses(mail, segs), contact)
    uid = pick.event.uid if pick.event else None
    seq = pick.event.sequence if pick.event else None
    start, end = pick.start, pick.end
    named = zone(pick.timezone) if pick.timezone else None
    if named is not None:
        # Same instant, shown in the zone the interview was stated in (what a person reads).
        start = start.astimezone(named)
        end = end.astimezone(named) if end else None
    return replace(
        base,
        kind=kind,
        start=start,
        end=end,
        timezone=pick.timezone,
        company=company,
        role=role,
        interviewers=interviewers,
        contact=contact,
        contact_name=contact_name or None,
        ics_uid=uid,
        ics_sequence=seq,
        confidence=_confidence(ev.score, True),
        reasons=tuple(ev.reasons),
    )


def _not_interview(
    base: Detection, mail: Mail, ev: _Evidence, pick: Pick | None, confirmed: bool
) -> Detection:
    """The ``none`` (or ``reply``) verdict, with the reason the evidence fell short."""
    if not any(r.startswith("about:") or r.startswith("rule:phrase") for r in ev.reasons):
        ev.reasons.append("no:interview-word")
    elif pick is None:
        ev.reasons.append("no:fixed-time")
    elif not confirmed:
        ev.reasons.append("no:confirmation")
    kind: Kind = "none"
    if (mail.in_reply_to or mail.references) and not mail.bulk and not mail.bare_calendar:
        kind = "reply"
        ev.reasons.append("thread:reply")
    return replace(base, kind=kind, confidence=_confidence(ev.score, False), reasons=tuple(ev.reasons))


def _confidence(score: float, positive: bool) -> float:
    if positive:
        return max(0.5, min(0.99, 0.55 + (score - THRESHOLD) * 0.05))
    return max(0.0, min(0.49, 0.25 + score * 0.04))


def _stamp_ref(calendars: list[Calendar]) -> datetime | None:
    for c in calendars:
        for e in c.events:
            if e.start is not None:
                return e.start - timedelta(days=1)
    return None


def _plausible(start: datetime, ref: datetime | None) -> bool:
    if ref is None:
        return True
    return ref - timedelta(hours=2) <= start <= ref + MAX_FUTURE


def _from_calendars(
    calendars: list[Calendar], context: str, ref: datetime | None, ev: _Evidence,
    user_names: Callable[[], frozenset[str]] = frozenset, by_tool: bool = False,
) -> Pick | None:
    chosen: list[tuple[Calendar, Event]] = []
    # "Elena Varga / Maplewood - Senior UX Designer" names no interview, but the mail around it
    # may (or a call in a recruiting context).
    context_iv = _is_interview_text(context) or _weak_interview(context[:WEAK_SCAN])
    for cal in calendars:
        if cal.method in _ANSWERS:
            ev.add(0.0, f"ics:METHOD={cal.method}")  # an answer to an invitation, not one
            continue
        for e in cal.events:
            if e.start is None:
                continue
            title = f"{e.summary}\n{e.description}"
            if e.recurring:
                ev.add(-2.0, "ics:recurring")
                continue
            if not (
                _is_interview_text(title)
                or (
                    # "Samtale – Product Designer (Signe Dalgaard)": a meeting named for a role
                    # ... or for the role its description names ("Portfolio chat for the Senior UX
                    # Designer role")
                    # ... or for the user: "Cottonwood - Marcus Reed (Hollis / Priyanka)"
                    (context_iv or _weak_interview(f"{title}\n{context[:WEAK_SCAN]}", title=title,
                                                   user_names=user_names(), by_tool=by_tool))
                    and not negatives.OTHER_EVENT.search(lower(e.summary))
                )
            ):
                if negatives.OTHER_EVENT.search(lower(title)):
                    ev.add(-2.0, "ics:other-event")
                continue
            if not _plausible(e.start, ref):
                ev.add(0.0, "ics:past-or-far")
                continue
            chosen.append((cal, e))
    if not chosen:
        return None
    cal, first = min(chosen, key=lambda ce: ce[1].start or datetime.max.replace(tzinfo=UTC))
    method = cal.method or "PUBLISH"
    ev.add(3.0 if method in ("REQUEST", "CANCEL") else 1.5, f"ics:METHOD={method}")
    if first.organizer:
        ev.add(0.5, "ics:organizer")
    end = first.end
    # A multi-session itinerary the same day: start = first session, end = last session's end.
    same_day = [e for _, e in chosen if e.start and e.start.date() == first.start.date()]  # type: ignore[union-attr]
    ends = [e.end for e in same_day if e.end]
    if len(same_day) > 1 and ends:
        end = max(ends)
    tz = first.timezone if first.timezone != "UTC" else None
    return Pick(first.start, end, tz, "ics", event=first, method=method,  # type: ignore[arg-type]
                from_attached=cal.attached)


def _line_before(text: str, pos: int, width: int = 160) -> str:
    start = max(0, pos - width)
    para = text.rfind("\n\n", start, pos)
    if para < 0:
        return text[start:pos]
    own = text[para + 2 : pos]
    if len(own.strip()) > 30:
        return own
    # "We have moved it as follows:\n\n    Friday 8 May, 13:30" (or "... below:\n\nDate & Time :
    # 15-Sep"): a line that ends the paragraph above with a colon introduces this one.
    above = text[max(0, para - width) : para].rstrip()
    if above.endswith(":"):
        return above[above.rfind("\n") + 1 :] + "\n" + own
    return own


# Spanish, Portuguese and French write 5/8 as the 5th of August, also from the Americas.
_DAY_FIRST_LANGUAGE = re.compile(
    r"\b(?:hola|olá|ola|gracias|obrigad[oa]|saludos|abrazo|abraço|bonjour|merci|entrevista|entrevue|"
    r"lunes|martes|miércoles|jueves|viernes|segunda-feira|terça-feira|quarta-feira|quinta-feira|"
    r"sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|hs)\b"
)
_US_ZONE = re.compile(
    r"\b(?:ET|PT|CT|EST|EDT|PST|PDT|CST|CDT|MDT)\b|\b(?:Eastern|Pacific|Central|Mountain) Time\b"
)


# The German words a booking tool (Calendly, Microsoft Bookings) uses for every booking
_BOOKING_EVENT = re.compile(r"veranstalt(?:ung|er)\w*")


def _names_the_company(
    rx: Searchable, text: str, hit: re.Match[str], mail: Mail, segs: list[thread.Segment], pick: Pick,
    fam: str | None,
) -> bool:
    """Whether a family's words in ``text`` are all part of the company's name of two words or
    more ("l'Atelier Sapaudia"): with the name blanked, the family finds nothing."""
    company = parties.company_role(mail, segs, pick, fam)[0]
    name = lower(company or "")
    words = [w for w in _WORD.findall(lower(hit.group(0))) if len(w) > 2]
    # (a one-word name is the event platform's own: "Meetup <info@meetup.com>" on a meetup)
    if len(_WORD.findall(name)) < 2 or not words or any(w not in name for w in words):
        return False
    return rx.search(text.replace(name, " " * len(name))) is None


def _senior_host(mail: Mail, top_raw: str, segs: list[thread.Segment]) -> bool:
    """A person at a company writing to the user's own address, whose last lines name a head,
    director, VP or founder (their signature, or whom the user will meet: "You'll be talking
    with Dev, our VP of Engineering"): the other side of a hiring conversation, not a colleague.
    In a forward, the person is the forwarded message's author."""
    sender = mail.from_addr
    if thread.is_forward(mail.subject):
        sender = next((s.from_addr for s in segs if s.kind == "fwd" and s.from_addr), sender)
    if not sender or mail.bulk or contacts.is_machine(sender):
        return False
    domain = sender.rpartition("@")[2]
    own = parties.own_addresses(mail)
    if domain in PUBLIC_MAIL_DOMAINS or any(a.rpartition("@")[2] == domain for a in own):
        return False
    return bool(phrases.SENIOR_TITLE.search(lower(top_raw[-600:])))


# How a formal greeting addresses a person by surname: "Sehr geehrter Herr Reinert", "Dear Ms Kowalski"
_FORMAL_TITLE = (
    r"(?:herrn|herr|frau|mr\.?|mrs\.?|ms\.?|miss|monsieur|madame|mme|mlle|m\.|señor|señora|sr\.?|sra\.?|"
    r"don|doña) "
)
_CANDIDATE_WORD = re.compile(r"\b(?:candidate|candidat|candidata|candidato|kandidat|kandidatin)\b")


# Where a client names the candidate it will see: "recibiremos a Sara Valcarce", "Sara Valcarce
# queda citada", "nous recevrons Jordan Ellis"
_SUMMONED = re.compile(
    r"\b(?:recibiremos a|citamos a|we(?:'ll| will) (?:see|meet)|nous recevrons|wir empfangen)\s|"
    # a client's confirmation an agency passes on: "Confirmamos la entrevista con Álvaro Fernández"
    r"\b(?:confirmamos|confirmo|we confirm|i confirm|we can confirm|nous confirmons|je confirme|"
    r"wir bestätigen|ich bestätige) (?:la |el |l['’]|the |das |den )?"
    r"(?:entrevista|reunión|entretien|rendez-vous|interview|gespräch|termin|vorstellungsgespräch) "
    r"(?:con|with|avec|mit)\s"
)
_SUMMONED_AFTER = re.compile(
    r"\s(?:queda|está|estará) citad[ao]\b|\s(?:is|has been) confirmed for\b|\sest convoquée?\b"
)


def _they_asked_to_move(mail: Mail, segs: list[thread.Segment]) -> bool:
    """Whether a quoted message from the other side (not the user) asks to move the meeting."""
    quoted = [s for s in segs if s.kind == "quote" and s.from_addr]
    if not quoted:
        return False  # (most mails quote no one: the address set is not built for them)
    own = parties.own_addresses(mail, segs)
    return any(s.from_addr not in own and phrases.RESCHEDULE.search(lower(s.text[:SCAN])) for s in quoted)


def _names_the_user(text: str, mail: Mail, last: bool = False) -> bool:
    """Whether the words right after a phrase (or, ``last``, right before one) are the user's own
    first and last name."""
    names = _user_names(mail)
    found = _WORD.findall(lower(text))
    words = {fold_marks(w) for w in (found[-3:] if last else found[:3])}
    return len(words & names) >= 2


def _forwarders_own(mail: Mail, segs: list[thread.Segment], top_text: str) -> bool:
    """Whether someone other than the user forwards a confirmation that was sent to them and is
    theirs: their note says so ("jetzt hab ich auch ein Gespräch"), or the original greets them
    ("Hi Megan, we're pleased to confirm your interview", "Sehr geehrte Frau Meiners"). Not an
    agent forwarding the client's note about the user ("Hi James, Camille is confirmed for ...",
    "your candidate")."""
    sender = mail.from_addr
    sent_to_them = [s.text for s in segs if s.kind == "fwd" and sender in s.to_addrs] + [
        inner.text for inner in mail.attached if any(sender == a for _, a in inner.to)
    ]
    if not sender or not sent_to_them:
        return False  # (most mails forward nothing: the cheap test first)
    own = parties.own_addresses(mail, segs)
    if sender in own or _agency(sender):
        # (an agency's recruiter passes on the client's mail to them: "bitte geben Sie ... Bescheid")
        return False
    mine = _user_names(mail)
    names_user = _user_named(mail, own)
    originals = [
        low
        for low in (fold_marks(lower(text[:SCAN])) for text in sent_to_them)
        if not names_user(low) and not _CANDIDATE_WORD.search(low)
    ]
    if not originals:
        return False
    if negatives.OWN_INTERVIEW.search(top_text[:SCAN]) is not None:
        return True
    first = parties.first_name(mail.from_name, sender)  # folded, lower-cased, three letters or more
    last = parties.last_name(mail.from_name)
    # ... and as the address spells it: "Quique Salas <enrique.salas@…>" is greeted "Estimado Enrique"
    spelled = parties.first_name("", sender)
    # (a short form greeted in full: "Deb" is "Hello Deborah")
    called = [re.escape(n) + r"\w*" for n in dict.fromkeys((first, spelled)) if n and n not in mine]
    if last:
        # (also the family name the user shares, "Sehr geehrter Herr Petersen" to a cousin: the
        # original went to the forwarder's address and names not the user's first name)
        called.append(f"{_FORMAL_TITLE}{re.escape(last)}")
    if not called:
        return False
    # (or the formal title alone opens it: "Monsieur Kerbrat,")
    formal = [c for c in called if c.startswith(_FORMAL_TITLE)]
    greeting = re.compile(
        rf"{parties.GREETING}(?:{'|'.join(called)})\b" + (rf"|^\W*(?:{'|'.join(formal)})\b" if formal else "")
    )
    return any(greeting.search(low.lstrip()[:80]) for low in originals)


def _user_named(mail: Mail, own: set[str]) -> Callable[[str], bool]:
    """A test of whether a folded, lower-cased text names the user: their first name, two of
    their names, or "Frau Meier" (a cousin shares only a family name)."""
    mine = _user_names(mail)
    firsts = parties.user_first_names(mail, own)
    lasts = {parties.last_name(n) for n, a in (*mail.to, *mail.cc) if a in own} - {""}
    # ("Frau Weber" names the user only when the forwarder is no Weber too: a sister's own mail
    # greets her so)
    lasts -= {parties.last_name(mail.from_name)}
    formally = re.compile(rf"\b{_FORMAL_TITLE}(?:{'|'.join(map(re.escape, lasts))})\b") if lasts else None

    def names_user(low: str) -> bool:
        words = set(_WORD.findall(low))
        return bool(firsts & words) or len(mine & words) >= 2 or bool(formally and formally.search(low))

    return names_user


def _forwarded_for_another(mail: Mail, segs: list[thread.Segment]) -> bool:
    """Whether someone forwards a confirmation that a third person received and is theirs: the
    original went to neither the forwarder nor the user, greets its addressee by the name their
    address spells, and names not the user ("kannst du den Paul am Dienstag fahren?" above
    "Hallo Paul" to paul.lehmann2010@…). An agent forwarding a colleague the client's note names
    the user ("Hi Sam, Jordan is confirmed")."""
    sender = mail.from_addr
    if not sender or not thread.is_forward(mail.subject):
        return False
    originals = [(s.text, s.to_addrs) for s in segs if s.kind == "fwd" and s.to_addrs] + [
        (inner.text, tuple(a for _, a in inner.to if a)) for inner in mail.attached
    ]
    if not originals:
        return False
    own = parties.own_addresses(mail, segs)
    if sender in own:
        return False
    names_user = _user_named(mail, own)
    for text, to in originals:
        if not to or sender in to or own & set(to):
            continue
        names = {parties.first_name("", a) for a in to} - {""}
        low = fold_marks(lower(text.lstrip()[:SCAN]))
        if not names or names_user(low) or _CANDIDATE_WORD.search(low):
            continue
        if re.search(rf"{parties.GREETING}(?:{'|'.join(map(re.escape, names))})\b", low[:80]):
            return True
    return False


def _from_a_person(mail: Mail, segs: list[thread.Segment], rules: DetectRules) -> bool:
    """A person sent it or answers it: not a career service's, an event's or a calendar's notice."""
    own = parties.own_addresses(mail, segs)
    addrs = [mail.from_addr, *(a for _, a in mail.reply_to)] + [s.from_addr for s in segs if s.kind == "fwd"]
    return not mail.bulk and any(contacts.human(a, own, rules.ats_domains) for a in addrs)


def _stated_as_fact(
    pick: Pick | None, iv: float, fired: set[str], top_text: str, ref: datetime | None
) -> bool:
    """An interview whose one time the author states as a fact, in a wording no confirmation
    rule knows ("We'd love to have you in for the final round: Thursday, April 9, 9:30am"):
    no question anywhere, no look-alike family, one time only, and not a deadline."""
    if pick is None or pick.source != "prose" or pick.segment is None:
        return False
    if pick.segment.kind not in ("top", "fwd") or iv < 2 or fired or "?" in top_text:
        return False
    seg = pick.segment
    slots = [s for s in prose.find_slots(seg.text, seg.ref or ref) if _plausible(s.start, ref)]
    if {s.start for s in slots} != {pick.start}:
        return False  # none, or several: options to choose from ("1) Tue 10am 2) Wed 2pm")
    first = min(s.pos for s in slots)
    return not phrases.DEADLINE_CUE.search(lower(seg.text[max(0, first - 80) : first]))


def _asked(m: re.Match[str]) -> bool:
    """A move offered in a question ("Wäre es möglich, stattdessen am Montag um 10 ...?"): the
    new time is a proposal, so the old one is cancelled, not moved."""
    end = _CLAUSE_END.search(m.string, m.start(), m.start() + 200)
    return bool(end and end.group(0) == "?")


# Where a sentence ends, for a move that may be asked: not the dots of a date ("am 21.09., um 10")
_CLAUSE_END = re.compile(r"[!?\n]|(?<!\d)\.(?=\s)")


def _in_question(text: str, pos: int) -> bool:
    m = negatives.SENTENCE_END.search(text, pos, pos + 200)
    return bool(m and m.group(0) == "?")


# A mail states a handful of times; scoring each costs a dozen searches around it, so a text
# of thousands ("3pm 3pm 3pm ...") is read only as far as this many.
_MAX_SLOTS = 200


def _reader_clock(text: str, slot: prose.Slot) -> bool:
    """A time the mail says in the reader's zone ("9am your time") and no other."""
    return not slot.zone_stated and prose.READER_CLOCK.match(text, slot.pos, slot.pos + 40) is not None


def _twin_zone(slot: prose.Slot, zoned: list[prose.Slot]) -> tzinfo | None:
    """The zone of another slot at the same day and clock time that states one."""
    wall = slot.start.replace(tzinfo=None)
    return next((z.start.tzinfo for z in zoned if z.start.replace(tzinfo=None) == wall), None)


def _in_zone(slot: prose.Slot, tz: tzinfo | None, reader: bool = True) -> prose.Slot:
    """The slot's wall-clock time read in another zone: the reader's ("9am your time"), or the
    zone an earlier offer of it stated (``reader=False``); the slot as it is when there is none."""
    if tz is None:
        return slot
    start = slot.start.replace(tzinfo=tz)
    end = start + (slot.end - slot.start) if slot.end is not None else None
    return replace(
        slot, start=start, end=end, timezone=getattr(tz, "key", None), zone_stated=True, reader_zone=reader
    )


# A time said again in other words, right before its clock ("so that's 10:00 in Madison", "which
# is 9am for you")
_RESTATED = re.compile(r"\b(?:that['’]s|that is|which is|which would be|which makes it|i\.e\.)\s(?:at\s)?$")
# ... and a time denied: "that's 10:00 in Madison, not 9:00", "um 10, nicht um 9"
_DENIED = re.compile(r"(?:,|\band)\s(?:not|nicht|pas|et non|y no)\s(?:at\s|um\s|à\s|a las\s)?$")
# The end of a sentence or a paragraph between a day and the clock read with it
_APART = re.compile(r"[?!]|\n[ \t]*\n")


def _from_prose(
    segs: list[thread.Segment], ref: datetime | None, mail: Mail, moved: bool = False, confirms: bool = True,
    user_zone: ZoneInfo | None = None, called_off: bool = False, relayed: bool = False,
) -> Pick | None:
    best: tuple[float, Pick, list[prose.Slot]] | None = None
    month_first = _month_first(ref)
    top_days: set[date] = set()
    # The author's words move the quoted time by half: a new day ("Friday, same time") or a new
    # clock time ("auf 15:00 geschoben"), read once from a top text that states no time of its own.
    new_day: date | None = None
    new_clock: tuple[int, int] | None = None
    # The subject last: calendar notifications state the time there ("... @ Tue Mar 3, 2026 10am").
    with_subject = [*segs, thread.Segment("subject", mail.subject, ref)] if mail.subject else segs
    # Read when a top slot is scored (a confirmation search is not cheap), and only when the mail
    # confirms somewhere at all.
    top_confirms: bool | None = None if confirms else False
    prepared: dict[int, tuple[datetime | None, bool, list[prose.Slot]]] = {}

    def prepare(i: int) -> tuple[datetime | None, bool, list[prose.Slot]]:
        """Segment i's reference time, date order and slots, read once."""
        if i not in prepared:
            seg = with_subject[i]
            sref = seg.ref or ref
            if sref is not None and sref.utcoffset() == timedelta(0) and seg.kind in ("top", "fwd"):
                # "Stratum Staffing | Toronto" under a Date of +0000: the sender's clock is Toronto's.
                city = zones.signature_zone(seg.text[:SCAN])
                city = city or zones.zone_of_domain(seg.from_addr or mail.from_addr)
                # A relay's UTC stamp over "on se cale vendredi 16h": the writer's language says
                # where their clock is, when only one zone speaks it.
                city = city or zones.language_zone(seg.text)
                # Nothing says where the sender sits: the user's own zone (a candidate's interviews
                # are mostly local to them) says more than the server's UTC.
                city = city or user_zone
                if city is not None:
                    sref = sref.astimezone(city)
            elif (
                user_zone is not None and sref is not None and seg.kind in ("top", "fwd")
                and not isinstance(sref.tzinfo, ZoneInfo)
                and sref.astimezone(user_zone).utcoffset() == sref.utcoffset()
            ):
                # "mardi prochain, le 3, à 13 h 30" under a -0300 Date in October: the configured
                # zone of the user has that offset then, so the writer's clock is most likely the
                # user's own, with its change to standard time on 1 November (a fixed offset
                # would read the 3rd an hour off).
                sref = sref.astimezone(user_zone)
            elif (
                sref is not None and seg.kind in ("top", "fwd") and not isinstance(sref.tzinfo, ZoneInfo)
                and (city := zones.signature_zone(seg.text[:SCAN])) is not None
                and sref.astimezone(city).utcoffset() == sref.utcoffset()
            ):
                # The same for the city the writer signs from ("Dieppe (N.-B.)" under -0300 in
                # October): its clock, with its change to standard time, is the one they write in.
                sref = sref.astimezone(city)
            elif relayed and sref is not None and seg.kind == "top":
                # An ATS's server stamps its own offset ("Date: ... +0100" from softgarden) over
                # "Horario: de 9:30 a 11:00 hrs" at a plant in Puebla: the venue's clock is the one.
                city = zones.signature_zone(seg.text[:SCAN])
                if city is not None and sref.astimezone(city).utcoffset() != sref.utcoffset():
                    sref = sref.astimezone(city)
            # "7/9 at 10:30 AM PT" forwarded from a UK mailbox: the zone says whose order it is.
            seg_month_first = (month_first and not _DAY_FIRST_LANGUAGE.search(lower(seg.text[:2000]))) or (
                _US_ZONE.search(seg.text[:SCAN]) is not None
            )
            prepared[i] = (sref, seg_month_first, prose.find_slots(seg.text, sref, seg_month_first))
        return prepared[i]

    for rank, seg in enumerate(with_subject):
        if not seg.text.strip() or (seg.kind == "subject" and best is not None and best[0] >= 2):
            continue
        sref, seg_month_first, slots = prepare(rank)
        if any(_reader_clock(seg.text, sl) for sl in slots):
            # "9am your time": the user's own clock. The account's zone when the config names it,
            # else the zone the user's own quoted words gave that time in ("Thursday at 15:00
            # (CET)" below "Thursday 3pm your time it is").
            own = parties.own_addresses(mail, segs) if user_zone is None else set()
            others = [
                sl for j, s in enumerate(segs) if j != rank and s.from_addr in own and s.text.strip()
                for sl in prepare(j)[2] if sl.zone_stated
            ]
            slots = [_in_zone(sl, user_zone or _twin_zone(sl, others)) if _reader_clock(seg.text, sl) else sl
                     for sl in slots]
        elif rank == 0 and seg.kind == "top" and any(not sl.zone_stated for sl in slots):
            # "Tuesday at 2 works perfectly" above the candidate's "Tuesday (Oct 27) 11:00 or
            # 14:00 Santiago time": the answer picks an option, in the zone it was offered in.
            offered = [sl for j, s in enumerate(segs) if j != rank and s.kind == "quote"
                       for sl in prepare(j)[2] if sl.zone_stated and not sl.reader_zone]
            if offered:
                slots = [sl if sl.zone_stated else _in_zone(sl, _twin_zone(sl, offered), reader=False)
                         for sl in slots]
        text = seg.text
        invite_moved = bool(slots) and phrases.INVITE_MOVED.search(lower(text[:SCAN])) is not None
        slot_ends = sorted(max(x.pos, x.date_pos) for x in slots)  # where each time's words end
        single_time: bool | None = None  # whether the segment names a single time, once asked
        # A move names the old day before the new one far more often than after it ("your
        # interview on Wednesday at 11 ... is now Friday at 13:30"): without a cue, later wins.
        # (Another day only: "9:15am ET (3:15pm for you)" is the same time, read twice.)
        first_day = min(slots, key=lambda x: x.pos).start.date() if moved and slots else None
        if rank == 0 and seg.kind == "top" and not slots and sref is not None:
            new_day = prose.same_time_day(text, sref.date(), seg_month_first)
            new_clock = prose.lone_time(text)
        if rank == 0 and not slots and sref is not None:
            # "Tuesday works, see you then!" above a quoted list of times: the day named on top
            # picks among the quoted slots.
            top_days = {h.day for h in prose.find_dates(text[:2000], sref.date(), seg_month_first) if h.day}
        for slot in slots[:_MAX_SLOTS]:
            if not _plausible(slot.start, ref):
                continue
            s = 0.0
            if rank > 0 and slot.start.date() in top_days:
                s += 2.5
            elif rank == 0 and seg.kind == "top" and (
                top_confirms
                if top_confirms is not None
                else (top_confirms := phrases.CONFIRM.search(lower(seg.text[:SCAN])) is not None)
            ):
                # "thurs 10a works" above the candidate's quoted "Thursday (before noon)"; the
                # more so when the reply names one time only ("donderdag om 14u past perfect").
                if single_time is None:
                    single_time = len({x.start for x in slots if _plausible(x.start, ref)}) == 1
                s += 2.5 if single_time else 1.5
            anchor = min(slot.pos, slot.date_pos)
            before = lower(_line_before(text, anchor))
            near = lower(text[max(0, slot.pos - 250) : slot.pos + 150])
            # The cue nearest the time decides: "originally Thursday ... moved to Friday <time>".
            # A cue before another time is that time's: "instead of Thursday at 2pm, can we do
            # Friday at 11am" says nothing old of Friday.
            tail = before[-90:]
            earlier = bisect_left(slot_ends, anchor)
            own_from = (slot_ends[earlier - 1] if earlier else -1) - (anchor - len(tail))
            olds = [m.end() for m in phrases.OLD_TIME.finditer(tail) if m.start() > own_from]
            if olds and sref is not None and any(
                h.day is not None and h.day != slot.start.date()
                for h in prose.find_dates(tail[olds[-1] :], sref.date(), seg_month_first)
            ):
                # "It was previously scheduled for Monday, November 16.\nTuesday, November 17":
                # the cue names a day of its own, which this time is not.
                olds = []
            news = [m.end() for m in phrases.NEW_TIME.finditer(tail) if m.start() > own_from]
            if slot.date_pos < slot.pos - 40:
                # A day said well before its clock ("small change for tomorrow. ... we're moving your
                # 2nd round from 2:00 to 3:30"): the words right before the clock speak for it.
                near_tail = lower(_line_before(text, slot.pos))[-90:]
                before_it = bisect_left(slot_ends, slot.pos)
                near_from = (slot_ends[before_it - 1] if before_it else -1) - (slot.pos - len(near_tail))
                near_olds = [m.end() for m in phrases.OLD_TIME.finditer(near_tail) if m.start() > near_from]
                near_news = [m.end() for m in phrases.NEW_TIME.finditer(near_tail) if m.start() > near_from]
                if near_olds or near_news:
                    olds, news = near_olds, near_news
            if anchor < slot.pos and _APART.search(text, anchor, slot.pos):
                # A clock read with a day from a sentence before ("auf Fr, 19.06. um 15:30 gehen?
                # ... Lea Sommer  18:14"): the cue before the day speaks for that day's own time.
                olds = news = []
            asked = _in_question(text, slot.pos) and not (moved and invite_moved)
            if news and (not olds or news[-1] >= olds[-1]):  # a tie: "from X to" is the new time
                # ... unless it is asked: "Wäre es möglich, stattdessen am Montag um 10 ...?"
                s += 0 if asked else 2
            elif olds and not called_off:
                # (a call-off names the time it cancels so: "which was scheduled for Thursday at 1 PM")
                s -= 6
            elif not called_off and phrases.OLD_TIME_AFTER.match(lower(text[slot.pos : slot.pos + 50])):
                # (a call-off's "Friday's 11am interview is cancelled" is the time it cancels)
                s -= 4  # "Ihr Gespräch am 6. Mai um 11 Uhr verschieben": the verb comes last
            if len(slots) > 2 and phrases.ARRIVAL_AFTER.match(lower(text[slot.pos : slot.pos + 60])):
                s -= 4  # an itinerary's arrival, before its first session
            elif len(slots) > 1 and phrases.ARRIVAL_BEFORE.search(
                lower(text[max(0, slot.pos - 30) : slot.pos])
            ):
                s -= 4  # "Presentarse a las: 8:45": the time to be at reception, not the start
            line_at = text.rfind("\n", 0, slot.pos) + 1
            stamp = phrases.CHAT_STAMP.match(text, line_at)
            if stamp is not None and slot.pos < stamp.end():
                s -= 6  # a pasted chat's "[8/9/26, 6:41 p. m.]": when a line was written
            elif sref is not None and sref - timedelta(hours=2) <= slot.start < sref - timedelta(minutes=1):
                s -= 2  # minutes before its writer sent it: a pasted message's stamp, or the past
            by_then = text[max(0, slot.pos - 4) : slot.pos].lower().endswith("by ")
            said_before = lower(text[max(0, slot.pos - 16) : slot.pos])
            if _RESTATED.search(said_before):
                s -= 3  # "16:00 Amsterdam time ... so that's 10:00 in Madison": the same time, read twice
            if _DENIED.search(said_before):
                s -= 4  # "... 10:00 in Madison, not 9:00": the time it is not
            # (the words right before the time count too, when its date stands on a line above:
            # "Date: Thursday, October 8 / Please check in no later than 8:45 AM")
            just_before = lower(text[max(0, slot.pos - 30) : slot.pos])
            if phrases.NOT_SLOT.search(before[-30:]) or by_then or (
                slot.date_pos < slot.pos and phrases.NOT_SLOT.search(just_before)
            ):
                s -= 4  # "check in with reception by 8:40 AM": a time to be there by, not the start
            if phrases.NEAR_CUE.search(near):
                s += 2
            if asked:
                s -= 3  # "Does Thursday at 3pm work?": a proposal, not a fixed time
            if first_day is not None and slot.start.date() != first_day:
                s += 1
            if moved and seg.kind == "quote" and new_day is None and new_clock is None:
                s -= 2  # a move quotes the confirmation it changes: the quoted time is the old one
            line_start = text.rfind("\n", 0, min(slot.pos, slot.date_pos)) + 1
            if phrases.FIELD_LABEL.match(
                lower(text[line_start : line_start + 40])
            ) or phrases.FIELD_LABEL.search(lower(text[max(0, line_start - 120) : line_start])):
                s += 1.5
            if slot.zone_stated:
                s += 1
            elif _reader_clock(text, slot):
                s -= 3  # "3pm your time / 10am for me": read in the sender's zone, it is wrong
            if slot.explicit_date:
                s += 0.5
            s -= 0.3 * rank  # the author's own words before what they quote
            pick = Pick(
                slot.start, slot.end, slot.timezone, "prose", segment=seg, reader_zone=slot.reader_zone
            )
            if best is None or s > best[0]:
                best = (s, pick, slots)
        if best is not None and best[0] >= 3.5 and seg.kind in ("top", "fwd"):
            break  # the author's own (or the forwarded) words stated it clearly: quotes add nothing
    if best is None or best[0] < 0:
        if new_day is not None and segs and segs[0].kind == "top":
            # "Rebelote jeudi même heure alors" above "Merci pour le café (17h30 pile)": the day
            # is new, the time is the one the quote states without a day of its own.
            return _same_time_as_quoted(segs, new_day, prepare(0)[0])
        return None
    score, pick, slots = best
    # An itinerary in prose: three or more sessions the same day, listed in time order, start
    # with the first, whichever of them the cues chose ("11:00 Collaboration interview" after
    # "10:00 Portfolio presentation"). A move names only an old and a new time.
    at = min(x.pos for x in slots if x.start == pick.start)
    block = sorted(
        (x for x in slots if x.start.date() == pick.start.date() and x.end and abs(x.pos - at) < 600),
        key=lambda x: x.pos,
    )
    if not moved and len(block) >= 3 and all(
        later.start >= earlier.end for earlier, later in zip(block, block[1:], strict=False) if earlier.end
    ) and block[0].start < pick.start and _plausible(block[0].start, ref):
        pick = replace(pick, start=block[0].start)
    # An itinerary in prose: sessions listed on the same day right after the chosen one.
    same = [
        x
        for x in slots
        if x.start.date() == pick.start.date()
        and x.start >= pick.start
        and x.end
        and x.pos - 600 < (min(x.pos for x in slots if x.start == pick.start)) + 600
    ]
    if len(same) > 1 and pick.end is not None:
        last = max(x.end for x in same if x.end)
        if last - pick.start <= timedelta(hours=10):
            pick = replace(pick, end=last)
    if pick.end is None:
        # The same start restated as a range: "übermorgen um 9 Uhr ... eine Stunde (9.00-10.00 Uhr)".
        pick = replace(pick, end=next((x.end for x in slots if x.start == pick.start and x.end), None))
    if pick.end is None and pick.segment is not None:
        at = min(x.pos for x in slots if x.start == pick.start)
        length = prose.duration_after(pick.segment.text, at)
        if length is not None:
            pick = replace(pick, end=pick.start + length)
    return _moved_from_quote(pick, segs, new_day, new_clock if moved else None)


def _same_time_as_quoted(segs: list[thread.Segment], day: date, top_ref: datetime | None) -> Pick | None:
    """The top's new day at the one clock time a quote states (on no day it names)."""
    if top_ref is None or top_ref.tzinfo is None:
        return None
    for seg in segs[1:]:
        if seg.kind == "quote" and (clock := prose.lone_time(seg.text)) is not None:
            start = datetime.combine(day, time(*clock), tzinfo=top_ref.tzinfo)
            name = getattr(top_ref.tzinfo, "key", None)
            return Pick(start, None, name, "prose", segment=segs[0])
    return None


def _moved_from_quote(
    pick: Pick, segs: list[thread.Segment], day: date | None, clock: tuple[int, int] | None
) -> Pick:
    """A reply that moves the quoted time by half: another day at the same time ("Friday, same
    time"), or, said to be a move, another time on the same day ("auf 15:00 geschoben")."""
    top = segs[0] if segs and segs[0].kind == "top" else None
    if top is None or pick.segment is top or pick.start.tzinfo is None:
        return pick
    if pick.segment is not None and pick.segment.kind == "fwd" and phrases.RESCHEDULE.search(
        lower(pick.segment.text[:SCAN])
    ):
        return pick  # a forwarded move states the new time itself ("Neuer Termin: Freitag, 10:00")
    if day is not None and day != pick.start.date():
        start = datetime.combine(day, pick.start.time(), tzinfo=pick.start.tzinfo)
    elif clock is not None and clock != (pick.start.hour, pick.start.minute):
        start = datetime.combine(pick.start.date(), time(*clock), tzinfo=pick.start.tzinfo)
    else:
        return pick
    end = start + (pick.end - pick.start) if pick.end is not None else None
    return replace(pick, start=start, end=end, segment=top)
