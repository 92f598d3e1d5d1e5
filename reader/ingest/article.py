"""Turning the lines of one article (a page, or one pasted into a comment) into blocks.

The body is the page's main run of prose; the headline is the headline-shaped line
above it that the page marks as one (repeated, followed by a byline or a date, right
above the body); what stands between them is the subtitle, bylines, dates and
captions; short lines inside the body are captions, subheads or promo cards.
"""

from __future__ import annotations

from reader.ingest.article_header import HeaderZones
from reader.ingest.author_places import (
    BYLINE_ABOVE,
    byline_above,
    opening_byline,
    signed_at_end,
    video_maker,
)
from reader.ingest.body import main_body
from reader.ingest.body_edges import past_byline
from reader.ingest.byline_broad import broad_authors
from reader.ingest.byline_evidence import evidence_authors
from reader.ingest.datelines import AGENCY, dateline_of
from reader.ingest.headline import find_headline, plain_title
from reader.ingest.headline_lines import headline_lines
from reader.ingest.lines import (
    Line,
)
from reader.ingest.page_date import published
from reader.ingest.rewrap import rewrap
from reader.ingest.summary_points import summary_points
from reader.ingest.teaser_lists import Shapes
from reader.model import Article, BlockKind


class ArticleParser(HeaderZones):
    """Parses the lines of one article: finds its zones (the headline, the body) and reads
    each (article_header, article_body, article_runs, article_captions) into blocks
    (article_blocks)."""

    def parse(self) -> Article:
        lines = self.lines
        self.maker.joined = rewrap(lines)  # a copy wrapped at a width: its paragraphs
        self.shapes = Shapes(lines)  # found once, asked by the body, headline and runs
        body = main_body(lines, self.shapes)
        if body is None:
            start, end = len(lines), len(lines) - 1
        else:
            start, end = body
        first = start
        start = past_byline(lines, start, end, self.shapes)
        for label in (start - 1, start):  # "Key points" over the body: in its header
            if label >= 0 and (points := summary_points(lines, label)):
                start = min(end, label + 1 + points)
                break
        end = max(end, start - 1)  # a byline under a one-line body: the tail follows it
        head = find_headline(lines, start, end, first, self.shapes)
        if head is None and plain_title(lines):
            head = 0
        if head is not None and head >= start:
            start = head + 1  # a question headline reads like the body's first line
            end = max(end, head)
        if head is not None:
            head, last = headline_lines(lines, head, start)  # a headline over two lines
        above = lines[max(0, head - BYLINE_ABOVE) : head] if head is not None else []
        tail = self._zone(end + 1, len(lines))  # the zones from the last: each a cut of the list
        prose = self._zone(start, end + 1)
        if head is not None:
            header_lines = self._zone(last + 1, start)
            title = self._zone(head, last + 1)
            self._before_headline(self._zone(0, head), head)
            self.article.title = self._add(BlockKind.TITLE, title).text
            header = len(self.blocks)
            self._header(header_lines, self.article.title)
        else:
            header = len(self.blocks)
            self._header(self._zone(0, start), None)
        self._header_blocks = (header, len(self.blocks))
        self._body(prose)
        self._body_end = len(self.blocks)
        self._tail(tail)
        self._finish()
        self.article.published = published(self.blocks, self._header_blocks, self._body_end)
        if not self.article.authors:
            self.article.authors = self._unmarked_authors(above, head is not None)
        return self.article

    def _unmarked_authors(self, above: list[Line], headed: bool) -> list[str]:
        """No byline in the header: one right above the headline (``above``: two lines, not
        a copy of all above it), else among the body's first blocks, else a signature at its
        end, else a video's maker the header credits, else (no rule of a byline's shape) a
        line of names."""
        first = self._header_blocks[1]
        return (
            (byline_above([line.text for line in above]) if headed else [])
            or opening_byline(self.blocks, first)
            or signed_at_end(self.blocks[first:], self._body_end - first)
            or video_maker(block.text for block in self.blocks[slice(*self._header_blocks)])
            or broad_authors(self.blocks)
            or evidence_authors(self.blocks)
        )

    def _zone(self, start: int, end: int) -> list[Line]:
        """Lines start to end - 1; owned, the list is cut there (a zone is taken from
        its end, the zones from the last), so that the zone is all that holds them."""
        zone = self.lines[start:end]
        if self.owned:
            del self.lines[start:]
        return zone

    def _finish(self) -> None:
        article = self.article
        for block in self.blocks:
            if block.kind is BlockKind.PARAGRAPH:
                article.dateline = dateline_of(block.text)
                break
        if article.dateline and article.source is None:
            agency = AGENCY.search(article.dateline)
            if agency:
                article.source = agency.group(1)


def parse_article(lines: list[Line], prefix: str = "") -> Article:
    return ArticleParser(lines, prefix).parse()
