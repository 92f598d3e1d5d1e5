"""Where the article's body stands in a page full of other text.

The body is the heaviest run of prose, with the runs near it that are heavy too
(charts and cards may cut a body into runs). A run that date lines cut into pieces
of one paragraph is a list (dated teasers) and weighs as its heaviest piece. A run
the page prints twice (a ticker at the top and the bottom), and a run under the
page's copyright line (a cookie notice over the page) or under the reply form (the
site's other posts), weigh little. A paragraph that ends with a colon leads into the
list under it (items, a table's rows): the list is part of its run, however long, as
a table is (the rows of cells a copy gives with tabs between).
"""

from __future__ import annotations

from collections import Counter

from reader.ingest.chrome import is_chrome, opens_reply_form
from reader.ingest.dates import is_date_line
from reader.ingest.headline_features import headline_shaped, may_be_headline_shaped
from reader.ingest.lines import (
    Line,
    is_byline,
    is_copyright,
    is_meta,
    is_prose,
    is_table_row,
    word_count,
)

MAX_GAP = 6  # non-prose lines a run of prose may hold (cards, captions)
BUTTONS = 3  # chrome lines (share buttons) that end a run of prose
JOIN_GAP = 120  # lines between two heavy runs of one body (charts, long cards)
JOIN_FLOOR = 40  # words a run needs to join the body (a short body: half its own)
TEASER_STACK = 3  # headline-shaped lines in a row that end a run of prose
LIST_PIECES = 4  # pieces between date lines that make a run a list
OVERLAY = 0.2  # what a run under the copyright line weighs, as a part of its words
HEADER_REACH = 12  # lines at a run's start where the headline's byline or date may stand
HEADER_PROSE = 3  # sentences above it: a dek, a caption
LIST_ITEMS = 2  # lines one under the other that make the list a colon leads into

Cluster = tuple[int, int, int]  # first index, last index, words


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


def prose_clusters(lines: list[Line]) -> list[Cluster]:
    """Runs of prose lines with small gaps, ended by a copyright line, the head of a
    reply form, a row of buttons or a stack of headlines (teasers): (first index, last
    index, words). The list a paragraph leads into with a colon is no gap."""
    clusters: list[Cluster] = []
    start = last = listing = -1
    weight = 0
    shaped = 0  # lines in a row after ``last`` that may be headline-shaped (the cheap test)
    for i, line in enumerate(lines):
        text = line.text
        if not is_prose(text):
            if start < 0:
                continue
            if i <= listing or is_table_row(text):
                last = i  # an item of the list the paragraph above leads into, a table's row
                shaped = 0
                continue
            shaped = shaped + 1 if may_be_headline_shaped(text) else 0
            if is_copyright(text) or opens_reply_form(text) or _stacked(lines, i, shaped):
                clusters.append((start, last, weight))
                start = -1  # the page's footer, the reply form, teasers: no part of the run above
            continue
        shaped = 0
        joins = start >= 0 and i - last - 1 <= MAX_GAP and not _buttons(lines, last + 1, i)
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


def _buttons(lines: list[Line], first: int, end: int) -> bool:
    """Do the lines between two prose lines hold a row of buttons (BUTTONS chrome lines)?"""
    found = 0
    for line in lines[first:end]:
        found += is_chrome(line.text)
        if found >= BUTTONS:
            return True
    return False


def _list_weight(lines: list[Line], first: int, last: int) -> int | None:
    """A run cut by date or byline lines into pieces of one paragraph is a list (dated
    teasers and their summaries): it weighs as its heaviest piece. None for a run of
    prose."""
    pieces = [[0, 0]]  # words, paragraphs
    for line in lines[first : last + 1]:
        if is_prose(line.text):
            pieces[-1][0] += word_count(line.text)
            pieces[-1][1] += 1
        elif is_meta(line.text) and pieces[-1][1]:
            pieces.append([0, 0])
    if len(pieces) < LIST_PIECES or sorted(p[1] for p in pieces)[len(pieces) // 2] > 1:
        return None
    return max(p[0] for p in pieces)


def _weighed(lines: list[Line], clusters: list[Cluster]) -> list[Cluster]:
    """The clusters with the weight a body would have: a run printed twice, or under a
    copyright line or a reply form that closes a page of prose above it, weighs little."""
    seen = Counter(line.text for line in lines if is_prose(line.text))
    footer = next(
        (
            i
            for i, line in enumerate(lines)
            if (is_copyright(line.text) or opens_reply_form(line.text))
            and any(c[1] < i and c[2] >= 40 for c in clusters)
        ),
        None,
    )
    weighed = []
    for first, last, words in clusters:
        prose = Counter(x.text for x in lines[first : last + 1] if is_prose(x.text))
        if all(seen[text] > count for text, count in prose.items()):
            words = 0  # a ticker, a repeated promo, printed again elsewhere: the body stands once
        elif footer is not None and first > footer:
            words = int(words * OVERLAY)
        elif (listed := _list_weight(lines, first, last)) is not None:
            words = listed
        weighed.append((first, last, words))
    return weighed


def main_body(lines: list[Line]) -> tuple[int, int] | None:
    """The first and last index of the article's main run of prose."""
    clusters = _weighed(lines, prose_clusters(lines))
    if not clusters:
        return None
    heaviest = max(range(len(clusters)), key=lambda k: clusters[k][2])
    weight = clusters[heaviest][2]
    floor = max(min(JOIN_FLOOR, weight / 2), weight * 0.15)  # a short body: half its weight
    first = last = heaviest
    while first > 0 and _joins(lines, clusters[first - 1], clusters[first], floor):
        first -= 1
    while last + 1 < len(clusters) and _joins(lines, clusters[last], clusters[last + 1], floor):
        last += 1
    start, end = clusters[first][0], clusters[last][1]
    inside = Counter(line.text for line in lines[start : end + 1])
    seen = Counter(line.text for line in lines)
    while start < end and (
        seen[lines[start].text] > inside[lines[start].text] or not is_prose(lines[start].text)
    ):
        start += 1  # a ticker or a summary the page prints again elsewhere is no start
    return start, end


def _joins(lines: list[Line], a: Cluster, b: Cluster, floor: float) -> bool:
    """Are two runs of prose one body: both heavy, close, no byline or date between?"""
    if min(a[2], b[2]) < floor or b[0] - a[1] > JOIN_GAP:
        return False
    gap = lines[a[1] + 1 : b[0]]
    if any(is_meta(line.text) for line in gap):
        return False
    return sum(1 for line in gap if is_chrome(line.text)) < BUTTONS  # share buttons end a story


def past_byline(lines: list[Line], start: int, end: int) -> int:
    """A byline or date under the first lines of prose: the body starts after it."""
    prose = 0
    for k in range(start, min(len(lines), start + HEADER_REACH, end)):
        text = lines[k].text
        if is_meta(text) and not is_table_row(text):  # (a table's row may open with a date)
            if prose > HEADER_PROSE:
                return start
            while k + 1 < len(lines) and is_meta(lines[k + 1].text):
                k += 1
            return k + 1
        prose += is_prose(text) and text[-1] not in "?!"  # a headline may ask or exclaim
    return start
