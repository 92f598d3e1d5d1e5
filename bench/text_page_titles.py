"""Six families of generated text-copy pages (bench/text_pages_generated.py) whose
headline has a shape the story's own ("<Place> <body> <act> <thing>") never has, written
in session 27 before any rule was read against them: a headline opening on a count or a
year, a headline carrying a date, a headline of one or two words over a box of facts, a
headline inside a run of menu phrases as long as it, a headline and the whole masthead in
capitals, a headline repeated as a breadcrumb's last step. Families 0, 2 and 4 here are
dev ones, the odd ones are held out. Each family sets the story's headline: the page's
truth is read after it has run.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import BODIES, MONTHS, THINGS, Story, person
from text_page_families import KICKERS, MENU, SITES, Family, Page, byline, footer, halves, head

PHRASES = ["Ferry times and fares", "Harbour board meetings", "Tide tables this week"]
PHRASES += ["Letters to the editor", "Coast walks and trails", "School term dates"]
PHRASES += ["Planning applications", "Jobs on the quay", "Property and moorings"]
FACTS = ["Population: {n},{m:03d}", "Founded: {y}", "Council: {place} Town Council"]
FACTS += ["Harbour master: {who}", "Area: {n} km²"]


def _site(rng: random.Random) -> tuple[str, Page]:
    site = rng.choice(SITES)
    return site, [site, *rng.sample(MENU, 5)]


def counted(rng: random.Random, s: Story) -> Page:
    """A headline opening on a count or a year ("7 things…", "2024 regatta results")."""
    site, top = _site(rng)
    place, thing, n = rng.choice(PLACES), rng.choice(THINGS), rng.randint(3, 12)
    s.headline = rng.choice(
        [
            f"{n} things to know about the {place} {thing}",
            f"{rng.randint(2019, 2026)} {place} regatta results",
            f"Top {n} questions about the {thing}",
            f"{n} ways the {thing} will change {place}",
        ]
    )
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


def dated(rng: random.Random, s: Story) -> Page:
    """A headline that carries a date or an issue number (a daily column's name)."""
    site, top = _site(rng)
    month, day, year = rng.randint(1, 12), rng.randint(1, 28), rng.randint(19, 26)
    s.headline = rng.choice(
        [
            f"Harbour report {month:02d}.{day:02d}.{year}",
            f"Council minutes, {rng.choice(MONTHS)} {day}",
            f"Week {rng.randint(2, 52)}: the {rng.choice(THINGS)}",
            f"Tide tables for {rng.choice(MONTHS)} 20{year}",
        ]
    )
    return [*top, *head(rng, s, kicker=False), *s.paragraphs, *footer(rng, site)]


def short(rng: random.Random, s: Story) -> Page:
    """A headline of one or two words (a place's or a person's name, a topic) over a
    box of "Label: value" facts, as a guide's or a wiki's page has."""
    site, top = _site(rng)
    place = rng.choice(PLACES)
    s.headline = rng.choice([place, person(rng), rng.choice(THINGS).capitalize()])
    values = {"n": rng.randint(2, 40), "m": rng.randint(0, 999), "y": rng.randint(1200, 1900)}
    facts = [f.format(place=place, who=person(rng), **values) for f in rng.sample(FACTS, 3)]
    header = [s.headline, *([f"From the {site} guide"] if rng.random() < 0.5 else [])]
    return [*top, *header, *facts, *s.paragraphs, *footer(rng, site)]


def among_phrases(rng: random.Random, s: Story) -> Page:
    """A short headline (three or four words) with menu phrases just as long over it and
    under it, no kicker, no dek: only the date under it tells it from them."""
    site = rng.choice(SITES)
    s.headline = f"{rng.choice(PLACES)} {rng.choice(BODIES).split()[-1]} {rng.choice(THINGS)}"
    menu = rng.sample(PHRASES, 7)
    cut = rng.randint(2, 5)
    return [site, *menu[:cut], s.headline, s.date, *menu[cut:], *s.paragraphs, *footer(rng, site)]


def capital_masthead(rng: random.Random, s: Story) -> Page:
    """The site's name, its menu, its kicker and the headline all in capitals."""
    site = rng.choice(SITES).upper()
    s.headline = s.headline.upper()
    top = [site, *(item.upper() for item in rng.sample(MENU, 6)), rng.choice(KICKERS).upper()]
    return [*top, s.headline, *byline(rng, s), *s.paragraphs, *footer(rng, site)]


def crumb_repeat(rng: random.Random, s: Story) -> Page:
    """A breadcrumb whose last step is the headline itself, on one line or one step a
    line, over the headline."""
    site, top = _site(rng)
    steps = ["Home", "News", rng.choice(KICKERS), s.headline]
    crumb = [rng.choice([" > ", " / ", " » "]).join(steps)] if rng.random() < 0.5 else steps
    return [*top, *crumb, *head(rng, s, kicker=False), *s.paragraphs, *footer(rng, site)]


TITLES: list[tuple[str, Family]] = [
    ("headline opens on a count or year", counted),
    ("headline carries a date", dated),
    ("one- or two-word headline, facts box", short),
    ("headline among menu phrases", among_phrases),
    ("masthead and headline in capitals", capital_masthead),
    ("breadcrumb ends on the headline", crumb_repeat),
]
DEV, HELD_OUT = halves(TITLES)
