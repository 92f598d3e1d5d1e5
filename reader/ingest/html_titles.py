"""The titles a page states and the h1s it shows, sorted: an h1 is a heading (its lines:
a ``<br>`` parts a kicker from the headline), a site's masthead (a link home, in the
footer, or the name the footer's copyright gives) or neither (in an aside or a menu).
The stated titles (og:title, twitter:title, the data's headline, ``<title>``), the
site's names and the short texts of links home are what html_headline chooses from.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from reader.ingest.headline import comparable
from reader.ingest.html_headings import over_body, shown_titles
from reader.ingest.html_links import page_url
from reader.ingest.html_pieces import KICKER_WORDS
from reader.ingest.html_text import is_home, lines_of, links_home, norm, text_of
from reader.ingest.html_title_parts import MARKED_TITLES, Titles, named_by
from reader.ingest.text_shape import word_count

_SITE_WORDS = 5  # a site's name is shorter
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)[\s\d,–—-]*", re.IGNORECASE)
_APART = frozenset({"aside", "nav"})  # an h1 in one is no headline...
_BOXES = _APART | {"article", "main"}  # ... unless an article or main in it holds it
_TITLE_WORDS = 30  # a headline is shorter
_TAGLINE_WORDS = 8  # a site's tagline beside its logo is shorter


def _short(text: str) -> bool:
    return len(text.split()) <= _TITLE_WORDS


_STATED = (
    "//meta[@property='og:title' or @name='twitter:title' or @property='twitter:title']/@content"
)
_SITES = (  # og:site_name first: the site's own name over its app's
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
)


def sort_heading(node: HtmlElement, text: str, titles: Titles, footer: str) -> bool:
    """An h1: its lines (a <br> or a kicker's own element parts a kicker from the
    headline), or a masthead: a link to the home page (maybe over its tagline), an h1 in
    the footer or one the footer's copyright names ("© 2025 Gull Post"; a footer may list
    the posts too). False for a masthead, and for an h1 in an aside or a menu (a
    promotion's "Subscribe to …"), which is neither. A section's name over the article's
    ``h2`` is a masthead that stands at the article's top: True, as a heading's."""
    ancestors = {a.tag for a in node.iterancestors()}
    short = len(text.split()) <= _SITE_WORDS
    signed = short and f" © {comparable(text)} " in footer
    if links_home(node) or _logo_first(node, text) or "footer" in ancestors or signed:
        titles.mastheads.append(text)
        return False
    if _section_over_h2(node, text):  # no headline, but the article's top
        titles.mastheads.append(text)
        return True
    if next((a.tag for a in node.iterancestors(*_BOXES)), None) in _APART:
        return False
    lines = lines_of(node) or [text]
    titles.headings.append(_kicker_apart(node, lines[0]) if len(lines) == 1 else lines)
    return True


def _section_over_h2(node: HtmlElement, text: str) -> bool:
    """The h1 is all one link to another page (a section's "<a href='/weather'>Weather</a>",
    not the page's own address), a kicker's few words, and an h2 of as many words or more
    follows it: the section's name over the article's headline, no heading of its own."""
    link = next(node.iter("a"), None)
    after = node.getnext()
    if link is None or text_of(link) != text or len(text.split()) > KICKER_WORDS:
        return False
    if after is None or after.tag != "h2" or word_count(text_of(after)) < word_count(text):
        return False
    own = page_url(node.getroottree().getroot(), None)
    return not own or urlsplit(urljoin(own, link.get("href") or "")).path != urlsplit(own).path


def _logo_first(node: HtmlElement, text: str) -> bool:
    """The h1 opens with a link to the home page and a short tagline follows it (a
    logo's "<a href='/'>Gull Post</a><small>News from the coast</small>")."""
    if (node.text or "").strip():
        return False
    link = next(node.iter("a"), None)
    if link is None or not is_home(link) or not text.startswith(home := text_of(link)):
        return False
    return bool(home) and len(text[len(home) :].split()) <= _TAGLINE_WORDS


def _kicker_apart(node: HtmlElement, line: str) -> list[str]:
    """An h1 that opens with a short element of its own, a space after it (a kicker's
    span: "<span>Transport</span> Ferry to close"), as two lines, the kicker's and the
    rest, so that a stated title may name the rest as a ``<br>``'s would be; else its line."""
    if (node.text or "").strip() or not len(node) or not isinstance(node[0].tag, str):
        return [line]
    kicker = norm(" ".join(node[0].itertext()))
    if not kicker or len(kicker.split()) > KICKER_WORDS or not line.startswith(kicker + " "):
        return [line]
    return [kicker, line[len(kicker) + 1 :]]


def read_titles(root: HtmlElement, titles: Titles, data_headline: str | None) -> None:
    """The titles the page states (og:title, twitter:title, the data's headline, <title>),
    its site's names, its links home, and, when they name no h1 that is a heading, the texts
    of the elements classed as titles and of those that show one of them."""
    titles.stated = [norm(t) for t in root.xpath(_STATED) if norm(t)]
    if data_headline:
        titles.stated.append(norm(data_headline))
    page_title = root.find(".//title")
    titles.page_title = text_of(page_title) if page_title is not None else ""
    titles.sites = [norm(s) for path in _SITES for s in root.xpath(path) if norm(s)]
    titles.home_links = _home_links(root)
    named = named_by(titles)
    if not any(comparable(line) in named for lines in titles.headings for line in lines):
        marked = [t for n in root.xpath(MARKED_TITLES) if (t := text_of(n)) and _short(t)]
        titles.marked = marked + [text_of(n) for n in shown_titles(root, named)]  # a scan
    if not titles.headings:
        over = over_body(root)
        titles.over_body = text_of(over) if over is not None else ""


def footer_words(root: HtmlElement) -> str:
    """The words of the page's footers, as _copyright_words gives them."""
    return " ".join(_copyright_words(text_of(f)) for f in root.iter("footer"))


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
