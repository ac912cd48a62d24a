"""Server settings of the big mail providers, so `followupd init` needs only an address.

Only facts the providers document; anything else is asked. ``server_saves_sent`` is True only
where the provider files mail sent through its SMTP server in Sent by itself (else followupd
appends the copy, and a wrong True would leave Sent without it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    name: str
    imap_host: str
    imap_port: int
    imap_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    sent_folder: str
    drafts_folder: str
    server_saves_sent: bool
    note: str = ""  # printed by the wizard: app passwords, bridges, OAuth


GMAIL = Provider(
    "Gmail", "imap.gmail.com", 993, "tls", "smtp.gmail.com", 465, "tls",
    "[Gmail]/Sent Mail", "[Gmail]/Drafts", True,
    "Gmail needs an app password (Google Account → Security → App passwords) with 2-step "
    "verification on; your normal password will be refused.",
)
MICROSOFT = Provider(
    "Outlook / Microsoft 365", "outlook.office365.com", 993, "tls", "smtp.office365.com", 587,
    "starttls", "Sent Items", "Drafts", True,
    "Microsoft 365 tenants often turn off password logins for IMAP/SMTP; if the login test "
    "fails, ask your admin or use an OAuth token helper as password_command.",
)
FASTMAIL = Provider(
    "Fastmail", "imap.fastmail.com", 993, "tls", "smtp.fastmail.com", 465, "tls",
    "Sent", "Drafts", False, "Fastmail needs an app password (Settings → Privacy & Security).",
)
ICLOUD = Provider(
    "iCloud Mail", "imap.mail.me.com", 993, "tls", "smtp.mail.me.com", 587, "starttls",
    "Sent Messages", "Drafts", False,
    "iCloud needs an app-specific password (appleid.apple.com → Sign-In and Security).",
)
YAHOO = Provider(
    "Yahoo Mail", "imap.mail.yahoo.com", 993, "tls", "smtp.mail.yahoo.com", 465, "tls",
    "Sent", "Draft", False, "Yahoo needs an app password (Account security → App password).",
)
PROTON_BRIDGE = Provider(
    "Proton Mail Bridge", "127.0.0.1", 1143, "starttls", "127.0.0.1", 1025, "starttls",
    "Sent", "Drafts", True,
    "Proton Mail Bridge must be running. Use the password the Bridge shows (not your Proton "
    "password) and export its certificate (Bridge → Settings → Export TLS certificates) for "
    "ca_file.",
)

BY_DOMAIN: dict[str, Provider] = {
    **dict.fromkeys(("gmail.com", "googlemail.com"), GMAIL),
    **dict.fromkeys(("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.de",
                     "hotmail.co.uk", "hotmail.de", "hotmail.fr"), MICROSOFT),
    **dict.fromkeys(("fastmail.com", "fastmail.fm", "fastmail.net"), FASTMAIL),
    **dict.fromkeys(("icloud.com", "me.com", "mac.com"), ICLOUD),
    **dict.fromkeys(("yahoo.com", "ymail.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr"), YAHOO),
    **dict.fromkeys(("proton.me", "protonmail.com", "pm.me", "protonmail.ch"), PROTON_BRIDGE),
}


# Mailbox providers anyone can sign up with: sharing one of these domains says nothing about
# belonging to the same organisation.
PUBLIC_MAIL_DOMAINS = frozenset(BY_DOMAIN) | {
    "aol.com", "gmx.de", "gmx.net", "gmx.com", "web.de", "mail.com", "yandex.com", "yandex.ru",
    "zoho.com", "tutanota.com", "hey.com", "qq.com", "163.com", "naver.com", "orange.fr",
    "free.fr", "laposte.net", "t-online.de", "libero.it", "seznam.cz", "wp.pl", "o2.pl",
    # more countries' webmail and internet providers' mail
    "hotmail.es", "hotmail.it", "outlook.es", "outlook.fr", "live.fr", "yahoo.es", "yahoo.com.ar",
    "yahoo.com.mx", "yahoo.com.br", "hotmail.com.ar", "gmx.at", "gmx.ch", "posteo.de", "freenet.de",
    "mailbox.org", "sfr.fr", "wanadoo.fr", "bluewin.ch", "hispeed.ch", "telefonica.net", "movistar.es",
    "terra.com.br", "uol.com.br", "bol.com.br", "virgilio.it", "tiscali.it", "onet.pl", "interia.pl",
    "btinternet.com", "sky.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "shaw.ca",
    "rogers.com", "telus.net", "videotron.ca", "sympatico.ca", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
}


def for_address(email: str) -> Provider | None:
    return BY_DOMAIN.get(email.rpartition("@")[2].lower())
