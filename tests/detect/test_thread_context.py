"""A reply in the thread of a coming interview is about that interview, even when it does not
say so again: the caller (the daemon's tracker, ``followupd scan``) tells the detector."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP

from followupd.detect import detect
from followupd.detect.conversations import Conversations

ORIGINAL = "<c1@quillbrook.example>"


def _reply(body: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Tess Moreau <tess.moreau@quillbrook.example>"
    msg["To"] = "Jordan Ellis <jordan@example.test>"
    msg["Subject"] = "Re: Quillbrook"  # (not "next steps": that names a hiring process by itself)
    msg["Date"] = "Mon, 23 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = "<c2@quillbrook.example>"
    msg["In-Reply-To"] = msg["References"] = ORIGINAL
    msg.set_content(body)
    return msg.as_bytes()


def test_a_move_without_an_interview_word_is_read_in_the_interviews_thread() -> None:
    raw = _reply("Hi Jordan,\n\nPriya got pulled into a board meeting, so I've moved you to Tuesday, "
                 "1 December at 16:00 UTC instead. Same video link.\n\nTess\n")
    alone = detect(raw)
    assert not alone.interview and "no:interview-word" in alone.reasons
    in_thread = detect(raw, in_interview_thread=True)
    assert in_thread.kind == "rescheduled"
    assert in_thread.start is not None and in_thread.start.isoformat() == "2026-12-01T16:00:00+00:00"
    assert "about:interview-thread" in in_thread.reasons
    assert in_thread.contact == "tess.moreau@quillbrook.example"


def test_the_thread_does_not_make_a_question_or_small_talk_a_confirmation() -> None:
    question = _reply("Hi Jordan,\n\nPriya has a conflict. Could we do Tuesday, 1 December at 16:00 UTC "
                      "instead?\n\nTess\n")
    assert not detect(question, in_interview_thread=True).interview
    chat = _reply("Hi Jordan,\n\nHere is the parking information for the building.\n\nTess\n")
    assert not detect(chat, in_interview_thread=True).interview


def _original() -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Tess Moreau <tess.moreau@quillbrook.example>"
    msg["To"] = "Jordan Ellis <jordan@example.test>"
    msg["Subject"] = "Quillbrook - next steps"
    msg["Date"] = "Fri, 20 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = ORIGINAL
    msg.set_content("Hi Jordan,\n\nYour interview with Priya Anand is confirmed for Monday, 30 November at "
                    "14:00 UTC.\n\nTess Moreau\nTalent Acquisition, Quillbrook\n")
    return msg.as_bytes()


def test_a_pass_over_a_mailbox_remembers_the_threads_of_coming_interviews() -> None:
    move = _reply("Hi Jordan,\n\nPriya got pulled into a board meeting, so I've moved you to Tuesday, "
                  "1 December at 16:00 UTC instead.\n\nTess\n")
    fresh = Conversations()
    assert not fresh.detect(move).interview  # the thread is not known yet
    threads = Conversations()
    assert threads.detect(_original()).kind == "scheduled"
    assert threads.detect(move).kind == "rescheduled"
    # After the interview has started, the thread's news is a new round or a reply, not a move.
    late = Conversations()
    late.detect(_original())
    after = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    assert not late.detect(move, received=after).interview
