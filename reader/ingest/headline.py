"""Finding the headline above the body, in a page full of other text.

Every line from a window above the body down to the body's first lines is a
candidate; its features (headline_features.py: its shape, a byline or date under it,
a copy of it elsewhere, the words it shares with the body, how near the body it
stands...) are weighed with weights fitted on real pages (headline_weights.py, made
by bench/fit_headline.py), and the line that weighs most is the headline.
"""

from __future__ import annotations

from reader.ingest.headline_features import (
    FEATURES,
    Page,
    comparable,
    eligible,
    features,
    headline_shaped,
)
from reader.ingest.headline_weights import WEIGHTS
from reader.ingest.lines import Line

__all__ = ["comparable", "find_headline", "headline_shaped"]

WINDOW = 80  # lines above the body searched for the headline
INTO_BODY = 3  # the body's first lines may hold it too (a question headline looks like prose)
_WEIGHTS = [WEIGHTS.get(name, 0.0) for name in FEATURES]  # a new feature weighs 0 till fitted


def candidates(lines: list[Line], start: int) -> range:
    return range(max(0, start - WINDOW), min(len(lines), start + INTO_BODY))


def score(feature: list[float]) -> float:
    return sum(w * f for w, f in zip(_WEIGHTS, feature, strict=True))


def find_headline(lines: list[Line], start: int, end: int | None = None) -> int | None:
    """Index of the headline line; ``start``, ``end``: the body's first and last index."""
    span = candidates(lines, start)
    if not span:
        return None
    page = Page(lines, start, len(lines) - 1 if end is None else end)
    found = [i for i in span if eligible(lines, i)]
    return max(found, key=lambda i: score(features(page, i, span))) if found else None
