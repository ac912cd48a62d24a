"""Mailbox sources: where new mail comes from (IMAP or a local Maildir)."""

from followupd.sources.base import Cursor, FetchedMessage, MailSource

__all__ = ["Cursor", "FetchedMessage", "MailSource"]
