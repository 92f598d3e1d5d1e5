"""Eight families of generated text-copy pages (bench/text_pages_generated.py) written in
session 35 before any rule was read against them. Each breaks one assumption the headline
choice makes, the way copies of common publishing systems do:
a line of one to four words in capitals is a section label or kicker (a tabloid's pun in
capitals over a long dek; the same under a kicker, its dek a sentence); a headline is a
phrase with no quotation marks (a quoted phrase as the title over a dek; a quoted
sentence, its full stop inside the quote, as the title); a headline has five to twenty
words and the lines under it are a dek and a byline (a tabloid's headline of twenty words
and more over summary lines; the same over lines marked with bullets); a byline is one
line, or a name over a date (a name, a role line, then the date; "Written by" and
"Published" labels on lines of their own over their values).
Families 0, 2, 4... are dev ones, the odd ones held out. A family sets the story's
headline: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import THINGS, Story
from text_page_families import KICKERS, Family, Page, halves
from text_page_messy import bottom, top

PUNS = ["SHORE THING", "TIDE AND SEEK", "PIER PRESSURE", "FERRY TALE", "SEA YOU LATER"]
PUNS += ["KNOT AGAIN", "OAR INSPIRING", "WHALE OF A ROW", "GULL-TY!", "SINK OR SWIM"]
PHRASES = ["A town that forgot its sea", "The best summer we never had", "Nothing left to mend"]
PHRASES += ["Our harbour, our rules", "Twelve years of waiting", "Like watching paint dry"]
SAID = ["We were never asked.", "Nobody came to fix it.", "It is our harbour too.",
        "They have forgotten us.", "We will keep the lights on."]  # fmt: skip
DEKS = ["Traders in {place} counted the cost of the {thing} as the bills kept arriving"]
DEKS += ["How a row over the {thing} split {place} down the middle for a whole summer"]
DEKS += ["Nine months late and twice the price, the {thing} in {place} finally moves"]
ROLES = ["Chief reporter", "Coast correspondent", "Senior writer, North Quay", "Deputy editor"]


def _page(rng: random.Random, middle: Page) -> Page:
    site, lines = top(rng)
    return [*lines, *middle, *bottom(rng, site)]


def _long_dek(rng: random.Random, stop: bool) -> str:
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    shape = rng.choice(DEKS)
    return shape.format(place=place, thing=thing) + ("." if stop else "")


def _by(rng: random.Random, s: Story) -> Page:
    return rng.choice([[f"By {s.author}", s.date], [f"By {s.author.upper()}", s.date]])


def capitals_pun(rng: random.Random, s: Story) -> Page:
    """A tabloid's pun of one to four words in capitals over a long dek, no full stop."""
    s.headline = rng.choice(PUNS)
    return _page(rng, [s.headline, _long_dek(rng, False), *_by(rng, s), *s.paragraphs])


def kicker_capitals_pun(rng: random.Random, s: Story) -> Page:
    """A section kicker over a pun in capitals over a dek sentence with a full stop."""
    s.headline = rng.choice(PUNS)
    head_ = [rng.choice(KICKERS), s.headline, _long_dek(rng, True), *_by(rng, s)]
    return _page(rng, [*head_, *s.paragraphs])


def quoted_phrase(rng: random.Random, s: Story) -> Page:
    """A quoted phrase as the title, in curly quotes, over a dek and a byline."""
    s.headline = f"“{rng.choice(PHRASES)}”"
    return _page(rng, [s.headline, _long_dek(rng, rng.random() < 0.5), *_by(rng, s),
                       *s.paragraphs])  # fmt: skip


def quoted_sentence(rng: random.Random, s: Story) -> Page:
    """A quoted sentence as the title, its full stop inside the quote, over a dek."""
    s.headline = f"'{rng.choice(SAID)}'"
    return _page(rng, [s.headline, _long_dek(rng, rng.random() < 0.5), *_by(rng, s),
                       *s.paragraphs])  # fmt: skip


def _long_head(rng: random.Random) -> str:
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    return (
        f"Fury in {place} as the {thing} that was promised for last spring is shut again"
        f" for another winter and nobody at the council will say when it opens"
    )


def _points(rng: random.Random) -> Page:
    return rng.sample(
        [
            f"The {rng.choice(THINGS)} has been closed three times since the spring",
            f"Residents in {rng.choice(PLACES)} say the repairs were never finished",
            "A petition with two thousand names was handed in last week",
            f"Councillors will vote again on the {rng.choice(THINGS)} in the new year",
        ],
        3,
    )


def long_head_points(rng: random.Random, s: Story) -> Page:
    """A tabloid's headline of twenty words and more over three summary lines, the byline."""
    s.headline = _long_head(rng)
    return _page(rng, [s.headline, *_points(rng), *_by(rng, s), *s.paragraphs])


def long_head_bullets(rng: random.Random, s: Story) -> Page:
    """The same over summary lines each marked with a bullet, then a date alone."""
    s.headline = _long_head(rng)
    mark = rng.choice(["• ", "- ", "* "])
    return _page(rng, [s.headline, *(mark + p for p in _points(rng)), s.date, *s.paragraphs])


def name_role_date(rng: random.Random, s: Story) -> Page:
    """A headline over its dek, then the writer's name, a role line and the date."""
    head_ = [s.headline, s.dek, s.author, rng.choice(ROLES), s.date]
    return _page(rng, [*head_, *s.paragraphs])


def labelled_byline(rng: random.Random, s: Story) -> Page:
    """A headline over its dek, then "Written by", the name, "Published", the date."""
    head_ = [s.headline, s.dek, "Written by", s.author, "Published", s.date]
    return _page(rng, [*head_, *s.paragraphs])


UNSEEN35: list[tuple[str, Family]] = [
    ("s35 pun in capitals over a long dek", capitals_pun),
    ("s35 kicker over a pun in capitals, dek sentence", kicker_capitals_pun),
    ("s35 quoted phrase as the title", quoted_phrase),
    ("s35 quoted sentence as the title", quoted_sentence),
    ("s35 headline of 20+ words over summary lines", long_head_points),
    ("s35 headline of 20+ words over bullets, a date", long_head_bullets),
    ("s35 name, role line, date", name_role_date),
    ("s35 labels over the byline's values", labelled_byline),
]
DEV, HELD_OUT = halves(UNSEEN35)
