"""Small builders for detector tests: a mail from headers and a body, bytes out."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "detect"


def eml(
    body: str,
    *,
    subject: str = "Interview",
    frm: str = "Ana Ruiz <ana.ruiz@tessellate.ai>",
    date: str = "Mon, 09 Mar 2026 11:42:10 -0400",
    to: str = "Jordan Ellis <jordan.ellis@example.org>",
    ctype: str = "text/plain",
    extra: dict[str, str] | None = None,
) -> bytes:
    head = {
        "From": frm,
        "To": to,
        "Subject": subject,
        "Date": date,
        "Message-ID": "<t1@test>",
        "MIME-Version": "1.0",
        "Content-Type": f'{ctype}; charset="utf-8"',
        "Content-Transfer-Encoding": "8bit",
    }
    head.update(extra or {})
    text = "".join(f"{k}: {v}\r\n" for k, v in head.items()) + "\r\n" + body.replace("\n", "\r\n")
    return text.encode("utf-8")


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
