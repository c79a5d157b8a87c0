"""Secrets never reach the screen or a log: URLs are shown with their password masked."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

MASK = "***"


def mask_url(url: str) -> str:
    """``url`` with the password of ``user:password@host`` replaced by ***; anything that does
    not parse is shown up to its host only, since it may still hold one."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        host = parts.netloc.rsplit("@", 1)[1]
        return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:{MASK}@{host}"))
    except ValueError:
        return f"{url.split('@', 1)[0].split(':', 1)[0]}:{MASK}" if "@" in url else url
