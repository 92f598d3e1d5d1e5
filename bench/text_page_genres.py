"""Eight more families of generated text-copy pages (bench/text_pages_generated.py),
written in session 26 before any rule was read against them: kinds of article and the
furniture that breaks into them (the section menu printed again under the headline, a
breadcrumb trail and a "Listen to this article" line over it, "Advertisement" / "Story
continues below" lines and a poll inside the body, an explainer's question headings, a
"Key points" list over the body, an obituary's dates of birth and death, a correction
note under the body, an interview in Q: / A: form). Families 0, 2, 4 and 6 here are dev
ones, the odd ones are held out. A family may rewrite the story's paragraphs (the
explainer's headings, the interview's questions, the correction): the page's truth is
read after it has run.
"""

from __future__ import annotations

import random

from text_page_article import MONTHS, THINGS, Story, date, person, summary, teaser
from text_page_families import KICKERS, MENU, SITES, Family, Page, byline, footer, halves, head

QUESTIONS = ["What has been decided?", "Why now?", "Who pays for it?", "What happens next?"]
QUESTIONS += ["What do residents say?", "Could the decision be reversed?"]
ASKED = ["Why did the board change its mind?", "How long will the work take?"]
ASKED += ["What would you say to people who use the service every day?"]
ASKED += ["Was there ever a cheaper option?", "What comes after this?"]
JOBS = ["harbour pilot", "lifeboat coxswain", "ferry captain", "net maker", "headteacher"]
ERRORS = ["the year the plan was first proposed", "the name of the committee's chair"]
ERRORS += ["the cost of the repairs", "the date of the next meeting"]


def _site(rng: random.Random) -> tuple[str, Page]:
    site = rng.choice(SITES)
    return site, [site, *rng.sample(MENU, 5)]


def menu_again(rng: random.Random, s: Story) -> Page:
    """The section names printed again between the header and the body (a second menu
    bar the copy caught under the headline)."""
    site, top = _site(rng)
    again = rng.sample(MENU, rng.randint(4, 7))
    return [*top, *head(rng, s), *again, *s.paragraphs, *footer(rng, site)]


def crumb_listen(rng: random.Random, s: Story) -> Page:
    """A breadcrumb trail and a "Listen to this article" line over the headline, a
    reading time under the byline."""
    site, top = _site(rng)
    crumb = rng.choice([" / ", " > ", " › "]).join(["Home", "News", rng.choice(KICKERS)])
    minutes = rng.randint(2, 9)
    listen = rng.choice([f"Listen to this article {minutes} min", "Listen to this article"])
    lines = [crumb, listen, s.headline, *([s.dek] if rng.random() < 0.5 else [])]
    lines += [*byline(rng, s), f"{minutes} min read"]
    return [*top, *lines, *s.paragraphs, *footer(rng, site)]


def ads_poll(rng: random.Random, s: Story) -> Page:
    """ "Advertisement" and "Story continues below" lines between paragraphs, and a
    reader poll (its question, its answers, a vote button) halfway."""
    site, top = _site(rng)
    thing = rng.choice(THINGS)
    poll = ["Poll", f"Should the {thing} go ahead?", "Yes", "No", "Not sure", "Vote"]
    poll += [rng.choice(["View results", f"{rng.randint(50, 900)} votes"])]
    body: Page = []
    for k, paragraph in enumerate(s.paragraphs):
        if k and k % 2 == 0:
            body += rng.choice([["Advertisement"], ["Story continues below"], ["ADVERTISEMENT"]])
        if k == len(s.paragraphs) // 2:
            body += poll
        body.append(paragraph)
    return [*top, *head(rng, s), *body, *footer(rng, site)]


def explainer(rng: random.Random, s: Story) -> Page:
    """An explainer: the body under question headings, one every paragraph or two (the
    headings are the body's, so the truth's too)."""
    site, top = _site(rng)
    asked = rng.sample(QUESTIONS, len(QUESTIONS))
    paragraphs: list[str] = []
    for k, paragraph in enumerate(s.paragraphs):
        if k and k % 2 == 1 and asked:
            paragraphs.append(asked.pop())
        paragraphs.append(paragraph)
    s.paragraphs = paragraphs
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


def key_points(rng: random.Random, s: Story) -> Page:
    """A "Key points" box of one-line summaries between the byline and the body."""
    site, top = _site(rng)
    bullet = rng.choice(["• ", "- ", ""])
    points = [f"{bullet}{summary(rng)}" for _ in range(rng.randint(3, 4))]
    label = rng.choice(["Key points:", "Key points", "In brief", "At a glance"])
    return [*top, *head(rng, s), label, *points, *s.paragraphs, *footer(rng, site)]


def obituary(rng: random.Random, s: Story) -> Page:
    """An obituary: the dead person's name and years over the headline's byline, born
    and died lines, a funeral notice under the body."""
    site, top = _site(rng)
    who, job = person(rng), rng.choice(JOBS)
    born, died = rng.randint(1925, 1955), rng.randint(2019, 2026)
    s.headline = f"{who}, {job} for {died - born - 30} years, dies at {died - born}"
    years = rng.choice([f"{who}, {born}–{died}", f"{born} - {died}", f"Obituary: {who}"])
    lines = ["Obituaries", s.headline, years, *byline(rng, s)]
    facts = [f"Born: {date(rng)[:-6]}, {born}", f"Died: {date(rng)[:-6]}, {died}"]
    notice = f"The funeral will be held at St Anne's on {rng.choice(MONTHS)} {rng.randint(1, 28)}."
    return [*top, *lines, *facts, *s.paragraphs, notice, *footer(rng, site)]


def correction(rng: random.Random, s: Story) -> Page:
    """A correction note under the last paragraph (the article's own words, so the
    truth's), then related stories."""
    site, top = _site(rng)
    note = f"An earlier version of this article misstated {rng.choice(ERRORS)}."
    note = rng.choice(
        [note, f"Correction: {note}", f"This article was amended on {s.date}. {note}"]
    )
    s.paragraphs = [*s.paragraphs, note]
    related = ["Related", *(teaser(rng) for _ in range(3))]
    return [*top, *head(rng, s), *s.paragraphs, *related, *footer(rng, site)]


def interview(rng: random.Random, s: Story) -> Page:
    """An interview: an introduction, then questions and answers marked Q: and A: (or
    the names' initials); all of it the body."""
    site, top = _site(rng)
    guest = person(rng)
    ask, say = rng.choice([("Q:", "A:"), ("Q.", "A."), (s.author.split()[0] + ":", guest + ":")])
    intro = (
        f"{guest} has chaired the board for six years. We asked about the {s.headline.split()[-1]}."
    )
    lines = [intro]
    for question, answer in zip(rng.sample(ASKED, 4), s.paragraphs[1:], strict=False):
        lines += [f"{ask} {question}", f"{say} {answer}"]
    s.paragraphs = lines
    return [*top, *head(rng, s), *s.paragraphs, *footer(rng, site)]


GENRES: list[tuple[str, Family]] = [
    ("menu again under the header", menu_again),
    ("breadcrumb, listen line over headline", crumb_listen),
    ("advertisement lines and a poll in body", ads_poll),
    ("explainer, question headings", explainer),
    ("key points over the body", key_points),
    ("obituary, born and died lines", obituary),
    ("correction note under the body", correction),
    ("interview, Q: and A:", interview),
]
DEV, HELD_OUT = halves(GENRES)
