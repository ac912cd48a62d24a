"""The configuration: every problem at once, with its key, and exit status 78."""

from __future__ import annotations

import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd import config
from followupd.cli import main
from followupd.config_example import render
from followupd.errors import EX_CONFIG, ConfigError

REPO = Path(__file__).resolve().parent.parent

MINIMAL = """
[account]
email = "jordan@example.com"
name = "Jordan Ellis"
timezone = "America/New_York"

[imap]
host = "imap.example.com"

[smtp]
host = "smtp.example.com"
"""


def write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(textwrap.dedent(body))
    p.chmod(0o600)
    return p


def test_example_config_is_the_generated_one_and_is_valid() -> None:
    example = REPO / "config.example.toml"
    assert example.read_text() == render(), "regenerate: followupd config generate > config.example.toml"
    cfg = config.load(example, environ={})
    assert cfg.send.mode == "queue"
    assert [r.name for r in cfg.followups] == ["thank_you", "check_in"]


def test_example_documents_every_key() -> None:
    text = (REPO / "config.example.toml").read_text()
    for table, keys in config.SCHEMA.items():
        assert f"[{table}]" in text
        for key in keys:
            assert f"{key.name} = " in text, f"{table}.{key.name} is not in the example"


def test_check_on_example_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(REPO / "config.example.toml"), "check"]) == 0


def test_three_mistakes_exit_78_and_are_all_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, MINIMAL.replace('host = "imap.example.com"',
                                           'host = "imap.example.com"\nport = 99999\nfolder = ["INBOX"]')
                 + '\n[send]\nmode = "yolo"\n')
    assert main(["--config", str(path), "check"]) == EX_CONFIG
    err = capsys.readouterr().err
    assert "imap.port: expected an integer from 1 to 65535, got 99999" in err
    assert 'imap.folder: unknown key (did you mean "folders"?)' in err
    assert 'send.mode: expected one of "queue", "send", "draft", got "yolo"' in err
    assert "Traceback" not in err
    # one line per problem, each naming the file
    assert sum(1 for line in err.splitlines() if line.startswith(f"followupd: {path}: ")) == 3


def test_password_key_is_refused_without_echoing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, MINIMAL.replace('host = "imap.example.com"',
                                           'host = "imap.example.com"\npassword = "hunter2-very-secret"'))
    assert main(["--config", str(path), "check"]) == EX_CONFIG
    out = capsys.readouterr()
    assert "followupd auth set imap" in out.err
    assert "hunter2-very-secret" not in out.err + out.out


def test_missing_file_names_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "check"]) == EX_CONFIG
    err = capsys.readouterr().err
    assert "no configuration file there" in err and "followupd init" in err


def test_broken_toml_is_one_clear_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[account\nemail=")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load(path, environ={})


def test_unknown_table_gets_did_you_mean(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "\n[sned]\nmode = 'send'\n")
    with pytest.raises(ConfigError) as exc:
        config.load(path, environ={})
    assert any('sned: unknown table (did you mean "send"?)' in p for p in exc.value.problems)


def test_plaintext_needs_allow_insecure(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace('host = "imap.example.com"',
                                           'host = "imap.example.com"\nsecurity = "none"'))
    with pytest.raises(ConfigError, match="imap.security"):
        config.load(path, environ={})
    insecure = 'host = "imap.example.com"\nsecurity = "none"\nallow_insecure = true'
    ok = write(tmp_path, MINIMAL.replace('host = "imap.example.com"', insecure))
    assert config.load(ok, environ={}).imap.port == 143  # type: ignore[union-attr]


def test_ports_default_by_security(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, MINIMAL + 'security = "tls"\n'), environ={})
    assert cfg.imap.port == 993 and cfg.smtp.port == 465  # type: ignore[union-attr]
    assert cfg.imap.username == "jordan@example.com"  # type: ignore[union-attr]


def test_the_detector_reads_your_time_in_the_accounts_zone(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, MINIMAL), environ={})
    assert cfg.detect.rules.user_timezone == "America/New_York"


def test_no_mailbox_is_an_error(tmp_path: Path) -> None:
    body = MINIMAL.split("[imap]")[0] + '[send]\ntransport = "directory"\ndirectory = "/tmp/x"\n'
    with pytest.raises(ConfigError, match="no mailbox to watch"):
        config.load(write(tmp_path, body), environ={})


def test_bad_timezone_and_window_and_duplicate_rule(tmp_path: Path) -> None:
    body = MINIMAL.replace("America/New_York", "Mars/Olympus") + textwrap.dedent("""
        [send]
        window = "18:00-09:00"
        [[followup]]
        name = "a"
        template = "thank_you"
        after = "3 hours"
        [[followup]]
        name = "a"
        template = "check_in"
        after = "7d"
        """)
    with pytest.raises(ConfigError) as exc:
        config.load(write(tmp_path, body), environ={})
    joined = "\n".join(exc.value.problems)
    assert "account.timezone: expected an IANA time zone" in joined
    assert "send.window: the window must end after it starts" in joined
    assert 'followup[0].after: expected a duration like "45s"' in joined
    assert 'followup[1].name: "a" is used by another rule' in joined


def test_lookup_order(tmp_path: Path) -> None:
    env_path = tmp_path / "env.toml"
    assert config.default_config_path({"FOLLOWUPD_CONFIG": str(env_path)}) == env_path
    xdg = config.default_config_path({"XDG_CONFIG_HOME": str(tmp_path)})
    assert xdg == tmp_path / "followupd" / "config.toml"


def test_state_directory_from_systemd_wins(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + '\n[paths]\nstate_dir = "/somewhere/else"\n')
    cfg = config.load(path, environ={"STATE_DIRECTORY": "/var/lib/followupd:/var/lib/other"})
    assert cfg.state_dir == Path("/var/lib/followupd")
    assert config.load(path, environ={}).state_dir == Path("/somewhere/else")
    plain = write(tmp_path, MINIMAL)
    assert config.load(plain, environ={"XDG_STATE_HOME": str(tmp_path)}).state_dir == tmp_path / "followupd"


def test_world_readable_config_is_warned_about(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    assert config.permission_warnings(path) == []
    path.chmod(0o644)
    [warning] = config.permission_warnings(path)
    assert "chmod 600" in warning


def test_config_generate_prints_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "generate"]) == 0
    assert capsys.readouterr().out == render()


@given(st.integers(0, 400), st.integers(0, 23), st.integers(0, 59), st.integers(0, 59))
def test_duration_parses_what_it_documents(d: int, h: int, m: int, s: int) -> None:
    text = f"{d}d{h}h{m}m{s}s"
    assert config.duration(text) == timedelta(days=d, hours=h, minutes=m, seconds=s)


@given(st.text(max_size=20))
def test_duration_never_raises_anything_but_invalid(text: str) -> None:
    try:
        value = config.duration(text)
    except config.Invalid:
        return
    assert value >= timedelta(0)


@given(st.integers(0, 1439), st.integers(1, 1440))
def test_window_accepts_every_ordered_range(a: int, b: int) -> None:
    text = f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}"
    if a < b:
        assert config.window(text) == (a, b)
    else:
        with pytest.raises(config.Invalid):
            config.window(text)


def test_check_names_template_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.txt").write_text("Subject: Thanks\n\nHi {{ contact.first_name }},\n"
                                             "{{ interview.team_name }}\n")
    (templates / "check_in.txt").write_text("Subject: Hello\n\n{% if %}\n")
    path = write(tmp_path, MINIMAL + f'\n[paths]\ntemplates_dir = "{templates}"\n')
    assert main(["--config", str(path), "check"]) == EX_CONFIG
    err = capsys.readouterr().err
    assert "thank_you.txt:4" in err and "team_name" in err
    assert "check_in.txt:3" in err
