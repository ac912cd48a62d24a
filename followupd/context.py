"""What a follow-up is composed from, and the variables its template sees.

The caller gives a ``ComposeInput`` (facts from the tracker); ``context_for`` turns it into the
template variables, every value from incoming mail cleaned (``followupd.mailtext``) and the
interview's time given in friendly, locale-independent forms. Template variables (anything else is
an error, reported with file and line):

* ``interview``: ``company``, ``role`` (None when unknown), ``start``, ``end`` (aware datetimes in
  the interview's zone), ``timezone``, ``interviewers`` (names), ``when`` ("Tuesday, March 10"),
  ``weekday``, ``date`` ("March 10"), ``time`` ("2:30 PM"), ``relative_day`` ("today",
  "yesterday", "on Tuesday", "on Tuesday, March 10"), ``position`` ("the Senior Engineer role at
  Acme", degrading to "the role");
* ``contact`` and ``me``: ``name``, ``first_name`` (None unless clearly a person's), ``email``;
* ``followup``: ``name`` / ``rule`` (the rule's name), ``template``, ``note`` (one point from the
  conversation, when the user gave one);
* the filter ``and_join`` (``followupd.templating``): ``["Dana", "Sam", "Lee"]`` → "Dana, Sam and
  Lee".

It is a module of its own, below ``followupd.templating`` and ``followupd.compose``, because
``Templates.check`` renders every template with ``samples()`` while ``compose()`` needs
``Templates``: kept in compose.py, the two would import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.mailtext import clean_text, first_name

# -- what the caller gives ---------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str | None
    email: str


@dataclass(frozen=True)
class InterviewFacts:
    company: str | None = None
    role: str | None = None
    start: datetime | None = None  # aware
    end: datetime | None = None  # aware
    timezone: str | None = None  # IANA; the interview's, else the user's (the caller decides)
    interviewers: tuple[str, ...] = ()  # names


@dataclass(frozen=True)
class Thread:
    subject: str | None
    message_id: str | None  # of the message we answer
    references: tuple[str, ...] = ()  # that message's References


@dataclass(frozen=True)
class ComposeInput:
    template: str
    rule: str
    message_id: str  # deterministic per follow-up, given by the outbox
    date: datetime  # aware; compose at send time so that "today"/"yesterday" are right
    me: Person
    contact: Person
    interview: InterviewFacts
    thread: Thread
    body_override: str | None = None  # a body the user edited (`queue edit`); headers still
    # come from the template
    note: str | None = None  # one point from the conversation, if the user gave one


# -- what templates see ------------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewVars:
    _var: ClassVar[str] = "interview"
    company: str | None
    role: str | None
    start: datetime | None  # in the interview's zone
    end: datetime | None
    timezone: str | None
    interviewers: tuple[str, ...]
    when: str | None  # "Tuesday, March 10"
    weekday: str | None  # "Tuesday"
    date: str | None  # "March 10"
    time: str | None  # "2:30 PM"
    relative_day: str | None  # "today", "yesterday", "on Tuesday", "on March 10"
    position: str  # "the Senior Engineer role at Acme", "the role at Acme", "the role"


@dataclass(frozen=True)
class PersonVars:
    _var: ClassVar[str] = "person"
    name: str | None
    first_name: str | None
    email: str


@dataclass(frozen=True)
class ContactVars(PersonVars):
    _var: ClassVar[str] = "contact"


@dataclass(frozen=True)
class MeVars(PersonVars):
    _var: ClassVar[str] = "me"


@dataclass(frozen=True)
class FollowupVars:
    _var: ClassVar[str] = "followup"
    name: str  # the [[followup]] rule's name
    rule: str  # the same (both spellings read naturally in a template)
    template: str
    note: str | None


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _position(role: str | None, company: str | None) -> str:
    if role:
        noun = "" if role.split()[-1].lower() in {"role", "position", "job", "opening"} else " role"
        text = f"the {role}{noun}"
    else:
        text = "the role"
    return f"{text} at {company}" if company else text


def interview_vars(facts: InterviewFacts, now: datetime) -> InterviewVars:
    """Friendly, locale-independent forms of the interview's time, in the interview's zone."""
    company = clean_text(facts.company, 100)
    role = clean_text(facts.role, 100)
    tz = _zone(facts.timezone)
    start = facts.start.astimezone(tz) if facts.start and tz else facts.start
    end = facts.end.astimezone(tz) if facts.end and tz else facts.end
    when = weekday = date = time = relative = None
    if start is not None:
        weekday = _DAYS[start.weekday()]
        date = f"{_MONTHS[start.month - 1]} {start.day}"
        when = f"{weekday}, {date}"
        hour = start.hour % 12 or 12
        time = f"{hour}:{start.minute:02d} {'AM' if start.hour < 12 else 'PM'}"
        days = (now.astimezone(start.tzinfo).date() - start.date()).days
        if days == 0:
            relative = "today"
        elif days == 1:
            relative = "yesterday"
        elif 1 < days < 7:
            relative = f"on {weekday}"
        else:
            relative = f"on {when}"
    names = tuple(n for n in (clean_text(i, 100) for i in facts.interviewers[:20]) if n)
    return InterviewVars(company=company, role=role, start=start, end=end,
                         timezone=facts.timezone if tz else None, interviewers=names, when=when,
                         weekday=weekday, date=date, time=time, relative_day=relative,
                         position=_position(role, company))


def context_for(inp: ComposeInput) -> dict[str, Any]:
    company = clean_text(inp.interview.company, 100)
    contact_name = clean_text(inp.contact.name, 100)
    me_name = clean_text(inp.me.name, 100)
    return {
        "interview": interview_vars(inp.interview, inp.date),
        "contact": ContactVars(name=contact_name, first_name=first_name(contact_name, company),
                               email=clean_text(inp.contact.email, 254) or ""),
        "me": MeVars(name=me_name, first_name=first_name(me_name),
                     email=clean_text(inp.me.email, 254) or ""),
        "followup": FollowupVars(name=inp.rule, rule=inp.rule, template=inp.template,
                                 note=clean_text(inp.note, 500)),
    }


def samples() -> list[tuple[str, dict[str, Any]]]:
    """Representative contexts for ``Templates.check``: everything known, and nothing optional
    known."""
    tz = "America/New_York"
    start = datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo(tz))
    full = ComposeInput(
        template="sample", rule="thank_you", message_id="<sample@followupd.invalid>",
        date=start + timedelta(hours=4),
        me=Person("Alex Morgan", "alex@example.com"),
        contact=Person("Dana Smith", "dana@example.com"),
        interview=InterviewFacts(company="Acme", role="Senior Engineer", start=start,
                                 end=start + timedelta(hours=1), timezone=tz,
                                 interviewers=("Dana Smith", "Sam Lee")),
        thread=Thread("Interview confirmation", "<orig@example.com>"),
        note="the migration to the new platform",
    )
    sparse = ComposeInput(
        template="sample", rule="thank_you", message_id="<sample@followupd.invalid>",
        date=start, me=Person(None, "alex@example.com"), contact=Person(None, "dana@example.com"),
        interview=InterviewFacts(), thread=Thread(None, None),
    )
    return [("", context_for(full)),
            (" (with the company, role, time and names unknown)", context_for(sparse))]
