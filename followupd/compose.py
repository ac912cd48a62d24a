"""A follow-up as an ``EmailMessage`` that threads into the conversation.

``compose`` renders the rule's template (``followupd.templating``) with the variables from
``followupd.context`` and builds the reply: From/To from the input, Cc from the template,
In-Reply-To and References from the thread, a plain-text body. Values from incoming mail are
cleaned before they get here (``followupd.mailtext``); the finished message is then re-parsed to
check that its header set is exactly the expected one. No value from incoming mail can add a
header.

Subject: the reply keeps the thread's subject as ``Re: <original>`` (Gmail groups a thread by
subject too, so a new subject would break it out of the conversation); the template's
``Subject:`` is used only when the thread has none.
"""

from __future__ import annotations

import textwrap
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

from followupd.context import ComposeInput, context_for
from followupd.errors import ComposeError, TemplateError
from followupd.mailtext import clean_body, clean_msgid, make_address, reply_subject
from followupd.templating import MAX_OUTPUT, Templates

MAX_REFERENCES = 20  # Message-IDs kept in References: the first and the most recent ones


def compose(templates: Templates, inp: ComposeInput) -> EmailMessage:
    """Render ``inp.template`` and build the reply; raises TemplateError or ComposeError."""
    if inp.date.tzinfo is None or inp.date.utcoffset() is None:
        raise ValueError("ComposeInput.date must be timezone-aware")
    own_id = clean_msgid(inp.message_id)
    if own_id is None or own_id != inp.message_id:
        raise ValueError(f"ComposeInput.message_id is not a valid Message-ID: {inp.message_id!r}")
    sender = make_address(inp.me.name, inp.me.email)
    recipient = make_address(inp.contact.name, inp.contact.email)
    rendered = templates.render(inp.template, context_for(inp))
    body = clean_body(inp.body_override if inp.body_override is not None else rendered.body)
    if len(body) > MAX_OUTPUT:
        raise TemplateError(f"the edited body exceeds {MAX_OUTPUT // 1024} KB")

    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = recipient
    taken = {sender.addr_spec.lower(), recipient.addr_spec.lower()}
    cc = [a for a in rendered.cc if a.addr_spec.lower() not in taken]
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = reply_subject(inp.thread.subject) or rendered.subject or "Following up"
    msg["Date"] = format_datetime(inp.date)
    msg["Message-ID"] = own_id
    parent = clean_msgid(inp.thread.message_id)
    references = [r for r in (clean_msgid(x) for x in inp.thread.references) if r]
    if parent:
        msg["In-Reply-To"] = parent
        if parent not in references:
            references.append(parent)
    if len(references) > MAX_REFERENCES:  # keep the thread's root and the most recent ones
        references = references[:1] + references[-(MAX_REFERENCES - 1):]
    if references:
        msg["References"] = " ".join(references)
    # Paragraphs stay long lines (every client wraps them to its window; hard breaks at 72
    # columns look ragged on phones). Quoted-printable keeps the wire lines short and 7-bit.
    plain = body.isascii() and max(len(x) for x in body.split("\n")) <= 78
    msg.set_content(body, subtype="plain", charset="utf-8",
                    cte="7bit" if plain else "quoted-printable")
    _check_headers(msg)
    return msg


_EXPECTED = {"from", "to", "subject", "date", "message-id", "mime-version", "content-type",
             "content-transfer-encoding"}


def _check_headers(msg: EmailMessage) -> None:
    """The last line of defence: the bytes we send parse back to exactly our headers."""
    expected = _EXPECTED | {k.lower() for k in ("Cc", "In-Reply-To", "References") if k in msg}
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    names = [k.lower() for k in parsed.keys()]
    values_ok = all("\r" not in str(v) and "\n" not in str(v) for v in parsed.values())
    if sorted(names) != sorted(expected) or not values_ok:
        raise ComposeError("refusing to build a message whose headers do not parse back as "
                           "written (a value from incoming mail tried to add a header)")


def render_preview(msg: EmailMessage, width: int = 78) -> str:
    """The message as ``followupd preview`` and ``queue show`` print it."""
    lines = [f"{h}: {msg[h]}" for h in ("From", "To", "Cc", "Subject", "Date", "In-Reply-To")
             if msg[h] is not None]
    lines.append("")
    body = msg.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    for line in text.rstrip("\n").split("\n"):
        lines.extend(textwrap.wrap(line, width, break_long_words=False,
                                   break_on_hyphens=False) or [""])
    return "\n".join(lines) + "\n"
