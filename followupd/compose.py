"""Follow-up templates → an ``EmailMessage`` that threads into the conversation.

A template is header lines (``Subject:``, optional ``Cc:``), a blank line, then the body; it is
rendered by Jinja2's immutable sandbox with ``StrictUndefined`` and a size cap. The packaged
defaults (``followupd/templates/``) are overridden by name from the user's templates folder.

Every value that comes from incoming mail (names, company, role, subject, Message-IDs) is
untrusted: CR, LF and other control characters are removed, RFC 2047 encoded-word look-alikes are
defused (``policy.default`` *decodes* them when a header is set, which would smuggle a CR/LF back
in), and the finished message is re-parsed to check that its header set is exactly the expected
one. No value from incoming mail can add a header.

Template variables (anything else is an error, reported with file and line):

* ``interview``: ``company``, ``role`` (None when unknown), ``start``, ``end`` (aware datetimes in
  the interview's zone), ``timezone``, ``interviewers`` (names), ``when`` ("Tuesday, March 10"),
  ``weekday``, ``date`` ("March 10"), ``time`` ("2:30 PM"), ``relative_day`` ("today",
  "yesterday", "on Tuesday", "on Tuesday, March 10"), ``position`` ("the Senior Engineer role at
  Acme", degrading to "the role");
* ``contact`` and ``me``: ``name``, ``first_name`` (None unless clearly a person's), ``email``;
* ``followup``: ``name`` / ``rule`` (the rule's name), ``template``, ``note`` (one point from the
  conversation, when the user gave one);
* the filter ``and_join``: ``["Dana", "Sam", "Lee"]`` → "Dana, Sam and Lee".

Subject: the reply keeps the thread's subject as ``Re: <original>`` (Gmail groups a thread by
subject too, so a new subject would break it out of the conversation); the template's
``Subject:`` is used only when the thread has none.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from followupd.errors import FollowupdError, TemplateError, short_path

MAX_OUTPUT = 64 * 1024  # characters a template may produce; a runaway loop stops here
MAX_REFERENCES = 20  # Message-IDs kept in References: the first and the most recent ones
_HEADERS = {"subject": "Subject", "cc": "Cc"}  # what a template may set
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_HINT = ("templates are header lines (Subject:, Cc:), a blank line, then the body; variables: "
         "interview, contact, me, followup. `followupd check` lists every problem")


class ComposeError(FollowupdError):
    """The follow-up cannot be built from these facts (e.g. an invalid recipient address)."""


# -- untrusted text --------------------------------------------------------------------------------

# C0/C1 controls, DEL, line/paragraph separators, BOM, bidi overrides (display-name spoofing),
# lone surrogates (surrogateescape leftovers that cannot be encoded).
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def clean_text(value: str | None, limit: int = 200) -> str | None:
    """One line of untrusted text, safe to place in a header or a template; None if empty."""
    if value is None:
        return None
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    # "=?" starts an RFC 2047 encoded word, which the email package decodes on assignment
    # (even inside quotes): a word joiner keeps the look and defuses it.
    text = text.replace("=?", "=\u2060?")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


def clean_body(text: str) -> str:
    """A body as users expect it: LF line ends, no trailing blanks, no runs of empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", "", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"


_MSGID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")


def clean_msgid(value: str | None) -> str | None:
    """A Message-ID as ``<…>`` when it is a plain one; anything odd is dropped, not repaired."""
    if not value:
        return None
    value = value.strip()
    if not value.startswith("<"):
        value = f"<{value}>"
    if not _MSGID.fullmatch(value) or "=?" in value:
        return None
    return value


_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|antw|vs|ref|res|odp)\s*(?:\[\d+\]|\(\d+\))?\s*:)+",
                           re.IGNORECASE)


def reply_subject(original: str | None) -> str | None:
    """``Re: <original>``, with the original's own reply prefixes removed (no ``Re: Re:``)."""
    subject = clean_text(original, 250)
    if subject is None:
        return None
    core = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {core}" if core else None


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}
_NOT_A_PERSON = {
    "team", "recruiting", "recruitment", "recruiter", "recruiters", "talent", "careers", "career",
    "hr", "hiring", "jobs", "job", "people", "noreply", "no-reply", "notifications", "human",
    "resources", "staffing", "acquisition", "info", "support", "admin", "calendar", "office",
}


def first_name(name: str | None, company: str | None = None) -> str | None:
    """A first name to greet, or None when ``name`` is not clearly a person ("Acme Talent")."""
    name = clean_text(name)
    if not name or "@" in name:
        return None
    if "," in name:  # "Martin, Alice"
        last, _, first = name.partition(",")
        name = first.strip() or last.strip()
    words = [w for w in name.replace('"', " ").split() if w]
    lowered = {w.lower().strip(".") for w in words}
    if lowered & _NOT_A_PERSON or (company and company.lower() in name.lower()):
        return None
    while words and words[0].lower().strip(".") in _TITLES:
        words = words[1:]
    if not words or not any(c.isalpha() for c in words[0]):
        return None
    first = words[0]
    if first.isupper() or first.islower():  # "DANA" or "dana" → "Dana"
        first = first.capitalize()
    return first


def and_join(items: Iterable[Any]) -> str:
    """``["Dana", "Sam", "Lee"]`` → ``"Dana, Sam and Lee"`` (a template filter)."""
    parts = [str(i) for i in items if str(i)]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


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


# -- templates ---------------------------------------------------------------------------------


class _Undefined(StrictUndefined):
    """StrictUndefined whose message names the template variable, not its Python class."""

    @property
    def _undefined_message(self) -> str:
        obj = self._undefined_obj
        var = getattr(type(obj), "_var", None)
        if var is not None and isinstance(self._undefined_name, str):
            return f"{var!r} has no attribute {self._undefined_name!r}"
        return str(super()._undefined_message)


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus: `'x' * 10**9` and huge powers are refused before they run."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any,
                   right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and right > 64:
            raise SecurityError("exponent too large")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int) \
                        and len(seq) * n > MAX_OUTPUT:
                    raise SecurityError(f"result would exceed {MAX_OUTPUT // 1024} KB")
        return super().call_binop(context, operator, left, right)


@dataclass(frozen=True)
class Rendered:
    """A rendered template, split into the headers it sets and the body."""

    filename: str
    subject: str | None
    cc: tuple[Address, ...]
    body: str


@dataclass
class Templates:
    """The packaged default templates, overridden by name from ``user_dir``."""

    user_dir: Path | None = None
    _filenames: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self.env = _Sandbox(
            loader=jinja2.FunctionLoader(self._load),
            undefined=_Undefined,
            autoescape=False,  # plain text mail; there is no HTML part to escape for
            # Jinja's default whitespace handling, which users' Jinja knowledge matches (with
            # trim_blocks, `Subject: …{% endif %}` would eat the blank line after the headers);
            # clean_body() then drops the empty lines that {% if %} lines leave behind.
            keep_trailing_newline=True,
            cache_size=0,  # tiny files; always read the current version
        )
        # Nothing beyond the context: no lipsum, cycler, joiner, dict…
        self.env.globals.clear()
        self.env.globals["range"] = self.env.globals.get("range", range)
        self.env.filters["and_join"] = and_join

    # -- where templates come from ---------------------------------------------------------------

    def _user_file(self, name: str) -> Path | None:
        if self.user_dir is None:
            return None
        path = self.user_dir / f"{name}.txt"
        return path if path.is_file() else None

    def filename(self, name: str) -> str:
        """How errors name a template's file."""
        user = self._user_file(name)
        return short_path(user) if user else f"followupd/templates/{name}.txt"

    def names(self) -> list[str]:
        found = {p.name[:-4] for p in resources.files("followupd").joinpath("templates").iterdir()
                 if p.name.endswith(".txt")}
        if self.user_dir is not None and self.user_dir.is_dir():
            found |= {p.stem for p in self.user_dir.glob("*.txt")}
        return sorted(n for n in found if _TEMPLATE_NAME.match(n))

    def source(self, name: str) -> str:
        name = _normal_name(name)
        filename = self.filename(name)
        user = self._user_file(name)
        try:
            if user is not None:  # utf-8-sig: a BOM from a Windows editor is not a header
                return user.read_text(encoding="utf-8-sig")
            packaged = resources.files("followupd").joinpath("templates", f"{name}.txt")
            if packaged.is_file():
                return packaged.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise TemplateError(f"{filename}: not UTF-8 text ({exc.reason})", hint=_HINT) from exc
        except OSError as exc:
            raise TemplateError(f"{filename}: cannot read it ({exc.strerror})") from exc
        where = f" in {short_path(self.user_dir)} or" if self.user_dir else " among"
        raise TemplateError(f"template {name!r} not found{where} the built-in ones "
                            f"({', '.join(self.names())})", hint=_HINT)

    def _load(self, name: str) -> tuple[str, str, Any]:
        filename = self.filename(name)
        self._filenames.add(filename)
        return self.source(name), filename, lambda: False

    # -- rendering ---------------------------------------------------------------------------------

    def render(self, name: str, context: Mapping[str, Any]) -> Rendered:
        name = _normal_name(name)
        filename = self.filename(name)
        try:
            template = self.env.get_template(name)
            chunks: list[str] = []
            size = 0
            for chunk in template.generate(dict(context)):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise TemplateError(f"{filename}: output exceeds {MAX_OUTPUT // 1024} KB",
                                        hint=_HINT)
                chunks.append(chunk)
        except jinja2.TemplateSyntaxError as exc:
            line = f":{exc.lineno}" if exc.lineno else ""
            raise TemplateError(f"{exc.filename or filename}{line}: {exc.message}",
                                hint=_HINT) from None
        except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError, LookupError,
                AttributeError, RecursionError) as exc:
            where = self._where(exc.__traceback__) or filename
            message = getattr(exc, "message", None) or str(exc)
            raise TemplateError(f"{where}: {message}", hint=_HINT) from None
        return _split(filename, "".join(chunks))

    def _where(self, tb: TracebackType | None) -> str | None:
        """file:line of the innermost template frame (Jinja rewrites tracebacks to point there)."""
        where = None
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename in self._filenames:
                where = f"{code.co_filename}:{tb.tb_lineno}"
            tb = tb.tb_next
        return where

    def check(self, required: Iterable[str] = ()) -> list[str]:
        """Every problem, one line each with file and line: syntax errors, undefined names,
        bad headers, and templates that ``[[followup]]`` rules need but that do not exist."""
        problems: list[str] = []
        if self.user_dir is not None and not self.user_dir.is_dir():
            problems.append(f"{short_path(self.user_dir)}: templates folder does not exist")
        available = set(self.names())
        for name in sorted(set(required)):
            if name not in available:
                problems.append(f"template {name!r} not found (have: {', '.join(sorted(available))})")
        for name in sorted(available):
            for label, sample in _samples():
                try:
                    self.render(name, sample)
                except TemplateError as exc:
                    problems.extend(f"{p}{label}" for p in exc.problems)
                    break  # one sample's problem is enough per template
        return problems


def _normal_name(name: str) -> str:
    name = name[:-4] if name.endswith(".txt") else name
    if not _TEMPLATE_NAME.match(name):
        raise TemplateError(f"template name {name!r}: use letters, digits, '_' and '-'")
    return name


_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$")


def _split(filename: str, text: str) -> Rendered:
    """Header lines, a blank line, the body: as the template rendered them."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    first = 0
    while first < len(lines) - 1 and not lines[first].strip():
        first += 1  # blank lines left by a leading {# comment #} or {% set %}
    for number, line in enumerate(lines[first:], start=first + 1):
        if not line.strip():
            body = "\n".join(lines[number:])
            break
        m = _HEADER_LINE.match(line)
        if not m:
            raise TemplateError(f"{filename}:{number}: expected a header line such as "
                                "'Subject: …', or a blank line before the body", hint=_HINT)
        key = m.group(1).lower()
        if key not in _HEADERS:
            raise TemplateError(f"{filename}:{number}: a template may set "
                                f"{' and '.join(_HEADERS.values())}, not {m.group(1)!r}",
                                hint=_HINT)
        if key in headers:
            raise TemplateError(f"{filename}:{number}: {_HEADERS[key]} set twice", hint=_HINT)
        headers[key] = m.group(2)
    else:
        raise TemplateError(f"{filename}: no blank line between the headers and the body",
                            hint=_HINT)
    if not body.strip():
        raise TemplateError(f"{filename}: the body is empty", hint=_HINT)
    return Rendered(filename=filename, subject=clean_text(headers.get("subject"), 250),
                    cc=_cc(filename, headers.get("cc", "")), body=body)


def _cc(filename: str, value: str) -> tuple[Address, ...]:
    out: list[Address] = []
    for name, addr in getaddresses([value]):
        if not name and not addr:
            continue
        try:
            out.append(make_address(name, addr))
        except ComposeError:
            raise TemplateError(f"{filename}: Cc: {clean_text(value, 120)!r} is not a list of "
                                "e-mail addresses", hint=_HINT) from None
    return tuple(out)


def make_address(name: str | None, email: str) -> Address:
    """An Address from untrusted parts: the name cleaned, the addr-spec checked, not repaired."""
    spec = (email or "").strip()
    if not spec or clean_text(spec, 254) != spec or " " in spec or spec.count("@") != 1 \
            or spec.startswith("@") or spec.endswith("@"):
        raise ComposeError(f"{clean_text(spec, 80)!r} is not an e-mail address")
    try:
        addr = Address(display_name=clean_text(name, 100) or "", addr_spec=spec)
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise ComposeError(f"{clean_text(spec, 80)!r} is not an e-mail address") from exc
    if addr.addr_spec != spec:
        raise ComposeError(f"{clean_text(spec, 80)!r} is not an e-mail address")
    return addr


# -- the message -------------------------------------------------------------------------------


def _samples() -> list[tuple[str, dict[str, Any]]]:
    """Representative contexts for `check`: everything known, and nothing optional known."""
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


def compose(templates: Templates, inp: ComposeInput) -> EmailMessage:
    """Render ``inp.template`` and build the reply; raises TemplateError or ComposeError."""
    if inp.date.tzinfo is None or inp.date.utcoffset() is None:
        raise ValueError("ComposeInput.date must be timezone-aware")
    own_id = clean_msgid(inp.message_id)
    if own_id is None or own_id != inp.message_id:
        raise ValueError(f"ComposeInput.message_id is not a valid Message-ID: {inp.message_id!r}")
    sender = make_address(inp.me.name, inp.me.email)
    recipient = make_address(inp.contact.name, inp.contact.email)
    rendered = templates.render(inp.template, context_for(inp))
    body = clean_body(inp.body_override if inp.body_override is not None else rendered.body)
    if len(body) > MAX_OUTPUT:
        raise TemplateError(f"the edited body exceeds {MAX_OUTPUT // 1024} KB")

    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = recipient
    taken = {sender.addr_spec.lower(), recipient.addr_spec.lower()}
    cc = [a for a in rendered.cc if a.addr_spec.lower() not in taken]
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = reply_subject(inp.thread.subject) or rendered.subject or "Following up"
    msg["Date"] = format_datetime(inp.date)
    msg["Message-ID"] = own_id
    parent = clean_msgid(inp.thread.message_id)
    references = [r for r in (clean_msgid(x) for x in inp.thread.references) if r]
    if parent:
        msg["In-Reply-To"] = parent
        if parent not in references:
            references.append(parent)
    if len(references) > MAX_REFERENCES:  # keep the thread's root and the most recent ones
        references = references[:1] + references[-(MAX_REFERENCES - 1):]
    if references:
        msg["References"] = " ".join(references)
    # Paragraphs stay long lines (every client wraps them to its window; hard breaks at 72
    # columns look ragged on phones). Quoted-printable keeps the wire lines short and 7-bit.
    plain = body.isascii() and max(len(x) for x in body.split("\n")) <= 78
    msg.set_content(body, subtype="plain", charset="utf-8",
                    cte="7bit" if plain else "quoted-printable")
    _check_headers(msg)
    return msg


_EXPECTED = {"from", "to", "subject", "date", "message-id", "mime-version", "content-type",
             "content-transfer-encoding"}


def _check_headers(msg: EmailMessage) -> None:
    """The last line of defence: the bytes we send parse back to exactly our headers."""
    expected = _EXPECTED | {k.lower() for k in ("Cc", "In-Reply-To", "References") if k in msg}
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    names = [k.lower() for k in parsed.keys()]
    values_ok = all("\r" not in str(v) and "\n" not in str(v) for v in parsed.values())
    if sorted(names) != sorted(expected) or not values_ok:
        raise ComposeError("refusing to build a message whose headers do not parse back as "
                           "written (a value from incoming mail tried to add a header)")


def render_preview(msg: EmailMessage, width: int = 78) -> str:
    """The message as ``followupd preview`` and ``queue show`` print it."""
    lines = [f"{h}: {msg[h]}" for h in ("From", "To", "Cc", "Subject", "Date", "In-Reply-To")
             if msg[h] is not None]
    lines.append("")
    body = msg.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    for line in text.rstrip("\n").split("\n"):
        lines.extend(textwrap.wrap(line, width, break_long_words=False,
                                   break_on_hyphens=False) or [""])
    return "\n".join(lines) + "\n"
