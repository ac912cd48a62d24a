"""Render the commented example configuration from :data:`followupd.config.SCHEMA`.

``followupd config generate`` prints it and ``config.example.toml`` is a copy (a test keeps
them identical), so a key's description is written once, in the schema.
"""

from __future__ import annotations

import textwrap
from typing import Any

import tomli_w

from followupd.config import DEFAULT_FOLLOWUPS, FOLLOWUP_KEYS, SCHEMA, Key

_TABLE_DOCS = {
    "account": "Who you are.",
    "imap": "The mailbox followupd watches. The password is never written here: use\n"
            "`followupd auth set imap`, imap.password_command or a systemd credential.",
    "smtp": "How follow-ups are sent (send.transport = \"smtp\"). Password as for [imap].",
    "maildir": "Instead of [imap]: a local Maildir kept in sync by mbsync or offlineimap.",
    "send": "When and how follow-ups go out. The defaults hold everything for your approval.",
    "detect": "What counts as an interview confirmation, beyond the built-in rules.",
    "notify": "A daily digest mail to yourself.",
    "paths": "Where things live.",
}
_COMMENTED_TABLES = {"maildir"}  # shown, but off unless the user enables them


def _value(value: Any) -> str:
    # tomli_w spreads arrays over several lines, which cannot be commented out line by line.
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return tomli_w.dumps({"v": value}).strip()[len("v = "):]


def _line(name: str, value: Any) -> str:
    return f"{name} = {_value(value)}"


def _key_lines(key: Key, *, commented: bool) -> list[str]:
    lines = [f"# {w}" for w in textwrap.wrap(key.doc, 94)]
    if key.required:
        lines.append(("# " if commented else "") + _line(key.name, key.example))
    elif key.example is not None and key.example != key.default:
        lines.append("# " + _line(key.name, key.example))
    elif key.default is not None:
        lines.append("# " + _line(key.name, key.default))
    return lines


def render() -> str:
    out = [
        "# followupd configuration. Every key is listed with its description; a commented-out",
        "# key shows its default (or an example). Check your edits with `followupd check`.",
        "",
    ]
    for table, keys in SCHEMA.items():
        commented = table in _COMMENTED_TABLES
        out += [f"# {line}" for line in _TABLE_DOCS[table].splitlines()]
        out.append(("# " if commented else "") + f"[{table}]")
        for key in keys:
            out += _key_lines(key, commented=commented)
        out.append("")
    out += [
        "# Follow-up rules: one [[followup]] table per message to send after each interview.",
        "# Without any [[followup]] table, these two defaults apply.",
    ]
    for i, rule in enumerate(DEFAULT_FOLLOWUPS):
        out.append("[[followup]]")
        for key in FOLLOWUP_KEYS:
            if i == 0:
                out += [f"# {w}" for w in textwrap.wrap(key.doc, 94)]
            out.append(_line(key.name, rule[key.name]))
        out.append("")
    return "\n".join(out)
