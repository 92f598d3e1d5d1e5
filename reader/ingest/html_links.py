"""The page's links kept with the article: its own address, and each link of the body on
the block whose text holds the linked words.

Read from the whole page before extraction prunes it: every ``<a href>`` leading to a
web address (relative ones made absolute), with the text of the paragraph (list item,
heading, caption…) around it; a link goes on the article block that is that paragraph
and holds its words. Links whose paragraph is no block (menus, share buttons, footers)
are left out: "Facebook" in a share button is not the word in a sentence.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from reader.ingest.html_text import norm
from reader.model import Article, Link
from reader.model.clean import one_line

MIN_WORDS = 3  # characters of link text that can be found again in a block
PART = 20  # characters of a paragraph (or block) found inside the other, at least
_BLOCKS = frozenset({"p", "li", "figcaption", "blockquote", "td", "dd", "dt", "pre"})
_BLOCKS |= {f"h{n}" for n in range(1, 7)}  # what a paragraph of the page is held in


def page_url(root: HtmlElement, fetched: str | None) -> str | None:
    """The page's canonical address (``<link rel=canonical>``, ``og:url``), else where it
    was fetched from."""
    return next(iter(page_addresses(root, fetched)), None)


def page_addresses(root: HtmlElement, fetched: str | None) -> list[str]:
    """Every address the page gives itself (``<link rel=canonical>``, ``og:url``), in page
    order, then where it was fetched from: a canonical may be an id ("/s/48213") and the
    address that names the story another."""
    found = root.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
    urls = [url for href in found if (url := _address(None, str(href))) is not None]
    return list(dict.fromkeys([*urls, *([fetched] if fetched else [])]))


class PageLink(NamedTuple):
    """A link as the page writes it: its words, its href, the paragraph around it."""

    text: str
    href: str
    paragraph: str


def page_links(root: HtmlElement) -> list[PageLink]:
    """Every link of the page with words, in page order, with the text of the paragraph it
    stands in (its address is made absolute only if it lands on a block: most do not)."""
    links: list[PageLink] = []
    paragraphs: dict[HtmlElement, str] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        text = one_line(norm(" ".join(anchor.itertext())))
        if len(text) >= MIN_WORDS:
            holder = _holder(anchor)
            if (paragraph := paragraphs.get(holder)) is None:
                paragraph = paragraphs[holder] = norm(" ".join(holder.itertext()))
            links.append(PageLink(text, href, paragraph))
    return links


def attach_links(article: Article, links: list[PageLink], base: str | None) -> None:
    """Each link to a web address on the article block that is its paragraph and holds its
    words (relative addresses made absolute against `base`)."""
    by_text = {b.text: b for b in reversed(article.blocks)}  # the first of equal blocks
    found: dict[str, list[Link]] = {}
    for text, href, paragraph in links:
        block = by_text.get(paragraph) or next(
            (b for b in article.blocks if _same_paragraph(b.text, paragraph)), None
        )
        if block is None or text not in block.text or (url := _address(base, href)) is None:
            continue
        kept = found.setdefault(block.id, [])
        if (link := Link(text, url)) not in kept:
            kept.append(link)
    for block in article.blocks:
        if block.id in found:
            block.links = tuple(found[block.id])


def _holder(anchor: HtmlElement) -> HtmlElement:
    """The paragraph (list item, heading, caption…) the link stands in, else the link."""
    return next((n for n in anchor.iterancestors() if n.tag in _BLOCKS), anchor)


def _same_paragraph(block: str, paragraph: str) -> bool:
    """One holds the other: extraction split or trimmed the page's paragraph."""
    return (len(paragraph) >= PART and paragraph in block) or (
        len(block) >= PART and block in paragraph
    )


def _address(base: str | None, href: str) -> str | None:
    """`href` as an absolute web address, or None (another scheme, or not an address)."""
    try:
        url = one_line(urljoin(base, href.strip()) if base else href.strip())
        parts = urlsplit(url)
    except ValueError:  # "https://[not-a-host]": a page may hold anything
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None
