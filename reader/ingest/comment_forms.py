"""The form of a line, whatever its words: what a comment template repeats.

A line's form keeps its shape and drops its words: a run of capitalised words (a name,
"Mar") is "A", of lower-case ones "a", a number ("3", "1,204", "21") "9", a run of
symbols ("★★★☆☆", "👍") "*", other marks stay ("[9:9] A:", "A · A 9, 9 a 9:9", "9 a").
A line copied from a table is the forms of its cells but the last, a tab between; a
line that opens with a short label ("[14:02] Ann Lee: …", "Ann Lee: …") the label's
form and "…", the text after it being the comment's. A long line with neither has no
form, nor has a sentence: they are text; but a line that ends with a colon after a
date opens a record ("… wrote on 5 May 2026:").
"""

from __future__ import annotations

import re
import unicodedata

from reader.ingest.comment_spans import is_name
from reader.ingest.dates import has_date
from reader.ingest.text_shape import ends_sentence
from reader.model.tables import CELL_GAP

LONGEST = 100  # a line longer than this is text, but for its label
LABEL = 40  # a label before ": " at most this long
LABEL_WORDS = 6

_TOKEN = re.compile(r"(\d(?:[\d,.]*\d)?)|([^\W\d_][\w'’.-]*)|(\S)")
_LABEL_END = re.compile(r":\s")
OPENERS = {"<": ">", "[": "]"}  # the brackets a label may stand in, each with its closer


def line_form(text: str) -> str | None:
    """The line's form (see the module's docstring), None for text."""
    if ("\t" in text or "   " in text) and len(cells := CELL_GAP.split(text)) > 1:
        return "\t".join([*(_shape(c) for c in cells[:-1]), "…"])
    if (label := _label(text)) is not None:
        return _shape(text[:label]) + ": …"
    if len(text) > LONGEST or (ends_sentence(text) and not is_name(text) and not _opens(text)):
        return None  # a sentence is text, however short ("Not again."); "Jo H." a name
    return _shape(text)


def _opens(text: str) -> bool:
    """Does the line open a dated record ("Ann from Kelpwick wrote on 5th May 2026:")?
    Its colon ends no sentence."""
    return text[-1:] == ":" and has_date(text)


def label_of(text: str) -> str:
    """The part of a line its form reads: a label, the cells but the last, or all."""
    if ("\t" in text or "   " in text) and (cells := list(CELL_GAP.finditer(text))):
        return text[: cells[-1].start()]
    label = _label(text)
    return text if label is None else text[:label]


def _label(text: str) -> int | None:
    """Where a short label before ": " ends, or one in brackets opening the line
    ("<ann_lee> …", "[Ann Lee] …"), when a sentence follows it (or a text longer than a
    header line): "Posts: 1,204 · Joined: Mar 2019" is a line of counts, "Re: subject
    « Reply #3 on: DATE »" a header, no label."""
    found = _LABEL_END.search(text, 0, LABEL + 2)
    if found is not None:
        end: int | None = found.start()
    elif text[:1] in OPENERS:
        end = text.find(OPENERS[text[0]] + " ", 2, LABEL + 2) + 1 or None
        if end is not None and _note_mark(text[1 : end - 1]):
            return None  # "[a] …", "[3] …": a note under the article, no writer's label
    else:
        return None
    if end is None or text[:end].count(" ") >= LABEL_WORDS:
        return None
    return end if ends_sentence(text) or len(text) > LONGEST else None


def _note_mark(inside: str) -> bool:
    """Is what the brackets hold a note's mark, one character or a number ("a", "3",
    "12")? A writer's name is longer, and no number."""
    return len(inside) == 1 or inside.isdigit()


def holds_text(form: str) -> bool:
    """Does a line of this form carry the comment's text after its label?"""
    return form.endswith("…")


def _shape(text: str) -> str:
    parts: list[str] = []
    for number, word, mark in _TOKEN.findall(text):
        if number:
            token = "9"
        elif word:
            token = "a" if word[0].islower() else "A"
        elif not mark.isascii() and unicodedata.category(mark) == "So":
            token = "*"  # a symbol: "★★★☆☆" and "★★☆☆☆" are one rating, whatever its stars
        else:
            token = mark
        if parts and token in "Aa*" and parts[-1] == token:
            continue  # a run of words of one case is one: "Ann Lee", "李娜" are "A"
        parts.append(token)
    return " ".join(parts)
