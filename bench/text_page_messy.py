"""Fourteen families of generated text-copy pages (bench/text_pages_generated.py) written in
session 29 before any rule was read against them, as messy as real copies: each page has
a top of chrome drawn at random (skip links, a menu of one to forty items, account lines,
a cookie or consent notice, a breadcrumb trail, stray spaces and tabs around lines), then
the part the family is about: a menu of forty one-word lines, a consent text of several
sentences with its buttons, a numbered "Most read" list (numbers alone on their lines),
captions and credits between paragraphs, "Advertisement" and "Story continues below"
lines inside the body, "Read more:" link lines, a newsletter box mid-body, a body of
one-sentence paragraphs, a hard-wrapped copy (lines broken near 70 columns, a blank line
between paragraphs), an author's bio and a comments prompt under the body, related
stories (title, one-line summary, date) after it, a question-and-answer interview, a
transcript with speakers' names, and a page that has most of these at once.
Families 0, 2, 4... are dev ones, the odd ones held out. A family may change the story's
paragraphs: the page's truth is read after it has run.
"""

from __future__ import annotations

import random
import textwrap

import text_page_families as families
from layout_text import PLACES
from text_page_article import MONTHS, THINGS, Story, date, person, summary, teaser
from text_page_families import Family, Page, halves, head

WORDS = ["Home", "News", "Local", "Sport", "Business", "Opinion", "Culture", "Weather"]
WORDS += ["Video", "Audio", "World", "Politics", "Health", "Science", "Travel", "Food"]
WORDS += ["Books", "Music", "Film", "Podcasts", "Puzzles", "Obituaries", "Property", "Jobs"]
WORDS += ["Motoring", "Education", "Farming", "Fishing", "Tides", "Letters", "Events"]
WORDS += ["Weddings", "Gardens", "Schools", "Courts", "Crime", "Traffic", "Rugby", "Sailing"]
WORDS += ["Cricket", "Archive", "Photos", "Newsletters", "Shop", "Offers"]
SKIP = ["Skip to main content", "Skip to navigation", "Jump to content", "Accessibility help"]
ACCOUNT = ["Sign in", "Log in", "Subscribe", "Search", "Menu", "Register", "My account"]
SHARE = ["Share on Facebook", "Share on X", "Share via Email", "Copy link", "WhatsApp"]
CONSENT = [
    "We care about your privacy",
    "We and our partners store and access information on your device, such as cookies, "
    "to show you content and adverts and to measure how they perform.",
    "You can accept, refuse or choose which purposes you allow. Your choices apply to "
    "this site only and you can change them at any time from the link in the footer.",
]
BUTTONS = ["Accept all", "Reject all", "Manage preferences", "I agree", "More options"]
ADS = ["Advertisement", "ADVERTISEMENT", "Story continues below", "Skip Advertisement"]
ADS += ["Story continues below advertisement", "Article continues below this ad"]
FOOT = ["About us", "Contact", "Privacy policy", "Cookie settings", "Terms", "Careers"]


def _odd(rng: random.Random, line: str) -> str:
    """A line with the stray spaces, tabs and no-break spaces copies carry."""
    pad = rng.choice(["", "", " ", "  ", "\t", "\u00a0"])
    return pad + line + rng.choice(["", "", " ", "\u00a0"])


def top(rng: random.Random, menu: int = 0) -> tuple[str, Page]:
    """(a site's name, a messy top of the page: any of skip links, account lines, a
    cookie line, the site's name, a menu of up to `menu` or 3-12 items, a breadcrumb)."""
    site = rng.choice(families.SITES)
    lines = rng.sample(SKIP, rng.randint(0, 2)) + rng.sample(ACCOUNT, rng.randint(0, 3))
    if rng.random() < 0.3:
        lines += ["This site uses cookies. By continuing you accept our use of cookies.", "OK"]
    lines += [site, *rng.sample(WORDS, menu or rng.randint(3, 12))]
    if rng.random() < 0.4:
        lines.append(rng.choice([f"Home > News > {rng.choice(families.KICKERS)}", "News / Local"]))
    return site, [_odd(rng, x) for x in lines]


def bottom(rng: random.Random, site: str) -> Page:
    shares = rng.sample(SHARE, rng.randint(0, 4))
    foot = [*rng.sample(FOOT, 4), f"© {rng.randint(2019, 2026)} {site}"]
    return [_odd(rng, x) for x in [*shares, *foot]]


def _page(
    rng: random.Random, s: Story, body: Page, after: Page | None = None, menu: int = 0
) -> Page:
    site, lines = top(rng, menu)
    return [*lines, *head(rng, s), *body, *(after or []), *bottom(rng, site)]


def menu_forty(rng: random.Random, s: Story) -> Page:
    """A menu of forty one-word lines over the headline."""
    return _page(rng, s, s.paragraphs, menu=40)


def consent(rng: random.Random, s: Story) -> Page:
    """A consent notice of several sentences and its buttons at the very top."""
    site, lines = top(rng)
    notice = [*CONSENT[: rng.randint(2, 3)], *rng.sample(BUTTONS, rng.randint(2, 4))]
    return [*notice, *lines, *head(rng, s), *s.paragraphs, *bottom(rng, site)]


def most_read(rng: random.Random, s: Story) -> Page:
    """A 'Most read' list of five stories, each number alone on its line or before it."""
    alone = rng.random() < 0.5
    ranked = ["Most read" if rng.random() < 0.5 else "MOST POPULAR"]
    for k in range(1, 6):
        ranked += [str(k), teaser(rng)] if alone else [f"{k} {teaser(rng)}"]
    return _page(rng, s, s.paragraphs, after=ranked)


def captions(rng: random.Random, s: Story) -> Page:
    """Images' captions and credits between paragraphs."""
    body = list(s.paragraphs)
    for k in sorted(rng.sample(range(1, len(body)), 2), reverse=True):
        place = rng.choice(PLACES)
        caption = rng.choice(
            [f"The {rng.choice(THINGS)} at {place} last winter.", f"Crowds on the {place} front."]
        )
        credit = rng.choice([f"Photo: {person(rng)}", f"({person(rng)}/Coast Pictures)"])
        extra = rng.choice([["Enlarge this image"], [f"Image {k} of 6"], []])
        body[k:k] = [*extra, caption, credit] if rng.random() < 0.5 else [f"{caption} {credit}"]
    return _page(rng, s, body)


def ads(rng: random.Random, s: Story) -> Page:
    """Advertisement and 'story continues below' lines inside the body."""
    body = list(s.paragraphs)
    for k in sorted(rng.sample(range(1, len(body)), min(3, len(body) - 1)), reverse=True):
        body.insert(k, rng.choice(ADS))
    return _page(rng, s, body)


def read_more(rng: random.Random, s: Story) -> Page:
    """'Read more:' and 'See also' lines with other stories' titles inside the body."""
    body = list(s.paragraphs)
    for k in sorted(rng.sample(range(1, len(body)), 2), reverse=True):
        line = rng.choice(["Read more:", "READ MORE:", "See also:", "More on this:"])
        body[k:k] = [f"{line} {teaser(rng)}"] if rng.random() < 0.6 else [line, teaser(rng)]
    return _page(rng, s, body)


def newsletter(rng: random.Random, s: Story) -> Page:
    """A newsletter box of five or six lines between two paragraphs."""
    name = rng.choice(["The Morning Tide", "Coast Briefing", "Weekend Reads"])
    box = ["Newsletter", f"Sign up for {name}", f"{summary(rng)} Delivered every weekday."]
    box += ["Email address", rng.choice(["Sign up", "Subscribe"])]
    box += [rng.choice(["Thanks for signing up!", "You can unsubscribe at any time."])]
    cut = rng.randint(2, max(2, len(s.paragraphs) - 1))
    return _page(rng, s, [*s.paragraphs[:cut], *box, *s.paragraphs[cut:]])


def one_sentence(rng: random.Random, s: Story) -> Page:
    """A body of one-sentence paragraphs, some of them a few words long."""
    said = [x.strip() for p in s.paragraphs for x in p.replace(". ", ".\n").split("\n")]
    short = ["Nobody answered.", "It rained all week.", "Then the lights went out.", "Not yet."]
    for _ in range(3):
        said.insert(rng.randint(1, len(said)), rng.choice(short))
    s.paragraphs = said
    return _page(rng, s, said)


def hard_wrapped(rng: random.Random, s: Story) -> Page:
    """A copy whose lines break near seventy columns, a blank line between paragraphs."""
    width = rng.randint(62, 76)
    body = [textwrap.fill(p, width) + "\n" for p in s.paragraphs]
    return _page(rng, s, body)


def bio_prompt(rng: random.Random, s: Story) -> Page:
    """The author's bio, follow lines and a comments prompt under the body."""
    first = s.author.split()[0]
    bio = [s.author, f"{s.author} is a reporter covering the coast and its councils."]
    bio += [f"Follow {first} on X @{first.lower()}writes", "Join the conversation"]
    bio += [f"Comments ({rng.randint(0, 80)})", "Want more? Sign up for our daily briefing."]
    return _page(rng, s, s.paragraphs, after=rng.sample(bio, len(bio))[:4] + bio[-2:])


def related(rng: random.Random, s: Story) -> Page:
    """Related stories after the body: a title, a one-line summary and a date each."""
    after = [rng.choice(["Related stories", "More from Local", "You might also like"])]
    for _ in range(rng.randint(3, 5)):
        after += [teaser(rng), summary(rng), date(rng)]
    return _page(rng, s, s.paragraphs, after=after)


def qa(rng: random.Random, s: Story) -> Page:
    """An interview: a paragraph of introduction, then questions and answers."""
    who = person(rng)
    pairs = [(f"Q: Why did the {t} take so long?", f"A: {p}") for t, p in
             zip(rng.sample(THINGS, 4), s.paragraphs[1:5], strict=False)]  # fmt: skip
    if rng.random() < 0.5:
        pairs = [(q[3:], f"{who.split()[1]}: {a[3:]}") for q, a in pairs]
    s.paragraphs = [s.paragraphs[0], *(x for pair in pairs for x in pair)]
    return _page(rng, s, s.paragraphs)


def transcript(rng: random.Random, s: Story) -> Page:
    """A transcript: speakers' names in capitals before what each said."""
    names = [person(rng).split()[1].upper() for _ in range(2)]
    said = [f"{names[k % 2]}: {p}" for k, p in enumerate(s.paragraphs)]
    s.paragraphs = ["This is a transcript of the programme, edited for length.", *said]
    stamp = f"Broadcast {rng.choice(MONTHS)} {rng.randint(1, 28)}"
    return _page(rng, s, [stamp, *s.paragraphs] if rng.random() < 0.5 else s.paragraphs)


def everything(rng: random.Random, s: Story) -> Page:
    """Most of the above on one page: ads, a caption, a read-more line, a box, a bio."""
    body = list(s.paragraphs)
    body.insert(len(body) - 1, f"Read more: {teaser(rng)}")
    body.insert(3, rng.choice(ADS))
    body.insert(1, f"The {rng.choice(THINGS)} in {rng.choice(PLACES)}. Photo: {person(rng)}")
    box = [f"Sign up for {rng.choice(families.SITES)} daily", "Email address", "Sign up"]
    after = [f"{s.author} is a staff reporter.", "Most read", *(teaser(rng) for _ in range(4))]
    return _page(rng, s, [*body[:4], *box, *body[4:]], after=after, menu=rng.randint(10, 30))


MESSY: list[tuple[str, Family]] = [
    ("s29 menu of forty one-word lines", menu_forty),
    ("s29 consent text and buttons on top", consent),
    ("s29 numbered most-read list after", most_read),
    ("s29 captions and credits in body", captions),
    ("s29 advertisement lines in body", ads),
    ("s29 read-more lines in body", read_more),
    ("s29 newsletter box mid-body", newsletter),
    ("s29 one-sentence paragraphs", one_sentence),
    ("s29 hard-wrapped copy", hard_wrapped),
    ("s29 bio, follow, comments prompt", bio_prompt),
    ("s29 related title-summary-date", related),
    ("s29 question-and-answer body", qa),
    ("s29 transcript with speakers", transcript),
    ("s29 most of these at once", everything),
]
DEV, HELD_OUT = halves(MESSY)
