"""followupd: notice interview confirmations in a mailbox and follow up, once, tastefully."""

__version__ = "0.1.0"
