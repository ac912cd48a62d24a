"""Follow-up templates: where they come from, the sandbox that renders them, what they may set.

A template is header lines (``Subject:``, optional ``Cc:``), a blank line, then the body; it is
rendered by Jinja2's immutable sandbox with ``StrictUndefined`` and a size cap. The packaged
defaults (``followupd/templates/``) are overridden by name from the user's templates folder.
Every problem is a ``TemplateError`` that names the file and line; ``Templates.check`` renders each
template with representative contexts (``followupd.context.samples``) so that `followupd check`
reports them before a follow-up is due. The variables templates see are described in
``followupd.context``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.utils import getaddresses
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from followupd.context import samples
from followupd.errors import ComposeError, TemplateError, short_path
from followupd.mailtext import clean_text, make_address

MAX_OUTPUT = 64 * 1024  # characters a template may produce; a runaway loop stops here
_HEADERS = {"subject": "Subject", "cc": "Cc"}  # what a template may set
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_HINT = ("templates are header lines (Subject:, Cc:), a blank line, then the body; variables: "
         "interview, contact, me, followup. `followupd check` lists every problem")


def and_join(items: Iterable[Any]) -> str:
    """``["Dana", "Sam", "Lee"]`` → ``"Dana, Sam and Lee"`` (a template filter)."""
    parts = [str(i) for i in items if str(i)]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


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
            for label, sample in samples():
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
