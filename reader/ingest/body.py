"""Where the article's body stands in a page full of other text.

The body is the heaviest run of prose (body_runs.py), with the runs near it that are
heavy too (charts and cards may cut a body into runs). A run that date lines cut into
pieces of one paragraph is a list (dated teasers) and weighs as its heaviest piece. A
run the page prints twice (a ticker at the top and the bottom), and a run under the
page's copyright line (a cookie notice over the page) or under the reply form (the
site's other posts), weigh little. What stands at its edges (a byline under its first
lines, teasers or embedded posts at its end) is body_edges.py's; a list of quantities
over its first paragraph (a recipe's ingredients), quantity_lists.py's.
"""

from __future__ import annotations

from collections import Counter

from reader.ingest.body_edges import before_tail_heading, before_teasers, past_posts
from reader.ingest.body_lone_tail import before_lone_tail
from reader.ingest.body_runs import BUTTONS, Cluster, prose_clusters
from reader.ingest.body_topic import keeps_topic, vocabulary
from reader.ingest.chrome import is_chrome, opens_reply_form
from reader.ingest.dialogs import choices_under
from reader.ingest.lines import (
    Line,
    is_copyright,
    is_meta,
    is_prose,
    word_count,
)
from reader.ingest.quantity_lists import list_above
from reader.ingest.sign_up_boxes import box_at
from reader.ingest.teaser_lists import Shapes

JOIN_GAP = 120  # lines between two heavy runs of one body (charts, long cards)
JOIN_FLOOR = 40  # words a run needs to join the body (a short body: half its own)
LIST_PIECES = 4  # pieces between date lines that make a run a list
OVERLAY = 0.2  # what a run under the copyright line weighs, as a part of its words


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


def main_body(lines: list[Line], shapes: Shapes | None = None) -> tuple[int, int] | None:
    """The first and last index of the article's main run of prose (``shapes``: its
    lines', made once for the page)."""
    shapes = Shapes(lines) if shapes is None else shapes
    clusters = _weighed(lines, prose_clusters(lines))
    if not clusters:
        return None
    heaviest = max(range(len(clusters)), key=lambda k: clusters[k][2])
    weight = clusters[heaviest][2]
    floor = max(min(JOIN_FLOOR, weight / 2), weight * 0.15)  # a short body: half its weight
    topic = set(vocabulary(lines, clusters[heaviest]))

    def joins(a: Cluster, b: Cluster, far: Cluster) -> bool:
        near = b if far is a else a
        return _joins(shapes, a, b, floor) and keeps_topic(lines, near, far, topic)

    first = last = heaviest
    while first > 0 and joins(clusters[first - 1], clusters[first], clusters[first - 1]):
        first -= 1
    while last + 1 < len(clusters) and joins(
        clusters[last], clusters[last + 1], clusters[last + 1]
    ):
        last += 1
    start, end = clusters[first][0], clusters[last][1]
    inside = Counter(line.text for line in lines[start : end + 1])
    seen = Counter(line.text for line in lines)
    while start < end and (
        seen[lines[start].text] > inside[lines[start].text]
        or not is_prose(lines[start].text)
        or choices_under(lines, start)
    ):
        start += 1  # a ticker or a summary printed again elsewhere, a notice: no start
    start = list_above(lines, start)  # a recipe's ingredients over its steps
    end = before_tail_heading(lines, start, before_teasers(lines, start, end, shapes))
    end = before_lone_tail(lines, start, end)
    return start, past_posts(lines, end)


def _joins(shapes: Shapes, a: Cluster, b: Cluster, floor: float) -> bool:
    """Are two runs of prose one body: both heavy, close, no byline or date between (but
    the dates of a list of teasers set inside the body, a sidebar)?"""
    lines = shapes.lines
    if min(a[2], b[2]) < floor or b[0] - a[1] > JOIN_GAP:
        return False
    gap = lines[a[1] + 1 : b[0]]
    dated = {a[1] + 1 + k for k, line in enumerate(gap) if is_meta(line.text)}
    if dated and not dated <= shapes.listed(a[1] + 1, b[0]):
        return False
    return _buttons(lines, a[1] + 1, b[0]) < BUTTONS  # share buttons end a story


def _buttons(lines: list[Line], low: int, high: int) -> int:
    """The chrome lines from low to high - 1, but a sign-up box's (its field and button
    stand in the story, as a row of share buttons under it does not)."""
    count, k = 0, low
    while k < high:
        if box := box_at(lines, k):
            k += box
            continue
        count += is_chrome(lines[k].text)
        k += 1
    return count
