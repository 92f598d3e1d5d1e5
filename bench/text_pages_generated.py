"""reader's headline and body on generated text-copy pages: an invented article
(text_page_article.py) inside one of ten families of site chrome (text_page_families.py)
or one of eight page layouts (text_page_layouts.py: live blog, gallery, capitals...) or
one of eight kinds of article (text_page_genres.py: explainer, interview, obituary...),
six headline shapes (text_page_titles.py: a count, a date, one or two words...) or six
page shapes (text_page_shapes.py: a copy begun mid-page, a table, a blog's tagline...) or
twelve page parts (text_page_parts.py: a long menu, a caption under the byline, crossheads...)
or fourteen messy copies (text_page_messy.py: consent text, ads and captions in the body,
a hard-wrapped copy, a Q&A...) or fourteen of session 30 (text_page_unseen30.py: a
subtitle with no full stop, a standfirst under the byline, comments with no heading...)
or fourteen of session 31 (text_page_unseen31.py: a blog's tagline and dek, an author box
over the headline, a release's contact block, a listicle, a newsletter's web copy...)
or six of session 31's second round (text_page_short.py: a headline of one to four words
under an alert bar or a cookie line, over a longer dek; text_page_live.py: four live blogs)
or eight of session 32 (text_page_unseen32.py: a blog's name over its description, a
caption or summary bullets between headline and byline, no byline near the headline, a
figurative headline over a dek in the lead's words) or eight of session 33
(text_page_unseen33.py: consent dialogs and app bars whose choices no list holds, a
paywall prompt or a teaser card between paragraphs, a gallery under the headline...) or
eight of session 34 (text_page_unseen34.py: a notice's buttons over a short headline with a
line under it, a short title over a subtitle, a headline keeping "will" under a writer's
name, a press release's dateline, a forum thread's "started by" line...) or eight of
session 35 (text_page_unseen35.py: a pun in capitals, a quoted title, a headline of
twenty words over summary lines or bullets, a byline split over a role or label line...)
or ten of session 36 (text_page_unseen36.py: the page's title line naming a short
headline, a headline quoted whole, a score headline over a reporter "at" the ground, a
role in lower case by the writer's name, a long headline over bullets and "By"...).

    .venv/bin/python bench/text_pages_generated.py [--pages 30] [--seed 1] [--misses]
                                                   [--only GROUP]

Each page is parsed as a copied text (a .txt) and scored on its headline (exact) and its
body (F1 of word 4-gram shingles against the article's paragraphs, with the scorer of
../shared/realpages). The table gives each family, then the dev families (rules may be
written from their misses) and the held-out ones (only scored). ``--misses`` prints what
reader read on the dev families' pages it got wrong (never on the held-out ones').
Half the pages put a blank line between lines (a copy from a browser), half none.
"""

from __future__ import annotations

import argparse
import random
import sys

import text_page_families
import text_page_genres
import text_page_layouts
import text_page_live
import text_page_messy
import text_page_parts
import text_page_shapes
import text_page_short
import text_page_titles
import text_page_unseen30
import text_page_unseen31
import text_page_unseen32
import text_page_unseen33
import text_page_unseen34
import text_page_unseen35
import text_page_unseen36
from realpages import scorer
from text_page_article import story
from text_page_families import Family

from reader.ingest.source import from_bytes
from reader.sources import parse_source

BODY_KINDS = ("paragraph", "heading")
Named = list[tuple[str, Family]]
GROUPS: list[tuple[str, Named, Named, Named]] = [  # (label, all, dev, held out)
    ("", text_page_families.FAMILIES, text_page_families.DEV, text_page_families.HELD_OUT),
    ("layouts, ", text_page_layouts.LAYOUTS, text_page_layouts.DEV, text_page_layouts.HELD_OUT),
    ("genres, ", text_page_genres.GENRES, text_page_genres.DEV, text_page_genres.HELD_OUT),
    ("titles, ", text_page_titles.TITLES, text_page_titles.DEV, text_page_titles.HELD_OUT),
    ("shapes, ", text_page_shapes.SHAPES, text_page_shapes.DEV, text_page_shapes.HELD_OUT),
    ("parts, ", text_page_parts.PARTS, text_page_parts.DEV, text_page_parts.HELD_OUT),
    ("messy, ", text_page_messy.MESSY, text_page_messy.DEV, text_page_messy.HELD_OUT),
    ("s30, ", text_page_unseen30.UNSEEN30, text_page_unseen30.DEV, text_page_unseen30.HELD_OUT),
    ("s31, ", text_page_unseen31.UNSEEN31, text_page_unseen31.DEV, text_page_unseen31.HELD_OUT),
    ("s31b, ", text_page_short.SHORT_HEADS, text_page_short.DEV, text_page_short.HELD_OUT),
    ("s31b live, ", text_page_live.LIVE, text_page_live.DEV, text_page_live.HELD_OUT),
    ("s32, ", text_page_unseen32.UNSEEN32, text_page_unseen32.DEV, text_page_unseen32.HELD_OUT),
    ("s33, ", text_page_unseen33.UNSEEN33, text_page_unseen33.DEV, text_page_unseen33.HELD_OUT),
    ("s34, ", text_page_unseen34.UNSEEN34, text_page_unseen34.DEV, text_page_unseen34.HELD_OUT),
    ("s35, ", text_page_unseen35.UNSEEN35, text_page_unseen35.DEV, text_page_unseen35.HELD_OUT),
    ("s36, ", text_page_unseen36.UNSEEN36, text_page_unseen36.DEV, text_page_unseen36.HELD_OUT),
]


def page(family: Family, rng: random.Random) -> tuple[str, str, str]:
    """(the page's text, its headline, its body)."""
    s = story(rng)
    lines = family(rng, s)  # (it may change the headline: capitals, two lines)
    text = ("\n\n" if rng.random() < 0.5 else "\n").join(lines) + "\n"
    return text, s.headline, "\n".join(s.paragraphs)


def score(name: str, family: Family, pages: int, seed: int, misses: bool) -> tuple[int, float]:
    """(headlines right, the sum of the body F1s) over the family's pages."""
    prf = scorer().prf
    rng = random.Random(f"{seed}:{name}")
    heads, bodies = 0, 0.0
    for _ in range(pages):
        text, headline, body = page(family, rng)
        article = parse_source(from_bytes(text.encode("utf-8"), "page.txt")).article
        got = "\n".join(b.text for b in article.blocks if b.kind.value in BODY_KINDS)
        f1 = prf(body, got, 4)[2]
        heads += article.title == headline
        bodies += f1
        if misses and (article.title != headline or f1 < 0.9):
            print(f"{name}: {article.title!r} body {f1:.3f}\n  want {headline!r}", file=sys.stderr)
    return heads, bodies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=30, help="pages per family")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--only", help="one group's label ('s30', 'messy'; '' for the first)")
    args = parser.parse_args()
    groups = [g for g in GROUPS if args.only is None or g[0].rstrip(", ") == args.only]
    families = [pair for _, every, _, _ in groups for pair in every]
    dev = {name for _, _, devs, _ in groups for name, _ in devs}
    results = {
        name: score(name, family, args.pages, args.seed, args.misses and name in dev)
        for name, family in families
    }
    print("| family | pages | headline | body F1 |\n|---|---|---|---|")
    rows = [(name, [name]) for name, _ in families]
    for label, _, devs, held in groups:
        rows += [(f"{label}dev", [n for n, _ in devs])]
        rows += [(f"{label}held out", [n for n, _ in held])]
    for label, names in rows:
        total = args.pages * len(names)
        heads = sum(results[n][0] for n in names) / total
        bodies = sum(results[n][1] for n in names) / total
        print(f"| {label} | {total} | {heads:.3f} | {bodies:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
