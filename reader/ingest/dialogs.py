"""A notice the site puts to the reader and the choices it offers under it: a consent
box's sentence over "Allow all cookies" and "Let me choose", an app bar's over "Open in
app" and "Not now". No list of labels names the choices (each site words its own): a
choice is told by its form, a short line that is no sentence, standing with another one
right under a sentence addressed to the reader. The choices end where the page's own
text starts: past the first two, a short line whose longer words the prose under it
uses again (a short headline, told again in its lead) is the page's, not the box's."""

from __future__ import annotations

from reader.ingest.byline_marks import READ
from reader.ingest.chrome import ADDRESSED, is_chrome
from reader.ingest.line_kinds import is_meta, is_prose
from reader.ingest.lines import Line
from reader.ingest.text_shape import word_count, words
from reader.ingest.unmarked_bylines import unmarked_byline
from reader.model.tables import CELL_GAP

CHOICE_WORDS = 6  # a choice is a few words: "Allow all", "No, take me to the settings"
CHOICES = (2, 4)  # choices in a row under the notice: more are a menu
NOTICE_WORDS = (4, 40)  # a notice is a sentence or two, no paragraph of a story
_SENTENCE_END = (".", ":", ";", ",", '"', "”")
_NOTICE_END = (".", "!", "?")
OWN_WORD = 4  # letters of a word the page's prose under a line may use again
PROSE_REACH = 12  # lines under a short line where the page's prose is sought


def is_choice(text: str) -> bool:
    """A line that may be a choice offered to the reader: a few words, no sentence, no
    table's row of cells, no date or byline, no listed button (a share bar's "Email" or
    "Print" offers nothing)."""
    return (
        0 < word_count(text) <= CHOICE_WORDS
        and CELL_GAP.search(text) is None
        and not text.rstrip().endswith(_SENTENCE_END)
        and not is_chrome(text)
        and not is_meta(text)
    )


def choices_under(lines: list[Line], i: int) -> int:
    """How many choices stand in a row under line i when it is a notice to the reader (a
    sentence or two addressed to them, "we" or "you"); 0 when it is none, or when the
    short lines under it are too few or too many (a menu) to be its choices."""
    text = lines[i].text
    n = word_count(text)
    if not NOTICE_WORDS[0] <= n <= NOTICE_WORDS[1] or not text.rstrip().endswith(_NOTICE_END):
        return 0
    if ADDRESSED.search(text) is None:
        return 0
    count = 0
    while i + 1 + count < len(lines) and _offered(lines, i + 1 + count):
        count += 1
        if count > CHOICES[1]:
            return 0
    after = i + 1 + count
    if after < len(lines) and is_prose(lines[after].text) and _in_text(lines, i):
        return 0  # the text goes on under them: a list it opens ("four things: …"), no box
    if count < CHOICES[0]:
        return 0
    # from the third on, a line the prose under it tells again is the page's, not a choice
    return next((k for k in range(CHOICES[0], count) if _told_below(lines, i + 1 + k)), count)


def _told_below(lines: list[Line], j: int) -> bool:
    """Do the prose lines under line j use one of its longer words again? A box's choice
    ("Manage choices") speaks of the box; the page's own short line (its headline) of the
    story its lead tells."""
    mine = {w.lower() for w in words(lines[j].text) if len(w) >= OWN_WORD}
    if not mine:
        return False
    for line in lines[j + 1 : j + 1 + PROSE_REACH]:
        if is_prose(line.text) and mine & {w.lower() for w in words(line.text)}:
            return True
    return False


def _offered(lines: list[Line], j: int) -> bool:
    """Is line j a choice where it stands: no byline read with the lines around it
    ("Ann Lee" over "6 min read"), no reading time: a headline's own lines under it."""
    text = lines[j].text
    if not is_choice(text) or READ.search(text) is not None:
        return False
    above = lines[j - 1].text if j > 0 else ""
    under = lines[j + 1].text if j + 1 < len(lines) else ""
    return unmarked_byline(above, text, under) is None


def in_notice(lines: list[Line], i: int) -> bool:
    """Is line i one of a notice's choices? Of three short lines or more under a notice,
    the last may be the page's own (a short headline right under the box): only a pair
    is a notice's choices to its last line."""
    if not _offered(lines, i):
        return False
    for k in range(1, min(i, CHOICES[1]) + 1):
        count = choices_under(lines, i - k)
        if k < count or k == count == CHOICES[0]:
            return True
    return False


def _in_text(lines: list[Line], i: int) -> bool:
    """Does line i stand inside the page's text, under its byline, its date or a
    paragraph? A notice's box stands over the page (over its headline, after a menu)."""
    return i > 0 and (is_meta(lines[i - 1].text) or is_prose(lines[i - 1].text))
