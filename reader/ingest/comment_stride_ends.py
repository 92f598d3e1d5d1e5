"""Where a record starts within the group a comment list repeats (comment_strides.py),
read from the list's two ends: the lines over the first comment's text repeat the
group's last forms (its header), the lines under the last one's its first forms (its
footer). Where one part is empty, the text at that end runs up to the nearest line
with a form and no sentence ("Comments" over it, "About us" under it). A group found at
neither end is a header, unless text stands over its first place and none under its
last: then it signs the text over it (a footer: "— Name, 4 March 2026"). A line or two
of no sentence may stand between a footer and the next header ("View 4 more replies").
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.ingest.comment_forms import holds_text
from reader.ingest.lines import Line

GAP = 2  # short lines under a record's footer, before the next record's header, at most


@dataclass(slots=True)
class Ends:
    split: int  # the group's forms before it close a record (footer), the rest open one
    first: int | None  # where the list's first record starts, over the first group
    last: int | None  # where its last ends, under the last group


def split_group(forms: list[str | None], group: list[str], starts: list[int], longest: int) -> Ends:
    """The split whose header stands over the first text and whose footer under the
    last, both if one does (``longest``: lines a text may take); on a tie the header
    holds more of the group (most lists print a header)."""
    width, least = len(group), 0 if holds_text(group[-1]) else 1
    best, found_best = Ends(0, None, None), 0
    for split in range(1, width + 1):
        head, foot = group[split:], group[:split]
        ends = Ends(split, None, None)
        if head:
            top = max(starts[0] - longest, len(head))
            for p in range(starts[0] - least, top - 1, -1):
                if forms[p - len(head) : p] == head:
                    ends.first = p - len(head)
                    break
        after = starts[-1] + width
        for q in range(after + least, min(after + longest, len(forms) - len(foot)) + 1):
            if forms[q : q + len(foot)] == foot:
                ends.last = q + len(foot)
                break
        found = (ends.first is not None) + (ends.last is not None)
        if found > found_best:
            best, found_best = ends, found
    if (
        not found_best
        and least  # a group whose line holds the text is a record of its own
        and _text(forms, starts[0] - 1)
        and not _text(forms, starts[-1] + width)
    ):
        return Ends(width, None, None)  # text over the first group, none under the last
    return best


def _text(forms: list[str | None], i: int) -> bool:
    """Is line ``i`` a comment's text (a sentence, or text after a label)?"""
    return 0 <= i < len(forms) and ((form := forms[i]) is None or holds_text(form))


def text_start(forms: list[str | None], i: int, longest: int) -> int | None:
    """Where the first record's text starts with no header over it: under the nearest
    line above with a form (a sentence has none)."""
    start = i
    while start > 0 and i - start < longest and forms[start - 1] is None:
        start -= 1
    return start if start < i else None


def text_end(lines: list[Line], forms: list[str | None], i: int, longest: int) -> int:
    """Where the last record's text ends with no footer under it: at the nearest line
    with a form that carries no text of its own."""
    end = i
    while end < len(lines) and end - i < longest:
        form = forms[end]
        if form is not None and not holds_text(form):
            break
        end += 1
    return end


def gapped(
    forms: list[str | None], foot: list[str], head: list[str], starts: list[int]
) -> list[int]:
    """Where a header opens a record a line or two under the footer before it, short
    lines of no sentence between ("View 4 more replies" after a thread's last reply)."""
    found = []
    whole = set(starts)
    for i in range(len(forms) - len(foot)):
        if forms[i : i + len(foot)] != foot or i in whole:
            continue
        after = i + len(foot)
        for q in range(after + 1, min(after + GAP, len(forms) - len(head)) + 1):
            between = forms[q - 1]
            if between is None or holds_text(between):
                break
            if forms[q : q + len(head)] == head:
                found.append(q)
                break
    return found
