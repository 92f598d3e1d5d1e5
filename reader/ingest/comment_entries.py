"""A live blog's entries read as a comment list: records that name no writer, only a
time ("12 min ago"), with a title under it (short, no full stop, more than a name),
are the article's entries, unless the page's comment section header stands over
them ("Comments", "14 comments")."""

from __future__ import annotations

from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_sections import is_section_header
from reader.ingest.comment_spans import CommentSpan, is_name
from reader.ingest.dates import is_date_line
from reader.ingest.headline import headline_shaped
from reader.ingest.lines import Line, ends_sentence


def live_entries(lines: list[Line], spans: list[CommentSpan]) -> bool:
    """Do most records open with a time alone over a title, the writer (if any) read
    from the title's own words, and no comment section header above the first?"""
    if not spans:
        return False
    entries = sum(_entry(lines, span) for span in spans)
    if entries < SHARE * len(spans):
        return False
    return not any(is_section_header(line.text) for line in lines[: spans[0].start])


def _entry(lines: list[Line], span: CommentSpan) -> bool:
    """A record opened by date lines alone, then a title that names no writer."""
    k = span.start
    while k < span.end and is_date_line(lines[k].text):
        k += 1
    if k == span.start or k >= span.end:
        return False
    title = lines[k].text
    return (
        not ends_sentence(title)
        and not is_name(title)
        and headline_shaped(title)
        and (span.author is None or span.author in title)
    )
