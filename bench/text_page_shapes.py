"""Six families of generated text-copy pages (bench/text_pages_generated.py) whose page
has a shape the earlier families lack, written in session 27 before any rule was read
against them: a copy that starts in the middle (no masthead: the headline or a stray
fragment first), a long consent dialog of sentences and buttons over the masthead, an
article with a table of tab-separated cells, a blog's name and its tagline sentence over
the post's title with an archive under it, a welcome line and a sales sentence over the
headline, a live blog whose timestamped entries have titles of their own. Families 0, 2
and 4 here are dev ones, the odd ones are held out. A family may change the story's
paragraphs (the table, the entries' titles): the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from text_page_article import MONTHS, THINGS, Story, teaser
from text_page_families import MENU, SITES, Family, Page, byline, footer, halves, head

CONSENT = [
    "Your privacy choices",
    "We and our 214 partners store and access information on your device, such as "
    "unique identifiers in cookies, to process personal data.",
    "You may accept or manage your choices below, including your right to object where "
    "legitimate interest is used, at any time on the privacy policy page.",
    "These choices will be signalled to our partners and will not affect browsing data.",
    "We and our partners process data to provide:",
    "Store and access information on a device",
    "Personalised advertising and content, advertising and content measurement",
    "Use precise geolocation data",
    "List of partners (vendors)",
    "I accept",
    "Show purposes",
]
TAGLINES = ["Notes from a small harbour town", "Boats, weather and the people in between"]
TAGLINES += ["A log of the coast, one tide at a time"]
ENTRY_TITLES = ["Ferry leaves on time", "Crowd gathers at the slip", "Board member speaks"]
ENTRY_TITLES += ["Vote is delayed", "Harbour master's statement", "What we know so far"]
ENTRY_TITLES += ["Residents react", "Council responds", "Rain expected tonight"]


def mid_start(rng: random.Random, s: Story) -> Page:
    """A copy begun in the middle of the page: no site name nor menu over the headline,
    at most a stray fragment of the line before it."""
    site = rng.choice(SITES)
    stray = rng.choice([[], [], ["...continued from the front page"], ["more"], [teaser(rng)]])
    return [*stray, *head(rng, s, kicker=False), *s.paragraphs, *footer(rng, site)]


def long_consent(rng: random.Random, s: Story) -> Page:
    """A consent dialog of sentences, purposes and buttons over the masthead."""
    site = rng.choice(SITES)
    return [*CONSENT, site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *footer(rng, site)]


def with_table(rng: random.Random, s: Story) -> Page:
    """A table (a heading row and four rows of cells split by tabs) after the second
    paragraph, the article's own (so the truth's)."""
    site = rng.choice(SITES)
    rows = ["Sailing\tDeparts\tArrives\tFare"]
    for k in range(4):
        hour = rng.randint(6, 20)
        rows.append(f"{THINGS[k].split()[0].capitalize()}\t{hour}:00\t{hour + 1}:15\t£{4 + k}.50")
    s.paragraphs = [*s.paragraphs[:2], *rows, *s.paragraphs[2:]]
    return [site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *footer(rng, site)]


def blog_tagline(rng: random.Random, s: Story) -> Page:
    """A blog: its name in capitals and its tagline over the post's title and date; an
    archive of months and a list of labels under the post."""
    name = rng.choice(SITES).upper()
    year = rng.randint(2019, 2026)
    archive = ["Blog Archive", *(f"{m} {year} ({rng.randint(1, 9)})" for m in MONTHS[:5])]
    labels = ["Labels", *rng.sample(THINGS, 4)]
    lines = [name, rng.choice(TAGLINES), s.date, s.headline, *s.paragraphs]
    return [*lines, f"Posted by {s.author}", *archive, *labels]


def welcome(rng: random.Random, s: Story) -> Page:
    """A welcome line and a sentence selling the site's service over the headline."""
    site = rng.choice(SITES)
    hello = rng.choice([f"Welcome to {site}!", f"Welcome to the {site} reader pages!"])
    sell = rng.choice(
        ["We offer print and digital subscriptions for every reader", "Advertise with us"]
    )
    return [site, *rng.sample(MENU, 5), hello, sell, *head(rng, s), *s.paragraphs,
            *footer(rng, site)]  # fmt: skip


def titled_entries(rng: random.Random, s: Story) -> Page:
    """A live blog whose entries each have a stamp, a title and a paragraph (titles and
    paragraphs are the body's)."""
    site = rng.choice(SITES)
    day = f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"
    minutes = sorted(rng.sample(range(60), len(s.paragraphs)), reverse=True)
    titles = rng.sample(ENTRY_TITLES * 2, len(s.paragraphs))
    body: Page = []
    paragraphs: list[str] = []
    for minute, title, paragraph in zip(minutes, titles, s.paragraphs, strict=True):
        body += [f"{day} {rng.randint(9, 11)}:{minute:02d}", title, paragraph]
        paragraphs += [title, paragraph]
    s.paragraphs = paragraphs
    header = ["LIVE", s.headline, *byline(rng, s), "Pinned"]
    return [site, *rng.sample(MENU, 5), *header, *body, *footer(rng, site)]


SHAPES: list[tuple[str, Family]] = [
    ("copy starts in the middle", mid_start),
    ("long consent dialog over masthead", long_consent),
    ("table of tab-separated cells", with_table),
    ("blog name and tagline, archive", blog_tagline),
    ("welcome and sales lines over headline", welcome),
    ("live blog, titled entries", titled_entries),
]
DEV, HELD_OUT = halves(SHAPES)
