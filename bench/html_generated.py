"""reader's headline and date on generated HTML pages: the families of bench/html_templates.py
with what pages put around an article, drawn at random (seeded).

    .venv/bin/python bench/html_generated.py [--pages 20] [--seed 1] [--misses]

Around the article a page may have: a bar with today's date above the masthead, a list
of related stories (``h3`` titles, each with its own date, later or earlier) before or
after the article, an "Updated" line with a newer date, and a comment list whose
comments carry their own, later dates. Each family's page is scored on its headline
(exact), its date (the publication's, exact), its authors (the list, exact) and its body
(every paragraph written is in the article's paragraphs, and no comment's text); the table
gives each family, then the dev families (rules may be written from them) and the
held-out ones (only scored), then session 24's, 26's, 27's, 28's, 29's, 30's, 31's,
32's, 33's, 34's, 35's and 36's families alone (bench/html_templates_unseen.py, _cms.py,
_marks.py, _range.py, _built.py, _assumed.py, _broken.py, _copied.py, _dated.py, _titled.py,
_credited.py, _authored.py: each scored before any rule was written from them). A family
that states no date of its own is right when reader gives none.
``--misses`` prints what reader read on the dev families' pages it got wrong (never on
the held-out ones').
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys

from html_family import COMMENT_TEXT, Facts, Family, long_date
from html_templates import DEV, FAMILIES, HELD_OUT, SESSIONS
from layout_text import FIRST, LAST, PLACES, WORDS

from reader.ingest.source import from_bytes
from reader.model import Article, BlockKind
from reader.sources import parse_source

SITES = ["The Gull Gazette", "Harbour Post", "Valley Courier", "Northfield Times", "Coast Notes"]
SUBJECTS = ["Council", "Ferry operator", "Harbour board", "Residents", "School governors"]
ACTIONS = ["votes to rebuild", "delays", "approves a plan for", "rejects", "reopens", "sells"]
WHEN = ["", "", " after storm", " this winter", " to begin today", " on Monday"]
KICKERS = ["Local news", "Transport", "Weather watch", "Breaking", "Opinion"]


def _headline(rng: random.Random) -> str:
    if rng.random() < 0.15:  # a short one
        return f"{rng.choice(PLACES)} {rng.choice(['votes', 'waits', 'floods'])}"
    text = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} the {rng.choice(WORDS)}"
    text += f" in {rng.choice(PLACES)}" if rng.random() < 0.5 else ""
    return text + rng.choice(WHEN)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        sentences.append(f"{_person(rng)} said the {words} would wait until spring.")
    return "<p>" + " ".join(sentences) + "</p>"


def _related(rng: random.Random, day: dt.date) -> str:
    items = []
    for _ in range(rng.randint(2, 4)):
        when = day + dt.timedelta(days=rng.choice([-9, -3, -1, 1, 2, 6]))
        items.append(
            f'<li><h3><a href="/s/{rng.randint(1, 999)}">{_headline(rng)}</a></h3>'
            f'<time datetime="{when.isoformat()}">{long_date(when)}</time></li>'
        )
    return f'<div class="related"><h2>Related stories</h2><ul>{"".join(items)}</ul></div>'


def _comments(rng: random.Random, day: dt.date) -> str:
    items = []
    for n in range(rng.randint(2, 5)):
        when = day + dt.timedelta(days=rng.randint(0, 4))
        items.append(
            f'<li class="comment" id="comment-{n + 1}"><cite class="fn">{_person(rng)}</cite> '
            f'<a class="date">{long_date(when)} at {rng.randint(1, 11)}:{rng.randint(10, 59)} '
            f"pm</a><p>{rng.choice(WORDS).title()} {' '.join(rng.sample(WORDS, 6))}.</p></li>"
        )
    heading = f"<h2>{len(items)} comments</h2>"
    return f'<section id="comments">{heading}<ol>{"".join(items)}</ol></section>'


def page(family: Family, rng: random.Random, more: random.Random) -> tuple[str, Facts, list[str]]:
    """A page of the family, what it states and its paragraphs' texts (``more`` draws what
    session 24's families added, so the earlier families' pages stay as they were)."""
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    facts = Facts(
        headline=_headline(rng),
        kicker=rng.choice(KICKERS),
        site=rng.choice(SITES),
        author=_person(rng),
        published=published,
        updated=published + dt.timedelta(days=rng.randint(1, 20)),
    )
    today = facts.updated + dt.timedelta(days=rng.randint(0, 30))
    top = f'<div class="today">{today:%A}, {long_date(today)}</div>' if rng.random() < 0.4 else ""
    nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
    related = _related(rng, published) if rng.random() < 0.6 else ""
    before, after = (related, "") if rng.random() < 0.5 else ("", related)
    shown = rng.random() < 0.3 and not family.undated
    update = f"<p>Updated {long_date(facts.updated)}</p>" if shown else ""
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(3, 6))]
    comments = _comments(rng, published) if rng.random() < 0.5 else ""
    other = published - dt.timedelta(days=more.randint(1, 9))
    third = _person(random.Random(f"{facts.headline}:{facts.author}"))  # draws from neither
    facts = dataclasses.replace(
        facts, coauthor=_person(more), other=_headline(more), other_day=other, third=third
    )
    body = family.body(facts, paragraphs)
    html = (
        f'<!DOCTYPE html><html{family.root}><head><meta charset="utf-8">{family.head(facts)}'
        f"</head><body>{family.top(facts)}{top}<header>{family.masthead(facts)}{nav}</header>"
        f"{before}<main>{family.aside(facts)}<article>"
        f"{family.heading(facts)}{family.dated(facts)}{update}{body}"
        f"{'' if family.closes else '</article>'}{after}"
        f"{comments}</main><footer><p>© {today.year} {facts.site}</p></footer></body></html>"
    )
    return html, facts, [p.removeprefix("<p>").removesuffix("</p>") for p in paragraphs]


def whole_body(article: Article, paragraphs: list[str]) -> bool:
    """Every paragraph written is in the article's paragraphs, and no comment's words."""
    said = (b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH)
    text = " ".join(" ".join(said).split())
    return all(p in text for p in paragraphs) and COMMENT_TEXT not in text


def score(family: Family, pages: int, seed: int, misses: bool) -> list[int]:
    """[headlines, dates, authors, bodies] right over the family's pages."""
    rng, more = random.Random(f"{seed}:{family.name}"), random.Random(f"{seed}:{family.name}+")
    right = [0, 0, 0, 0]
    for _ in range(pages):
        html, facts, paragraphs = page(family, rng, more)
        article = parse_source(from_bytes(html.encode("utf-8"), "page.html")).article
        day = None if family.undated else facts.published.isoformat()
        want = (facts.headline, day, family.authors(facts), True)
        got = (article.title, article.published, article.authors, whole_body(article, paragraphs))
        right = [r + (g == w) for r, g, w in zip(right, got, want, strict=True)]
        if misses and got != want:
            print(f"{family.name}: {got!r}\n  want {want!r}", file=sys.stderr)
    return right


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=20, help="pages per family")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    results = {f.name: score(f, args.pages, args.seed, args.misses and f in DEV) for f in FAMILIES}
    print("| family | pages | headline | date | authors | body |\n|---|---|---|---|---|---|")
    rows = [*((f.name, [f]) for f in FAMILIES), ("dev", DEV), ("held out", HELD_OUT)]
    for number, own in SESSIONS.items():
        rows += [(f"session {number}'s, dev", [f for f in DEV if f in own])]
        rows += [(f"session {number}'s, held out", [f for f in HELD_OUT if f in own])]
    for label, families in rows:
        total = args.pages * len(families)
        shares = (sum(results[f.name][k] for f in families) / total for k in range(4))
        print(f"| {label} | {total} | {' | '.join(f'{s:.3f}' for s in shares)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
