"""Relative times for the comment tree; the exact time stays in the opened comment."""

from __future__ import annotations

from datetime import UTC, datetime

from reader.render.times import relative

NOW = datetime(2024, 5, 2, 18, 0, 0, tzinfo=UTC)


def test_relative_times() -> None:
    assert relative("2024-05-02T17:59:30Z", NOW) == "just now"
    assert relative("2024-05-02T17:55:00Z", NOW) == "5 min ago"
    assert relative("2024-05-02T15:02:41Z", NOW) == "2 h ago"
    assert relative("2024-05-01T17:00:00Z", NOW) == "1 day ago"
    assert relative("2024-04-20T17:00:00Z", NOW) == "12 days ago"
    assert relative("2023-11-05T08:00:00Z", NOW) == "2023-11-05"
    assert relative("2024-05-03T08:00:00Z", NOW) == "2024-05-03"  # ahead of the clock
    assert relative(None, NOW) is None and relative("soon", NOW) is None
