"""What a page's titles are made of: the headings and stated titles html_headline
chooses the headline from (Titles), the elements a theme may set its headline in, a
title's pieces between separators ("Headline | Gull Post", "Kicker: Headline"), and
what a title's pieces give: the line that shares most words with a title, the piece two
titles share, a title without its site's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.ingest.headline import comparable

# Elements a theme may set its headline in when it is no h1 or h2: their class says so.
MARKED_TITLES = (
    "//*[not(self::h1 or self::h2 or self::title)][contains(@class, 'title')"
    " or contains(@class, 'headline')]"
)
# Between a <title>'s pieces: any short run of marks between spaces ("|", "-", "»", "•",
# "~", "::", "/"), bars and chevrons even unspaced; never a mark that joins words or ends a
# sentence ("&", "+", quotes, brackets, stops, "…").
_BARS = r"\s+[^\w\s&+'\"“”‘’()\[\],.;!?…%$€£]{1,3}\s+|\s*[|»]\s*"
BARS = re.compile(_BARS)  # the site's piece stands after one of these, never a colon
_SEPARATOR = re.compile(_BARS + r"|:\s+")  # pieces of a title, a kicker's colon too
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Titles:
    headings: list[list[str]] = field(default_factory=list)  # each h1's lines, page order
    subheads: list[str] = field(default_factory=list)  # h2 texts, page order
    stated: list[str] = field(default_factory=list)  # og:title, twitter:title, JSON-LD
    page_title: str = ""  # <title>
    sites: list[str] = field(default_factory=list)  # og:site_name, application-name
    mastheads: list[str] = field(default_factory=list)  # h1s linking home, in the footer
    home_links: list[str] = field(default_factory=list)  # short texts of links home (a logo)
    marked: list[str] = field(default_factory=list)  # texts of elements classed as titles
    over_body: str = ""  # the heading nearest above the first paragraph of prose (no h1)
    h1_dated: bool = False  # a date is shown soon after the h1 the byline is looked under


def pieces(title: str) -> list[str]:
    return [p.strip() for p in _SEPARATOR.split(title) if p.strip()]


def named_by(titles: Titles) -> set[str]:
    """The stated titles and <title>, and their pieces, as comparable texts."""
    stated = [*titles.stated, titles.page_title]
    return {comparable(p) for t in stated for p in [t, *pieces(t)]}


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def closest(lines: list[str], titles: list[str]) -> str | None:
    """The first line that shares most words with one of the titles (any at all)."""
    wanted = [words(t) for t in titles]
    best, best_score = None, 0
    for line in lines:
        score = max((len(w & words(line)) for w in wanted), default=0)
        if score > best_score:
            best, best_score = line, score
    return best


def shared_piece(stated: str, page_title: str, mastheads: set[str]) -> str | None:
    """The piece of a stated title that <title> gives too, when the two differ around it
    ("Kicker: Headline" beside "Site | Section: Headline"): the headline."""
    if comparable(stated) in comparable(page_title):
        return None
    given = {comparable(p) for p in pieces(page_title)} - mastheads
    shared = [p for p in pieces(stated) if comparable(p) in given and len(p.split()) >= 2]
    return max(shared, key=len) if len(pieces(stated)) > 1 and shared else None


def kicked(lines: list[str], named: set[str]) -> str:
    """The h1's longest line that a stated title names, under a kicker; else the whole
    h1 (a <br> may only break a long headline for the layout)."""
    return max(
        (line for line in lines if comparable(line) in named),
        key=len,
        default=" ".join(lines),
    )


def without_site(title: str, mastheads: set[str]) -> str | None:
    """The title less a site's name after its last separator ("Headline - DiEM25")."""
    parts = pieces(title)
    if len(parts) > 1 and comparable(parts[-1]) in mastheads:
        site = title.rfind(parts[-1])
        cut = max((m.start() for m in _SEPARATOR.finditer(title) if m.end() <= site), default=0)
        return title[:cut].strip() or None
    return title.strip() or None
