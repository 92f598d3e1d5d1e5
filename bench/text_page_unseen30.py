"""Fourteen families of generated text-copy pages (bench/text_pages_generated.py) written in
session 30 before any rule was read against them. Each breaks one assumption the headline
and body mechanism makes, the way copies of common publishing systems do:
the headline stands right over the body (a listen, gift and font-size toolbar and a
photo's caption stand between); it is printed once (a browser title, a sticky bar and a
share line repeat it); a dek ends on a full stop (a subtitle has none); a kicker is in
capitals (a topic tag is in title case); the body starts past the byline (a standfirst
of two sentences comes after it); a live blog's stamps are clock times ("2h ago"); a
caption is no body (a photo essay is its captions); prose has six words or more (a body
of short one-liners); a pull quote is no copy of a paragraph (it repeats one); comments
start under a heading (they start under share buttons); a byline's role is a comma's
("Ann Lee | Reporter" under the date); a dek stands over its byline (share buttons come
between); a press release's dateline and "###" end; a blog's byline at its foot only.
Families 0, 2, 4... are dev ones, the odd ones held out. A family may change the story's
paragraphs: the page's truth is read after it has run.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import MONTHS, THINGS, Story, date, person, teaser
from text_page_families import KICKERS, Family, Page, byline, halves, head
from text_page_messy import SHARE, bottom, top

TOOLS = ["Listen to this article", "Gift this article", "Save", "A", "A+", "Print"]
TOOLS += ["Text size", "Share", "Comments", "Follow"]
TOPICS = ["Cost of Living", "Harbour Redevelopment", "Coastal Erosion", "Ferry Crisis"]
TOPICS += ["EXCLUSIVE", "ANALYSIS", "Opinion", "Explainer", "Council Watch"]
SHORT = ["Nobody came.", "The vote was close.", "Then it rained.", "Not one.", "It worked."]
SHORT += ["Members left early.", "The hall went quiet.", "That was June."]
SAID = ["I was at that meeting and nobody asked us anything at all."]
SAID += ["About time too. The old one was falling apart for years."]
SAID += ["Who is paying for this? Not the council, that is for sure."]


def _page(rng: random.Random, s: Story, middle: Page, menu: int = 0) -> Page:
    site, lines = top(rng, menu)
    return [*lines, *middle, *bottom(rng, site)]


def toolbar(rng: random.Random, s: Story) -> Page:
    """A topic repeated (menu, breadcrumb, kicker), a toolbar and a caption under the byline."""
    topic = rng.choice(KICKERS)
    bar = [*rng.sample(TOOLS, rng.randint(5, 9)), f"{rng.randint(2, 90)} comments"]
    photo = [f"The {rng.choice(THINGS)} seen from {rng.choice(PLACES)}.", f"Photo: {person(rng)}"]
    head_ = [topic, f"Home › {topic}", topic, s.headline, *byline(rng, s)]
    return _page(rng, s, [*head_, *bar, *photo, *s.paragraphs], menu=rng.randint(20, 35))


def repeated(rng: random.Random, s: Story) -> Page:
    """The headline in the window's title, a sticky bar and a share line too."""
    site = rng.choice(["Harbour Post", "North Quay News"])
    sticky = [f"You are reading: {s.headline}"] if rng.random() < 0.5 else [s.headline]
    shares = [f"Share: {s.headline}", f"Email this story: {s.headline}"]
    page = [f"{s.headline} - {site}", *sticky, *head(rng, s), *s.paragraphs, *shares]
    return _page(rng, s, page)


def subtitle(rng: random.Random, s: Story) -> Page:
    """A newsletter post: a subtitle with no full stop, the writer, the date, buttons."""
    s.dek = f"What the {rng.choice(THINGS)} tells us about how {rng.choice(PLACES)} plans"
    s.dek += rng.choice([" for the next decade", " and who pays for it", ""])
    head_ = [s.headline, s.dek, s.author, s.date, *rng.sample(["Share", "Like", "Save"], 2)]
    after = ["Subscribe", "Like", "Comment", "Share", f"{rng.randint(2, 40)} Likes"]
    return _page(rng, s, [*head_, *s.paragraphs, *after])


def topic_kicker(rng: random.Random, s: Story) -> Page:
    """A topic tag in title case (or a one-word label) over the headline."""
    return _page(rng, s, [rng.choice(TOPICS), *head(rng, s, kicker=False), *s.paragraphs])


def standfirst(rng: random.Random, s: Story) -> Page:
    """A standfirst of two sentences under the byline, longer than a short first paragraph."""
    s.paragraphs[0] = s.paragraphs[0].split(". ")[0].rstrip(".") + "."
    dek = f"{s.dek} Critics say the {rng.choice(THINGS)} should have come first, and that "
    dek += f"residents of {rng.choice(PLACES)} were never asked what they wanted."
    return _page(rng, s, [s.headline, *byline(rng, s), dek, *s.paragraphs])


def relative_live(rng: random.Random, s: Story) -> Page:
    """A live blog whose entries are stamped '2h ago', each titled, share buttons under."""
    body: Page = ["LIVE", s.headline, *byline(rng, s), "Key updates"]
    s.paragraphs = s.paragraphs[:6]
    for k, paragraph in enumerate(s.paragraphs):
        stamp = rng.choice([f"{k * 12 + 3}m ago", f"{k + 1}h ago", f"Updated {k + 1} hours ago"])
        body += [stamp, teaser(rng), paragraph, *rng.sample(SHARE, 2)]
    return _page(rng, s, body)


def photo_essay(rng: random.Random, s: Story) -> Page:
    """A photo essay: a short intro, then captions (the essay's text), each under its credit."""
    intro = s.paragraphs[0]
    captions = [f"The {t} at {rng.choice(PLACES)}, where {p.lower()}" for t, p in
                zip(rng.sample(THINGS, 5), ["work began in March.", "the tide comes in twice a "
                "day.", "volunteers meet on Sundays.", "the old hut once stood.",
                "children fish from the wall."], strict=True)]  # fmt: skip
    s.paragraphs = [intro, *captions]
    body = [intro]
    for k, caption in enumerate(captions):
        body += [f"{k + 1} of {len(captions)}", caption, f"Photograph: {person(rng)}"]
    return _page(rng, s, [*head(rng, s), *body])


def fragments(rng: random.Random, s: Story) -> Page:
    """Every paragraph one sentence, about half of them a few words."""
    said = [x.strip() for p in s.paragraphs for x in p.replace(". ", ".\n").split("\n")]
    for k in sorted(rng.sample(range(1, len(said) + 1), min(6, len(said))), reverse=True):
        said.insert(k, rng.choice(SHORT))
    s.paragraphs = said
    return _page(rng, s, [*head(rng, s), *said])


def related_pull(rng: random.Random, s: Story) -> Page:
    """'Related:' lines and a pull quote that repeats a sentence of the body."""
    body = list(s.paragraphs)
    quoted = body[1].split(". ")[0].rstrip(".")
    body.insert(3, f"“{quoted}”")
    body.insert(2, f"Related: {teaser(rng)}")
    body[5:5] = ["RELATED", teaser(rng)]
    return _page(rng, s, [*head(rng, s), *body])


def bare_comments(rng: random.Random, s: Story) -> Page:
    """Comments under share buttons, with no heading: a name, a time, the text, Reply."""
    thread: Page = []
    for _ in range(rng.randint(3, 6)):
        said = rng.choice(SAID)
        thread += [person(rng), f"{rng.randint(1, 23)} hours ago", said, "Reply", "Like"]
    return _page(rng, s, [*head(rng, s), *s.paragraphs, *rng.sample(SHARE, 3), *thread])


def role_after_date(rng: random.Random, s: Story) -> Page:
    """The date, then "Ann Lee | Reporter" on the line under it."""
    role = rng.choice(["Reporter", "Senior Reporter", "Local Democracy Reporter", "Editor"])
    head_ = [s.headline, f"Published {s.date}", f"{s.author} | {role}"]
    return _page(rng, s, [*head_, *s.paragraphs])


def dek_share(rng: random.Random, s: Story) -> Page:
    """The dek, then share buttons, then the byline."""
    head_ = [s.headline, s.dek, *rng.sample(SHARE, 3), *byline(rng, s)]
    return _page(rng, s, [*head_, *s.paragraphs])


def press_release(rng: random.Random, s: Story) -> Page:
    """A release: its label, a contact, a subheadline, a dateline, '###', the boilerplate."""
    place = rng.choice(PLACES)
    s.paragraphs[0] = f"{place.upper()}, {rng.choice(MONTHS)} 4 — {s.paragraphs[0]}"
    label = rng.choice(["FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Press release"])
    contact = f"Media contact: {person(rng)}, 01632 960{rng.randint(100, 999)}"
    sub = f"The {rng.choice(THINGS)} will be reviewed again in the new year"
    boiler = [f"About {place} Harbour Board", f"{place} Harbour Board runs the port and "
              "its moorings. It was set up in 1952 and has eleven members."]  # fmt: skip
    return _page(rng, s, [label, contact, s.headline, sub, *s.paragraphs, "###", *boiler])


def foot_byline(rng: random.Random, s: Story) -> Page:
    """A blog post: no byline over it, 'Posted by … at …' and labels under it."""
    foot = [f"Posted by {s.author} at {rng.randint(1, 12)}:{rng.randint(10, 59)} PM"]
    foot += [f"Labels: {', '.join(rng.sample(KICKERS, 2))}", f"{rng.randint(0, 9)} comments:"]
    return _page(rng, s, [date(rng), s.headline, *s.paragraphs, *foot])


UNSEEN30: list[tuple[str, Family]] = [
    ("s30 toolbar and caption under byline", toolbar),
    ("s30 headline repeated", repeated),
    ("s30 subtitle with no full stop", subtitle),
    ("s30 topic tag over headline", topic_kicker),
    ("s30 standfirst under byline", standfirst),
    ("s30 live blog, 'ago' stamps", relative_live),
    ("s30 photo essay of captions", photo_essay),
    ("s30 one-liner paragraphs", fragments),
    ("s30 related lines, pull quote", related_pull),
    ("s30 comments with no heading", bare_comments),
    ("s30 role after the date", role_after_date),
    ("s30 dek, share buttons, byline", dek_share),
    ("s30 press release", press_release),
    ("s30 byline at the foot", foot_byline),
]
DEV, HELD_OUT = halves(UNSEEN30)
