"""Templates: errors named with file and line, the user's folder over the defaults, the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.compose import compose
from followupd.errors import TemplateError
from followupd.templating import Templates
from tests.composing import body_of, make_input, user_templates

# -- templates: errors with file and line ------------------------------------------------------


def test_defaults_pass_check() -> None:
    defaults = Templates()
    assert defaults.names() == ["check_in", "thank_you"]
    assert defaults.check(required=["thank_you", "check_in"]) == []


def test_undefined_attribute_names_file_and_line(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    t = user_templates(tmp_path, monkeypatch,
                       thank_you="Subject: Hi\n\nHello,\n{{ interview.team }}\n")
    with pytest.raises(TemplateError) as info:
        compose(t, make_input())
    assert str(info.value) == "templates/thank_you.txt:4: 'interview' has no attribute 'team'"
    assert info.value.hint
    assert t.check() == ["templates/thank_you.txt:4: 'interview' has no attribute 'team'"]


def test_undefined_variable_and_syntax_error_are_both_reported_by_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    t = user_templates(tmp_path, monkeypatch,
                       thank_you="Subject: Hi\n\n{{ recruiter }}\n",
                       check_in="Subject: Hi\n\n{% if contact.name %}\nno endif\n")
    problems = t.check(required=["thank_you", "check_in", "nudge"])
    assert "templates/thank_you.txt:3: 'recruiter' is undefined" in problems
    assert any(p.startswith("templates/check_in.txt:3: Unexpected end of template")
               for p in problems)
    assert "template 'nudge' not found (have: check_in, thank_you)" in problems


def test_a_template_that_breaks_only_when_facts_are_missing_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    t = user_templates(tmp_path, monkeypatch,
                       thank_you="Subject: Hi\n\nAt {{ interview.company.upper() }}.\n")
    [problem] = t.check()
    assert problem.startswith("templates/thank_you.txt:3: ")
    assert problem.endswith("(with the company, role, time and names unknown)")


@pytest.mark.parametrize(("text", "message"), [
    ("Subject: Hi\nBcc: eve@evil.test\n\nBody\n", "a template may set Subject and Cc, not 'Bcc'"),
    ("Subject: Hi\nBody right away\n", "expected a header line"),
    ("Subject: Hi\nSubject: again\n\nBody\n", "Subject set twice"),
    ("Subject: Hi", "no blank line between the headers and the body"),
    ("Subject: Hi\n\n  \n", "the body is empty"),
    ("Subject: Hi\nCc: not an address\n\nBody\n", "Cc: 'not an address' is not a list of e-mail"),
])
def test_bad_headers_are_template_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         text: str, message: str) -> None:
    t = user_templates(tmp_path, monkeypatch, thank_you=text)
    with pytest.raises(TemplateError, match=message) as info:
        compose(t, make_input())
    assert str(info.value).startswith("templates/thank_you.txt")


def test_user_folder_overrides_by_name_and_adds_templates(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    t = user_templates(tmp_path, monkeypatch,
                       thank_you="Subject: Mine\n\nMy thanks, {{ contact.first_name }}.\n",
                       nudge="Subject: Nudge\n\nJust checking.\n")
    assert t.names() == ["check_in", "nudge", "thank_you"]
    assert body_of(compose(t, make_input())) == "My thanks, Dana.\n"
    assert "timeline" in body_of(compose(t, make_input(template="check_in")))
    assert body_of(compose(t, make_input(template="nudge"))) == "Just checking.\n"
    with pytest.raises(TemplateError, match="template 'missing' not found"):
        compose(t, make_input(template="missing"))
    with pytest.raises(TemplateError, match="template name"):
        compose(t, make_input(template="../thank_you"))


def test_missing_user_folder_is_reported_but_defaults_still_work(tmp_path: Path) -> None:
    t = Templates(tmp_path / "nope")
    assert any("templates folder does not exist" in p for p in t.check())
    assert compose(t, make_input())["Subject"].startswith("Re: ")


# -- the sandbox --------------------------------------------------------------------------------


@pytest.mark.parametrize("expr", [
    "''.__class__.__mro__",
    "''.__class__.__mro__[1].__subclasses__()",
    "interview.__class__",
    "interview.start.__class__.__init__",
    "interview|attr('__class__')",
    "'{0.__class__}'.format(interview)",
    "interview._var",
    "lipsum.__globals__",
    "cycler.__init__.__globals__",
    "self.__init__.__globals__",
    "namespace",
    "config",
    "interview.interviewers.append('x')",
])
def test_sandbox_blocks_everything_beyond_the_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expr: str,
) -> None:
    t = user_templates(tmp_path, monkeypatch, thank_you=f"Subject: Hi\n\n{{{{ {expr} }}}}\n")
    with pytest.raises(TemplateError) as info:
        compose(t, make_input())
    assert str(info.value).startswith("templates/thank_you.txt:3: ")
    assert t.check() != []


@pytest.mark.parametrize("body", [
    "{% for i in range(100000) %}xxxxxxxxxx{% endfor %}",
    "{{ 'x' * 100000000 }}",
    "{{ ['x'] * 100000000 }}",
    "{{ 10 ** 100000000 }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% include 'thank_you' %}",
])
def test_output_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    t = user_templates(tmp_path, monkeypatch, thank_you=f"Subject: Hi\n\n{body}\n")
    with pytest.raises(TemplateError, match="templates/thank_you.txt"):
        compose(t, make_input())


def test_a_template_saved_by_a_windows_editor_works(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "thank_you.txt").write_bytes("\ufeffSubject: Hi\r\n\r\nThanks,\r\nAlice\r\n"
                                           .encode())
    assert body_of(compose(Templates(folder), make_input())) == "Thanks,\nAlice\n"


template_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from([
        "Subject: x\n", "Cc: a@b.test\n", "\n", "{{ interview.company }}", "{% if me.name %}",
        "{% endif %}", "{{ contact.first_name|upper }}", "{% for i in interview.interviewers %}",
        "{% endfor %}", "{{ 1/0 }}", "{{ interview.start.strftime('%A') }}", "{{ x }}", "{%",
        "}}", "{{ interview.start + 1 }}", "{{ '%d'|format('x') }}", "{% set y = 2 %}",
        "{{ range(3)|list }}", "{{ me.name[5] }}", "{{ interview.when.nope() }}", "text",
    ]), max_size=12).map("".join),
)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=template_text)
def test_any_template_renders_or_raises_template_error(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "fuzz"
    folder.mkdir(exist_ok=True)
    (folder / "thank_you.txt").write_text(text, encoding="utf-8")
    try:
        msg = compose(Templates(folder), make_input())
    except TemplateError as exc:
        assert exc.problems and str(exc).startswith(str(folder / "thank_you.txt"))
    else:
        assert msg["To"] == "Dana Smith <dana@acme.test>"
