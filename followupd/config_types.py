"""The configuration as frozen dataclasses: what every other module receives.

Loading, defaults and validation live in :mod:`followupd.config`; this module only says what
a valid configuration *is*, so that modules can depend on it without the TOML machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from followupd.detect.model import DetectRules

Security = Literal["tls", "starttls", "none"]
SendMode = Literal["queue", "send", "draft"]
TransportKind = Literal["smtp", "sendmail", "directory"]
InDoubt = Literal["hold", "resend"]


@dataclass(frozen=True)
class AccountConfig:
    email: str
    name: str
    timezone: str  # IANA name, validated

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int
    security: Security
    username: str
    ca_file: Path | None = None  # an extra CA to trust; verification is never turned off
    password_command: str | None = None
    allow_insecure: bool = False  # required for security = "none"
    timeout: float = 30.0  # seconds, for connect and each read


@dataclass(frozen=True)
class ImapConfig(ServerConfig):
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str = "Sent"
    drafts_folder: str = "Drafts"
    idle: bool = True  # use IDLE when the server offers it; else poll
    poll_interval: timedelta = timedelta(minutes=5)


@dataclass(frozen=True)
class SmtpConfig(ServerConfig):
    # Gmail and Microsoft 365 file what goes through their SMTP in Sent themselves; appending a
    # copy there too would show the message twice.
    server_saves_sent: bool = False


@dataclass(frozen=True)
class MaildirConfig:
    path: Path
    folders: tuple[str, ...] = ("INBOX",)  # "INBOX" is the Maildir root; others are .Name
    sent_folder: str = "Sent"


@dataclass(frozen=True)
class SendConfig:
    mode: SendMode = "queue"
    window_start: int = 9 * 60  # minutes after local midnight
    window_end: int = 17 * 60 + 30  # exclusive; 1440 means midnight (end of day)
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    max_per_day: int = 10
    transport: TransportKind = "smtp"
    sendmail_command: tuple[str, ...] = ("sendmail", "-oi", "-t")
    directory: Path | None = None  # for transport = "directory"
    in_doubt: InDoubt = "hold"
    grace: timedelta = timedelta(hours=2)  # later than this past due → approval queue
    retry_max_age: timedelta = timedelta(days=2)
    append_to_sent: bool = True


@dataclass(frozen=True)
class DetectConfig:
    since: timedelta = timedelta(days=30)
    rules: DetectRules = field(default_factory=DetectRules)


@dataclass(frozen=True)
class FollowupRule:
    name: str
    template: str
    after: timedelta
    cancel_on_reply: bool = True


@dataclass(frozen=True)
class NotifyConfig:
    digest: bool = False
    digest_time: int = 8 * 60  # minutes after local midnight
    to: str | None = None  # defaults to account.email


@dataclass(frozen=True)
class Config:
    path: Path | None  # the file it came from (None for the embedded default)
    account: AccountConfig
    imap: ImapConfig | None
    smtp: SmtpConfig | None
    maildir: MaildirConfig | None
    send: SendConfig
    detect: DetectConfig
    followups: tuple[FollowupRule, ...]
    state_dir: Path
    templates_dir: Path | None = None  # user templates override the packaged ones by name
    notify: NotifyConfig = field(default_factory=NotifyConfig)

    @property
    def sent_folder(self) -> str | None:
        """Where sent mail is filed (watched for hand-written follow-ups and our copies)."""
        if self.imap is not None:
            return self.imap.sent_folder
        return self.maildir.sent_folder if self.maildir is not None else None

    def watched_folders(self) -> list[str]:
        """The folders the source reads: the configured ones, then Sent."""
        mailbox = self.imap or self.maildir
        folders = list(mailbox.folders) if mailbox is not None else []
        if self.sent_folder and self.sent_folder not in folders:
            folders.append(self.sent_folder)
        return folders
