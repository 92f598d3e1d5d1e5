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
from array import array
from collections import Counter

from reader.ingest.body_runs import Prose, lazy_prose
from reader.ingest.comment_cuts import after_article
from reader.ingest.comment_entries import live_entries
from reader.ingest.comment_forms import holds_text, line_form
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_list_checks import discussed, have_own_text, signed, teasers
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.comment_stride_ends import gapped, split_group, text_end, text_start
from reader.ingest.comment_stride_parts import Template, name_records
from reader.ingest.comment_stride_slots import RECORDS, with_slots, worded
from reader.ingest.lines import Line

ANCHORS = 4  # forms tried as the group's anchor, the most repeated first
GROUP = 8  # a group holds at most this many lines


def stride_records(lines: list[Line], prose: Prose | None = None) -> list[CommentSpan]:
    """The records of the page's best repeated group (see the module's docstring);
    ``prose``: the page's runs of prose when first asked for (the layouts' too)."""
    known: dict[str, str | None] = {}
    forms = [
        known[x.text] if x.text in known else known.setdefault(x.text, line_form(x.text))
        for x in lines
    ]
    counts: Counter[str | None] = Counter(forms)
    texts = counts.pop(None, 0)
    texts += sum(n for form, n in counts.items() if form is not None and holds_text(form))
    if texts < RECORDS:
        return []  # the cheap test first: a page of short lines alone holds no comments
    best: list[CommentSpan] = []
    prose = prose or lazy_prose(lines)
    width = best_named = 0  # of the best records' group: of as many signed, the longer
    anchors = [anchor for anchor, _ in counts.most_common(ANCHORS)]
    for anchor in anchors:
        if anchor is None or counts[anchor] < 2:  # None: removed above; the rest are fewer
            break
        for read, counted, apart in with_slots(lines, forms, counts, anchor):
            if counted[anchor] + 1 < best_named:  # a record starts at an anchor's line
                break  # or over the first: this reading names fewer, spare its pass
            group, at = _group(read, counted, anchor)
            spans = _records(lines, read, Template(group, at))
            if len(spans) < RECORDS:
                continue
            spans = after_article(spans, prose())
            named = sum(1 for span in spans if span.author)  # a record of the page's chrome: none
            if (
                (named, -1 if apart else len(group)) > (best_named, width)  # apart: named more
                and signed(spans)
                and discussed(lines, spans)
                and have_own_text(lines, read, spans)
                and (not apart or worded(read, spans))
                and not teasers(lines, spans)
                and not live_entries(lines, spans)
            ):
                best, width, best_named = spans, len(group), named
    return best


def _group(
    forms: list[str | None], counts: Counter[str | None], anchor: str
) -> tuple[list[str], int]:
    """The forms most of the anchor's places carry around it, line by line, up to text
    on either side (the list's last place has no header of a record under it, its first
    no footer over it: most of the others do); and the anchor's place among them."""
    places = array("l", (i for i, form in enumerate(forms) if form == anchor))
    before = _side(forms, counts, places, -1) if not holds_text(anchor) else []
    after = _side(forms, counts, places, 1) if not holds_text(anchor) else []
    return [*reversed(before), anchor, *after], len(before)


def _side(
    forms: list[str | None], counts: Counter[str | None], places: array[int], step: int
) -> list[str]:
    found: list[str] = []
    alive = bytearray(b"\x01") * len(places)  # a byte a place: a page may have 100,000
    anchor = forms[places[0]]
    end = len(places) - 1 if step == 1 else 0
    for distance in range(1, GROUP):
        seen: Counter[str] = Counter()
        for k, i in enumerate(places):
            j = i + step * distance
            form = forms[j] if 0 <= j < len(forms) else None
            if not alive[k] or form is None or form == anchor or counts[form] < 2:
                alive[k] = 0
            elif k != end:  # past the list's end: the page's lines, no record's
                seen[form] += 1
        if not seen:
            break
        form, count = seen.most_common(1)[0]
        if count < SHARE * (len(places) - 1) or (step == -1 and holds_text(form)):
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
    if 0 < split < width:
        bounds = sorted({*bounds, *gapped(forms, group[:split], group[split:], starts)})
    spans = [CommentSpan(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    return name_records(lines, forms, template, spans)
