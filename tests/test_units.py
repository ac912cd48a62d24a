"""The shipped systemd units: what they promise, that systemd accepts them, and install-service."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followupd import service_install
from followupd.errors import UserError
from followupd.service_install import install, render_unit, unit_text

REPO = Path(__file__).resolve().parent.parent
PACKAGED = REPO / "followupd" / "units"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None,
    reason="systemd-analyze not installed (apt-get install systemd); CI installs it",
)

PYTHON_M = [sys.executable, "-m", "followupd"]


def directives(text: str) -> dict[str, list[str]]:
    """``Key`` → values of the active (uncommented) lines, across sections."""
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith(("#", ";", "[")):
            continue
        key, _, value = line.partition("=")
        out.setdefault(key, []).append(value)
    return out


def one(text: str, key: str) -> str:
    values = directives(text)[key]
    assert len(values) == 1, f"{key}= set {len(values)} times"
    return values[0]


@pytest.mark.parametrize("name", ["followupd.service", "followupd@.service"])
def test_repository_copy_is_identical_to_the_packaged_unit(name: str) -> None:
    # followupd/units/ is the source of truth (it ships in the wheel); systemd/ is for readers
    # and distribution packagers. Fix a failure with: cp followupd/units/*.service systemd/
    assert (REPO / "systemd" / name).read_bytes() == (PACKAGED / name).read_bytes()


@pytest.mark.parametrize("kind", ["user", "system"])
def test_both_units_share_the_service_contract(kind: service_install.Kind) -> None:
    text = unit_text(kind)
    expected = {
        "Type": "notify",
        "NotifyAccess": "main",
        "WatchdogSec": "120",
        "Restart": "on-failure",
        "RestartSec": "30",
        "RestartPreventExitStatus": "78",
        "ExecReload": "/bin/kill -HUP $MAINPID",
        "TimeoutStopSec": "10",
        "UMask": "0077",
        "NoNewPrivileges": "yes",
        "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
        "SystemCallArchitectures": "native",
        "LockPersonality": "yes",
        "MemoryDenyWriteExecute": "yes",
        "RestrictRealtime": "yes",
        "RestrictNamespaces": "yes",
    }
    assert {k: one(text, k) for k in expected} == expected
    assert directives(text)["SystemCallFilter"][0] == "@system-service"


def test_system_template_is_one_instance_per_account_with_credentials() -> None:
    text = unit_text("system")
    d = directives(text)
    assert one(text, "ExecStart").endswith(" --config /etc/followupd/%i.toml run")
    assert sorted(d["LoadCredential"]) == [
        "imap:/etc/followupd/credentials/%i.imap",
        "smtp:/etc/followupd/credentials/%i.smtp",
    ]
    assert one(text, "StateDirectory") == "followupd/%i"
    assert one(text, "User") == "followupd"
    for key, value in {
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "ProtectKernelTunables": "yes",
        "ProtectKernelModules": "yes",
        "ProtectKernelLogs": "yes",
        "ProtectControlGroups": "yes",
        "CapabilityBoundingSet": "",
    }.items():
        assert one(text, key) == value


def test_user_unit_leaves_out_what_needs_user_namespaces() -> None:
    d = directives(unit_text("user"))
    for key in (
        "ProtectSystem",
        "ProtectHome",
        "PrivateTmp",
        "PrivateDevices",
        "PrivateUsers",
        "ProtectKernelTunables",
        "ProtectKernelModules",
        "ProtectKernelLogs",
        "ProtectControlGroups",
        "CapabilityBoundingSet",
        "User",
    ):
        assert key not in d, f"{key}= fails in a user manager without user namespaces"
    assert d["ExecStart"] == ["%h/.local/bin/followupd run"]
    # StateDirectory= moves between systemd versions in a user manager (~/.config before 254,
    # ~/.local/state after): a silent move would lose the database. The daemon's default is fixed.
    assert "StateDirectory" not in d


@pytest.mark.parametrize("kind", ["user", "system"])
def test_every_hardening_directive_is_explained_by_a_comment(kind: service_install.Kind) -> None:
    lines = unit_text(kind).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# Hardening"))
    for i in range(start, len(lines)):
        line = lines[i]
        if not line or line.startswith(("#", "[")) or lines[i - 1].startswith("[Install"):
            continue
        # A directive follows a comment, possibly after other directives of the same group.
        j = i - 1
        while j > start and lines[j] and not lines[j].startswith("#"):
            j -= 1
        assert lines[j].startswith("#"), f"{kind}: {line!r} has no comment"
        assert i - j <= 6, f"{kind}: {line!r} is too far from its comment"


# --- render_unit -------------------------------------------------------------------------------


def test_render_rewrites_exec_start_only() -> None:
    for kind in ("user", "system"):
        original = unit_text(kind).splitlines()
        rendered = render_unit(kind, "/opt/followupd/bin/followupd", None).splitlines()
        diff = [(a, b) for a, b in zip(original, rendered, strict=True) if a != b]
        assert len(diff) == 1 and diff[0][1].startswith("ExecStart=/opt/followupd/bin/followupd ")


def test_render_user_unit_with_config_and_python_m() -> None:
    text = render_unit("user", ["/usr/bin/python3", "-m", "followupd"], Path("/srv/my fu/c.toml"))
    assert (
        one(text, "ExecStart") == '/usr/bin/python3 -m followupd --config "/srv/my fu/c.toml" run'
    )


def test_render_escapes_specifiers_and_variables_in_paths() -> None:
    # systemd expands $VARIABLES in arguments only, specifiers everywhere.
    text = render_unit("user", "/opt/100%/$HOME/followupd", Path("/c/$HOME%i.toml"))
    assert one(text, "ExecStart") == "/opt/100%%/$HOME/followupd --config /c/$$HOME%%i.toml run"


def test_render_system_unit_keeps_the_instance_in_a_custom_config_dir() -> None:
    text = render_unit("system", "/usr/bin/followupd", Path("/srv/followupd/alice.toml"))
    assert one(text, "ExecStart") == "/usr/bin/followupd --config /srv/followupd/%i.toml run"


def test_system_unit_with_program_in_a_home_keeps_homes_readable() -> None:
    text = render_unit("system", "/home/alice/venv/bin/followupd", None)
    assert one(text, "ProtectHome") == "read-only"
    assert one(render_unit("system", "/usr/bin/followupd", None), "ProtectHome") == "yes"


def test_render_refuses_a_relative_program() -> None:
    with pytest.raises(ValueError, match="absolute"):
        render_unit("user", "followupd", None)


def test_render_refuses_a_program_path_systemd_would_reject() -> None:
    # systemd: "Executable name contains special characters" for quotes and backslashes.
    with pytest.raises(ValueError, match="quote"):
        render_unit("user", '/opt/"odd"/followupd', None)


def test_system_config_name_must_make_a_valid_instance_name() -> None:
    with pytest.raises(UserError, match="instance name"):
        render_unit("system", "/usr/bin/followupd", Path("/etc/followupd/alice smith.toml"))
    with pytest.raises(UserError, match="absolute"):
        render_unit("system", "/usr/bin/followupd", Path("alice.toml"))


def test_default_command_is_an_absolute_path() -> None:
    command = service_install.default_command()
    assert os.path.isabs(command[0])


# --- install -----------------------------------------------------------------------------------


def test_install_user_unit_writes_it_and_prints_systemctl_commands(tmp_path: Path) -> None:
    path, commands = install("user", dest_dir=tmp_path / "units", executable="/usr/bin/followupd")
    assert path == tmp_path / "units" / "followupd.service"
    assert one(path.read_text(), "ExecStart") == "/usr/bin/followupd run"
    assert path.stat().st_mode & 0o777 == 0o644
    assert "systemctl --user daemon-reload" in commands
    assert "systemctl --user enable --now followupd.service" in commands
    assert any(c.startswith("loginctl enable-linger ") for c in commands)


def test_install_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "followupd.service"
    path.write_text("# my own edits\n")
    with pytest.raises(UserError) as err:
        install("user", dest_dir=tmp_path, executable="/usr/bin/followupd")
    assert "--force" in "\n".join(err.value.lines())
    assert path.read_text() == "# my own edits\n"

    install("user", dest_dir=tmp_path, force=True, executable="/usr/bin/followupd")
    assert "Type=notify" in path.read_text()


def test_install_user_unit_defaults_to_xdg_config_home(tmp_path: Path) -> None:
    path, _ = install(
        "user", executable="/usr/bin/followupd", environ={"XDG_CONFIG_HOME": str(tmp_path)}
    )
    assert path == tmp_path / "systemd" / "user" / "followupd.service"


def test_install_system_unit_names_the_instance_after_the_config(tmp_path: Path) -> None:
    path, commands = install(
        "system",
        dest_dir=tmp_path,
        executable="/usr/bin/followupd",
        config_path=Path("/etc/followupd/alice.toml"),
    )
    assert path.name == "followupd@.service"
    assert "systemctl daemon-reload" in commands
    assert "systemctl enable --now followupd@alice.service" in commands
    creds = [c for c in commands if "/etc/followupd/credentials/alice." in c]
    assert len(creds) == 2 and all("systemd-ask-password" in c for c in creds)


def test_install_reports_an_unwritable_directory_as_a_user_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(UserError, match="cannot write"):
        install("system", dest_dir=locked, executable="/usr/bin/followupd")


# --- systemd-analyze verify --------------------------------------------------------------------


def verify(unit: Path, *, user: bool, tmp_path: Path) -> list[str]:
    """Run ``systemd-analyze verify``; the problems it reports about ``unit``.

    It exits non-zero on errors (a missing ExecStart= program, a bad unit name) but only prints
    warnings (an unknown key, an unparsable value: "..., ignoring"), with exit status 0; both
    count here. Lines about other units on the machine are not ours to judge.
    """
    assert SYSTEMD_ANALYZE is not None
    env = dict(os.environ, SYSTEMD_LOG_LEVEL="notice", SYSTEMD_PAGER="cat")
    argv = [SYSTEMD_ANALYZE]
    if user:
        # A user manager needs a runtime directory; verify only reads it.
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        argv.append("--user")
    argv += ["verify", "--man=no", str(unit)]
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=False)
    output = (proc.stdout + proc.stderr).splitlines()
    problems = [line for line in output if unit.name in line or str(unit.parent) in line]
    if proc.returncode != 0:
        problems.append(f"exit status {proc.returncode}: {output}")
    return problems


def write_rendered(
    kind: service_install.Kind, directory: Path, name: str, command: list[str] | str = PYTHON_M
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    unit = directory / name
    unit.write_text(render_unit(kind, command, None))
    return unit


@needs_analyze
def test_user_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    unit = write_rendered("user", tmp_path / "u", "followupd.service")
    assert verify(unit, user=True, tmp_path=tmp_path) == []


@needs_analyze
def test_system_template_instance_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    # A template cannot be verified by itself: verify the instance for one account.
    unit = write_rendered("system", tmp_path / "s", "followupd@alice.service")
    assert verify(unit, user=False, tmp_path=tmp_path) == []


@needs_analyze
def test_quoted_program_path_is_parsed_back_by_systemd(tmp_path: Path) -> None:
    # If the quoting were wrong, systemd would look for "/…/my" and report it missing.
    odd = tmp_path / "my dir %i $x"
    odd.mkdir()
    (odd / "python").symlink_to(sys.executable)
    unit = write_rendered(
        "system", tmp_path / "s", "followupd@bob.service", [str(odd / "python"), "-m", "followupd"]
    )
    assert verify(unit, user=False, tmp_path=tmp_path) == []


@needs_analyze
def test_verify_check_catches_warnings_and_errors(tmp_path: Path) -> None:
    # The check above must not pass vacuously: a warning (exit 0) and an error both show up.
    unit = write_rendered("user", tmp_path / "w", "followupd.service")
    unit.write_text(unit.read_text().replace("UMask=0077", "UMask=0077\nProtectHome=maybe"))
    assert any(
        "ProtectHome" in p or "protect home" in p
        for p in verify(unit, user=True, tmp_path=tmp_path)
    )
    missing = write_rendered(
        "user", tmp_path / "e", "followupd.service", str(tmp_path / "no-such-program")
    )
    assert verify(missing, user=True, tmp_path=tmp_path)


@needs_analyze
def test_system_unit_exposure_stays_low(tmp_path: Path) -> None:
    # `systemd-analyze security` scores sandboxing from 0 (locked down) to 10 (none); 1.2 when
    # written. Network access is the point of this daemon, so it cannot reach 0; a rise above
    # 2.0 means a hardening line was lost. (Offline mode needs systemd >= 250; the score is
    # only meaningful for system units: it assumes a user unit could run as root.)
    assert SYSTEMD_ANALYZE is not None
    unit = write_rendered("system", tmp_path / "s", "followupd@alice.service", "/usr/bin/env")
    proc = subprocess.run(
        [SYSTEMD_ANALYZE, "security", "--offline=yes", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ, SYSTEMD_COLORS="0"),
    )
    lines = [line for line in proc.stdout.splitlines() if "Overall exposure level" in line]
    if not lines and "offline" in proc.stderr.lower():
        pytest.skip(f"systemd-analyze security --offline unsupported: {proc.stderr.strip()}")
    assert lines, proc.stdout + proc.stderr
    exposure = float(lines[0].split(":")[1].split()[0])
    assert exposure <= 2.0, proc.stdout
