"""Where a page's headline stands: the heading elements that its stated titles name, so
the byline and the date are looked for after it.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.ingest.headline import comparable
from reader.ingest.html_pieces import PROSE_WORDS
from reader.ingest.html_text import SKIP, text_of
from reader.ingest.html_title_parts import MARKED_TITLES
from reader.ingest.text_shape import word_count

_TITLE_WORDS = 3  # a stated title shown in plain text is a headline from this many words
_OUTSIDE = SKIP | {"aside", "nav", "footer"}  # no heading or paragraph of the article's here


def headlines(root: HtmlElement, titles: set[str]) -> list[HtmlElement]:
    """The h1s and h2s a stated title names (a theme may set its headline in an h2), then
    the elements classed as titles it names when it names none of those, then the other
    h1s."""
    named = [h for h in root.iter("h1", "h2") if comparable(text_of(h)) in titles]
    if not named:  # asked only then: a scan of every element's class
        named = [m for m in root.xpath(MARKED_TITLES) if comparable(text_of(m)) in titles]
    if not named and not any(True for _ in root.iter("h1")):
        named = _shown_in_text(root, titles)
    return named + [h1 for h1 in root.iter("h1") if h1 not in named]


def _shown_in_text(root: HtmlElement, titles: set[str]) -> list[HtmlElement]:
    """The element whose own text is the longest stated title of three words or more (a
    headline set in a ``strong`` or a ``p``), when no heading or title class names one."""
    shown = []
    for text in root.xpath("//body//text()[string-length(normalize-space()) > 8]"):
        words = comparable(text)
        if not text.is_tail and words in titles and len(words.split()) >= _TITLE_WORDS:
            shown.append((len(words), text.getparent()))
    return [max(shown, key=lambda s: s[0])[1]] if shown else []


def over_body(root: HtmlElement) -> HtmlElement | None:
    """The heading (``h2`` to ``h4``) nearest above the page's first paragraph of prose,
    outside asides, menus and footers: where a theme that sets no ``h1`` puts its headline
    (over the byline, under a list of related stories' titles)."""
    heading = None
    for node in root.iter("h2", "h3", "h4", "p"):
        if any(a.tag in _OUTSIDE for a in node.iterancestors()):
            continue
        if node.tag != "p":
            heading = node if text_of(node) else heading
        elif heading is not None and word_count(text_of(node)) >= PROSE_WORDS:
            return heading
    return None
