"""Articles pasted into a comment, recognised by their shape.

An article starts at a headline-shaped line (with a section label above it, if any)
that has a byline or a date line close under it, or that is followed by prose and
closed by a copyright line. It ends at its copyright line, at the next article's
start, or at the end of the comment. Nothing here depends on particular words.
"""

from __future__ import annotations

from reader.ingest.dates import is_date_line
from reader.ingest.headline import headline_shaped
from reader.ingest.lines import Line, is_byline, is_copyright, is_label, is_prose

HEADER_REACH = 8  # lines under a headline in which its byline or date must stand
MIN_PROSE = 3  # paragraphs an article needs


def _prose_count(lines: list[Line]) -> int:
    return sum(1 for line in lines if is_prose(line.text))


def _is_start(lines: list[Line], i: int, inside: bool) -> bool:
    """Does an article start at line i? ``inside``: an article is open above it.

    Inside an open article a related-article card (headline and byline) is not a
    new article: that takes a date line under the headline.
    """
    if not headline_shaped(lines[i].text):
        return False
    header = lines[i + 1 : i + 1 + HEADER_REACH]
    if inside:
        dated = any(is_date_line(x.text) for x in header)
    else:
        dated = any(is_byline(x.text) or is_date_line(x.text) for x in header)
    rest = lines[i + 1 :]
    if dated:
        return _prose_count(rest[:40]) >= MIN_PROSE
    if inside:
        return False
    end = next((k for k, x in enumerate(rest) if is_copyright(x.text)), None)
    return end is not None and _prose_count(rest[:end]) >= MIN_PROSE


def _next_start(lines: list[Line], position: int, inside: bool) -> int | None:
    last = len(lines) - MIN_PROSE  # a start needs MIN_PROSE prose lines under it
    return next((i for i in range(position, last) if _is_start(lines, i, inside)), None)


def _article_end(lines: list[Line], start: int) -> int:
    """After the copyright line, or where the next article starts, or at the end."""
    k = start + 1
    while k < len(lines):
        if is_copyright(lines[k].text):
            return k + 1
        if is_prose(lines[k].text):
            break
        k += 1
    following = _next_start(lines, k, inside=True)
    limit = len(lines) if following is None else following
    if following is not None and is_label(lines[following - 1].text):
        limit -= 1
    for j in range(k, limit):
        if is_copyright(lines[j].text):
            return j + 1
    return limit


def split_embedded(lines: list[Line]) -> list[tuple[bool, list[Line]]]:
    """Cut a comment's lines into runs: (is_article, lines), in order."""
    if len(lines) <= MIN_PROSE:  # too short to hold a headline and its prose
        return [(False, lines[:])] if lines else []
    runs: list[tuple[bool, list[Line]]] = []
    position = 0
    while (head := _next_start(lines, position, inside=False)) is not None:
        start = head  # the headline, or the section label over it
        if head > 0 and is_label(lines[head - 1].text) and head - 1 >= position:
            start = head - 1
        if start > position:
            runs.append((False, lines[position:start]))
        end = _article_end(lines, head)  # past the headline: the label is no end
        runs.append((True, lines[start:end]))
        position = end
    if position < len(lines):
        runs.append((False, lines[position:]))
    return runs
