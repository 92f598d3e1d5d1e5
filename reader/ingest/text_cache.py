"""Line predicates that remember their answers for one page.

The parsers ask about one line many times (is it a date? prose? a name?); a page's
lines are read once each. The caches are emptied before each page and after it
(``forget_lines``), so they hold one page and live no longer than its parse.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

_CLEARS: list[Callable[[], None]] = []


def cache_text(function: Callable[[str], bool]) -> Callable[[str], bool]:
    """Remember a line predicate's answers until ``forget_lines``."""
    cached = cache(function)
    _CLEARS.append(cached.cache_clear)
    return cached


def forget_lines() -> None:
    for clear in _CLEARS:
        clear()
