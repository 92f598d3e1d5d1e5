"""What a line near the body shows of being the article's headline: its shape, the
lines around it, copies of it on the page, the words it shares with the body.

Each feature is a number; headline.py weighs them (headline_weights.py, fitted by
bench/fit_headline.py) and takes the line that weighs most.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from reader.ingest.bylines import byline_names
from reader.ingest.chrome import is_breadcrumb, is_chrome
from reader.ingest.dates import has_date
from reader.ingest.line_copies import LineCopies
from reader.ingest.lines import (
    SHARED_UNDER,
    Line,
    cache_text,
    is_caption,
    is_copyright,
    is_label,
    is_meta,
    is_prose,
    is_titleish,
    word_count,
    words,
)
from reader.ingest.unmarked_bylines import unmarked_byline

_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_URL = re.compile(r"https?://|www\.|\S+\.(?:com|org|net|php|html?)\b")
_CAPITALISED = r"[A-Z][\w.'’&-]*"
# "Ann Lee, Harbour Press": a photographer and an agency, as a credit under a photo
_AGENCY_CREDIT = re.compile(
    rf"{_CAPITALISED}(?: {_CAPITALISED}){{1,3}}, {_CAPITALISED}(?: {_CAPITALISED}){{0,3}}"
)
OVERLAP_WORDS = 3  # a line of fewer longer words than this shares few with any body
BODY_WORDS = 300  # words at the body's start that a headline's words are sought in
MAX_DEK = 1
_CLOSERS = "\"”’')"
BUTTONS = 2  # chrome lines in a row that make a row of buttons


def comparable(text: str) -> str:
    """Text reduced for comparing lines: words only, lower case."""
    return re.sub(r"\W+", " ", text).strip().lower()


def keys(texts: Iterable[str]) -> list[str]:
    """The texts made comparable; a short text that comes again (a one-word line) gives
    the same key each time: a page's many copies of it cost the memory of one."""
    shared: dict[str, str] = {}
    made = []
    for text in texts:
        if len(text) >= SHARED_UNDER:
            made.append(comparable(text))
        elif (key := shared.get(text)) is not None:
            made.append(key)
        else:
            made.append(shared.setdefault(text, comparable(text)))
    return made


def may_be_headline_shaped(text: str) -> bool:
    """headline_shaped's cheap tests, its length and its last character: False rules a
    line out at once (a stack of lines is asked this of all its lines first)."""
    return (len(text) >= 20 or not text.isascii()) and not text.endswith((":", ";", ","))


@cache_text
def headline_shaped(text: str) -> bool:
    """Could be a headline: four words or more, no sentence end, not a byline or a date."""
    return (  # the cheap tests first
        may_be_headline_shaped(text)
        and is_titleish(text)
        and word_count(text) >= 4
        and not (is_label(text) or is_chrome(text) or is_meta(text) or is_copyright(text))
    )


def eligible(lines: list[Line], i: int, start: int) -> bool:
    """Is line i one that may be the headline? Never captions and credits, bylines (a
    name over a date too) and dates, the copyright line, an address, a breadcrumb, the
    dek under the headline, a photo's caption over its credit under the byline; in the
    body (from ``start``), only a line shaped as a headline (a question), never a
    paragraph."""
    text = lines[i].text
    if i >= start and not headline_shaped(text):
        return False
    if is_caption(text) or is_meta(text) or is_copyright(text) or is_breadcrumb(text):
        return False
    if _URL.match(text.strip()) or under_head(lines, i, start):
        return False
    above = lines[i - 1].text if i > 0 else ""
    under = lines[i + 1].text if i + 1 < len(lines) else ""
    if i + 2 >= start and is_meta(above) and _AGENCY_CREDIT.fullmatch(under):
        return False  # a photo's caption over its credit, between the byline and the body
    return unmarked_byline(above, text, under) is None


def minor(text: str) -> bool:
    """Lines a reader's eye skips between headline and byline: buttons, captions, kickers."""
    return is_chrome(text) or is_caption(text) or is_label(text) or word_count(text) <= 3


class Page:
    """What the features of every candidate line ask of the whole page, found once."""

    def __init__(self, lines: list[Line], start: int, end: int) -> None:
        self.lines = lines
        self.start = start
        self.end = end
        self.keys = keys(line.text for line in lines)
        self.bare = [  # without a " | Site" suffix
            comparable(_SITE_SUFFIX.sub("", x.text)) if _SITE_SUFFIX.search(x.text) else key
            for x, key in zip(lines, self.keys, strict=True)
        ]
        self.counts = Counter(self.keys) + Counter(self.bare)
        self.copied = LineCopies(lines, self.keys, self.bare, self.counts)
        body: list[str] = []
        for line in lines[start : end + 1]:
            body.extend(w.lower() for w in words(line.text))
            if len(body) >= BODY_WORDS:
                break
        self.body_words = set(body)

    def extends(self, i: int, span: range) -> bool:
        """Does line i hold another candidate line's words after or before its own
        (a breadcrumb or a menu glued to the headline)?"""
        key = self.keys[i]
        for j in span:
            other = self.keys[j]
            if (
                j != i
                and len(other) >= 8
                and " " in other
                and len(key) > len(other)
                and (key.endswith(" " + other) or key.startswith(other + " "))
            ):
                return True
        return False

    def holds(self, j: int, i: int) -> bool:
        """Does line j end with line i's words (the same line, or a menu glued before it)?"""
        key, other = self.keys[i], self.keys[j]
        return bool(key) and (other == key or other.endswith(" " + key))

    def copies(self, i: int) -> tuple[bool, bool, bool]:
        """(a copy stands above line i, a copy stands under the body, a breadcrumb or a
        "thoughts on" line ends with it)."""
        if len(self.keys[i]) < 4:
            return False, False, False
        return (*self.copied.around(i, self.end), self.copied.ends(i))

    def overlap(self, text: str) -> float:
        """The part of the line's longer words that the body's start uses too."""
        mine = {w.lower() for w in words(text) if len(w) >= 4}
        return sum(1 for w in mine if w in self.body_words) / max(OVERLAP_WORDS, len(mine))


def meta_below(lines: list[Line], i: int, limit: int) -> bool:
    """Is there a byline or date under line i, past one dek and a few minor lines? (A
    name over a date is a byline too.)"""
    dek = 0
    short = 0
    for k in range(i + 1, min(limit, len(lines))):
        text = lines[k].text
        under = lines[k + 1].text if k + 1 < len(lines) else ""
        if is_meta(text) or unmarked_byline(lines[k - 1].text, text, under):
            return True
        if is_chrome(text) or is_caption(text):
            continue
        if minor(text):
            short += 1
            if short > 3:
                return False
            continue
        dek += 1
        if dek > MAX_DEK:
            return False
    return False


def over_dek(lines: list[Line], i: int, start: int) -> bool:
    """Does line i stand over a dek: the next line a reader reads is longer, no byline
    or date, and a byline or date is right under that one?"""
    under = range(i + 1, min(start + 2, len(lines)))
    j = next((k for k in under if not minor(lines[k].text)), None)
    if j is None:
        return False
    text = lines[j].text
    return (
        word_count(text) > word_count(lines[i].text)
        and not is_meta(text)
        and meta_below(lines, j, j + 4)
    )


def under_head(lines: list[Line], i: int, start: int) -> bool:
    """Is line i the dek of the line above it: that line stands over it (over_dek), is
    no label or chrome (a kicker's words are no headline), and line i ends as a
    sentence does, with a full stop (a headline may ask or exclaim)?"""
    if i == 0:
        return False
    above, text = lines[i - 1].text, lines[i].text
    sentence = text.rstrip(_CLOSERS).endswith((".", "…"))  # no question
    return (
        sentence
        and not (is_label(above) or is_chrome(above) or is_meta(above) or is_caption(above))
        and over_dek(lines, i - 1, start)
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


def titled(text: str) -> bool:
    """Does the line end with a " | Site" suffix (the page's title, over its headline)?"""
    return _SITE_SUFFIX.search(text) is not None


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
    "over_dek": 1,
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
        float(_URL.search(text) is not None),
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
        page.overlap(text),
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
    ]


def _buttons(lines: list[Line]) -> bool:
    """Are these lines share buttons and the like, all of them?"""
    return len(lines) == BUTTONS and all(is_chrome(line.text) for line in lines)
