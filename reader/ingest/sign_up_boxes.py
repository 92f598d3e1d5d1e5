"""A sign-up box copied into the body: its title that invites the reader ("Sign up for
The Morning Tide", "Newsletter"), a line or two saying what it sends, the form's field
and button ("Email address", "Subscribe"). Site furniture, however much its blurb reads
like a sentence of the article: a title that invites, and a form's line under it.
"""

from __future__ import annotations

import re

from reader.ingest.chrome import invites, is_chrome
from reader.ingest.lines import Line, ends_sentence, word_count

BOX_LINES = 5  # lines under the box's title, at most, to its last field or button
TITLE_WORDS = (3, 8)  # the box's title's words, at least (a button, "Subscribe", is
# no title) and at most
BLURB_WORDS = 20  # a line's words in the box, at most (a paragraph is no part of it)
FORM_WORDS = 4  # a form's field or button: "Email address", "Enter your email", "Sign up"
_FIELD = re.compile(r"\be-?mail\b", re.IGNORECASE)


def box_at(lines: list[Line], i: int) -> int:
    """The number of lines of a sign-up box whose title is line i (0 for none): the
    title, what stands under it, to its last field or button and a note under that."""
    title = lines[i].text
    low, high = TITLE_WORDS
    if ends_sentence(title) or not low <= word_count(title) <= high or not invites(title):
        return 0
    last = 0
    for k in range(i + 1, min(len(lines), i + 1 + BOX_LINES)):
        text = lines[k].text
        if word_count(text) > BLURB_WORDS:
            break
        if _form(text):
            last = k
    if not last:
        return 0
    while last + 1 < len(lines) and _note(lines[last + 1].text):
        last += 1  # "Thanks for signing up!" under the button
    return last + 1 - i


def _form(text: str) -> bool:
    """A form's field or button: a short line asking for an email or inviting ("Sign
    up"); an advertisement's or a share row's line is none."""
    short = is_chrome(text) or word_count(text) <= FORM_WORDS
    return short and (invites(text) or _FIELD.search(text) is not None)


def _note(text: str) -> bool:
    return word_count(text) <= TITLE_WORDS[1] and invites(text)
