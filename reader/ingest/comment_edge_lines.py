"""Lines the page puts at records' edges: the same short line (digits masked) opening or
closing the text of several records is the layout's control or the page's own line
between records ("load more comments (5 replies)", "Continue reading below"), not what
each writer said: writers do not repeat each other's lines word for word at the same
place. A record's only line of text stays its text ("Agreed."), a sentence stays (two
replies may quote one line of their parent), a line naming a writer of the list stays
("In reply to Ann Lee", "Replying to @ann": it says what the record answers)."""

from __future__ import annotations

from collections import Counter

from reader.ingest.comment_lead_words import masked_digits
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.lines import Line, ends_sentence, word_count
from reader.ingest.mentions import leading_mentions, quoting

REPEATS = 2  # writers at whose records' edge the line stands, at least
WORDS = 6  # such a line holds at most this many words


def edge_controls(lines: list[Line], spans: list[CommentSpan]) -> None:
    """Adds to each record's buttons the lines at its text's edges that several records
    repeat there (see the module's docstring). Only short lines are counted (most edges
    are sentences: a long thread's counter stays small)."""
    found: list[tuple[int, int, str]] = []  # (record, line, masked text) of short edges
    for r, span in enumerate(spans):
        found += [(r, k, masked_digits(lines[k].text)) for k in _edges(span) if _short(lines[k])]
    writers = {(spans[r].author or r, text) for r, _, text in found}  # one writer's own
    seen = Counter(text for _, text in writers)  # sign-off is his: writers each line has
    if max(seen.values(), default=0) < REPEATS:
        return  # no line repeats: the common case, before the names are gathered
    names = {span.author for span in spans if span.author}
    shown = {text: lines[k].text for _, k, text in found}  # one line of each as shown
    controls = {t for t, n in seen.items() if n >= REPEATS and _names_no_one(shown[t], names)}
    for r, k, text in found:
        if text in controls:
            spans[r].buttons = (*spans[r].buttons, k)


def _edges(span: CommentSpan) -> tuple[int, ...]:
    """The first and last lines of a record's text, where it holds two lines or more
    (the line its own number opens is the record's: "12. …")."""
    meta, buttons = span.meta, span.buttons
    start = span.start + (span.number is not None)
    text = [k for k in range(start, span.end) if k not in meta and k not in buttons]
    return (text[0], text[-1]) if len(text) > 1 else ()


def _short(line: Line) -> bool:
    """A line of WORDS words at most, no sentence (the cheap test first)."""
    return len(line.text) < 80 and word_count(line.text) <= WORDS and not ends_sentence(line.text)


def _names_no_one(text: str, names: set[str]) -> bool:
    """Does the line name no writer of the list nor whom a reply answers ("Replying to
    @ann", "Ann Lee wrote:"), no "@" in it?"""
    return (
        "@" not in text
        and not any(name in text for name in names)
        and not leading_mentions(text)
        and not quoting(text)
    )
