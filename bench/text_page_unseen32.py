"""Eight families of generated text-copy pages (bench/text_pages_generated.py) written in
session 32 before any rule was read against them. Each breaks one assumption the headline
mechanism makes, the way copies of common publishing systems do:
a text whose first line stands over a sentence is a plain article, that line its title (a
blog's or a newsletter's name over its one-sentence description, the post's date and title
further down); a byline or date stands under the headline past one dek at most (a hero
photo's caption sentence between dek and byline; summary bullets between headline and
byline); some byline or date stands near the headline at all (an essay signed by a bio
line at its foot; a dateline inside the first paragraph); a headline shares its words with
the story's lead (a feature's figurative headline over a dek that tells the story).
Families 0, 2, 4... are dev ones, the odd ones held out. A family may change the story's
paragraphs: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import MONTHS, THINGS, Story
from text_page_families import KICKERS, Family, Page, byline, halves
from text_page_messy import bottom, top

NAMES = ["Quayside Jottings", "The Tide Table", "Fenn Notebook", "Low Water Letters"]
DESCRIBED = ["Here I write about the harbour, its boats and the people who work on them."]
DESCRIBED += ["A weekly letter about life on the coast, sent to anyone who wants it."]
DESCRIBED += ["Notes from a small town by the sea, posted when there is something to say."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIGURES = ["A long goodbye to the old ways", "Where the water always wins"]
FIGURES += ["Counting the cost of a quiet winter", "The view from the end of the pier"]
FIGURES += ["Nobody told the gulls about it", "Small steps on a slippery slope"]
CAPTIONS = ["Boats wait by the north wall on a grey morning earlier this month."]
CAPTIONS += ["Volunteers carry sandbags along the front after the last high tide."]
CAPTIONS += ["The old ticket office has stood empty since the spring."]


def _page(rng: random.Random, middle: Page) -> Page:
    site, lines = top(rng)
    return [*lines, *middle, *bottom(rng, site)]


def _dek(rng: random.Random, stop: bool) -> str:
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    text = rng.choice(
        [
            f"The {thing} in {place} is late again, and the people who rely on it are tired",
            f"Residents of {place} say the {thing} has changed how they plan their week",
        ]
    )
    return text + "." if stop else text


def described_blog(rng: random.Random, s: Story) -> Page:
    """A blog's copy: its name over its description (a sentence), the day's date, the
    post's title; "Posted by … at …", labels and older/newer links under the post."""
    day = f"{rng.choice(DAYS)}, {s.date}"
    foot = [f"Posted by {s.author} at {rng.randint(1, 12)}:{rng.randint(10, 59)} PM"]
    foot += [f"Labels: {', '.join(rng.sample(KICKERS, 2))}", "No comments:"]
    foot += ["Newer Post Older Post Home"]
    return [rng.choice(NAMES), rng.choice(DESCRIBED), day, s.headline, *s.paragraphs, *foot]


def newsletter_top(rng: random.Random, s: Story) -> Page:
    """A newsletter's web page: its name over its description (a sentence), subscribe and
    sign-in buttons, then the post's title, subtitle, writer and date."""
    name = rng.choice(NAMES)
    head_ = [s.headline, _dek(rng, False), s.author, s.date, "Share"]
    foot = [f"Subscribe to {name}", "Like", "Comment", "Restack"]
    return [name, rng.choice(DESCRIBED), "Subscribe", "Sign in", *head_, *s.paragraphs, *foot]


def hero_caption(rng: random.Random, s: Story) -> Page:
    """A photo's caption (a sentence, no credit) between the dek and the byline."""
    head_ = [s.headline, _dek(rng, rng.random() < 0.5), rng.choice(CAPTIONS), *byline(rng, s)]
    return _page(rng, [*head_, *s.paragraphs])


def summary_bullets(rng: random.Random, s: Story) -> Page:
    """Two or three summary bullets (sentences) between the headline and the byline."""
    points = [
        f"• The {rng.choice(THINGS)} will not start before {rng.choice(MONTHS)}.",
        f"• Residents of {rng.choice(PLACES)} say they were not asked.",
        f"• The board meets again in {rng.choice(MONTHS)} to look at the cost.",
    ]
    return _page(rng, [s.headline, *points[: rng.randint(2, 3)], *byline(rng, s), *s.paragraphs])


def bio_foot(rng: random.Random, s: Story) -> Page:
    """An essay with no byline or date near its top: a headline, a dek, the essay, and a
    line of the writer's bio at its foot."""
    bio = f"{s.author} is a writer who lives in {rng.choice(PLACES)}."
    return _page(rng, [s.headline, _dek(rng, True), *s.paragraphs, bio])


def dateline_only(rng: random.Random, s: Story) -> Page:
    """Wire copy with no byline or date line: the headline, its dek, and a dateline
    opening the first paragraph ("KELPWICK, March 4 -")."""
    place = rng.choice(PLACES)
    s.paragraphs[0] = (
        f"{place.upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} - {s.paragraphs[0]}"
    )
    return _page(rng, [s.headline, _dek(rng, False), *s.paragraphs])


def figurative(rng: random.Random, s: Story) -> Page:
    """A feature's figurative headline (none of the lead's words) over a dek that tells
    the story in the lead's words, no full stop, then the byline."""
    s.headline = rng.choice(FIGURES)
    lead = s.paragraphs[0].split(",")[0]
    return _page(rng, [s.headline, lead, *byline(rng, s), *s.paragraphs])


def figurative_kicker(rng: random.Random, s: Story) -> Page:
    """A kicker, a figurative headline, a dek in the lead's words, a byline in capitals."""
    s.headline = rng.choice(FIGURES)
    lead = s.paragraphs[0].split(",")[0]
    name = f"By {s.author.upper()}"
    return _page(rng, [rng.choice(KICKERS), s.headline, lead, name, s.date, *s.paragraphs])


UNSEEN32: list[tuple[str, Family]] = [
    ("s32 blog name over a described sentence", described_blog),
    ("s32 newsletter name over its description", newsletter_top),
    ("s32 hero caption between dek and byline", hero_caption),
    ("s32 summary bullets over the byline", summary_bullets),
    ("s32 essay signed by a bio at its foot", bio_foot),
    ("s32 wire dateline, no byline", dateline_only),
    ("s32 figurative headline over a lead dek", figurative),
    ("s32 kicker, figurative headline, lead dek", figurative_kicker),
]
DEV, HELD_OUT = halves(UNSEEN32)
