"""A headline over two lines: the copy wrapped a long headline (or the page broke it)
and its second line stands under the first, before the dek and byline. The second line
goes on the phrase the first leaves open: it opens in lower case ("Harbour board
delays" / "winter timetable again"), or the first ends on a word that never ends a
headline ("Harbour board delays the" / "Winter timetable"). A dek opens a sentence of
its own in capitals: it is never the headline's second line, nor is a writer's role over
their byline ("staff writer" over "Ann Lee" and the date: the byline's).
"""

from __future__ import annotations

from reader.ingest.chrome import is_chrome
from reader.ingest.headline import TITLE_WORDS
from reader.ingest.lines import Line, is_caption, is_meta, word_count
from reader.ingest.unmarked_bylines import role_by_name

FIRST_WORDS = 2  # the first line's, at least (a wrapped line is a long one; a word alone
# over a line is a label or a menu's last item)
SECOND_WORDS = 14  # the second line's words, at most
SECOND_WORDS_LOWER = 2  # at least, when only its lower case joins it: a word alone
# under a title is the page's term in its own case ("The Deleuze dictionary" / "synapse")
_OPEN_ENDS = frozenset(  # articles, prepositions, conjunctions, possessives
    ["a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "with", "by", "and",
     "or", "but", "as", "into", "over", "under", "about", "its", "their", "his", "her",
     "our", "your", "this", "that"]
)  # fmt: skip
_CLOSED = '.!?:;…"”’),-–—|'  # a sentence's end, a quote's, a list's comma, a separator


def _goes_on(first: str, second: str) -> bool:
    """Does ``second`` go on the phrase ``first`` leaves open?"""
    if not second or not first or first[-1] in _CLOSED or second.endswith("."):
        return False  # a sentence under it is a dek ("… to carry on" / "The strike was …")
    if (
        word_count(first) < FIRST_WORDS
        or word_count(second) > SECOND_WORDS
        or word_count(first) + word_count(second) > TITLE_WORDS  # a plain title's length
    ):
        return False
    if any(is_meta(x) or is_caption(x) or is_chrome(x) for x in (first, second)):
        return False  # "Sign in" over the headline is the menu's, not the headline's
    last = first.split()[-1].lower()
    if last in _OPEN_ENDS:
        return True
    return second[0].islower() and word_count(second) >= SECOND_WORDS_LOWER


def headline_lines(lines: list[Line], head: int, start: int) -> tuple[int, int]:
    """The first and last index of the headline found at ``head``: its line, with the
    line under it (above the body's ``start``) that goes on its phrase, or the line
    above it whose phrase it goes on."""
    if head + 1 < start and _goes_on(lines[head].text, lines[head + 1].text):
        under = [x.text for x in lines[head + 2 : head + 4]] + ["", ""]
        if not role_by_name(lines[head + 1].text, under[0], under[1]):
            return head, head + 1
    if head > 0 and _goes_on(lines[head - 1].text, lines[head].text):
        return head - 1, head
    return head, head
