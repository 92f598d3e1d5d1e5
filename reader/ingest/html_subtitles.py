"""The dek under a page's headline: the short element after an ``h1``, above its byline
and its body, that the page's description repeats or whose class calls it one.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.ingest.headline import comparable
from reader.ingest.html_text import lines_of, text_of

_DEK_MARKS = re.compile(
    r"dek|deck|standfirst|sub-?title|sub-?head|summary|excerpt|strapline|description",
    re.IGNORECASE,
)
_DESCRIPTIONS = (
    "//meta[@name='description' or @property='og:description' or @name='twitter:description'"
    " or @itemprop='description']/@content"
)
_DEK_TAGS = frozenset({"p", "h2", "h3", "div", "span"})
_LOOK_AHEAD = 40  # elements after the h1 where a dek may stand
_PROSE_WORDS = 12


def find_subtitles(root: HtmlElement, byline: str | None) -> dict[str, str]:
    """The dek under each h1: the first short element after it, before the byline and
    the body, that the page's description repeats or whose class calls it a dek
    ("post__excerpt", "ar-subtitle", "article-summary")."""
    subtitles: dict[str, str] = {}
    described = {comparable(d) for d in root.xpath(_DESCRIPTIONS) if d.strip()}
    for h1 in root.iter("h1"):
        for node in h1.xpath(f"following::*[position() <= {_LOOK_AHEAD}]"):
            if node.tag == "time":
                break  # the dateline: the dek stands above it
            if node.tag not in _DEK_TAGS:
                continue
            text = text_of(node)
            if byline and text == byline:
                break
            if not text or len(text) > 400 or node.xpath(".//p|.//div|.//h2"):
                continue
            if len(text.split()) >= 45:
                break  # the body has begun
            marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('itemprop') or ''}"
            if _DEK_MARKS.search(marks) or (
                comparable(text) in described and not _opens_body(node)
            ):
                for line in {text_of(h1), " ".join(lines_of(h1)), *lines_of(h1)}:
                    subtitles.setdefault(line, text)
                break
    return subtitles


def _opens_body(node: HtmlElement) -> bool:
    """A paragraph followed by the body's paragraphs: the lede, which descriptions repeat."""
    prose = [p for p in node.itersiblings("p") if len(text_of(p).split()) >= _PROSE_WORDS]
    return node.tag == "p" and len(prose) >= 2
