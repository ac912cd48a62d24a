"""Mail for pipeline and end-to-end tests: calendar invites whose times the test controls.

Shaped like what Google Calendar sends (text + HTML alternative, text/calendar part with
METHOD, an .ics attachment), updates with a higher SEQUENCE, cancellations, human replies in
the thread and out-of-office auto-replies.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

RECRUITER = "Dana Whitfield <dana.whitfield@northwind-robotics.example>"
RECRUITER_ADDR = "dana.whitfield@northwind-robotics.example"


def _ics_time(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(
    *, uid: str, start: datetime, end: datetime, method: str = "REQUEST", sequence: int = 0,
    summary: str = "Interview: Jordan Ellis / Senior Backend Engineer - Northwind Robotics",
    organizer: str = RECRUITER_ADDR, attendee: str = "jordan@example.test",
) -> str:
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
        f"DTSTART:{_ics_time(start)}", f"DTEND:{_ics_time(end)}",
        f"DTSTAMP:{_ics_time(datetime.now(UTC))}",
        f"ORGANIZER;CN=Dana Whitfield:mailto:{organizer}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={attendee}:"
        f"mailto:{attendee}",
        "DESCRIPTION:Video call with the Northwind Robotics engineering team.",
        "LOCATION:https://meet.google.com/abc-defg-hij", f"SEQUENCE:{sequence}",
        f"STATUS:{status}", f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
        "",
    ])


def invite(
    *, start: datetime, end: datetime | None = None, uid: str | None = None, method: str = "REQUEST",
    sequence: int = 0, message_id: str | None = None, to: str = "jordan@example.test",
    references: tuple[str, ...] = (), date: datetime | None = None,
) -> tuple[bytes, str, str]:
    """An invitation (or update / cancellation) mail; returns (raw, Message-ID, ICS UID)."""
    end = end or start + timedelta(minutes=45)
    uid = uid or f"{uuid.uuid4().hex}@google.com"
    message_id = message_id or f"<{uuid.uuid4().hex}@google.com>"
    when = start.astimezone(UTC).strftime("%a %b %d, %Y %H:%M UTC")
    prefix = {"REQUEST": "Invitation" if sequence == 0 else "Updated invitation",
              "CANCEL": "Canceled event"}[method]
    subject = (f"{prefix}: Interview: Jordan Ellis / Senior Backend Engineer - "
               f"Northwind Robotics @ {when}")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = RECRUITER
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime.now(UTC))
    msg["Message-ID"] = message_id
    if references:
        msg["In-Reply-To"] = references[-1]
        msg["References"] = " ".join(references)
    verb = "has been canceled" if method == "CANCEL" else "is confirmed"
    msg.set_content(
        f"Hi Jordan,\n\nYour interview for the Senior Backend Engineer role at Northwind Robotics "
        f"{verb}: {when}.\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\n\n"
        "Dana Whitfield\nTechnical Recruiter, Northwind Robotics\n"
    )
    msg.add_alternative(f"<p>Your interview at Northwind Robotics {verb}: <b>{when}</b></p>",
                        subtype="html")
    ics = calendar(uid=uid, start=start, end=end, method=method, sequence=sequence)
    msg.add_alternative(ics.encode(), maintype="text", subtype="calendar",
                        params={"method": method})
    return msg.as_bytes(), message_id, uid


def reply(*, in_reply_to: str, sender: str = RECRUITER, auto: bool = False,
          body: str = "Thanks Jordan, great speaking with you. We'll be in touch this week.",
          ) -> bytes:
    """A human reply in the thread, or (auto=True) an out-of-office auto-reply."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = "jordan@example.test"
    msg["Subject"] = "Automatic reply: Interview" if auto else "Re: Interview at Northwind Robotics"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@northwind-robotics.example>"
    msg["In-Reply-To"] = in_reply_to
    msg["References"] = in_reply_to
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Autoreply"] = "yes"
        body = "I am out of the office until Monday with limited access to e-mail."
    msg.set_content(body + "\n")
    return msg.as_bytes()
