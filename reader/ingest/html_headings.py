"""Where a page's headline stands: the heading elements that its stated titles name, so
the byline and the date are looked for after it.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.ingest.headline import comparable
from reader.ingest.html_pieces import PROSE_WORDS
from reader.ingest.html_text import SKIP, is_home, text_of
from reader.ingest.html_title_parts import MARKED_TITLES
from reader.ingest.text_shape import word_count

_TITLE_WORDS = 3  # a stated title shown in plain text is a headline from this many words
_OUTSIDE = SKIP | {"aside", "nav", "footer"}  # no heading or paragraph of the article's here


def headlines(root: HtmlElement, titles: set[str]) -> list[HtmlElement]:
    """The h1s and h2s a stated title names (a theme may set its headline in an h2), then
    the elements classed as titles it names when it names none of those, else (no h1) the
    element that shows the longest stated title in its text, then the other h1s."""
    named = [h for h in root.iter("h1", "h2") if comparable(text_of(h)) in titles]
    if not named:  # asked only then: a scan of every element's class
        named = [m for m in root.xpath(MARKED_TITLES) if comparable(text_of(m)) in titles]
    no_h1 = not any(True for _ in root.iter("h1"))
    if not named and no_h1 and (shown := shown_titles(root, titles)):
        named = [max(shown, key=lambda s: len(comparable(text_of(s))))]
    return named + [h1 for h1 in root.iter("h1") if h1 not in named]


def shown_titles(root: HtmlElement, titles: set[str]) -> list[HtmlElement]:
    """The elements whose own text is a stated title of three words or more (a headline
    set in a ``strong``, a ``font`` or a ``div`` of the theme's), in page order, outside
    asides, menus, footers and the site's branding."""
    shown: list[HtmlElement] = []
    longest = 2 * max(map(len, titles), default=0) + 8  # a longer text shows none of them
    size = "string-length(normalize-space())"
    for text in root.xpath(f"//body//text()[{size} > 8 and {size} <= {longest}]"):
        words = comparable(text)
        if not text.is_tail and words in titles and len(words.split()) >= _TITLE_WORDS:
            node = text.getparent()
            if not any(a.tag in _OUTSIDE for a in node.iterancestors()) and not _branded(node):
                shown.append(node)
    return shown


def _branded(node: HtmlElement) -> bool:
    """The element stands beside a link to the home page (the site's logo): the site's
    name or tagline in its branding, not the article's headline."""
    parent = node.getparent()
    return parent is not None and any(is_home(a) for a in parent.iter("a"))


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
