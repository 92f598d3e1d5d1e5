"""Replies a copy nests by a bar before each of their lines ("| ", "> ", "│ "), once a
level ("| | " a level deeper): the bars are the page's layout, not the reply's words.

A run of barred lines is a nested record when its first line, past the bars, has the
form of a record's header (comment_forms.py: no sentence, a number in it: a date or a
count) that stands unbarred at two places of the page or more; a quote ("> " before a
sentence of the parent) has no such form. Such runs lose their bars, each bar a step of
indentation (comment_indent.py nests by it), before the page's comments are sought.
"""

from __future__ import annotations

import re

from reader.ingest.comment_forms import holds_text, line_form
from reader.ingest.lines import Line, new_line

BARS = "|>│┃"
_BARS = re.compile(r"(?:[|>│┃] ?)+")
_HEADERS = 2  # unbarred lines of the run's form at least: the page's records


def unbar(lines: list[Line]) -> None:
    """Take the bars off the runs of barred lines that are nested records (in place)."""
    runs = _runs(lines)
    if not runs:
        return  # most pages: no line opens with a bar
    heads = [(start, end, _header_form(lines[start])) for start, end in runs]
    forms = {form for _, _, form in heads} - {None}
    if not forms:
        return
    seen: dict[str | None, int] = {}  # unbarred lines of each form
    for line in lines:
        if line.text[:1] not in BARS and (form := line_form(line.text)) in forms:
            seen[form] = seen.get(form, 0) + 1
    for start, end, head in heads:
        if seen.get(head, 0) >= _HEADERS:
            for k in range(start, end):
                lines[k] = _without_bars(lines[k])


def _runs(lines: list[Line]) -> list[tuple[int, int]]:
    """The runs of two barred lines or more, as (first, past the last)."""
    marked = [k for k, line in enumerate(lines) if line.text[:1] in BARS]
    runs: list[tuple[int, int]] = []
    for k in marked:
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return [(start, end) for start, end in runs if end - start >= 2]


def _header_form(line: Line) -> str | None:
    """The form of a barred line past its bars when a header could have it."""
    form = line_form(_without_bars(line).text)
    return form if form is not None and "9" in form and not holds_text(form) else None


def _without_bars(line: Line) -> Line:
    match = _BARS.match(line.text)
    if match is None or match.end() == len(line.text):
        return line
    depth = sum(1 for c in match.group() if c in BARS)
    return new_line(Line, (line.number, line.text[match.end() :], line.indent + depth))
