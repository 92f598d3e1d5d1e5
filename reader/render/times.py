"""A comment's exact time (ISO 8601 UTC, ``Comment.time``) as a person reads it beside
others: "just now", "5 min ago", "3 h ago", "2 days ago", then the date."""

from __future__ import annotations

from datetime import UTC, datetime

_STEPS = ((60, "min"), (3600, "h"), (86400, "day"))


def relative(iso: str | None, now: datetime | None = None) -> str | None:
    """How long ago ``iso`` was: within a minute "just now", then minutes, hours, days
    (up to 30), then the date itself ("2024-03-01"). None for no time."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 0 or seconds >= 30 * 86400:
        return moment.astimezone(UTC).date().isoformat()
    if seconds < 60:
        return "just now"
    unit, name = next((u, n) for u, n in reversed(_STEPS) if seconds >= u)
    count = int(seconds // unit)
    plural = "s" if name == "day" and count != 1 else ""
    return f"{count} {name}{plural} ago"
