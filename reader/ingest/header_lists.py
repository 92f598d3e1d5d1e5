"""Lines alike in form with each other: the summary points or bullets a page prints
between its headline and its byline ("• The ferry has been closed three times" over two
more such lines). A list is told by its lines' likeness, not by their words: each a
few words to a long sentence, none a byline or date, all opening on the same bullet
mark (or none) and all ending alike (each on a full stop, or none). Two marked lines
make a list; unmarked, it takes three (a headline and its dek may be alike).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.ingest.lines import Line, ends_sentence, is_meta, word_count

BULLETS = "•·*-–—▪►"  # a mark opening a list's line, a space after it
MARKED_LINES = 2  # lines of a list whose lines open on a bullet mark, at least
PLAIN_LINES = 3  # lines of a list with no marks, at least
POINT_WORDS = (4, 30)  # a point's words, at least and at most
LEADER_WORDS = 3  # a line of no more words over a list is a label or a menu's, no headline


def point_form(text: str) -> tuple[str, bool] | None:
    """(its bullet mark or "", whether it ends a sentence) of a line that may be a
    list's point; None for a line that may not (a byline, a date, a word or two, a
    paragraph)."""
    least, most = POINT_WORDS
    if not least <= word_count(text) <= most or is_meta(text):
        return None
    mark = text[0] if text[:1] in BULLETS and text[1:2] == " " else ""
    return mark, ends_sentence(text)


def is_list(texts: Sequence[str], leader: str) -> bool:
    """Are these lines a list under the ``leader`` line: alike in form and length,
    enough of them for their marks, the leader not one of them (a headline is longer
    than its points, or shaped otherwise)?"""
    if word_count(leader) <= LEADER_WORDS:
        return False  # a label's or a menu's words over the lines: they follow no headline
    forms = [point_form(text) for text in texts]
    first = forms[0] if forms else None
    if first is None or any(form != first for form in forms):
        return False
    sizes = sorted(word_count(text) for text in texts)
    middle = sizes[len(sizes) // 2]
    if not all(_near(size, middle) for size in sizes):
        return False
    if point_form(leader) == first and _near(word_count(leader), middle):
        return False
    return len(texts) >= (MARKED_LINES if first[0] else PLAIN_LINES)


def _near(size: int, other: int) -> bool:
    """Are two lines' word counts alike (a headline is longer than its points)?"""
    return abs(size - other) * 2 <= other


def in_points(lines: Sequence[Line], i: int) -> bool:
    """Is line i a point of a list under a headline: lines alike in form with it, over a
    byline or date, under a line of another form (the headline they follow)? A line of
    a list is no headline; a list under a menu's words or a label follows none."""
    form = point_form(lines[i].text)
    if form is None:
        return False
    size = word_count(lines[i].text)

    def alike(k: int) -> bool:  # of its form and length
        return point_form(lines[k].text) == form and _near(word_count(lines[k].text), size)

    top, end = i, i
    while top > 0 and alike(top - 1):
        top -= 1
    while end + 1 < len(lines) and alike(end + 1):
        end += 1
    if top == 0 or end + 1 >= len(lines) or not is_meta(lines[end + 1].text):
        return False
    leader = lines[top - 1].text
    points = [x.text for x in lines[top : end + 1]]
    return is_list(points, leader)
