"""The optional daily digest: a mail to yourself about interviews and follow-ups waiting for you.

It goes through the same transport as follow-ups, but not through the outbox: it is written to
you, not in your name to someone else, so a duplicate after a crash is harmless.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from followupd import views
from followupd.errors import TransportError

if TYPE_CHECKING:
    from followupd.runtime import Runtime

log = logging.getLogger(__name__)


def build_digest(runtime: Runtime, now: datetime) -> EmailMessage | None:
    cfg = runtime.config
    tz = ZoneInfo(cfg.account.timezone)
    interviews = {iv.id: iv for iv in runtime.store.list_interviews()}
    waiting = runtime.store.list_followups(states=("awaiting_approval", "failed"))
    upcoming = [r for r in runtime.store.list_followups(states=("planned", "due"))
                if r.due_at and r.due_at <= now + timedelta(days=1)]
    recent = [iv for iv in interviews.values() if iv.start and iv.start >= now - timedelta(days=1)]
    if not (waiting or upcoming or recent):
        return None
    lines = [f"followupd, {now.astimezone(tz):%A %d %B %Y}", ""]
    if waiting:
        lines += ["Waiting for you (followupd queue show / approve / cancel ID):"]
        lines += [views.followup_line(r, interviews[r.interview_id], tz) for r in waiting] + [""]
    if upcoming:
        lines += ["Going out in the next 24 hours:"]
        lines += [views.followup_line(r, interviews[r.interview_id], tz) for r in upcoming] + [""]
    if recent:
        lines += ["Interviews:"] + [views.interview_line(iv, tz) for iv in recent] + [""]
    to = cfg.notify.to or cfg.account.email
    msg = EmailMessage(policy=default)
    user, _, domain = cfg.account.email.partition("@")
    msg["From"] = Address(cfg.account.name, user, domain)
    msg["To"] = to
    msg["Subject"] = (f"followupd: {len(waiting)} follow-up(s) waiting for you" if waiting
                      else "followupd: your interview follow-ups")
    msg["Date"] = format_datetime(now.astimezone(tz))
    day = now.astimezone(tz).date().isoformat()
    token = hashlib.sha256(f"digest:{cfg.account.email}:{day}".encode()).hexdigest()[:24]
    msg["Message-ID"] = f"<followupd.digest.{token}@{domain}>"
    msg.set_content("\n".join(lines))
    return msg


def send_digest(runtime: Runtime, now: datetime) -> bool:
    msg = build_digest(runtime, now)
    if msg is None:
        return False
    try:
        runtime.outbox.transport.send(msg)
    except TransportError as exc:
        log.warning("daily digest not sent: %s", exc)
        return False
    log.info("daily digest sent to %s", msg["To"])
    return True
