"""Who wrote an HTML page's article, from what its blocks and data say: the authors the
publisher's data states, else those the page shows, less the site's own name (nor the
site's or a company's name in data over a person's byline shown); the byline
shown when it names the stated ones and more; with no byline, the post's signature at the
body's end; and an extracted author cleaned of what stuck to it.
"""

from __future__ import annotations

import re

from reader.ingest.author_places import signed_at_end
from reader.ingest.headline import comparable
from reader.ingest.html_article import PageFacts
from reader.ingest.html_byline_names import people
from reader.ingest.lines import byline_names
from reader.ingest.names import known_first_name
from reader.lexicon import ORG_WORDS
from reader.model import Article, BlockKind

_NAME_END = re.compile(r"\s+(?:says|updated|staff)\b.*$", re.IGNORECASE)


def article_authors(article: Article, facts: PageFacts, shown: list[str]) -> list[str]:
    """The article's authors once its blocks are made (``shown``: the names of the byline
    the page shows)."""
    sites = [f" {comparable(s)} " for s in [article.site or "", *facts.titles.sites] if s]
    shown = [name for name in shown if not _is_site(name, sites)]
    stated = facts.metadata.authors
    if shown and all(_is_site(name, sites) or _organisation(name) for name in stated):
        stated = []  # the site or its company credited in data, a person's byline shown
    return _authors(stated, article.authors, shown) or _signed(article)


def byline_block_names(text: str, facts: PageFacts) -> list[str]:
    """The names of a byline block: its words' names, or the names the markup read from
    that line when they are more and all in it ("Words: Ann Lee, Bo Park / Photos: Cy
    Moss", its two ``rel="author"`` links the authors)."""
    names = people(byline_names(text) or [])
    marked = facts.authors
    more = len(marked) > len(names) and all(name in text for name in marked)
    return list(marked) if more else names


def _signed(article: Article) -> list[str]:
    """With no byline, the post's signature or the author's bio at the body's end, as
    for a text copy ("Ann Lee is a reporter at …")."""
    blocks = article.blocks
    kinds = [b.kind for b in blocks]
    body_end = max((k for k, kind in enumerate(kinds) if kind is BlockKind.PARAGRAPH), default=-1)
    return people(signed_at_end(blocks, body_end + 1), lone=False)


def _organisation(name: str) -> bool:
    """An organisation's name ("Harbour Media Group Ltd", "Valley Publishing Co."): an
    organisation's word ends it, no known first name opens it. The author meta is set
    once for the whole publication; the byline shown, once for each article."""
    words = name.split()
    last = words[-1].lower().strip(".,") if words else ""
    return last in ORG_WORDS and not known_first_name(words[0])


def _is_site(name: str, sites: list[str]) -> bool:
    """The name is the site's own ("Snopes" on "Snopes.com")."""
    name = f" {comparable(name)} "
    return any(name in site or site in name for site in sites)


def _authors(stated: list[str], found: list[str], shown: list[str]) -> list[str]:
    """The authors the publisher's data states, else those found on the page; the byline
    shown (less the site's name) when it names them all and more (data often holds the
    first of three)."""
    if not stated:
        return found
    names = {comparable(name) for name in shown}
    if len(shown) > len(stated) and all(comparable(name) in names for name in stated):
        return shown
    return list(stated)


def plain_name(name: str) -> str:
    """An extracted author without what stuck to it ("Ann says", "Ann Updated 3 hours
    ago"; a date is cut by ``people``)."""
    return _NAME_END.sub("", name.strip()).strip()
