"""The headline of an HTML page: the heading a reader sees above the article.

The page names its article's title in data (og:title, twitter:title, the JSON-LD
headline, ``<title>``), often with the site's name after a separator. The headline is
the ``h1`` that shares most words with those titles (its line that one of them is, when
a ``<br>`` parts a kicker from it); extraction's guess at the title (a lone ``h1``, a
class saying "title") counts only when the page's own titles name no heading (a
``<title>`` that is the site's name alone). An ``h1`` that is the site's name is a
masthead, never the headline: a link to the site's home page, one in the footer, the
site's og:site_name, or a piece of ``<title>`` beside its longest when the page shows
that one as a heading ("Headline | Gull Post" over an ``h1`` "Gull Post" and an ``h2``
"Headline"). With no ``h1`` the page's titles name: an ``h2`` that is one of them or one
of their pieces ("Four Years Remaining » Blog Archive » Headline"), or an element
classed as a title that shows one of them or its longest piece; then the ``h1``
extraction's guess names; a lone ``h1`` of three words or more; else the stated title
without the site's name after it ("Headline - Site", where "Site" is a masthead, a
link's to the home page (a logo's) or a piece of ``<title>`` beside a longer one that no
other title repeats), or the piece it
shares with ``<title>`` when the two differ around it ("Kicker: Headline" beside "Site
| Section: Headline"); when that is all a one-piece ``<title>`` says (the site's name,
maybe over a bare separator), or a masthead's (a section's ``h1`` over the article's
``h2``: "Weather | Gull Post"), and no ``h1`` is a heading, the heading nearest above the
first paragraph of prose (else the first ``h2``).
"""

from __future__ import annotations

from reader.ingest.headline import comparable
from reader.ingest.html_title_parts import (
    Titles,
    closest,
    kicked,
    pieces,
    shared_piece,
    without_site,
)


def headline(titles: Titles, extracted: str | None, site: str | None) -> str | None:
    """The headline, or None when the page names none."""
    mastheads = {comparable(s) for s in [*titles.sites, *titles.mastheads, site or ""] if s}
    mastheads |= _site_pieces(titles)
    mastheads -= {comparable(t) for t in titles.stated}  # og:title names the article
    own = [t for t in [*titles.stated, titles.page_title] if t and comparable(t) not in mastheads]
    guess = [t for t in [extracted or ""] if t and comparable(t) not in mastheads]
    stated = own + guess
    named = {comparable(p) for t in stated for p in [t, *pieces(t)]}
    lines = [kicked(heading, named) for heading in titles.headings]
    lines = [line for line in lines if comparable(line) not in mastheads]
    ranked = [t for t in own if t != titles.page_title] or own  # og:title, JSON-LD, <title>
    best = closest(lines, ranked) or _subhead(titles.subheads, own, mastheads)
    logos = {comparable(h) for h in titles.home_links}
    best = best or _marked(titles.marked, own, mastheads | logos)
    best = best or closest(lines, guess)
    if best is None and len(lines) == 1 and _heads_article(lines[0], titles):
        best = lines[0]
    best = best or _subhead(titles.subheads, guess, mastheads)
    if best is None and stated:
        parts = pieces(titles.page_title)
        longest = max(parts, key=len, default="")
        repeated = {comparable(t) for t in titles.stated}
        mastheads |= {comparable(p) for p in parts if p != longest} - repeated
        mastheads |= logos
        best = shared_piece(stated[0], titles.page_title, mastheads)
        best = best or without_site(stated[0], mastheads)
    shown = titles.over_body or next(iter(titles.subheads), "")
    shown_h1 = {comparable(m) for m in titles.mastheads}  # a masthead the page shows as an h1
    named_site = best and (_site_alone(best, titles, mastheads) or comparable(best) in shown_h1)
    if named_site and not lines and shown:
        best = shown  # "Site -", "Section | Site": the page's own title left out of <title>
    return best


def _heads_article(line: str, titles: Titles) -> bool:
    """A lone h1 the titles do not name is the headline at three words or more, or
    shorter over the article's date ("Kelpwick floods" over its <time>)."""
    return len(line.split()) >= 3 or titles.h1_dated


def _site_alone(best: str, titles: Titles, mastheads: set[str]) -> bool:
    """The headline found is all <title> says, and <title> names the site alone: one piece
    (its name, maybe over a bare separator: "Gull Post -"), or its name first and what no
    heading shows after it (its tagline: "Gull Post | News from the coast")."""
    parts = pieces(titles.page_title)
    if comparable(best) != comparable(titles.page_title) or not parts:
        return False
    shown = {comparable(h) for h in [*titles.subheads, *(x for h in titles.headings for x in h)]}
    rest = {comparable(p) for p in parts[1:]}
    return len(parts) == 1 or (comparable(parts[0]) in mastheads and not rest & shown)


def _site_pieces(titles: Titles) -> set[str]:
    """The pieces of <title> beside its longest when the page shows that one as a heading
    ("Headline | Gull Post" over an h2 "Headline"): the site's name, an h1 of it a masthead."""
    parts = pieces(titles.page_title)
    longest = max(parts, key=len, default="")
    shown = {comparable(h) for h in [*titles.subheads, *(x for h in titles.headings for x in h)]}
    if len(parts) < 2 or comparable(longest) not in shown:
        return set()
    return {comparable(p) for p in parts if p != longest}


def _subhead(subheads: list[str], tier: list[str], mastheads: set[str]) -> str | None:
    """The first h2 that is one of the titles or a piece of one."""
    named = {comparable(p) for t in tier for p in [t, *pieces(t)]} - mastheads
    return next((h for h in subheads if comparable(h) in named), None)


def _marked(marked: list[str], tier: list[str], mastheads: set[str]) -> str | None:
    """The first element classed as a title that shows one of the titles whole, or its
    longest piece that is no site's name ("Site | Section: Headline" over a ``span.title``
    "Headline")."""
    named = {comparable(t) for t in tier}
    for title in tier:
        own = [p for p in pieces(title) if comparable(p) not in mastheads]
        named |= {comparable(max(own, key=len))} if own else set()
    return next((m for m in marked if comparable(m) in named - mastheads), None)
