"""Replies that say what they answer by the number the answered comment's header shows:
"#12 ↪ #9 Ann Lee", "No.48210009" over ">>48210004". Whatever the marks, where most
records' headers open their first line with a number of their own after a mark ("#3",
"No.48210009"; not a date's or a time's parts, not a count after a space), rising down
the page, that number names the record; a later record that cites one of them after a
mark, in its header past its own, opening the line under it or anywhere in a short one
("re: #9"), answers that record: the mark written as a cite's (">>9", the records' own
"#9", "↪9"), not a vote's "+2" nor a price's "£2". The answers make an outline
(comment_outline.py nests it, evidence ``MARKUP``); the cited number is no part of the
writer's name."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import MARKERS, CommentSpan, is_mark
from reader.ingest.lines import Line, ends_sentence

_DIGITS = re.compile(r"\d+")
_JOINS = "/:.,-"  # between a date's, a time's or a number's parts ("03/04", "18:16", "1,204")
UNDER = 2  # lines under the header a cited number may open
CITE_LINE = 32  # or stand in anywhere, on a line this short ("(reply to message #3)")
Cited = tuple[int, int, int]  # a marked number: its value, where it starts, where it ends


class _Known(NamedTuple):
    """What the records before have shown: their places, by number, and the mark before
    their own numbers ("#", "No.")."""

    places: dict[int, str]
    mark: str


def marked_numbers(text: str) -> list[Cited]:
    """The numbers of a line that follow a mark ("#9", ">>48210004", "No.12"), none a
    part of a date, a time or a longer number, nor of a word ("user12")."""
    found = []
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        if before.isspace() or before.isalnum() or before == "_":
            continue  # a count after a space ("12 points"), a handle's digits
        if before in _JOINS and start >= 2 and text[start - 2].isdigit():
            continue  # "03/04": the second part of a date
        if after[:1].isalnum() or (after[:1] in _JOINS and after[1:2].isdigit()):
            continue  # "18:16", "1,204", "3rd"
        found.append((int(match.group()), start, end))
    return found


def cited_places(lines: list[Line], spans: list[CommentSpan]) -> None:
    """Each record's outline place (``place``) from the numbers its header shows and
    cites, where most records open with a number of their own and at least one cites
    an earlier one's; a cited number is cut from the front of its author."""
    if len(spans) < 3 or spans[0].place is not None:
        return
    if spans[0].kind != "comment" or not marked_numbers(lines[spans[0].start].text):
        return  # most pages: the first record shows no number of its own
    heads = [marked_numbers(lines[s.start].text) if s.kind == "comment" else [] for s in spans]
    own = [found[0][0] if found else None for found in heads]
    known = [n for n in own if n is not None]
    if own[0] is None or len(known) < SHARE * len(spans) or any(b <= a for a, b in pairwise(known)):
        return  # most pages: no number of its own, or a count that does not rise
    first = lines[spans[0].start].text
    own_mark = _mark(first, heads[0][0][1]).lstrip("([{")  # "#", "No.": the records' own
    places: dict[int, str] = {}
    answers: list[tuple[CommentSpan, str | None, Cited | None]] = []
    for span, number, found in zip(spans, own, heads, strict=True):
        if number is None:
            answers.append((span, None, None))
            continue
        cited = _cited(lines, span, found[1:], _Known(places, own_mark))
        places[number] = str(number) if cited is None else f"{places[cited[0]]}.{number}"
        answers.append((span, places[number], cited))
    if all(cited is None for _, _, cited in answers):
        return  # numbered records, none answering another: no outline
    for span, path, cited in answers:
        span.place = path
        if cited is not None and cited[2] and span.author:  # cited in the header
            mark = lines[span.start].text[cited[1] - 1 : cited[2]]
            span.author = _without_cited(span.author, mark)


def _mark(text: str, start: int) -> str:
    """The marks glued before the number at ``start`` ("#", ">>", "No.", "+")."""
    return text[:start].rsplit(None, 1)[-1] if text[:start].strip() else ""


def _cites(text: str, found: Cited, known: _Known) -> bool:
    """Whether the marked number ``found`` cites an earlier record: its number is one
    of theirs (``known``) and its mark
    a cite's (">>", the records' own mark, a reply arrow), not "+" nor "£"."""
    mark = _mark(text, found[1])
    cite = mark.endswith((">>", known.mark or ">>")) or mark[-1:] in MARKERS
    return cite and found[0] in known.places


def _cited(lines: list[Line], span: CommentSpan, after: list[Cited], known: _Known) -> Cited | None:
    """The earlier record's number this one cites: in its header after its own, or
    opening one of the UNDER lines under it, or anywhere in such a line of CITE_LINE
    characters at most that is no sentence."""
    for cited in after:
        if _cites(lines[span.start].text, cited, known):
            return cited
    for k in range(span.start + 1, min(span.end, span.start + 1 + UNDER)):
        text = lines[k].text
        alone = len(text) <= CITE_LINE and not ends_sentence(text)  # "re: #3", not
        # "Stop #1 has no shelter.": a sentence says something, not what it answers
        found = marked_numbers(text if alone else text[:16])
        if found and (found[0][1] <= 3 or alone) and _cites(text, found[0], known):
            return found[0][0], 0, 0  # on a line of its own: nothing to cut from the name
    return None


def _without_cited(author: str, mark: str) -> str:
    """The author without the cited number (``mark``: it and its mark) and the marks
    before it, where the author holds it at its front ("↪ #9 Ann Lee": "Ann Lee")."""
    at = author.find(mark)
    if at < 0 or not is_mark(author[:at]):
        return author
    return author[at + len(mark) :].strip(" ·•|,–—-") or author
