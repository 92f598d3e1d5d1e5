"""Four families of live blogs, generated text-copy pages (bench/text_pages_generated.py)
written in session 31's second round before any rule was read against them. Each breaks
the assumption that a short line naming a person or a time over a paragraph is a comment's
header: a live blog's entries carry such lines, and their titles and paragraphs are the
body. Relative times and a share line after each entry; one line of time and writer
("Posted at 10:42 by …") under a pinned post; "Updated 10:42 GMT" over a title, the titles
listed again under "Key events"; a full date and time over each entry and a "Load more"
line under the last. Families 0 and 2 are dev ones, 1 and 3 held out. Each family sets
the story's paragraphs: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from text_page_article import BODIES, MONTHS, THINGS, Story, person
from text_page_families import Family, Page, byline, halves
from text_page_messy import bottom, top


def _titles(rng: random.Random, n: int) -> list[str]:
    acts = ["answers questions on", "pauses work on", "publishes figures for", "reopens"]
    return [f"{rng.choice(BODIES).capitalize()} {rng.choice(acts)} the {rng.choice(THINGS)}"
            for _ in range(n)]  # fmt: skip


def _pairs(titles: list[str], paragraphs: list[str]) -> list[str]:
    return [x for pair in zip(titles, paragraphs, strict=True) for x in pair]


def _page(rng: random.Random, s: Story, body: Page, truth: list[str]) -> Page:
    s.paragraphs = truth
    site, lines = top(rng)
    return [*lines, "LIVE", s.headline, *byline(rng, s), *body, *bottom(rng, site)]


def ago_entries(rng: random.Random, s: Story) -> Page:
    """Entries stamped "12 min ago", a title, a paragraph and a share line after each."""
    mins = sorted(rng.sample(range(2, 59), len(s.paragraphs)))
    titles = _titles(rng, len(s.paragraphs))
    body: Page = []
    for m, title, paragraph in zip(mins, titles, s.paragraphs, strict=True):
        body += [f"{m} min ago", title, paragraph, "Share this update"]
    return _page(rng, s, body, _pairs(titles, s.paragraphs))


def posted_by(rng: random.Random, s: Story) -> Page:
    """A pinned post, then entries under one line of time and writer ("Posted at 10:42
    by Ann Lee"), no titles."""
    writers = [person(rng) for _ in range(2)]
    minutes = sorted(rng.sample(range(60), len(s.paragraphs)), reverse=True)
    body: Page = ["Pinned post"]
    for minute, paragraph in zip(minutes, s.paragraphs, strict=True):
        body += [f"Posted at {rng.randint(9, 11)}:{minute:02d} by {rng.choice(writers)}", paragraph]
    return _page(rng, s, body, list(s.paragraphs))


def updated_titles(rng: random.Random, s: Story) -> Page:
    """A "Key events" list of the entries' titles, then each entry: "Updated 10:42 GMT", its
    title and paragraph."""
    titles = _titles(rng, len(s.paragraphs))
    minutes = sorted(rng.sample(range(60), len(s.paragraphs)), reverse=True)
    body: Page = ["Key events", *titles[:3], "Show key events only"]
    for minute, title, paragraph in zip(minutes, titles, s.paragraphs, strict=True):
        body += [f"Updated {rng.randint(9, 11)}:{minute:02d} GMT", title, paragraph]
    return _page(rng, s, body, _pairs(titles, s.paragraphs))


def dated_entries(rng: random.Random, s: Story) -> Page:
    """Each entry under its full date and time, the last followed by "Load more updates"."""
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    minutes = sorted(rng.sample(range(60), len(s.paragraphs)), reverse=True)
    body: Page = []
    for minute, paragraph in zip(minutes, s.paragraphs, strict=True):
        body += [f"{day} {month} 2026, {rng.randint(9, 11)}:{minute:02d}", paragraph]
    return _page(rng, s, [*body, "Load more updates"], list(s.paragraphs))


LIVE: list[tuple[str, Family]] = [
    ("s31b live: ago stamps, titles, share", ago_entries),
    ("s31b live: updated stamps, key events", updated_titles),
    ("s31b live: posted at … by …, pinned", posted_by),
    ("s31b live: full date over each entry", dated_entries),
]
DEV, HELD_OUT = halves(LIVE)
