"""The author of records cut from a repeated group (comment_strides.py): the place of
the group whose names differ most from record to record, and in its line the first
piece that is a name, once the date, the marks and the template's own words are taken
out: the words every record repeats there ("Reviewed by … on", "… from … wrote on").
"""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.comment_forms import label_of
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import DATE_NUMBERS, initials_of, is_name
from reader.ingest.comment_stride_dates import date_span
from reader.ingest.lines import Line

MANY = 3  # words every one of this many records repeats at a place are the template's

_PIECES = re.compile(r"\s*(?:[·•|—–\t\[\]()<>:]|\s-\s|,(?=\s|$))\s*")
_NUMBER_WORD = re.compile(r"(?:^|\s)\d[\d,.]*(?:\s|$)")

Words = dict[int, frozenset[str]]  # a place: the words every record repeats there


def template_words(lines: list[Line], places: list[dict[int, int]]) -> Words:
    """Each place's words that every record holding it repeats, where MANY do."""
    held: Counter[int] = Counter()
    words: dict[int, Counter[str]] = {}
    for at in places:
        for p, i in at.items():
            if p >= 0:
                held[p] += 1
                words.setdefault(p, Counter()).update(set(lines[i].text.split(" ")))
    return {
        p: frozenset(w for w, n in counted.items() if n == held[p])
        for p, counted in words.items()
        if held[p] >= MANY
    }


def author_place(
    lines: list[Line], places: list[dict[int, int]], constant: set[int], template: Words
) -> int | None:
    """The place whose names differ most (on a tie the first), but for an avatar's
    initials of the name at another place ("AL" over "Ann Lee")."""
    names: dict[int, set[str]] = {}
    avatars: Counter[int] = Counter()  # records whose line at a place is the initials of a name
    for at in places:
        named: dict[int, str] = {}
        for p, i in at.items():
            if p >= 0 and p not in constant and (name := name_in(lines[i].text, template, p)):
                names.setdefault(p, set()).add(name)
                named[p] = name
        avatars.update(
            p for p, short in named.items() if any(initials_of(short, n) for n in named.values())
        )
    if not names:
        return None
    return max(names, key=lambda p: (avatars[p] < SHARE * len(places), len(names[p]), -p))


def name_in(text: str, template: Words, place: int) -> str | None:
    """The first piece of a header line that is a name, the date, marks and the
    template's words taken out."""
    label = label_of(text)
    if (dated := date_span(label)) is not None:
        label = label[: dated[0]] + "\t" + label[dated[1] :]
    if (words := template.get(place)) or DATE_NUMBERS.search(label):
        label = " ".join(  # the template's words; a date's word the date reader left
            "\t" if (words and w in words) or DATE_NUMBERS.search(w) else w
            for w in label.split(" ")
        )
    for piece in _PIECES.split(label):
        if piece and is_name(piece) and not _NUMBER_WORD.search(piece):
            return piece
    return None
