"""What a line near the body shows of being the article's headline: its shape, the
lines around it, copies of it on the page, the words it shares with the body.

Each feature is a number; headline.py weighs them (headline_weights.py, fitted by
bench/fit_headline.py) and takes the line that weighs most. The tests the features
ask are in headline_shape.py (the line itself), headline_candidates.py (the lines
under it) and headline_page.py (the whole page).
"""

from __future__ import annotations

import math

from reader.ingest.bylines import byline_names
from reader.ingest.chrome import is_breadcrumb, is_chrome
from reader.ingest.dates import has_date
from reader.ingest.header_lists import in_points
from reader.ingest.headline_candidates import MAX_DEK, meta_below, over_dek
from reader.ingest.headline_page import Page
from reader.ingest.headline_shape import URL, headline_shaped, minor, titled
from reader.ingest.lines import (
    Line,
    is_caption,
    is_label,
    is_meta,
    is_prose,
    word_count,
    words,
)
from reader.ingest.unmarked_bylines import unmarked_byline

BUTTONS = 2  # chrome lines in a row that make a row of buttons


def _in_stack(lines: list[Line], i: int, lo: int, hi: int) -> int:
    """How many headline-shaped lines stand in a row with line i."""
    a = i
    while a - 1 >= lo and headline_shaped(lines[a - 1].text):
        a -= 1
    b = i
    while b + 1 < hi and headline_shaped(lines[b + 1].text):
        b += 1
    return b - a + 1


def _title_case(text: str) -> float:
    longer = [w for w in words(text) if len(w) >= 4]
    return sum(1 for w in longer if w[0].isupper()) / len(longer) if longer else 0.0


# Each feature, and the way it may count: +1 for a headline, -1 against, 0 either way
# (the fit keeps a weight on its side of zero).
FEATURE_SIGNS = {
    "shaped": 1, "short": -1, "mid_length": 1, "long": -1, "ends_period": -1, "ends_colon": -1,
    "prose": -1, "chrome": -1, "label": -1, "caption": -1, "meta": -1, "url": -1,
    "meta_below": 1, "meta_next": 1, "meta_above": 1, "distance": -1, "gap": -1,
    "in_body": -1, "stack": -1, "shaped_above": -1, "shaped_below": 0, "copy_above": 1,
    "copy_after": 1, "crumb": 1, "kicker": 1, "overlap": 1, "title_case": 1, "page_top": -1,
    "site_suffix": -1, "date_word": 0, "short_near": 1, "extends": -1, "byline": -1,
    "buttons_above": -1, "buttons_below": 1, "menu_between": -1, "teasers_between": -1,
    "over_dek": 1, "listed": -1, "lead_overlap": 1,
}  # fmt: skip
FEATURES = tuple(FEATURE_SIGNS)


def features(page: Page, i: int, span: range) -> list[float]:
    """The features of line i (FEATURES, in order); ``span``: the candidate lines."""
    lines, start = page.lines, page.start
    text = lines[i].text
    n = word_count(text)
    shaped = headline_shaped(text)
    below = meta_below(lines, i, max(start, i + 1) + 2)
    nxt = next((x.text for x in lines[i + 1 : start + 2] if not minor(x.text)), "")
    above = lines[i - 1].text if i > 0 else ""
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    before, copy_after, crumb = page.copies(i)
    between = lines[i + 1 : start]
    distance = sum(1 for line in between if not minor(line.text))
    menu = sum(1 for x in between if word_count(x.text) <= 3 and not is_meta(x.text))
    teasers = sum(1 for x in between if headline_shaped(x.text))
    dek = over_dek(lines, i, start)
    return [
        *_own_text(text, n, shaped),
        float(below),
        float(is_meta(nxt)),
        float(is_meta(above)),
        math.log1p(distance),
        math.log1p(max(0, start - i)),
        float(i >= start),
        float(_in_stack(lines, i, span.start, start) >= 3 and not below),
        float(headline_shaped(above) and not page.holds(i - 1, i) and not titled(above)),
        float(headline_shaped(after) and not is_meta(after)),
        float(before),
        float(copy_after),
        float(crumb),
        float(is_label(above) and not is_chrome(above)),
        page.overlap(i),
        _title_case(text),
        float(i < 3),
        float(titled(text)),
        float(has_date(text)),
        float(n <= 3 and (i + 1 >= start or is_meta(after))),
        float(page.extends(i, span)),
        float(byline_names(text) is not None or unmarked_byline(above, text, after) is not None),
        float(_buttons(lines[max(0, i - BUTTONS) : i])),
        float(_buttons(lines[i + 1 : i + 1 + BUTTONS])),
        math.log1p(menu),
        math.log1p(max(0, teasers - MAX_DEK)),
        float(dek),
        float(page.listed(i, span) or in_points(lines, i)),
        page.overlap(i, lead=True),
    ]


def _own_text(text: str, n: int, shaped: bool) -> list[float]:
    """The features the line's own text gives (the first of FEATURES)."""
    return [
        float(shaped),
        float(n <= 3),
        float(5 <= n <= 20),
        float(len(text) > 150),
        float(text.endswith(".") and not text.endswith("...")),
        float(text.endswith((":", ";", ","))),
        float(is_prose(text)),
        float(is_chrome(text) or is_breadcrumb(text)),
        float(is_label(text)),
        float(is_caption(text)),
        float(is_meta(text)),
        float(URL.search(text) is not None),
    ]


def _buttons(lines: list[Line]) -> bool:
    """Are these lines share buttons and the like, all of them?"""
    return len(lines) == BUTTONS and all(is_chrome(line.text) for line in lines)
