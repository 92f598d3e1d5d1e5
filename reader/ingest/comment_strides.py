"""Comment records found from the page's repetition alone, whatever their words.

A comment list is a run of records whose lines repeat a form (comment_forms.py) at a
stride: between two comments' texts the same lines of the same forms come back (a
header, a footer of actions and signature, or both: "Share · …", "answered DATE",
"Name", "N reputation", "36"), however long the texts between. The repeated group is
found around the page's most repeated forms; where a record starts within it is read
from the list's two ends: the part of the group over the first text is the header, the
part under the last text the footer (comment_stride_parts.py names the author and the
date). A line whose form carries text after a label ("[14:02] Ann: …", a table's row)
is a record on its own line. A list holds three records at least, most of them dated
(comment_stride_parts.py), signed, by two writers at least, none signing most nor the
most frequent named over the list (a live blog's entries are its bylines' writers': the
article), with text of their own.
"""

from __future__ import annotations

import itertools
from collections import Counter

from reader.ingest.body_runs import prose_clusters
from reader.ingest.comment_cuts import after_article
from reader.ingest.comment_forms import holds_text, line_form
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_list_checks import signed, teasers
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.comment_stride_ends import split_group, text_end, text_start
from reader.ingest.comment_stride_parts import Template, name_records
from reader.ingest.lines import Line, ends_sentence

ANCHORS = 4  # forms tried as the group's anchor, the most repeated first
GROUP = 8  # a group holds at most this many lines
RECORDS = 3  # a list of fewer records is no list: two paragraphs may open alike


def stride_records(lines: list[Line]) -> list[CommentSpan]:
    """The records of the page's best repeated group (see the module's docstring)."""
    known: dict[str, str | None] = {}
    forms = [
        known[x.text] if x.text in known else known.setdefault(x.text, line_form(x.text))
        for x in lines
    ]
    counts = Counter(f for f in forms if f is not None)
    best: list[CommentSpan] = []
    clusters: list[tuple[int, int, int]] | None = None  # the page's runs of prose, found once
    width = 0  # of the best records' group: of as many records, the longer group's
    for anchor, count in counts.most_common(ANCHORS):
        if count < 2:
            break
        group, at = _group(forms, counts, anchor)
        spans = _records(lines, forms, Template(group, at))
        if len(spans) < RECORDS:
            continue
        if clusters is None:
            clusters = prose_clusters(lines)
        spans = after_article(spans, clusters)
        if (
            (len(spans), len(group)) > (len(best), width)
            and signed(spans)
            and _discussed(lines, spans)
            and _have_text(lines, forms, spans)
            and not teasers(lines, spans)
        ):
            best, width = spans, len(group)
    return best


def _discussed(lines: list[Line], spans: list[CommentSpan]) -> bool:
    """Do several writers sign the records, none of them most, and the most frequent
    not named over the list (a live blog's entries are its writers', one or two of the
    byline: the article)?"""
    writers = Counter(span.author for span in spans if span.author)
    if len(writers) < 2:
        return False
    top, count = writers.most_common(1)[0]
    return count < SHARE * len(spans) and not any(
        top in line.text for line in lines[: spans[0].start]
    )


def _have_text(lines: list[Line], forms: list[str | None], spans: list[CommentSpan]) -> bool:
    """Do most records hold text: a line of no form, or a sentence, or a label's text?"""
    said = 0
    for span in spans:
        own = (
            k for k in range(span.start, span.end) if k not in span.meta and k not in span.buttons
        )
        said += any(
            (form := forms[k]) is None or holds_text(form) or ends_sentence(lines[k].text)
            for k in own
        )
    return said >= SHARE * len(spans)


def _group(forms: list[str | None], counts: Counter[str], anchor: str) -> tuple[list[str], int]:
    """The forms most of the anchor's places carry around it, line by line, up to text
    on either side; and the anchor's place among them."""
    places = [i for i, form in enumerate(forms) if form == anchor]
    before = _side(forms, counts, places, -1) if not holds_text(anchor) else []
    after = _side(forms, counts, places, 1) if not holds_text(anchor) else []
    return [*reversed(before), anchor, *after], len(before)


def _side(forms: list[str | None], counts: Counter[str], places: list[int], step: int) -> list[str]:
    found: list[str] = []
    alive = [True] * len(places)
    anchor = forms[places[0]]
    for distance in range(1, GROUP):
        seen: Counter[str] = Counter()
        for k, i in enumerate(places):
            j = i + step * distance
            form = forms[j] if 0 <= j < len(forms) else None
            if not alive[k] or form is None or form == anchor or counts[form] < 2:
                alive[k] = False
            else:
                seen[form] += 1
        if not seen:
            break
        form, count = seen.most_common(1)[0]
        if count < SHARE * len(places) or (step == -1 and holds_text(form)):
            break
        found.append(form)
        for k, i in enumerate(places):
            alive[k] = alive[k] and forms[i + step * distance] == form
        if holds_text(form):
            break  # the text starts on this line
    return found


def _records(lines: list[Line], forms: list[str | None], template: Template) -> list[CommentSpan]:
    group, at = template.forms, template.at
    width = len(group)
    starts: list[int] = []
    for i, form in enumerate(forms):
        start = i - at
        if (
            form == group[at]
            and start >= (starts[-1] + width if starts else 0)
            and forms[start : start + width] == group
        ):
            starts.append(start)
    if len(starts) < 2:
        return []
    longest = 2 * max(b - a - width for a, b in itertools.pairwise(starts)) + 2
    ends = split_group(forms, group, starts, longest)
    template.split = split = ends.split
    bounds = [start + split for start in starts]
    first = text_start(forms, starts[0], longest) if split == width else ends.first
    if first is not None:
        bounds.insert(0, first)
    if split < width:  # a header opens the last record: its text, then its footer if any
        last = ends.last
        bounds.append(
            last
            if last is not None
            else text_end(lines, forms, bounds[-1] + width - split, longest)
        )
    spans = [CommentSpan(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    return name_records(lines, forms, template, spans)
