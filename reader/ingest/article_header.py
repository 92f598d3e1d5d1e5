"""The lines above the headline and between it and the body: the section, subtitle,
bylines, dates, captions and chrome.
"""

from __future__ import annotations

from reader.ingest.article_blocks import let_go
from reader.ingest.article_body import BodyZones
from reader.ingest.author_places import (
    teaser_list,
)
from reader.ingest.byline_marks import is_marker, is_unsigned
from reader.ingest.byline_neighbours import PASSED, neighbour, passed_over
from reader.ingest.bylines import by_role_alone, publication_beside_read
from reader.ingest.chrome import asks_for_reader, is_chrome
from reader.ingest.date_stacks import stacked_at
from reader.ingest.dates import has_date, is_yearless_date_line
from reader.ingest.headline import comparable
from reader.ingest.lines import (
    GONE,
    Line,
    byline_names,
    is_caption,
    is_label,
    is_meta,
    is_prose,
    word_count,
)
from reader.ingest.summary_points import summary_points
from reader.ingest.unmarked_bylines import unmarked_byline
from reader.model import BlockKind


class HeaderZones(BodyZones):
    """The zones above the body."""

    def _before_headline(self, lines: list[Line], head: int) -> None:
        """The lines above the headline (they may be the whole page)."""
        i = 0
        while i < head:
            line = lines[i]
            if stack := stacked_at(lines, i):
                self._add(BlockKind.BOILERPLATE, lines[i : i + stack])  # a badge's date
                lines[i : i + stack] = [GONE] * stack
                i += stack
                continue
            lines[i] = GONE
            i += 1
            if i == head and is_label(line.text) and not is_chrome(line.text):
                self._add(BlockKind.SECTION, [line])
                self.article.section = line.text
            else:
                self._add(BlockKind.BOILERPLATE, [line])

    def _header(self, lines: list[Line], title: str | None) -> None:
        """Between headline and body: subtitle, bylines, dates, captions, chrome."""
        teasers = teaser_list(line.text for line in lines)  # no list: a header may be all
        i = gone = 0
        while i < len(lines):
            gone = let_go(lines, gone, i - 1 - PASSED)  # the lines above: a byline's neighbours
            line = lines[i]
            text = line.text
            if points := summary_points(lines, i, header=True):  # "Key points" over short sentences
                self._add(BlockKind.BOILERPLATE, [line])
                for point in lines[i + 1 : i + 1 + points]:
                    self._add(BlockKind.SUBTITLE, [point])
                i += 1 + points
                continue
            if is_caption(text) or self._caption_follows(lines, i):
                i = self._caption(lines, i)
                continue
            if stack := stacked_at(lines, i):
                self._timestamp(lines[i : i + stack])  # "MAR" / "3" / "2025": a badge's date
                i += stack
                continue
            names = byline_names(text) or self._unmarked(lines, i)
            if names and by_role_alone(text) and self._amid_prose(lines, i):
                self._prose(line)  # "Chief reporter Ann Lee" between paragraphs: a caption
                i += 1
                continue
            if names and self.article.authors and publication_beside_read(text, names):
                names = None  # "Harbour Notes · 4 min read" under "Ann Lee": her outlet
            marked = is_marker(text) or is_unsigned(text)  # "By", "By Staff": names no one
            if (names or marked) and teasers and has_date(text):
                self._add(BlockKind.PROMO, [line])  # a dated post of a list ("Recent posts")
            elif names or marked:
                self._add(BlockKind.BYLINE, [line])
                self.article.authors.extend(n for n in names or () if n not in self.article.authors)
            elif is_meta(text) or (self._after_byline() and is_yearless_date_line(text)):
                self._timestamp([line])
            elif title is not None and comparable(text) == comparable(title):
                self._add(BlockKind.BOILERPLATE, [line])
            elif self._is_subtitle(text, title):
                self._add(BlockKind.SUBTITLE, [line])
                self.article.subtitle = text
            elif is_prose(text):
                self._prose(line)
            else:
                self._add(BlockKind.BOILERPLATE, [line])
            i += 1

    def _timestamp(self, lines: list[Line]) -> None:
        text = self._add(BlockKind.TIMESTAMP, lines).text
        if self.article.timestamp_text is None:
            self.article.timestamp_text = text

    def _is_subtitle(self, text: str, title: str | None) -> bool:
        """The first line of six words or more under a headline, above any byline or
        chrome, that is no chrome nor a call to the reader: the subtitle."""
        return (
            self.article.subtitle is None
            and title is not None
            and word_count(text) >= 6
            and not (is_chrome(text) or asks_for_reader(text))
            and not self._after_byline()
            and not self._after_chrome()
        )

    @staticmethod
    def _unmarked(lines: list[Line], i: int) -> list[str] | None:
        """The names of a line alone that its neighbours make a byline, its neighbours
        sought past buttons and counts (byline_neighbours.py)."""
        near = [line.text for line in lines[max(0, i - 1 - PASSED) : i + 2 + PASSED]]
        at = min(i, 1 + PASSED)
        if passed_over(near[at]):
            return None  # "Advertisement" under "By" is no one's name
        return unmarked_byline(neighbour(near, at, -1), near[at], neighbour(near, at, 1), True)

    def _amid_prose(self, lines: list[Line], i: int) -> bool:
        """A paragraph over the line, no date under it: no place for a byline."""
        under = lines[i + 1].text if i + 1 < len(lines) else ""
        return (
            bool(self.blocks) and self.blocks[-1].kind is BlockKind.PARAGRAPH and not is_meta(under)
        )

    def _after_chrome(self) -> bool:
        """Share buttons and the like stand between the headline and this line: a dek
        sits right under its headline, a video's title after the buttons."""
        after_title = []
        for block in reversed(self.blocks):
            if block.kind is BlockKind.TITLE:
                break
            after_title.append(block)
        return sum(b.kind is BlockKind.BOILERPLATE for b in after_title) >= 2

    def _after_byline(self) -> bool:
        return any(b.kind in (BlockKind.BYLINE, BlockKind.TIMESTAMP) for b in self.blocks)
