"""trafilatura's main-content elements into the article's blocks, kinds as for text input.

Everything extracted is kept. Before the headline: boilerplate (sidebars trafilatura
kept). After it: ``head`` elements are subheads, paragraphs are tested like text lines
(caption, byline, date, copyright, chrome), lists, tables and block quotes are body
paragraphs. Headings after the last prose paragraph are promos (related articles).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from lxml.etree import _Element

from reader.ingest.author_places import signed_at_end
from reader.ingest.blocks import BlockMaker
from reader.ingest.chrome import is_chrome, is_image_name, is_pitch
from reader.ingest.datelines import dateline_of
from reader.ingest.dates import is_date_line, iso_date
from reader.ingest.headline import comparable
from reader.ingest.html_article import PageFacts
from reader.ingest.html_byline_names import people
from reader.ingest.html_dates import says_update
from reader.ingest.html_tables import table_pieces
from reader.ingest.html_text import norm, text_of
from reader.ingest.lines import (
    Line,
    byline_names,
    is_byline,
    is_caption,
    is_copyright,
    word_count,
)
from reader.model import Article, Block, BlockKind

_NAME_END = re.compile(r"\s+(?:says|updated|staff)\b.*$", re.IGNORECASE)
_CAPTION_MARK = re.compile(r"caption", re.IGNORECASE)  # "wp-caption-text", "image-caption"
_PROSE_WORDS = 12  # a paragraph this long is body prose, not a teaser or a label
_SLIDES = 3  # captions of prose that make a gallery
_SLIDES_OVER = 2  # ... when they hold this many times the words of the body beside them
_OPENING = 3  # words that open a widget's captions alike


def _pieces(element: _Element) -> list[tuple[str, str]]:
    """(tag, text) for each block an extracted element makes."""
    if element.tag == "list":
        return [("item", text_of(i)) for i in element.iter("item")]
    if element.tag == "table":
        return table_pieces([[text_of(c) for c in r] for r in element.iter("row")])
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    tag = "caption" if _CAPTION_MARK.search(marks) else str(element.tag)
    return [(tag, text_of(element))]


class BlockBuilder:
    def __init__(self, article: Article, facts: PageFacts) -> None:
        self.article = article
        self.facts = facts
        self.maker = BlockMaker()
        self.pieces: list[tuple[str, str]] = []
        self.shown: list[str] = []  # the names of the byline the page shows
        self.captions = set(facts.captions)

    def add_elements(self, elements: Iterable[_Element]) -> None:
        """trafilatura drops figcaptions: an image's caption comes back from the page. A
        ``div`` (the slower extraction's wrapper) gives the blocks it holds."""
        for element in elements:
            if element.tag == "graphic":
                caption = self.facts.image_captions.get(element.get("src") or "")
                self.pieces.extend([("caption", caption)] if caption else [])
            elif element.tag == "div" and len(element):
                self._loose_text(element.text)
                for child in element:
                    self.add_elements([child])
                    self._loose_text(child.tail)
            else:
                self.pieces.extend(p for p in _pieces(element) if p[1])

    def _loose_text(self, text: str | None) -> None:
        if text and text.strip():
            self.pieces.append(("p", norm(text)))

    def _block(self, kind: BlockKind, text: str) -> Block:
        block = self.maker.make(kind, [Line(self.maker.count + 1, text, 0)])
        self.article.blocks.append(block)
        return block

    def finish(self, extracted_authors: str | None, extracted_date: str | None) -> None:
        """The blocks in page order. The date: the publisher's data, else the one the page
        shows (an "Updated …" line of the body's only when no publication's shows under the
        headline), else the one extraction guessed from elsewhere on the page."""
        self._gallery()
        article, pieces = self.article, self.pieces
        start = next((k for k, (_, t) in enumerate(pieces) if t == article.title), None)
        for _, text in pieces[: start or 0]:
            self._block(BlockKind.BOILERPLATE, text)
        if article.title:
            self._block(BlockKind.TITLE, article.title)
        rest = pieces[start + 1 :] if start is not None else pieces
        if subtitle := self.facts.subtitles.get(article.title or ""):
            article.subtitle = subtitle
            self._block(BlockKind.SUBTITLE, subtitle)
            rest = [p for k, p in enumerate(rest) if p[1] != subtitle or k > 3]
        kinds = [self._kind(tag, text) for tag, text in rest]
        if BlockKind.BYLINE not in kinds:
            self._byline(extracted_authors)
        if BlockKind.TIMESTAMP not in kinds:
            self._timestamp(extracted_date)
        last_prose = max(
            (
                k
                for k, (tag, t) in enumerate(rest)
                if tag != "head" and word_count(t) >= _PROSE_WORDS
            ),
            default=len(rest),
        )
        for k, ((tag, text), kind) in enumerate(zip(rest, kinds, strict=True)):
            if tag == "head" and k > last_prose:
                kind = BlockKind.PROMO
            self._block(kind, text)
            self._note(kind, text)
        sites = [f" {comparable(s)} " for s in [article.site or "", *self.facts.titles.sites] if s]
        shown = [name for name in self.shown if not _is_site(name, sites)]
        stated = self.facts.metadata.authors
        if shown and all(_is_site(name, sites) for name in stated):
            stated = []  # the site credited in data, a person's byline on the page
        article.authors = _authors(stated, article.authors, shown)
        article.authors = article.authors or self._signed()
        article.published = article.published or self.facts.time_date or extracted_date

    def _signed(self) -> list[str]:
        """With no byline, the post's signature or the author's bio at the body's end, as
        for a text copy ("Ann Lee is a reporter at …")."""
        blocks = self.article.blocks
        kinds = [b.kind for b in blocks]
        body_end = max(
            (k for k, kind in enumerate(kinds) if kind is BlockKind.PARAGRAPH), default=-1
        )
        return people(signed_at_end(blocks, body_end + 1), lone=False)

    def _gallery(self) -> None:
        """A gallery (a slideshow): when its captions hold far more prose than the body
        extraction kept (which drops them), they are its body, in page order. Captions
        that open alike ("In pictures: 2 May …") are a widget's, not the article's."""
        slides = [c for c in self.facts.captions if word_count(c) >= _PROSE_WORDS]
        body = sum(word_count(text) for tag, text in self.pieces if tag == "p")
        if len(slides) < _SLIDES or sum(map(word_count, slides)) <= _SLIDES_OVER * body:
            return
        openings = Counter(tuple(slide.split()[:_OPENING]) for slide in slides)
        if openings.most_common(1)[0][1] * 2 > len(slides):
            return
        self.pieces = [p for p in self.pieces if p[1] not in slides]
        self.pieces.extend(("slide", slide) for slide in dict.fromkeys(slides))

    def _kind(self, tag: str, text: str) -> BlockKind:
        if tag == "slide":
            return BlockKind.PARAGRAPH
        if is_image_name(text):  # a figure's hidden title, a list of attachments
            return BlockKind.BOILERPLATE
        if tag == "caption" or text in self.captions or (tag == "p" and is_caption(text)):
            return BlockKind.CAPTION
        if tag == "head":
            return BlockKind.HEADING
        if tag != "p":
            return BlockKind.PARAGRAPH
        if word_count(text) <= 16 and is_byline(text):
            return BlockKind.BYLINE
        if is_date_line(text):
            return BlockKind.TIMESTAMP
        if is_copyright(text):
            return BlockKind.SOURCE
        if is_chrome(text):
            return BlockKind.BOILERPLATE
        if is_pitch(text):
            return BlockKind.PROMO  # the site's newsletter or app, not the article
        return BlockKind.PARAGRAPH

    def _note(self, kind: BlockKind, text: str) -> None:
        """Fill the article's fields from the blocks that carry them."""
        article = self.article
        if kind is BlockKind.BYLINE and not article.authors:
            article.authors = self.shown = people(byline_names(text) or [])
        elif kind is BlockKind.TIMESTAMP and article.timestamp_text is None:
            article.timestamp_text = text
            if not (says_update(text) and self.facts.time_published):
                article.published = article.published or iso_date(text)
        elif kind is BlockKind.SOURCE and article.source is None:
            article.source = text
        elif kind is BlockKind.PARAGRAPH and not any(
            b.kind is BlockKind.PARAGRAPH for b in article.blocks[:-1]
        ):
            article.dateline = dateline_of(text)

    def _byline(self, extracted: str | None) -> None:
        if self.facts.byline:
            self.article.authors = self.shown = list(self.facts.authors)
            self._block(BlockKind.BYLINE, self.facts.byline)
            return
        commenters = {c.author for c in self.facts.comments}  # metadata may take one of them
        names = [n for n in map(_plain_name, (extracted or "").split(";")) if n]
        names = [n for n in people(names, lone=False) if n not in commenters]
        if names:
            self.article.authors = names
            self._block(BlockKind.BYLINE, "By " + " and ".join(names))

    def _timestamp(self, extracted: str | None) -> None:
        shown, date = self.facts.time_text, self.facts.time_date
        self.article.published = self.article.published or date
        text = shown if shown and date else self.article.published or extracted
        if text:
            self.article.timestamp_text = text
            self._block(BlockKind.TIMESTAMP, text)


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


def _plain_name(name: str) -> str:
    """An extracted author without what stuck to it ("Ann says", "Ann Updated 3 hours
    ago"; a date is cut by ``people``)."""
    return _NAME_END.sub("", name.strip()).strip()
