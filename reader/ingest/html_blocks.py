"""trafilatura's main-content elements into the article's blocks, kinds as for text input.

Everything extracted is kept. Before the headline: boilerplate (sidebars trafilatura
kept). After it: ``head`` elements are subheads, paragraphs are tested like text lines
(caption, byline, date, copyright, chrome), lists, tables and block quotes are body
paragraphs. Headings after the last prose paragraph are promos (related articles).
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.etree import _Element

from reader.ingest.blocks import BlockMaker
from reader.ingest.datelines import dateline_of
from reader.ingest.dates import iso_date
from reader.ingest.html_article import PageFacts
from reader.ingest.html_authors import article_authors, byline_block_names, plain_name
from reader.ingest.html_byline_names import people
from reader.ingest.html_date_lines import says_update
from reader.ingest.html_pieces import (
    PROSE_WORDS,
    element_pieces,
    piece_kind,
    title_at,
    with_gallery,
)
from reader.ingest.html_text import norm
from reader.ingest.lines import (
    Line,
    word_count,
)
from reader.model import Article, Block, BlockKind


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
                self.pieces.extend(p for p in element_pieces(element) if p[1])

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
        headline and the address states none), else the one extraction guessed from
        elsewhere on the page."""
        self.pieces = with_gallery(self.pieces, self.facts.captions)
        article, pieces = self.article, self.pieces
        start, kicker = title_at(pieces, article.title)
        for _, text in pieces[: start or 0]:
            self._block(BlockKind.BOILERPLATE, text)
        if kicker:
            article.section = self._block(BlockKind.SECTION, kicker).text
        if article.title:
            self._block(BlockKind.TITLE, article.title)
        rest = pieces[start + 1 :] if start is not None else pieces
        if subtitle := self.facts.subtitles.get(article.title or ""):
            article.subtitle = subtitle
            self._block(BlockKind.SUBTITLE, subtitle)
            rest = [p for k, p in enumerate(rest) if p[1] != subtitle or k > 3]
        kinds = [piece_kind(tag, text, self.captions) for tag, text in rest]
        if BlockKind.BYLINE not in kinds:
            self._byline(extracted_authors)
        if BlockKind.TIMESTAMP not in kinds:
            self._timestamp(extracted_date)
        last_prose = max(
            (
                k
                for k, (tag, t) in enumerate(rest)
                if tag != "head" and word_count(t) >= PROSE_WORDS
            ),
            default=len(rest),
        )
        for k, ((tag, text), kind) in enumerate(zip(rest, kinds, strict=True)):
            if tag == "head" and k > last_prose:
                kind = BlockKind.PROMO
            self._block(kind, text)
            self._note(kind, text)
        article.authors = article_authors(article, self.facts, self.shown)
        article.published = article.published or self.facts.shown_date()[1] or extracted_date

    def _note(self, kind: BlockKind, text: str) -> None:
        """Fill the article's fields from the blocks that carry them."""
        article = self.article
        if kind is BlockKind.BYLINE and not article.authors:
            article.authors = self.shown = byline_block_names(text, self.facts)
        elif kind is BlockKind.TIMESTAMP and article.timestamp_text is None:
            article.timestamp_text = text
            if not (says_update(text) and (self.facts.time_published or self.facts.stated_date())):
                article.published = article.published or self._shown_near() or iso_date(text)
        elif kind is BlockKind.SOURCE and article.source is None:
            article.source = text
        elif kind is BlockKind.PARAGRAPH and not any(
            b.kind is BlockKind.PARAGRAPH for b in article.blocks[:-1]
        ):
            article.dateline = dateline_of(text)

    def _shown_near(self) -> str | None:
        """The publication's date shown under the headline: it dates the article over the
        body's first date line (a live page's latest update, a teaser's)."""
        return self.facts.time_date if self.facts.shown_near else None

    def _byline(self, extracted: str | None) -> None:
        if self.facts.byline:
            self.article.authors = self.shown = list(self.facts.authors)
            self._block(BlockKind.BYLINE, self.facts.byline)
            return
        commenters = {c.author for c in self.facts.comments}  # metadata may take one of them
        names = [n for n in map(plain_name, (extracted or "").split(";")) if n]
        names = [n for n in people(names, lone=False) if n not in commenters]
        if names:
            self.article.authors = names
            self._block(BlockKind.BYLINE, "By " + " and ".join(names))

    def _timestamp(self, extracted: str | None) -> None:
        shown, date = self.facts.shown_date()
        self.article.published = self.article.published or date
        text = shown if shown and date else self.article.published or extracted
        if text:
            self.article.timestamp_text = text
            self._block(BlockKind.TIMESTAMP, text)
