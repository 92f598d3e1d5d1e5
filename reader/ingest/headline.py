"""Finding the headline above the body, in a page full of other text.

Every line from a window above the body down to the body's first lines is a
candidate; its features (headline_features.py: its shape, a byline or date under it,
a copy of it elsewhere, the words it shares with the body, how near the body it
stands...) are weighed with weights fitted on real pages (headline_weights.py, made
by bench/fit_headline.py), and the line that weighs most is the headline.

A plain article (its title line, then its paragraphs, nothing above them) is decided
before any weighing: its first line is the title, whatever the weights would say of a
paragraph under it. A page whose own title line, copied at its top, names a candidate
over the byline or date is weighed among those candidates alone.
"""

from __future__ import annotations

from reader.ingest.chrome import is_chrome
from reader.ingest.headline_candidates import eligible, meta_below
from reader.ingest.headline_features import FEATURES, features
from reader.ingest.headline_page import Page
from reader.ingest.headline_shape import UNNAMED_BYLINE, comparable, headline_shaped
from reader.ingest.headline_weights import WEIGHTS
from reader.ingest.lines import Line, is_caption, is_meta, is_prose, word_count
from reader.ingest.teaser_lists import Shapes

__all__ = ["comparable", "find_headline", "headline_shaped", "plain_title"]

WINDOW = 80  # lines above the body searched for the headline
TITLE_WORDS = 25  # a plain article's title line is no longer than this
TITLE_CHARS = 200
INTO_BODY = 3  # the body's first lines may hold it too (a question headline looks like prose)
_WEIGHTS = [WEIGHTS.get(name, 0.0) for name in FEATURES]  # a new feature weighs 0 till fitted


def candidates(lines: list[Line], start: int) -> range:
    return range(max(0, start - WINDOW), min(len(lines), start + INTO_BODY))


def score(feature: list[float]) -> float:
    return sum(w * f for w, f in zip(_WEIGHTS, feature, strict=True))


def plain_title(lines: list[Line]) -> bool:
    """Is the text's first line a title over its paragraphs: short, and no byline, date,
    caption or button?"""
    if len(lines) < 2:
        return False
    first = lines[0].text
    return (
        word_count(first) <= TITLE_WORDS
        and len(first) <= TITLE_CHARS
        and not (is_meta(first) or is_caption(first) or is_chrome(first))
        and not UNNAMED_BYLINE.fullmatch(first)
    )


def find_headline(
    lines: list[Line],
    start: int,
    end: int | None = None,
    first: int | None = None,
    shapes: Shapes | None = None,
) -> int | None:
    """Index of the headline line; ``start``, ``end``: the body's first and last index
    (past its byline); ``first``: the first line of its prose. A text whose first line
    can be a title, over a paragraph that opens the body, is a plain article; not when
    the body, past its byline, opens further down (a blog's name over its description,
    a sentence, then a date and the post's own title)."""
    opens = first is not None and first <= 1 and start <= 1
    if opens and plain_title(lines) and is_prose(lines[1].text):
        return 0
    span = candidates(lines, start)
    if not span:
        return None
    page = Page(lines, start, len(lines) - 1 if end is None else end, shapes)
    found = [i for i in span if eligible(lines, i, start)]
    found = _titled(page, found) or found
    return max(found, key=lambda i: score(features(page, i, span))) if found else None


def _titled(page: Page, found: list[int]) -> list[int]:
    """The candidates the page's own title line at its top names ("Gone | Harbour Post"),
    each over a byline or date (past a dek): an article page's title names the article,
    whatever its length, never its section's kicker; a masthead it may name ("Harbour Post
    | News from the coast") stands over no byline."""
    lines, start = page.lines, page.start
    return [i for i in found if page.titled_top(i) and meta_below(lines, i, max(start, i + 1) + 2)]
