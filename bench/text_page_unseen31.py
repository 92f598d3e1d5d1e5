"""Fourteen families of generated text-copy pages (bench/text_pages_generated.py) written in
session 31 before any rule was read against them. Each breaks one assumption the headline
and body mechanism makes, the way copies of common publishing systems do:
the page's first lines are chrome (a blog's tagline is a sentence-shaped line without a
full stop, its dek one line under the title); a byline stands under the headline (an
author box, name, role and photo credit, stands over it, a kicker between); "About …"
closes a body (a release's boilerplate of two paragraphs, then a contact block); a name
over a time is a comment's header (a live blog's entries are signed and stamped); a
caption is no body (an essay's captions end on their credit); a line that asks is a
headline (an interview's questions, unmarked); a numbered line is a list of other
stories (a listicle's numbered subheads); a page opens on its site (a newsletter's
web copy opens on "View in browser" and an issue number, a greeting and sign-off
round it); the prose under the body is the story's (a wire story's credits line, a
paywall's sentences, a reading app's writer bio); a line of digits is nothing (clap
and reply counts); prose over the headline is a dek (a sponsor's disclaimer); the
byline is one line (a forum's first post has a poster box of fields).
Families 0, 2, 4... are dev ones, the odd ones held out. A family may change the story's
paragraphs: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import BODIES, MONTHS, THINGS, Story, person, summary, teaser
from text_page_families import KICKERS, Family, Page, byline, halves, head
from text_page_messy import bottom, top

TAGLINES = ["Notes on boats, tides and the people who mend them"]
TAGLINES += ["A small harbour town, written up every week", "Slow news from the quayside"]
ROLES = ["Transport correspondent", "Chief reporter", "Coast editor", "Local democracy reporter"]
ASKED = ["Why did the board change its mind?", "How long will the work take?"]
ASKED += ["Who pays for it in the end?", "What would you say to the people who objected?"]
ASKED += ["Was it worth the wait?"]


def _page(rng: random.Random, middle: Page) -> Page:
    site, lines = top(rng)
    return [*lines, *middle, *bottom(rng, site)]


def blog_head(rng: random.Random, s: Story) -> Page:
    """A blog: its name, a tagline with no full stop, a menu, the date, the title and a
    one-line dek; category and navigation lines under the post."""
    name = rng.choice(["Quayside Jottings", "The Tide Table", "Fenn Notebook"])
    menu = rng.sample(["Home", "About", "Archive", "Contact", "Links", "Subscribe"], 4)
    dek = f"Some thoughts on the {rng.choice(THINGS)} and what it means for the rest of us"
    tail = [f"Posted in {rng.choice(KICKERS)}", "Leave a comment", f"« {teaser(rng)}"]
    return [name, rng.choice(TAGLINES), *menu, s.date, s.headline, dek, *s.paragraphs, *tail]


def author_box(rng: random.Random, s: Story) -> Page:
    """A section label and an author box (name, role, photo credit) over a kicker and the
    headline; only the date under it."""
    box = [s.author, rng.choice(ROLES), f"Photo: {person(rng)}"]
    label = rng.choice(KICKERS).upper()
    kicker = rng.choice(["Analysis", "Exclusive", "In depth", "Explainer"])
    return _page(rng, [label, *box, kicker, s.headline, s.date, *s.paragraphs])


def release_foot(rng: random.Random, s: Story) -> Page:
    """A press release: its label and date over the headline and subheadline, a dateline,
    then "About …" of two paragraphs and a media contact block."""
    place = rng.choice(PLACES)
    board = f"{place} {rng.choice(BODIES).title()}"
    s.paragraphs[0] = f"{place.upper()}, {s.date} — {s.paragraphs[0]}"
    sub = f"New plan sets out how the {rng.choice(THINGS)} will be paid for"
    founded = f"{board} was founded in 1961 and serves about 40,000 people along the coast."
    open_ = "Its meetings are open to the public and its papers are published online."
    about = [f"About {board}", f"{founded} It is run by a board of nine elected members.", open_]
    contact = ["Media contact", person(rng), "Communications officer"]
    contact += [f"press@{place.lower().replace(' ', '')}.example", "01632 960 417"]
    lines = ["FOR IMMEDIATE RELEASE", s.date, s.headline, sub, *s.paragraphs]
    return _page(rng, [*lines, *(["###"] if rng.random() < 0.5 else []), *about, *contact])


def signed_live(rng: random.Random, s: Story) -> Page:
    """A live blog whose entries each carry a reporter's name over a clock time, a title
    and a paragraph (titles and paragraphs are the body's)."""
    reporters = [person(rng) for _ in range(3)]
    minutes = sorted(rng.sample(range(60), len(s.paragraphs)), reverse=True)
    body: Page = []
    truth: list[str] = []
    for minute, paragraph in zip(minutes, s.paragraphs, strict=True):
        title = f"{rng.choice(BODIES).capitalize()} responds on the {rng.choice(THINGS)}"
        body += [rng.choice(reporters), f"{rng.randint(9, 12)}:{minute:02d}", title, paragraph]
        truth += [title, paragraph]
    s.paragraphs = truth
    return _page(rng, ["Live", s.headline, *byline(rng, s), *body])


def credited_essay(rng: random.Random, s: Story) -> Page:
    """A photo essay: an intro, then captions of a sentence or two, each ending on its
    credit in brackets (the captions are the essay's text)."""
    shots = []
    for thing, place in zip(rng.sample(THINGS, 5), rng.choices(PLACES, k=5), strict=True):
        said = f"The {thing} in {place}. Volunteers have looked after it since the spring"
        shots.append(f"{said}. ({person(rng)} / Harbour Images)")
    s.paragraphs = [s.paragraphs[0], *shots]
    return _page(rng, [*head(rng, s), *s.paragraphs])


def bare_questions(rng: random.Random, s: Story) -> Page:
    """An interview whose questions stand alone on their lines, no Q: or name before them
    (questions and answers are the body's)."""
    guest = person(rng)
    lines = [f"{guest} has run the {rng.choice(BODIES)} for six years. We met at the quay."]
    for question, answer in zip(rng.sample(ASKED, 4), s.paragraphs[1:], strict=False):
        lines += [question, answer]
    s.paragraphs = lines
    return _page(rng, [*head(rng, s), *lines])


def numbered_subheads(rng: random.Random, s: Story) -> Page:
    """A listicle: an intro, then numbered subheads, each over a paragraph (subheads and
    paragraphs are the body's)."""
    s.headline = f"{len(s.paragraphs) - 1} things to know about the {rng.choice(THINGS)}"
    lines = [s.paragraphs[0]]
    for k, paragraph in enumerate(s.paragraphs[1:], start=1):
        sub = f"The {rng.choice(THINGS)} comes {rng.choice(['first', 'later', 'back'])}"
        lines += [f"{k}. {sub}" if rng.random() < 0.5 else f"{k}) {sub}", paragraph]
    s.paragraphs = lines
    return _page(rng, [*head(rng, s), *lines])


def newsletter_copy(rng: random.Random, s: Story) -> Page:
    """A newsletter's web copy: "View in browser", the letter's name and issue, the
    subject, a greeting, the letter, a sign-off, the unsubscribe lines."""
    name = rng.choice(["The Harbour Letter", "Quay Weekly", "Fenn Dispatch"])
    opening = ["View this email in your browser", name, f"Issue #{rng.randint(12, 240)}"]
    greet = rng.choice(["Hi everyone,", "Hello friends,", "Dear readers,"])
    close = [rng.choice(["See you next week,", "Until next time,"]), s.author.split()[0]]
    foot = ["You are receiving this because you signed up on our website.", "Unsubscribe"]
    foot += ["Update your preferences", f"{rng.randint(2, 90)} Quay Street, {rng.choice(PLACES)}"]
    return [*opening, s.headline, s.date, greet, *s.paragraphs, *close, *foot]


def wire_credits(rng: random.Random, s: Story) -> Page:
    """A wire story: a dateline with the agency, a credits line and a standards line under
    the last paragraph."""
    place = rng.choice(PLACES)
    s.paragraphs[0] = f"{place.upper()}, {rng.choice(MONTHS)} 4 (Coast Press) - {s.paragraphs[0]}"
    credits = f"Reporting by {s.author}; additional reporting by {person(rng)}; "
    credits += f"Editing by {person(rng)}"
    after = [credits, "Our Standards: The Coast Press Trust Principles."]
    return _page(rng, [*head(rng, s), *s.paragraphs, *after])


def reading_app(rng: random.Random, s: Story) -> Page:
    """A reading app's post: title, subtitle, writer, "Follow", reading time, clap and
    reply counts over and under the post, then the writer's box and their other posts."""
    sub = f"How a small {rng.choice(BODIES)} learned to say no"
    claps, replies = str(rng.randint(20, 900)), str(rng.randint(1, 30))
    head_ = [s.headline, sub, s.author, "Follow", f"{rng.randint(3, 12)} min read", "·", s.date]
    counts = [claps, replies, "Listen", "Share"]
    writer = [f"Written by {s.author}", f"{rng.randint(2, 9)}.{rng.randint(1, 9)}K Followers",
              f"Writes about harbours, councils and {rng.choice(THINGS)}s. Lives in "
              f"{rng.choice(PLACES)}.", "Follow", f"More from {s.author}"]  # fmt: skip
    more = [x for _ in range(3) for x in (teaser(rng), summary(rng))]
    return [*head_, *counts, *s.paragraphs, *counts[:2], *writer, *more]


def sponsored(rng: random.Random, s: Story) -> Page:
    """A sponsor's label and a sentence of disclaimer over the headline."""
    sponsor = f"{rng.choice(PLACES)} {rng.choice(['Energy', 'Marine', 'Building Society'])}"
    note = rng.choice([f"This content was paid for by {sponsor} and produced by our partner "
                       "studio, not by the newsroom.",
                       f"This article was produced in partnership with {sponsor}."])  # fmt: skip
    return _page(rng, [f"Sponsored by {sponsor}", note, *head(rng, s, kicker=False),
                       *s.paragraphs])  # fmt: skip


def paywall(rng: random.Random, s: Story) -> Page:
    """A post cut by a paywall: its sentences, a button and a sign-in line under the body."""
    wall = ["Keep reading with a 7-day free trial",
            "Subscribe to keep reading this post and get 7 days of free access to the full "
            "archive of posts.", "Start trial", "Already a paid subscriber? Sign in"]  # fmt: skip
    return _page(rng, [s.headline, s.author, s.date, *s.paragraphs, *wall])


def forum_post(rng: random.Random, s: Story) -> Page:
    """A forum thread's first post as the article: the thread's title, a poster box of
    fields (name, rank, posts, joined) and the post's time, then the post."""
    nick = f"{s.author.split()[0].lower()}{rng.randint(10, 99)}"
    box = [nick, rng.choice(["Regular", "Member", "Moderator"]), f"Posts: {rng.randint(12, 4000)}"]
    box += [f"Joined: {rng.choice(MONTHS)[:3]} {rng.randint(2008, 2020)}", f"Posted {s.date}"]
    forum = ["Board index", "Local issues", rng.choice(KICKERS)]
    return _page(rng, [*forum, s.headline, *box, *s.paragraphs, "Quote", "Report post"])


def match_report(rng: random.Random, s: Story) -> Page:
    """A match report: the score line and "Full time" over the headline, the teams'
    line-ups under the body."""
    a, b = rng.sample(PLACES, 2)
    score = f"{a} {rng.randint(0, 4)}-{rng.randint(0, 4)} {b}"
    teams = [f"{a}: {', '.join(person(rng).split()[1] for _ in range(6))}"]
    teams += [f"{b}: {', '.join(person(rng).split()[1] for _ in range(6))}"]
    return _page(rng, [score, "Full time", *head(rng, s), *s.paragraphs, "Line-ups", *teams])


UNSEEN31: list[tuple[str, Family]] = [
    ("s31 blog: name, tagline, menu, dek", blog_head),
    ("s31 author box and kicker over headline", author_box),
    ("s31 release: About and media contact", release_foot),
    ("s31 live blog, signed entries", signed_live),
    ("s31 photo essay, credited captions", credited_essay),
    ("s31 interview, bare questions", bare_questions),
    ("s31 listicle, numbered subheads", numbered_subheads),
    ("s31 newsletter web copy", newsletter_copy),
    ("s31 wire credits under the body", wire_credits),
    ("s31 reading app, counts and writer", reading_app),
    ("s31 sponsor's note over headline", sponsored),
    ("s31 paywall under the body", paywall),
    ("s31 forum first post, poster box", forum_post),
    ("s31 match report, score and line-ups", match_report),
]
DEV, HELD_OUT = halves(UNSEEN31)
