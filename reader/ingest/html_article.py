"""What a page's markup says about its article: headline, captions, byline, date, comments.

Read from the parsed page before extraction: the headings and titles the headline is
chosen from (``html_headline``), so it is the line a reader sees above the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from reader.ingest.dates import iso_date
from reader.ingest.headline import comparable
from reader.ingest.html_byline import find_byline
from reader.ingest.html_comment_read import MarkupComment
from reader.ingest.html_comments import find_comments
from reader.ingest.html_dates import is_update, shown_date
from reader.ingest.html_headings import headlines
from reader.ingest.html_headline import MARKED_TITLES, Titles, headline, pieces
from reader.ingest.html_meta import Metadata, date_of, read_metadata
from reader.ingest.html_sections import Box, body_sections
from reader.ingest.html_subtitles import find_subtitles
from reader.ingest.html_text import SKIP, is_home, lines_of, links_home, norm, text_of

_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class PageFacts:
    titles: Titles = field(default_factory=Titles)  # headings and stated titles
    captions: list[str] = field(default_factory=list)  # figcaption texts, in page order
    image_captions: dict[str, str] = field(default_factory=dict)  # image src -> figcaption
    byline: str | None = None  # the byline element's text
    authors: list[str] = field(default_factory=list)  # the names in it
    time_text: str | None = None  # the first date shown soon after the headline (a <time>
    # or a date line: html_dates), else the first <time> under it (else on the page); not
    # an update's when a dated one of publication follows it
    time_date: str | None = None  # its date: its datetime's, else its text's
    time_published: bool = False  # it is shown under the headline and no update's
    comments: list[MarkupComment] = field(default_factory=list)
    subtitles: dict[str, str] = field(default_factory=dict)  # h1 text -> the dek under it
    metadata: Metadata = field(default_factory=Metadata)  # what the page states in data
    sections: list[list[Box]] = field(default_factory=list)  # boxes of one body

    def title(self, extracted: str | None, site: str | None) -> str | None:
        return headline(self.titles, norm(extracted) or None, site)


def page_facts(root: HtmlElement) -> PageFacts:
    facts = PageFacts(comments=find_comments(root), metadata=read_metadata(root))
    inside = {n for c in facts.comments for n in c.node.iter()}
    under_headline = settled = False  # a <time> above the headline may date a teaser
    heads: set[HtmlElement] = set()  # the h1s that are no masthead
    above = updated = True  # the <time> kept: above the headline, an update's
    footer = " ".join(_copyright_words(text_of(f)) for f in root.iter("footer"))
    for node in root.iter("h1", "h2", "figcaption", "time"):
        if node in inside or any(a.tag in SKIP for a in node.iterancestors()):
            continue
        text = text_of(node)
        if not text:
            continue
        if node.tag == "h1":
            if _heading(node, text, facts.titles, footer):
                under_headline = True
                heads.add(node)
        elif node.tag == "h2":
            facts.titles.subheads.append(text)
        elif node.tag == "figcaption":
            facts.captions.append(text)
            figure = next((a for a in node.iterancestors("figure")), None)
            for image in figure.iter("img") if figure is not None else ():
                for src in (image.get("src"), image.get("data-src")):
                    if src:
                        facts.image_captions.setdefault(src, text)
        elif len(text) <= 60 and not settled:
            update = is_update(node, text)
            date = date_of(node.get("datetime") or "") or iso_date(text)
            replaces = above or (updated and not update and date is not None)
            if facts.time_text is None or (under_headline and replaces):
                facts.time_text, facts.time_date = text, date
                above, updated = not under_headline, update
                settled = under_headline and not update
    _stated_titles(root, facts)
    stated = [*facts.titles.stated, facts.titles.page_title]
    named = {comparable(p) for t in stated for p in [t, *pieces(t)]}
    if found := find_byline(root, inside, named):
        facts.byline, facts.authors = found
    heading = next((h for h in headlines(root, named) if h.tag != "h1" or h in heads), None)
    shown = shown_date(heading, inside) if heading is not None else None
    if shown and (not shown.update or not settled):  # over a teaser's <time>, or none
        facts.time_text, facts.time_date = shown.text, shown.date
    facts.time_published = settled or bool(shown and not shown.update)
    facts.subtitles = find_subtitles(root, facts.byline)
    facts.sections = body_sections(root, [c.node for c in facts.comments])
    return facts


_SITE_WORDS = 5  # a site's name is shorter
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)[\s\d,–—-]*", re.IGNORECASE)
_APART = frozenset({"aside", "nav"})  # an h1 in one is no headline
_TITLE_WORDS = 30  # a headline is shorter


def _short(text: str) -> bool:
    return len(text.split()) <= _TITLE_WORDS


_STATED = (
    "//meta[@property='og:title' or @name='twitter:title' or @property='twitter:title']/@content"
)
_SITES = (  # og:site_name first: the site's own name over its app's
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
)


def _heading(node: HtmlElement, text: str, titles: Titles, footer: str) -> bool:
    """An h1: its lines (a <br> parts a kicker from the headline), or a masthead: a link
    to the home page, an h1 in the footer or one the footer's copyright names ("© 2025
    Gull Post"; a footer may list the posts too). False for a masthead, and for an h1 in an
    aside or a menu (a promotion's "Subscribe to …"), which is neither."""
    ancestors = {a.tag for a in node.iterancestors()}
    short = len(text.split()) <= _SITE_WORDS
    signed = short and f" © {comparable(text)} " in footer
    if links_home(node) or "footer" in ancestors or signed:
        titles.mastheads.append(text)
        return False
    if ancestors & _APART:
        return False
    titles.headings.append(lines_of(node) or [text])
    return True


def _stated_titles(root: HtmlElement, facts: PageFacts) -> None:
    titles = facts.titles
    titles.stated = [norm(t) for t in root.xpath(_STATED) if norm(t)]
    if facts.metadata.headline:
        titles.stated.append(norm(facts.metadata.headline))
    page_title = root.find(".//title")
    titles.page_title = text_of(page_title) if page_title is not None else ""
    titles.sites = [norm(s) for path in _SITES for s in root.xpath(path) if norm(s)]
    titles.home_links = _home_links(root)
    if not titles.headings:  # only then asked (a scan of every element's class)
        titles.marked = [t for n in root.xpath(MARKED_TITLES) if (t := text_of(n)) and _short(t)]


def _copyright_words(footer: str) -> str:
    """The footer's words with a copyright's mark kept and its years left out: "© 2024-2025
    Gull Post. All rights reserved" is " © gull post all rights reserved "."""
    marked = _COPYRIGHT.sub(" copyrightmark ", footer)
    return f" {comparable(marked).replace('copyrightmark', '©')} "


def _home_links(root: HtmlElement) -> list[str]:
    """The texts of links to the home page short enough to be the site's name (a logo's
    "Gull Post")."""
    texts = (text_of(a) for a in root.xpath("//a[@href]") if is_home(a))
    return list(dict.fromkeys(t for t in texts if t and len(t.split()) <= _SITE_WORDS))
