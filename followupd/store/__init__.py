"""The state database: SQLite, and every SQL statement of followupd.

What lives here: the messages already processed (so none is handled twice), the per-folder sync
cursors, the interviews, the follow-ups (the outbox) and an audit row for every transition.

One module per job:

* :mod:`~followupd.store.rows` — the rows as Python sees them; times as fixed-width UTC text.
* :mod:`~followupd.store.schema` — the tables: ``MIGRATIONS``, the ordered list of steps.
* :mod:`~followupd.store.database` — opening the file (0600, WAL, migrated), explicit transactions.
* :mod:`~followupd.store.queries` — :class:`Store`: every query, and the guarded follow-up transitions.

Import from here (``from followupd.store import Store, FollowupRow``). The names here are
re-exports: a test that patches ``MIGRATIONS`` or ``BUSY_TIMEOUT_MS`` patches the module that
reads it (:mod:`~followupd.store.schema`, :mod:`~followupd.store.database`).
"""

from followupd.store.queries import Store
from followupd.store.rows import (
    FOLLOWUP_STATES,
    PENDING,
    RELEASABLE,
    AuditRow,
    FollowupRow,
    FollowupState,
    InterviewData,
    InterviewRow,
    InterviewState,
    Stage,
    from_db,
    to_db,
)
from followupd.store.schema import MIGRATIONS

__all__: list[str] = [
    "FOLLOWUP_STATES", "MIGRATIONS", "PENDING", "RELEASABLE", "AuditRow", "FollowupRow", "FollowupState",
    "InterviewData", "InterviewRow", "InterviewState", "Stage", "Store", "from_db", "to_db",
]
