"""Finding the body's prose and the headline above it, in a page full of other text."""

from __future__ import annotations

import re

from reader.ingest.dates import is_date_line
from reader.ingest.lines import (
    Line,
    is_byline,
    is_caption,
    is_label,
    is_prose,
    is_titleish,
    word_count,
)

MAX_GAP = 6  # non-prose lines a body may hold between two paragraphs (cards, captions)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def prose_clusters(lines: list[Line]) -> list[tuple[int, int, int]]:
    """Runs of prose lines with small gaps: (first index, last index, words)."""
    clusters: list[tuple[int, int, int]] = []
    start = last = -1
    weight = 0
    for i, line in enumerate(lines):
        if not is_prose(line.text):
            continue
        if start >= 0 and i - last - 1 <= MAX_GAP:
            last = i
            weight += word_count(line.text)
            continue
        if start >= 0:
            clusters.append((start, last, weight))
        start = last = i
        weight = word_count(line.text)
    if start >= 0:
        clusters.append((start, last, weight))
    return clusters


def main_body(lines: list[Line]) -> tuple[int, int] | None:
    """The first and last index of the article's main run of prose."""
    clusters = prose_clusters(lines)
    if not clusters:
        return None
    first, last, _ = max(clusters, key=lambda c: c[2])
    return first, last


def headline_score(lines: list[Line], i: int, body_start: int) -> float:
    text = lines[i].text
    if not is_titleish(text) or is_label(text):
        return float("-inf")
    score = 0.0
    n = word_count(text)
    score += 1.0 if 5 <= n <= 20 else 0.0
    score -= 1.5 if len(text) > 130 else 0.0
    key = _key(text)
    bare = _key(_SITE_SUFFIX.sub("", text))
    for j, other in enumerate(lines[: body_start + 1]):
        if j != i and (
            _key(other.text) in (key, bare) or _key(_SITE_SUFFIX.sub("", other.text)) == key
        ):
            score += 2.5
            break
    following = lines[i + 1 : i + 6]
    if any(is_byline(f.text) or is_date_line(f.text) for f in following):
        score += 2.0
    if following and word_count(following[0].text) >= 8 and not is_caption(following[0].text):
        score += 0.5  # a subtitle under it
    if i > 0 and is_label(lines[i - 1].text):
        score += 0.5
    # Nearer the body is likelier: navigation and teasers come before the headline.
    distance = sum(1 for line in lines[i + 1 : body_start] if not is_caption(line.text))
    score -= 0.15 * distance
    return score


def find_headline(lines: list[Line], body_start: int) -> int | None:
    """Index of the headline line, searched above the body (and a little into it)."""
    lo = max(0, body_start - 40)
    best: tuple[float, int] | None = None
    for i in range(lo, min(len(lines), body_start + 1)):
        if i == body_start and is_prose(lines[i].text):
            continue
        score = headline_score(lines, i, body_start)
        if score == float("-inf"):
            continue
        if best is None or score >= best[0]:
            best = (score, i)
    return best[1] if best else None
