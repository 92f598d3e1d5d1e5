"""Finding the body's prose and the headline above it, in a page full of other text.

The body is the heaviest run of prose (with the runs near it that are heavy too:
charts and cards may cut a body into runs). The headline is the headline-shaped
line above it that the page marks as one: a byline or date under it (past a dek,
captions and share buttons), a date right above it, a second copy of it (the
page title, a breadcrumb, "N thoughts on “…”"), a kicker over it, nearness to the
body. Lines in a stack of headline-shaped lines with no byline are teasers.
"""

from __future__ import annotations

import re

from reader.ingest.chrome import is_chrome
from reader.ingest.lines import (
    Line,
    cache_text,
    is_caption,
    is_copyright,
    is_label,
    is_meta,
    is_prose,
    is_titleish,
    name_list,
    word_count,
)

MAX_GAP = 6  # non-prose lines a run of prose may hold (cards, captions)
JOIN_GAP = 120  # lines between two heavy runs of one body (charts, long cards)
WINDOW = 40  # lines above the body searched for the headline
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def comparable(text: str) -> str:
    """Text reduced for comparing lines: words only, lower case."""
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
    heaviest = max(range(len(clusters)), key=lambda k: clusters[k][2])
    floor = max(40, clusters[heaviest][2] * 0.15)
    first = last = heaviest
    while first > 0 and _joins(lines, clusters[first - 1], clusters[first], floor):
        first -= 1
    while last + 1 < len(clusters) and _joins(lines, clusters[last], clusters[last + 1], floor):
        last += 1
    return clusters[first][0], clusters[last][1]


def _joins(
    lines: list[Line], a: tuple[int, int, int], b: tuple[int, int, int], floor: float
) -> bool:
    """Are two runs of prose one body: both heavy, close, no byline or date between?"""
    if min(a[2], b[2]) < floor or b[0] - a[1] > JOIN_GAP:
        return False
    gap = lines[a[1] + 1 : b[0]]
    if any(is_meta(line.text) for line in gap):
        return False
    return sum(1 for line in gap if is_chrome(line.text)) < 3  # share buttons end a story


def _minor(text: str) -> bool:
    """Lines a reader's eye skips between headline and byline: buttons, captions, kickers."""
    return is_chrome(text) or is_caption(text) or is_label(text) or word_count(text) <= 3


def _meta_below(lines: list[Line], i: int, limit: int) -> bool:
    """Is there a byline or date under line i, past one dek, names and a few minor lines?"""
    dek = False
    short = 0
    for line in lines[i + 1 : limit]:
        text = line.text
        if is_meta(text):
            return True
        if is_chrome(text) or is_caption(text) or name_list(text):
            continue
        if _minor(text):
            short += 1
            if short > 3:
                return False
            continue
        if dek:
            return False
        dek = True
    return False


@cache_text
def headline_shaped(text: str) -> bool:
    """Could be a headline: four words or more, no sentence end, not a byline or a date."""
    return (
        is_titleish(text)
        and not text.endswith((":", ";", ","))
        and word_count(text) >= 4
        and len(text) >= 20
        and not (is_label(text) or is_chrome(text) or is_meta(text) or is_copyright(text))
    )


def _in_stack(lines: list[Line], i: int, lo: int, hi: int) -> int:
    """How many headline-shaped lines stand in a row with line i."""
    a = i
    while a - 1 >= lo and headline_shaped(lines[a - 1].text):
        a -= 1
    b = i
    while b + 1 < hi and headline_shaped(lines[b + 1].text):
        b += 1
    return b - a + 1


def _repeated(lines: list[Line], i: int) -> bool:
    key = comparable(lines[i].text)
    if len(key) < 20 or word_count(key) < 4:
        return False
    for j, other in enumerate(lines):
        if j == i:
            continue
        other_key = comparable(other.text)
        if other_key == key or comparable(_SITE_SUFFIX.sub("", other.text)) == key:
            return True
        if len(other_key) > len(key) and other_key.endswith(key):  # breadcrumb, "thoughts on"
            return True
        if key in other_key and re.search(r"\b(?:on|to)\s*[“\"']", other.text):
            return True
    return False


def headline_score(lines: list[Line], i: int, body_start: int, lo: int) -> float:
    text = lines[i].text
    if not headline_shaped(text):
        return float("-inf")
    score = 0.0
    if name_list(text) and i + 1 < len(lines) and is_meta(lines[i + 1].text):
        return float("-inf")  # a byline without "By"
    n = word_count(text)
    score += 0.5 if 5 <= n <= 20 else 0.0
    score -= 1.5 if len(text) > 150 else 0.0
    meta_below = _meta_below(lines, i, body_start)
    if meta_below:
        score += 3.0
    elif i > 0 and is_meta(lines[i - 1].text):
        score += 2.0
    stack = _in_stack(lines, i, lo, body_start)
    if stack >= 3 and not meta_below:
        score -= 3.0
    above = lines[i - 1].text if i > lo else ""
    if (
        headline_shaped(above)
        and comparable(above) != comparable(text)
        and _in_stack(lines, i - 1, lo, i) < 3
    ):
        score -= 1.5  # the second of two headline lines is the dek
    if _repeated(lines, i):
        score += 2.0
    if i > 0 and is_label(lines[i - 1].text) and not is_chrome(lines[i - 1].text):
        score += 0.5
    distance = sum(1 for line in lines[i + 1 : body_start] if not _minor(line.text))
    score -= 0.15 * distance
    return score


def find_headline(lines: list[Line], body_start: int) -> int | None:
    """Index of the headline line, searched above the body."""
    lo = max(0, body_start - WINDOW)
    best: tuple[float, int] | None = None
    for i in range(lo, min(len(lines), body_start)):
        score = headline_score(lines, i, body_start, lo)
        if score == float("-inf"):
            continue
        if best is None or score >= best[0]:
            best = (score, i)
    return best[1] if best else None
