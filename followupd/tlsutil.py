"""One TLS policy for IMAP and SMTP: verification is always on.

``ca_file`` adds a CA to trust (a self-hosted server, a corporate proxy); it never replaces
hostname checking or turns verification off. There is deliberately no knob for that.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from followupd.errors import ConfigError


def client_context(ca_file: Path | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file is not None:
        try:
            ctx.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f"ca_file {ca_file}: cannot load a CA certificate from it ({exc.__class__.__name__})",
                hint="point ca_file at a PEM file holding the CA that signed your server's certificate",
            ) from exc
    return ctx
