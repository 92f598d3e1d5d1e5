"""A short headline over its dek, told from a kicker over a headline: the line under
it reads as a sentence that expands it, and it is no label the site repeats; and the
role line of a byline under the dek ("Staff reporter"), which is no headline."""

from __future__ import annotations

from reader.ingest.chrome import is_chrome
from reader.ingest.line_kinds import LABEL_WORDS
from reader.ingest.lines import Line, is_label, word_count
from reader.ingest.unmarked_bylines import ROLE_LINE, unmarked_byline
from reader.lexicon import AUXILIARIES

CLOSERS = "\"”’')"
QUOTES = '"“”‘’'
# A finite auxiliary (AUXILIARIES): a dek is a sentence and keeps it ("has scrapped"), a
# headline's headlinese drops it ("scraps"); a promo line over a headline stands over none


def reads_as_clause(text: str) -> bool:
    """Does the line read as a sentence with no full stop: in sentence case, with a
    lowercase finite auxiliary among its words, not asking, quoting nothing?"""
    if text.rstrip(CLOSERS).endswith("?") or any(q in text for q in QUOTES):
        return False
    words = text.split()
    low = sum(1 for w in words[1:] if w[:1].islower())
    return low * 2 >= len(words) - 1 and any(w in AUXILIARIES for w in words[1:])


def reads_as_dek(text: str) -> bool:
    """A sentence: a full stop (a headline may ask or exclaim, never state with one), or
    a clause with its finite auxiliary (reads_as_clause)."""
    return text.rstrip(CLOSERS).endswith((".", "…")) or reads_as_clause(text)


def heads_dek(lines: list[Line], i: int, start: int) -> bool:
    """Could line i be a short headline over its dek: one to four words, no label in
    capitals, no chrome, right over a line that is a sentence (reads_as_dek)? The
    feature asks too that the line is printed once (a kicker is a section's name the
    menus repeat) and that a byline or date stands under the dek (over_dek)."""
    text = lines[i].text
    if word_count(text) > LABEL_WORDS or is_label(text) or is_chrome(text):
        return False
    if i + 1 >= len(lines) or i + 1 > start:
        return False
    dek = lines[i + 1].text  # a sentence longer than a kicker, no "More..." link
    return word_count(dek) > LABEL_WORDS and not dek.endswith("...") and reads_as_dek(dek)


def printed_once(lines: list[Line], i: int) -> bool:
    """Is line i's text printed once on the page (a kicker is a section's name the menus
    print too)? Asked of a few lines a page: it reads every line."""
    key = lines[i].text.casefold()
    return sum(1 for x in lines if x.text.casefold() == key) == 1


def byline_role(lines: list[Line], i: int) -> bool:
    """Is line i the role under a byline's name ("Ann Lee" over "Staff reporter"): a role
    line that makes the name over it a byline? No headline."""
    if i < 2 or not ROLE_LINE.match(lines[i].text):
        return False
    return unmarked_byline(lines[i - 2].text, lines[i - 1].text, lines[i].text) is not None
