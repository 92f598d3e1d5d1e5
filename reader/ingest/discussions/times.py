"""Times as the sites send them, made one form: ISO 8601 in UTC ("2024-03-01T14:05:09Z").

Hacker News (Algolia) sends ``created_at`` ("2024-03-01T14:05:09.000Z") and
``created_at_i`` (seconds since 1970); Lobsters an ISO time with its offset
("2024-03-01T08:05:09.000-06:00"); Mastodon ISO in UTC; Atom feeds ISO; RSS feeds
RFC 822 ("Fri, 01 Mar 2024 14:05:09 +0000"). A time without a zone is taken as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso_utc(value: object) -> str | None:
    """The time in ISO 8601 UTC, or None when the value is no time reader can read."""
    moment: datetime | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            moment = datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            try:
                moment = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if moment is None:
        return None
    try:
        return _utc(moment).strftime(_ISO_FORMAT)
    except (OverflowError, ValueError):  # a zone that takes the year out of range
        return None


def shown(iso: str | None) -> str | None:
    """The exact time as a person reads it: "2024-03-01 14:05 UTC"."""
    if iso is None:
        return None
    return f"{iso[:10]} {iso[11:16]} UTC"
