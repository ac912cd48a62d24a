"""The tables of the state database, as an ordered list of migration steps.

* **Migrations** are an ordered list of steps; ``PRAGMA user_version`` is the number applied.
  To change the schema, append a step to ``MIGRATIONS``; never edit a released one.

:meth:`Database.open <followupd.store.database.Database.open>` runs the steps a file has not run yet.
"""

from __future__ import annotations

from followupd.store.rows import FOLLOWUP_STATES

_STATES_SQL = ", ".join(f"'{s}'" for s in FOLLOWUP_STATES)

# Each step is a list of statements run in one transaction together with the user_version bump.
# Append new steps; a released step never changes (databases in the field already ran it).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: everything
    (
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            folder TEXT NOT NULL,
            key TEXT NOT NULL,             -- source-specific: IMAP "uidvalidity:uid", Maildir name
            uidvalidity INTEGER,
            uid INTEGER,
            message_id TEXT,
            received_at TEXT,
            kind TEXT NOT NULL,
            detection TEXT NOT NULL,       -- JSON summary (Detection.to_json)
            processed_at TEXT NOT NULL,
            UNIQUE (folder, key)
        )""",
        "CREATE INDEX messages_message_id ON messages (message_id)",
        """CREATE TABLE cursors (
            folder TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL
        )""",
        """CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            company TEXT,
            role TEXT,
            start_at TEXT,
            end_at TEXT,
            timezone TEXT,
            contact TEXT,
            contact_name TEXT,
            interviewers TEXT NOT NULL DEFAULT '[]',
            thread_subject TEXT NOT NULL DEFAULT '',
            thread_message_id TEXT,
            thread_references TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'cancelled')),
            sequence INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX interviews_contact ON interviews (contact)",
        # Every Message-ID known to belong to an interview's conversation: how a reply, a
        # reschedule without ICS or a bounce finds its interview. The first interview wins.
        """CREATE TABLE thread_ids (
            message_id TEXT PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE
        )""",
        f"""CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            template TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ({_STATES_SQL})),
            due_at TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            approved INTEGER NOT NULL DEFAULT 0,
            stage TEXT CHECK (stage IN ('claimed', 'data')),
            attempts INTEGER NOT NULL DEFAULT 0,
            first_attempt_at TEXT,
            next_attempt_at TEXT,
            last_error TEXT,
            held_reason TEXT,
            edited_body TEXT,
            copy_pending INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (interview_id, rule)
        )""",
        "CREATE INDEX followups_state ON followups (state, due_at)",
        "CREATE INDEX followups_sent_at ON followups (sent_at)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            ts TEXT NOT NULL,
            followup_id INTEGER REFERENCES followups (id) ON DELETE SET NULL,
            interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX audit_followup ON audit (followup_id)",
    ),
    # 2: who confirmed the interview, so that a stranger's mail cannot move or cancel it; the
    # user's note for a follow-up's template
    ("ALTER TABLE interviews ADD COLUMN confirmed_by TEXT",
     "ALTER TABLE followups ADD COLUMN note TEXT"),
)
