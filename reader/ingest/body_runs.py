"""Runs of prose in a page: paragraphs with small gaps (cards, captions) between,
ended by the page's copyright line, the head of a reply form, a row of buttons or a
stack of teasers. A paragraph that ends with a colon leads into the list under it
(items, a table's rows): the list is part of its run, however long, as a table is
(the rows of cells a copy gives with tabs between)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from reader.ingest.chrome import is_chrome
from reader.ingest.dates import is_date_line
from reader.ingest.headline_shape import headline_shaped
from reader.ingest.lines import Line, is_byline, is_copyright, is_prose, word_count
from reader.ingest.prose_codes import CHROME, ENDS, ROW, SHAPED, STAMP, gap_code, is_clock_stamp

MAX_GAP = 6  # non-prose lines a run of prose may hold (cards, captions)
BUTTONS = 3  # chrome lines (share buttons) that end a run of prose
TEASER_STACK = 3  # headline-shaped lines in a row that end a run of prose
LIST_ITEMS = 2  # lines one under the other that make the list a colon leads into

Cluster = tuple[int, int, int]  # first index, last index, words
Prose = Callable[[], list[Cluster]]  # a page's prose_clusters, found when first asked for


def listed(lines: list[Line]) -> int:
    """How many lines at the start stand one under the other (no blank line between), as
    a list's items do; the list stops at page chrome, a byline or date, the copyright."""
    count = 0
    while (
        count < len(lines)
        and (count == 0 or lines[count].number == lines[count - 1].number + 1)
        and not (is_chrome(text := lines[count].text) or is_byline(text) or is_date_line(text))
        and not is_copyright(text)
    ):
        count += 1
    return count


def lead_in(lines: list[Line], i: int) -> int:
    """The last index of the list that prose line i leads into with a colon ("The
    standings after ten races:" over a table): lines one under the other, none of them
    a sentence; i when it leads into none."""
    if not lines[i].text.endswith(":"):
        return i
    items = listed(lines[i + 1 :])
    items = next((k for k in range(items) if is_prose(lines[i + 1 + k].text)), items)
    return i + items if items >= LIST_ITEMS else i  # (paragraphs under it are no list)


def lazy_prose(lines: list[Line]) -> Prose:
    """The page's `prose_clusters`, found when first asked for and kept for the others."""
    return cache(partial(prose_clusters, lines))


def prose_clusters(lines: list[Line]) -> list[Cluster]:
    """Runs of prose lines with small gaps, ended by a copyright line, the head of a
    reply form, a row of buttons or a stack of headlines (teasers): (first index, last
    index, words). The list a paragraph leads into with a colon is no gap."""
    clusters: list[Cluster] = []
    start = last = listing = -1
    weight = 0
    shaped = 0  # lines in a row after ``last`` that may be headline-shaped (the cheap test)
    stamps = 0  # a live blog's entry stamps after ``last``, and the titles under them
    buttons = 0  # chrome lines after ``last``: a row of them (BUTTONS) parts two runs
    gaps: dict[str, int] = {}  # a gap line's tests (prose_codes.gap_code), once a text
    for i, line in enumerate(lines):
        text = line.text
        if not is_prose(text):
            if start < 0:
                continue
            if (code := gaps.get(text)) is None:
                code = gaps[text] = gap_code(text)
            above = lines[i - 1].text if i > 0 else ""
            if code & STAMP or (above[:1].isdigit() and is_clock_stamp(above)):
                stamps += 1  # this line or the one above: a live blog's entry stamp
            if i <= listing or code & ROW:
                last = i  # an item of the list the paragraph above leads into, a table's row
                shaped = buttons = 0
                continue
            if code & CHROME:
                buttons += 1  # counted as the gap passes, not read again at its end
            shaped = shaped + 1 if code & SHAPED else 0
            if code & ENDS or (shaped >= TEASER_STACK and _stacked(lines, i, shaped)):
                clusters.append((start, last, weight))
                start = -1  # the page's footer, the reply form, teasers: no part of the run above
            continue
        gap = i - last - 1 - stamps
        joins = start >= 0 and gap <= MAX_GAP and buttons < BUTTONS
        shaped = stamps = buttons = 0
        if text[-1:] == ":":  # (a line that leads into no list leaves ``listing`` behind it)
            listing = max(listing, lead_in(lines, i))
        if joins:
            last = i
            weight += word_count(text)
            continue
        if start >= 0:
            clusters.append((start, last, weight))
        start = last = i
        weight = word_count(text)
    if start >= 0:
        clusters.append((start, last, weight))
    return clusters


def _stacked(lines: list[Line], i: int, shaped: int) -> bool:
    """Does line i end a stack of headline-shaped lines (teasers) in the gap after a
    run's last line? ``shaped``: the lines in a row up to i, in that gap, that pass
    headline_shaped's cheap tests; only a stack of such lines is asked the full test."""
    if shaped < TEASER_STACK:
        return False
    return all(headline_shaped(x.text) for x in lines[i - TEASER_STACK + 1 : i + 1])
