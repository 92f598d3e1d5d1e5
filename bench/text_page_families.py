"""What the generated text-copy pages (bench/text_pages_generated.py) put around their
invented article: ten families of site chrome (menus, a window title, teaser lists
above, between or under the article, cookie notices, sidebars, appeals and staff
lists), the headline, its dek and byline in varied places. Families 0, 2, 4, 6 and 8
are the dev ones (rules may be written from their misses), the odd ones are held out.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from text_page_article import Story, date, person, summary, teaser

SITES = ["The Kelpwick Courier", "Harbour Post", "Saltmarsh Daily", "North Quay News"]
MENU = ["Home", "News", "Sport", "Business", "Opinion", "Culture", "Weather", "Video"]
SHARE = ["Share", "Tweet", "Email", "Print"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Advertise"]
KICKERS = ["Local news", "Transport", "Coast", "Council", "Environment"]

Page = list[str]
Family = Callable[[random.Random, Story], Page]


def masthead(rng: random.Random) -> tuple[str, Page]:
    """(a site's name, its name and five menu items)."""
    site = rng.choice(SITES)
    return site, [site, *rng.sample(MENU, 5)]


def byline(rng: random.Random, s: Story) -> Page:
    kind = rng.randrange(4)
    if kind == 0:
        return [f"By {s.author}", s.date]
    if kind == 1:
        return [f"By {s.author} | {s.date}"]
    if kind == 2:
        return [f"{s.author}, Staff writer", f"Published {s.date}"]
    return [s.author, f"Updated {s.date}"]


def head(rng: random.Random, s: Story, kicker: bool = True) -> Page:
    """Kicker, headline, dek, byline: each part but the headline and byline may be absent."""
    lines = [rng.choice(KICKERS)] if kicker and rng.random() < 0.4 else []
    lines.append(s.headline)
    lines += [s.dek] if rng.random() < 0.5 else []
    return lines + byline(rng, s)


def footer(rng: random.Random, site: str) -> Page:
    return [*rng.sample(FOOTER, 3), f"© {rng.randint(2019, 2026)} {site}. All rights reserved."]


def teasers(rng: random.Random, dated: bool) -> Page:
    lines: Page = []
    for _ in range(rng.randint(3, 5)):
        lines += [teaser(rng), date(rng)] if dated else [teaser(rng)]
    return lines


def menu_share(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    return [site, *rng.sample(MENU, 6), *head(rng, s), *s.paragraphs, *SHARE, *footer(rng, site)]


def window_title(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    top = [f"{s.headline} | {site}", site, *rng.sample(MENU, 5)]
    related = ["Related stories", *teasers(rng, dated=True)]
    return [*top, *head(rng, s), *s.paragraphs, *related, *footer(rng, site)]


def trending_above(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    ranked = [f"{k}. {teaser(rng)}" for k in range(1, 6)]
    body = list(s.paragraphs)
    body.insert(2, "Advertisement")
    body.insert(len(body) - 1, "Sign up for our morning newsletter to get the news first.")
    top = [site, *rng.sample(MENU, 5), "Trending", *ranked]
    return [*top, *head(rng, s), *body, *footer(rng, site)]


def teaser_cycles(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    kicker = rng.choice(KICKERS)
    cycles: Page = []
    for _ in range(rng.randint(4, 7)):
        cycles += [kicker, teaser(rng), summary(rng)]
    return [site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *cycles, *footer(rng, site)]


def byline_over(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    crumb = f"Home › News › {rng.choice(KICKERS)}"
    header = [*byline(rng, s), s.headline] + ([s.dek] if rng.random() < 0.5 else [])
    body = list(s.paragraphs)
    body.insert(3, f"Read more: {teaser(rng)}")
    return [site, *rng.sample(MENU, 4), crumb, *header, *body, *footer(rng, site)]


def caption_over(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    caption = [f"The quay at dawn. Photo: {person(rng)} / Harbour Images"]
    most = ["Most read", *teasers(rng, dated=False)]
    count = f"{rng.randint(2, 90)} comments"
    page = [site, *rng.sample(MENU, 5), *caption, *head(rng, s, kicker=False), *s.paragraphs]
    return [*page, count, *most, *footer(rng, site)]


def related_between(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    between = ["More stories like this one"]
    for _ in range(rng.randint(3, 5)):
        between += [rng.choice(KICKERS).upper(), teaser(rng), date(rng)]
    return [site, *rng.sample(MENU, 5), *head(rng, s), *between, *s.paragraphs, *footer(rng, site)]


def cookie_bio(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    cookies = [
        "We use cookies to make this site work and to measure how it is used.",
        "Accept all",
        "Manage settings",
    ]
    bio = [f"About the author: {s.author} covers the coast and its councils for {site}."]
    return [*cookies, site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *bio,
            *footer(rng, site)]  # fmt: skip


def sidebar_inside(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    cut = len(s.paragraphs) // 2
    side = ["Latest"]
    for _ in range(rng.randint(3, 5)):
        side += [teaser(rng), f"{rng.randint(1, 11)}h ago"]
    body = [*s.paragraphs[:cut], *side, *s.paragraphs[cut:]]
    return [site, *rng.sample(MENU, 5), *head(rng, s), *body, *SHARE[:3], *footer(rng, site)]


def appeal_staff(rng: random.Random, s: Story) -> Page:
    site = rng.choice(SITES)
    appeal = [
        "Support local reporting",
        f"{site} is paid for by its readers. A gift of any size keeps our reporters on the coast.",
        "Give now",
        "Our team",
        *[person(rng) for _ in range(rng.randint(4, 8))],
    ]
    return [site, *rng.sample(MENU, 5), *head(rng, s), *s.paragraphs, *appeal, *footer(rng, site)]


FAMILIES: list[tuple[str, Family]] = [
    ("menu, share row", menu_share),
    ("window title, related list under", window_title),
    ("numbered trending list over", trending_above),
    ("kicker-title-summary teasers under", teaser_cycles),
    ("breadcrumb, byline over headline", byline_over),
    ("photo caption over, most read under", caption_over),
    ("dated teasers between header and body", related_between),
    ("cookie notice, author's bio", cookie_bio),
    ("sidebar inside the body", sidebar_inside),
    ("appeal and staff list under", appeal_staff),
]


def halves(families: list[tuple[str, Family]]) -> tuple[list[tuple[str, Family]], ...]:
    """(the even families: dev, the odd ones: held out)."""
    return families[0::2], families[1::2]


DEV, HELD_OUT = halves(FAMILIES)
