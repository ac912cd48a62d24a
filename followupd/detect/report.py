"""``followupd detect`` output: one JSON-able dict per file, and a human one-liner for it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime

from followupd.detect.model import DetectRules

MAX_INPUT = 50 * 1024 * 1024  # bigger files are read up to here: no mail we care about is larger


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read(MAX_INPUT)
    with open(path, "rb") as fh:
        return fh.read(MAX_INPUT)


def detect_paths(paths: list[str], rules: DetectRules | None = None) -> Iterator[dict]:
    """``{"file": path, **detection.to_json()}`` per path; unreadable files carry ``"error"``."""
    from followupd.detect.classify import detect

    for path in paths:
        try:
            raw = _read(path)
        except OSError as exc:
            yield {
                "file": path,
                "interview": False,
                "kind": "none",
                "error": f"cannot read {path}: {exc.strerror or exc}",
            }
            continue
        try:
            d = detect(raw, rules=rules)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others; reported
            yield {
                "file": path,
                "interview": False,
                "kind": "none",
                "error": f"cannot parse {path}: {type(exc).__name__}: {exc}"[:300],
            }
            continue
        yield {"file": path, **d.to_json()}


def _when(value: str | None, tz: str | None) -> str:
    if not value:
        return "no time"
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return value
    text = dt.strftime("%a %d %b %Y %H:%M %z")
    return f"{text} ({tz})" if tz else text


def format_human(obj: dict) -> str:
    """One or two lines: file, verdict, when (with zone), with whom, company/role, why."""
    name = obj.get("file", "?")
    if obj.get("error"):
        return f"{name}: error: {obj['error']}"
    reasons = ", ".join(obj.get("reasons") or [])
    if not obj.get("interview"):
        return f"{name}: {obj.get('kind', 'none')} (confidence {obj.get('confidence', 0)})\n  why: {reasons}"
    who = obj.get("contact") or "no contact"
    if obj.get("contact_name"):
        who = f"{obj['contact_name']} <{who}>"
    what = " / ".join(x for x in (obj.get("company"), obj.get("role")) if x) or "company unknown"
    when = _when(obj.get("start"), obj.get("timezone"))
    return (
        f"{name}: {obj['kind']} {when}, with {who}, {what} (confidence {obj.get('confidence')})\n"
        f"  why: {reasons}"
    )
