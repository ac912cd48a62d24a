"""`followupd detect` output: JSON objects per file, errors as objects, human lines."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from followupd.detect.report import detect_paths, format_human
from tests.detect.helpers import FIXTURES


def test_json_object_has_the_documented_keys_and_iso_times() -> None:
    (obj,) = detect_paths([str(FIXTURES / "pos_workable_ics.eml")])
    for key in (
        "file",
        "interview",
        "kind",
        "start",
        "end",
        "timezone",
        "contact",
        "company",
        "role",
        "confidence",
        "reasons",
    ):
        assert key in obj
    assert obj["interview"] is True and obj["start"].endswith("-04:00")
    json.dumps(obj)


def test_unreadable_file_yields_an_error_object_and_the_rest_go_on(tmp_path: Path) -> None:
    out = list(detect_paths([str(tmp_path / "missing.eml"), str(FIXTURES / "neg_es_dentist.eml")]))
    assert out[0]["error"] and out[0]["interview"] is False and out[0]["kind"] == "none"
    assert "\n" not in out[0]["error"]
    assert out[1]["kind"] == "none" and "error" not in out[1]


def test_directory_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (obj,) = detect_paths([str(tmp_path)])
    assert "error" in obj


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "pos_fr_prose_heure_paris.eml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (obj,) = detect_paths(["-"])
    assert obj["file"] == "-" and obj["interview"] is True


def test_human_format_names_verdict_time_zone_contact_and_reasons() -> None:
    (obj,) = detect_paths([str(FIXTURES / "pos_outlook_pacific_standard_time.eml")])
    text = format_human(obj)
    assert "scheduled" in text and "America/Los_Angeles" in text and "kobrien@harborview.com" in text
    assert "why:" in text and len(text.splitlines()) <= 2
    assert format_human({"file": "x", "error": "cannot read x"}) == "x: error: cannot read x"
