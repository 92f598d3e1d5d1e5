"""Eight more families of generated text-copy pages (bench/text_pages_generated.py),
written in session 25 before any rule was read against them: page layouts rather than
chrome around a plain article (a live blog's stamped entries, a gallery's captions
between paragraphs, a headline in capitals or over two lines, a kicker and a dek both
longer than the headline, a cookie banner and newsletter box inside the body, an
author's bio box over the headline, a footer of "About us" paragraphs, a staff list
and an appeal). Families 0, 2, 4 and 6 here are dev ones, the odd ones are held out.
A family may change the story's headline (capitals, two lines): the page's truth is
read after it has run.
"""

from __future__ import annotations

import random

from text_page_article import Story, person, summary, teaser
from text_page_families import MENU, SITES, Family, Page, byline, footer, halves, head

STAMPS = ["{h}:{m:02d}", "{h}:{m:02d} GMT", "{h}.{m:02d}am", "Updated {h}:{m:02d}"]
CREDITS = ["Photo: {who}", "{who} / Harbour Images", "Picture: {who}/Coast Press"]
VIEWS = ["the sea wall at low tide", "the old ferry slip", "members leaving the hall"]
VIEWS += ["the harbour office", "a crew loading the barge", "the quay under repair"]
BIOS = [
    "{who} is a columnist for {site}. She has written about the coast for twenty years.",
    "{who} writes on transport and local politics. His book on ferries came out in 2021.",
]
ABOUT = [
    "{site} is an independent newsroom owned by its readers and founded in 1998.",
    "We report on the towns of the coast, their councils, courts and harbours, "
    "and publish every weekday morning.",
    "Our journalists follow a code of practice that you can read on our standards page.",
]


def live_blog(rng: random.Random, s: Story) -> Page:
    """Entries under a time of day each, the newest first; the intro is the first entry."""
    site = rng.choice(SITES)
    fmt, hour = rng.choice(STAMPS), rng.randint(9, 11)
    minutes = sorted(rng.sample(range(60), len(s.paragraphs)), reverse=True)
    entries = [fmt.format(h=hour, m=minute) for minute in minutes]
    body: Page = ["Live", *head(rng, s, kicker=False), "Key events"]
    for stamp, paragraph in zip(entries, s.paragraphs, strict=True):
        body += [stamp, paragraph]
    return [site, *rng.sample(MENU, 5), *body, *footer(rng, site)]


def cookie_inside(rng: random.Random, s: Story) -> Page:
    """A cookie banner and a newsletter box copied in the middle of the body."""
    site = rng.choice(SITES)
    cut = rng.randint(2, len(s.paragraphs) - 2)
    box = [
        "We value your privacy",
        "We and our partners use cookies to store and access information on your device.",
        "Accept",
        "Reject all",
        "Get the morning briefing",
        "The day's coastal news in your inbox, every weekday at seven.",
        "Enter your email address",
        "Sign up",
    ]
    body = [*s.paragraphs[:cut], *box, *s.paragraphs[cut:]]
    return [site, *rng.sample(MENU, 5), *head(rng, s), *body, *footer(rng, site)]


def gallery(rng: random.Random, s: Story) -> Page:
    """Photos between paragraphs: a count, a caption sentence and its credit; a "Read
    more" teaser halfway."""
    site = rng.choice(SITES)
    shown = rng.randint(3, 6)
    body: Page = []
    for k, paragraph in enumerate(s.paragraphs):
        if k % 2 == 1 and k // 2 < shown:
            view = rng.choice(VIEWS)
            credit = rng.choice(CREDITS).format(who=person(rng))
            body += [f"{k // 2 + 1} of {shown}", f"A view of {view} this week.", credit]
        if k == 3:
            body += ["Read more", teaser(rng), summary(rng)]
        body.append(paragraph)
    return [site, *rng.sample(MENU, 5), *head(rng, s), *body, *footer(rng, site)]


def bio_over(rng: random.Random, s: Story) -> Page:
    """An opinion piece: the author's photo line and bio box over the headline."""
    site = rng.choice(SITES)
    bio = rng.choice(BIOS).format(who=s.author, site=site)
    top = ["Opinion", s.author, bio, f"Follow {s.author.split()[0]}"]
    header = [s.headline, *([s.dek] if rng.random() < 0.5 else []), s.date]
    return [site, *rng.sample(MENU, 5), *top, *header, *s.paragraphs, *footer(rng, site)]


def capitals(rng: random.Random, s: Story) -> Page:
    """The headline printed in capitals (the page's text, so the truth too)."""
    site = rng.choice(SITES)
    s.headline = s.headline.upper()
    return [site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *footer(rng, site)]


def two_lines(rng: random.Random, s: Story) -> Page:
    """The headline broken over two lines (a forced break): the truth is both, joined."""
    site = rng.choice(SITES)
    words = s.headline.split()
    cut = rng.randint(2, len(words) - 2)
    first, second = " ".join(words[:cut]), " ".join(words[cut:])
    rest = head(rng, s, kicker=False)[1:]
    return [site, *rng.sample(MENU, 5), first, second, *rest, *s.paragraphs, *footer(rng, site)]


def long_kicker_dek(rng: random.Random, s: Story) -> Page:
    """A kicker and a dek both longer than the headline."""
    site = rng.choice(SITES)
    kicker = "Special report: the harbours, the ferries and the towns that live off them"
    dek = f"{s.dek} Some members want a vote; others say the board has no choice left."
    header = [kicker, s.headline, dek, *byline(rng, s)]
    return [site, *rng.sample(MENU, 5), *header, *s.paragraphs, *footer(rng, site)]


def about_footer(rng: random.Random, s: Story) -> Page:
    """Under the body: "About us" paragraphs, a staff list, an appeal in sentences."""
    site = rng.choice(SITES)
    staff = [f"{person(rng)}, {job}" for job in ("Editor", "Reporter", "Photographer")]
    tail = ["About us", *(line.format(site=site) for line in ABOUT), "Our staff", *staff]
    tail += [
        "Support independent journalism",
        "Every story we publish is free to read. If you can, give a little each month "
        "so that it stays that way.",
        "Donate",
    ]
    page = [site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *tail]
    return [*page, *footer(rng, site)]


LAYOUTS: list[tuple[str, Family]] = [
    ("live blog, stamped entries", live_blog),
    ("cookie banner, newsletter in body", cookie_inside),
    ("gallery captions, read-more teaser", gallery),
    ("author's bio box over headline", bio_over),
    ("headline in capitals", capitals),
    ("headline over two lines", two_lines),
    ("kicker and dek longer than headline", long_kicker_dek),
    ("about-us paragraphs, staff, appeal", about_footer),
]
DEV, HELD_OUT = halves(LAYOUTS)
