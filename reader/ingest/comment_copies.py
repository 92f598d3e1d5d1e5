"""A reply that pastes a whole comment, its header too: the copy is no comment of its
own. Told by the header's (author, date) pair, where the page's dates tell comments
apart."""

from __future__ import annotations

from collections import Counter

from reader.ingest.comment_line_kinds import header_date
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.lines import Line

# The (author, date) pairs of the records so far, as a dictionary's keys: a set of a page's
# twenty thousand pairs was 2.1 MB, at the parse's peak, and the dictionary is 0.6 MB.
Seen = dict[tuple[str | None, str], None]


def dates_apart(lines: list[Line], letters: str, cores: list[int]) -> bool:
    """Do the records' dates tell them apart: do most of them carry a date no other
    one carries? A long thread dated by the day ("03/04/2026", "2 days ago") repeats
    each date hundreds of times, and someone who writes twice a day its (author, date)."""
    dates = Counter(_core_date(lines, letters, core) for core in cores)
    return sum(1 for n in dates.values() if n == 1) * 2 >= len(cores)


def _core_date(lines: list[Line], letters: str, core: int) -> str:
    """The date a record's core gives (a header line's from where its date starts)."""
    if letters[core] == "S":
        return lines[core + 1].text if core + 1 < len(lines) else ""
    text = lines[core].text
    return text[header_date(text) :] if letters[core] == "H" else text


def quoted(span: CommentSpan, spans: list[CommentSpan], seen: Seen) -> bool:
    """A header repeating an earlier comment's exact (author, date) pair is a pasted copy.

    A reply that quotes a whole comment pastes its "Name says:" and date lines too; the
    copy stays inside the reply. The same author posting twice in one minute is not a
    copy: that header directly follows its twin.
    """
    if span.date_text is None:
        return False
    key = (span.author, span.date_text)
    twin = bool(spans) and (spans[-1].author, spans[-1].date_text) == key
    if key in seen and not twin:
        return True
    seen[key] = None
    return False
