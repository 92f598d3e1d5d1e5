"""Lines a page prints between two records, under the first one's closing actions and
over the next one's header: a collapsed thread's summary ("6 replies by Ann Lee and Bo
Sand", "Ann Lee replied · 3 replies") or a timeline's event ("ann added the bug label
2 days ago"). They count replies or date an event, so they hold a number; they say no
sentence; and no writer's text stands after the actions that close the writer's record.
They are the layout's (action lines), not the text of the record over them."""

from __future__ import annotations

from reader.ingest.comment_line_kinds import HEADER_WORDS, SHARE, SHORT, positions
from reader.ingest.comment_name_lines import COUNT
from reader.ingest.lines import Line, ends_sentence, word_count

BETWEEN = 2  # such lines between two records, at most


def between_records(lines: list[Line], letters: list[str]) -> None:
    """Marks as actions (A) the lines between records (see the module's docstring):
    at most BETWEEN lines under an action line that closes a text (a text line right
    over the actions), each short, no sentence, with a number of its own, right over a
    name or a header line. A header line there is one too ("ravi removed the label 2
    days ago", read as a name and a date): no text stands under it, another header does.
    Where such lines stand between most records, they are the headers' own first lines
    ("7/10  Fares at last" over "Ann Lee · Kelpwick · DATE"), not the page's: the page
    puts its summaries and events between some records only."""
    size = len(letters)
    gaps = alike = 0  # the places right under actions that close a text; such lines there
    found: list[range] = []
    for acts in positions("".join(letters), "A"):  # most lines are no action's
        i = acts + 1
        if i >= size or letters[i] == "A" or not _closes_text(letters, acts):
            continue
        gaps += 1
        if not _may_be(lines[i].text):
            continue
        run = i + 1  # the lines that may be between, from i
        while run - i < BETWEEN and run < size and letters[run] in "TH" and _may(lines, run):
            run += 1
        end = next((k for k in range(run, i, -1) if k < size and _heads(letters, i, k)), None)
        if end is None:
            continue
        alike += 1  # whatever the first one's letter: "8/10  Worth it" read as a name
        if letters[i] in "TH":
            found.append(range(i, end))
    if not found or alike >= SHARE * gaps:
        return
    for places in found:
        for k in places:
            letters[k] = "A"


def _heads(letters: list[str], first: int, k: int) -> bool:
    """Does a record's header start at ``k``, under the lines from ``first``: a name or
    a header line, a header line only under a header line (under "DATE | Deleted user"
    the name-like "[removed]" is that record's text)?"""
    return letters[k] in ("HS" if "H" in letters[first:k] else "NHS")


def _may(lines: list[Line], k: int) -> bool:
    return _may_be(lines[k].text)


def _may_be(text: str) -> bool:
    """Short, no sentence, a number of its own (the cheap tests first)."""
    return (
        len(text) <= SHORT
        and COUNT.search(text) is not None
        and not ends_sentence(text)
        and word_count(text) <= HEADER_WORDS
    )


def _closes_text(letters: list[str], k: int) -> bool:
    """Does the run of action lines ending at ``k`` stand right under a text line?"""
    while k > 0 and letters[k] == "A":
        k -= 1
    return letters[k] == "T"
