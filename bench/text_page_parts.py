"""Twelve families of generated text-copy pages (bench/text_pages_generated.py) whose
header or body has a part the earlier families lack, written in session 28 before any
rule was read against them: a long menu of one-word sections and account lines, a
headline asking a question or opening on a quote, a photo's caption and credit between
headline and body, reading-time, listen and save lines under the byline, crossheads
between paragraphs, a pull quote inside the body, one-sentence paragraphs ending on a
short line, bullet items in the body, "Also read" lines and advertisements inside the
body, a newsletter box of several lines mid-body, an opinion column (label and author
over its headline), a headline with a quotation inside it under a "Label:" kicker; then
two blog posts (added after the first twelve were scored): a date line over the post's
title, a calendar stamp of two lines over it; and a dev live blog of titled updates
under "… min ago" stamps (for the mechanism of session 27's held-out titled live blog,
whose misses are not read).
Families 0, 2, 4... are dev ones, the odd ones held out. A family may change the story's
headline or paragraphs: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

import text_page_families as families
from layout_text import PLACES
from text_page_article import BODIES, THINGS, Story, person, teaser
from text_page_families import Family, Page, byline, footer, halves, head, masthead

SECTIONS = [*families.MENU, "World", "Politics", "Health", "Science", "Travel", "Food", "Books"]
SECTIONS += ["Music", "Film", "Podcasts", "Puzzles", "Obituaries", "Property", "Jobs"]
ACCOUNT = ["Sign in", "Subscribe", "Search", "Menu", "My account"]
CROSSHEADS = ["A long wait", "What happens next", "Money questions", "The other side"]
CROSSHEADS += ["Back to the table", "Voices on the quay"]
QUOTED = ["We were never asked", "It is the end of an era", "Nobody saw this coming"]
QUOTED += ["This is our harbour too", "We will keep fighting"]


def long_menu(rng: random.Random, s: Story) -> Page:
    """Twenty one-word sections a line, with account lines before and after them."""
    site = rng.choice(families.SITES)
    sections = rng.sample(SECTIONS, 20)
    top = [*rng.sample(ACCOUNT, 2), site, *sections, *rng.sample(ACCOUNT, 2)]
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


def question_quote(rng: random.Random, s: Story) -> Page:
    """A headline that asks a question or opens on a quote and a colon."""
    site, top = masthead(rng)
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    asks = [f"Is this the end of the {place} {thing}?", f"Who will pay for the {thing} now?"]
    quotes = [f"‘{rng.choice(QUOTED)}’: {place} residents on the {thing}"]
    quotes += [f'"{rng.choice(QUOTED)}": the fight over the {place} {thing}']
    s.headline = rng.choice([*asks, *quotes])
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


def credit_between(rng: random.Random, s: Story) -> Page:
    """A photo's caption sentence and its credit line between the byline and the body."""
    site, top = masthead(rng)
    place = rng.choice(PLACES)
    caption = rng.choice(
        [f"Boats moored at {place} on Monday morning.", f"The old quay wall at {place}."]
    )
    credit = rng.choice(
        [
            f"Photograph: {person(rng)}/Harbour Images",
            f"Photo: {person(rng)} / {site}",
            f"Image credit: {person(rng)}",
        ]
    )
    pair = [caption, credit] if rng.random() < 0.5 else [f"{caption} {credit}"]
    return [*top, *head(rng, s, kicker=False), *pair, *s.paragraphs, *footer(rng, site)]


def reading_lines(rng: random.Random, s: Story) -> Page:
    """Reading time, a listen line, a share count and save line under the byline."""
    site, top = masthead(rng)
    extra = [f"{rng.randint(2, 9)} min read", "Listen to this article", f"{rng.randint(2, 40)}:00"]
    extra += [f"{rng.randint(3, 900)} shares", "Save", "Gift this article"]
    return [*top, *head(rng, s), *rng.sample(extra, 4), *s.paragraphs, *footer(rng, site)]


def crossheads(rng: random.Random, s: Story) -> Page:
    """Short headings between groups of paragraphs (the body's own)."""
    site, top = masthead(rng)
    heads = rng.sample(CROSSHEADS, 2)
    n = len(s.paragraphs)
    s.paragraphs = [*s.paragraphs[:2], heads[0], *s.paragraphs[2:4], heads[1], *s.paragraphs[4:]]
    s.paragraphs = s.paragraphs if n > 4 else [p for p in s.paragraphs if p != heads[1]]
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


def pull_quote(rng: random.Random, s: Story) -> Page:
    """A quoted sentence of the body repeated alone between two paragraphs."""
    site, top = masthead(rng)
    said = [p for p in s.paragraphs if p.startswith('"')]
    pull = said[0].split(",")[0] + '"' if said else f'"{rng.choice(QUOTED)}"'
    body = [*s.paragraphs[:3], pull, *s.paragraphs[3:]]
    return [*top, *head(rng, s), *body, *footer(rng, site)]


def short_paragraphs(rng: random.Random, s: Story) -> Page:
    """One sentence a paragraph, some of a few words, the last one short."""
    site, top = masthead(rng)
    sentences = [x.strip() + "." for p in s.paragraphs for x in p.split(". ") if x.strip()]
    sentences = [x.replace("..", ".") for x in sentences]
    short = ["It did not.", "Then the rain came.", "Nobody moved.", "That was in May."]
    k = rng.randint(2, len(sentences))
    sentences.insert(k, rng.choice(short))
    s.paragraphs = [*sentences, rng.choice(["More soon.", "The vote is on Friday.", "We asked."])]
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


def bullets(rng: random.Random, s: Story) -> Page:
    """A list of three or four bullet items inside the body (the body's own)."""
    site, top = masthead(rng)
    mark = rng.choice(["• ", "- ", "* ", ""])
    items = [f"The {t} will be reviewed in {rng.choice(PLACES)}" for t in rng.sample(THINGS, 3)]
    lead = "The board also agreed that:"
    body = [*s.paragraphs[:2], lead, *(mark + i for i in items), *s.paragraphs[2:]]
    s.paragraphs = [*s.paragraphs[:2], lead, *items, *s.paragraphs[2:]]
    return [*top, *head(rng, s), *body, *footer(rng, site)]


def also_read(rng: random.Random, s: Story) -> Page:
    """'Also read' and 'Related:' link lines and an advertisement inside the body."""
    site, top = masthead(rng)
    body = list(s.paragraphs)
    body.insert(4, rng.choice([f"Related: {teaser(rng)}", f"RELATED: {teaser(rng)}"]))
    body.insert(2, rng.choice(["ADVERTISEMENT", "Advertisement", "Story continues below"]))
    body[1:1] = rng.choice([["ALSO READ", teaser(rng)], [f"Also read: {teaser(rng)}"]])
    return [*top, *head(rng, s), *body, *footer(rng, site)]


def newsletter_box(rng: random.Random, s: Story) -> Page:
    """A newsletter sign-up box of four lines between two paragraphs."""
    site, top = masthead(rng)
    box = [f"Get the {site} morning briefing", "Enter your email address", "Sign up"]
    box += ["By signing up you agree to our privacy policy."]
    cut = rng.randint(2, 4)
    body = [*s.paragraphs[:cut], *box, *s.paragraphs[cut:]]
    return [*top, *head(rng, s), *body, *footer(rng, site)]


def opinion(rng: random.Random, s: Story) -> Page:
    """An opinion column: the label and the writer's name over the headline, the
    writer's one-line bio under the body."""
    site, top = masthead(rng)
    label = rng.choice(["Opinion", "OPINION", "Comment", "Column"])
    bio = f"{s.author} is a former member of the {rng.choice(BODIES)}."
    return [*top, label, s.author, s.headline, s.dek, s.date, *s.paragraphs, bio,
            *footer(rng, site)]  # fmt: skip


def label_kicker(rng: random.Random, s: Story) -> Page:
    """A kicker ending on a colon or a label in capitals, over a headline with a short
    quotation inside it."""
    site, top = masthead(rng)
    kicker = rng.choice(["EXCLUSIVE", "Breaking:", "Analysis:", f"{rng.choice(families.KICKERS)}:"])
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    s.headline = rng.choice(
        [
            f"{place} board calls ‘last chance’ vote on the {thing}",
            f'Residents say "enough" as the {thing} is delayed again',
        ]
    )
    return [*top, kicker, s.headline, *byline(rng, s), *s.paragraphs, *footer(rng, site)]


def dated_post(rng: random.Random, s: Story) -> Page:
    """A blog post: the blog's name and a few links, then the post's date over its title,
    the paragraphs, a comments line and an archive of older posts' titles."""
    name = rng.choice(families.SITES)
    links = rng.sample(["Home", "About", "Archive", "Contact", "Subscribe"], 3)
    day = rng.choice([s.date, f"Posted on {s.date}", f"{s.date} / 09:{rng.randint(10, 59)}"])
    older = ["Older posts", *(teaser(rng) for _ in range(3))]
    tail = [f"{rng.randint(0, 9)} comments", *older]
    return [name, *links, day, s.headline, *s.paragraphs, f"Posted by {s.author}", *tail]


def stamp_post(rng: random.Random, s: Story) -> Page:
    """A blog post under a calendar stamp of two lines (the day, then month and year)
    and the writer's name, with a sidebar of categories over it."""
    name = rng.choice(families.SITES)
    month, year = s.date.split()[0], s.date.split()[-1]
    stamp = [s.date.split()[1].rstrip(","), f"{month[:3]} {year}"]
    side = ["Categories", *rng.sample(families.KICKERS, 3)]
    return [name, *side, *stamp, s.headline, f"by {s.author}", *s.paragraphs, *footer(rng, name)]


def titled_updates(rng: random.Random, s: Story) -> Page:
    """A live blog whose updates each have a stamp of how long ago, a title of their own,
    one or two paragraphs and a share line (titles and paragraphs are the body's)."""
    site, top = masthead(rng)
    n = len(s.paragraphs)
    ago = sorted(rng.sample(range(2, 59), n))
    titles = [f"{rng.choice(BODIES).capitalize()} on the {rng.choice(THINGS)}" for _ in range(n)]
    body: Page = []
    for minutes, title, paragraph in zip(ago, titles, s.paragraphs, strict=True):
        body += [rng.choice([f"{minutes} min ago", f"{minutes}m ago"]), title, paragraph]
        body += ["Share this update"]
    s.paragraphs = [x for pair in zip(titles, s.paragraphs, strict=True) for x in pair]
    header = [s.headline, *byline(rng, s), f"Updated {ago[0]} min ago"]
    return [*top, "LIVE UPDATES", *header, *body, *footer(rng, site)]


PARTS: list[tuple[str, Family]] = [
    ("long one-word menu, account lines", long_menu),
    ("headline asks or opens on a quote", question_quote),
    ("photo caption and credit under byline", credit_between),
    ("reading time, listen, save lines", reading_lines),
    ("crossheads between paragraphs", crossheads),
    ("pull quote inside the body", pull_quote),
    ("one-sentence paragraphs, short last", short_paragraphs),
    ("bullet items inside the body", bullets),
    ("also-read lines and ads in body", also_read),
    ("newsletter box mid-body", newsletter_box),
    ("opinion label and writer over headline", opinion),
    ("label kicker, quotation in headline", label_kicker),
    ("blog post, date line over its title", dated_post),
    ("blog post, two-line stamp over title", stamp_post),
    ("live blog, titled updates (dev)", titled_updates),
]
DEV_ONLY = 1  # the last families, dev ones with no held-out twin: written for a held-out
# family's mechanism whose misses are never read (session 27's titled live blog)
DEV, HELD_OUT = halves(PARTS[:-DEV_ONLY])
DEV += PARTS[-DEV_ONLY:]
