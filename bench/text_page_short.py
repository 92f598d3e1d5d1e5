"""Six families of generated text-copy pages (bench/text_pages_generated.py) written in
session 31 (second round) before any rule was read against them, each breaking the
assumption that a headline has four words or more and is longer than the line under it:
a headline of one to four words ("Gone", "Why now?", "Low tide again") over a dek or a
standfirst longer than it, then a byline in plain letters or in capitals; and the same
short headline under a one-line alert bar ("BREAKING: …", "LIVE: …", "Watch: …") or a
cookie sentence in the chrome above it. Families 0, 2 and 4 are dev ones, the odd ones
held out. Each family sets the story's headline: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import THINGS, Story
from text_page_families import KICKERS, Family, Page, halves
from text_page_messy import bottom, top

SHORT = ["Gone", "Why now?", "Low tide again", "The gulls are back", "Not this time"]
SHORT += ["Still waiting", "Home at last", "Who pays?", "Closed", "A long winter"]
SHORT += ["Last orders", "Back to sea", "Nobody came"]


def _short(rng: random.Random, s: Story) -> None:
    s.headline = rng.choice(SHORT)


def _dek(rng: random.Random, s: Story, stop: bool) -> str:
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    text = rng.choice(
        [
            f"After two years of talks the {thing} in {place} has a date at last",
            f"Residents of {place} say nobody asked them about the {thing}",
            f"The {thing} was meant to open in spring; it still has no keeper",
        ]
    )
    return text + "." if stop else text


def _byline(rng: random.Random, s: Story, capitals: bool) -> Page:
    name = s.author.upper() if capitals else s.author
    if rng.random() < 0.5:
        return [f"By {name}", s.date]
    return [name, rng.choice(["Staff reporter", "Coast editor"]), s.date]


def _page(rng: random.Random, over: Page, middle: Page) -> Page:
    site, lines = top(rng)
    return [*over, *lines, *middle, *bottom(rng, site)]


def dek_plain(rng: random.Random, s: Story) -> Page:
    """A short headline over a longer dek (no full stop) and a plain byline."""
    _short(rng, s)
    return _page(rng, [], [s.headline, _dek(rng, s, False), *_byline(rng, s, False),
                           *s.paragraphs])  # fmt: skip


def standfirst_capitals(rng: random.Random, s: Story) -> Page:
    """A short headline over a standfirst sentence and a byline in capitals."""
    _short(rng, s)
    return _page(rng, [], [s.headline, _dek(rng, s, True), *_byline(rng, s, True),
                           *s.paragraphs])  # fmt: skip


def breaking_bar(rng: random.Random, s: Story) -> Page:
    """A breaking-news bar over the page's top, a kicker, then a short headline and dek."""
    _short(rng, s)
    bar = f"BREAKING NEWS: {rng.choice(PLACES)} road closed after {rng.choice(THINGS)} fire"
    head_ = [rng.choice(KICKERS), s.headline, _dek(rng, s, rng.random() < 0.5)]
    return _page(rng, [bar], [*head_, *_byline(rng, s, rng.random() < 0.5), *s.paragraphs])


def live_bar(rng: random.Random, s: Story) -> Page:
    """A "LIVE:" bar linking another story inside the chrome, a short headline, a dek."""
    _short(rng, s)
    site, lines = top(rng)
    bar = f"LIVE: {rng.choice(['Election count', 'Storm warning', 'Council vote'])} in "
    bar += f"{rng.choice(PLACES)} - follow the latest"
    head_ = [s.headline, _dek(rng, s, rng.random() < 0.5), *_byline(rng, s, rng.random() < 0.5)]
    return [*lines[:2], bar, *lines[2:], *head_, *s.paragraphs, *bottom(rng, site)]


def consent_over(rng: random.Random, s: Story) -> Page:
    """A cookie sentence and its buttons straight over a short headline and its dek."""
    _short(rng, s)
    cookie = ["We use cookies to make this site work and to understand how you use it. "
              "Read our cookie policy to find out more.", "Accept", "Settings"]  # fmt: skip
    site, lines = top(rng)
    head_ = [s.headline, _dek(rng, s, rng.random() < 0.5), *_byline(rng, s, rng.random() < 0.5)]
    return [*lines, *cookie, *head_, *s.paragraphs, *bottom(rng, site)]


def watch_bar(rng: random.Random, s: Story) -> Page:
    """A "Watch:" line teasing a video over a short headline, its dek and a byline."""
    _short(rng, s)
    watch = f"Watch: {rng.choice(['Divers', 'Pupils', 'Volunteers'])} clear the "
    watch += f"{rng.choice(THINGS)} at {rng.choice(PLACES)}"
    head_ = [s.headline, _dek(rng, s, rng.random() < 0.5), *_byline(rng, s, rng.random() < 0.5)]
    return _page(rng, [watch], [*head_, *s.paragraphs])


SHORT_HEADS: list[tuple[str, Family]] = [
    ("s31b short headline, dek, byline", dek_plain),
    ("s31b short headline, standfirst, capitals", standfirst_capitals),
    ("s31b breaking bar over short headline", breaking_bar),
    ("s31b live bar in the chrome", live_bar),
    ("s31b cookie sentence over short headline", consent_over),
    ("s31b watch line over short headline", watch_bar),
]
DEV, HELD_OUT = halves(SHORT_HEADS)
