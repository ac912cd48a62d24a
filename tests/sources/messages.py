"""Test mail: interview confirmations with calendar parts, PDFs, forwarded messages."""

from __future__ import annotations

import os
from email.message import EmailMessage
from email.policy import SMTP

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd tests//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:20261201T150000Z\r\nDTEND:20261201T160000Z\r\n"
    "SUMMARY:Interview: Backend Engineer\r\nORGANIZER:mailto:recruiter@acme.example\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def plain(subject: str, n: int = 0, body: str = "Hello there.\n") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "recruiter@acme.example"
    msg["To"] = "me@example.com"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<plain-{n}-{os.urandom(4).hex()}@acme.example>"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg.set_content(body)
    return msg.as_bytes()


def invite(n: int = 0, pdf_bytes: int = 150_000, html: bool = True) -> bytes:
    """A confirmation: text + HTML alternative, a calendar invite, and a big PDF."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Jane Recruiter <recruiter@acme.example>"
    msg["To"] = "me@example.com"
    msg["Subject"] = f"Interview confirmation #{n}"
    msg["Message-ID"] = f"<invite-{n}-{os.urandom(4).hex()}@acme.example>"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg.set_content(
        f"Hi! Your interview #{n} is confirmed for Tuesday 1 December at 15:00 UTC.\n"
        "Looking forward — Jane (naïve café test)\n"
    )
    if html:
        msg.add_alternative(f"<p>Your interview <b>#{n}</b> is confirmed.</p>", subtype="html")
    msg.add_attachment(
        ICS.format(uid=f"uid-{n}@acme.example").encode(), maintype="text", subtype="calendar",
        filename="invite.ics", params={"method": "REQUEST"},
    )
    if pdf_bytes:
        msg.add_attachment(
            os.urandom(pdf_bytes), maintype="application", subtype="pdf", filename="brochure.pdf"
        )
    return msg.as_bytes()


def forwarded(n: int = 0) -> bytes:
    """The user forwarded a confirmation to themselves, as an attachment."""
    inner = EmailMessage(policy=SMTP)
    inner.make_mixed()
    outer = EmailMessage(policy=SMTP)
    outer["From"] = "me@example.com"
    outer["To"] = "me@example.com"
    outer["Subject"] = f"Fwd: Interview confirmation #{n}"
    outer["Message-ID"] = f"<fwd-{n}-{os.urandom(4).hex()}@example.com>"
    outer.set_content("See below.\n")
    from email import message_from_bytes

    outer.add_attachment(message_from_bytes(invite(n, pdf_bytes=20_000)))
    return outer.as_bytes()
