"""The body's lines and the tail under it: paragraphs, tables, lists; the runs of short lines
between them are read in article_runs.py.
"""

from __future__ import annotations

import re

from reader.ingest.article_blocks import let_go
from reader.ingest.article_runs import ShortRuns
from reader.ingest.author_places import BIO_INSIDE, is_author_bio
from reader.ingest.body_runs import lead_in, listed
from reader.ingest.chrome import asks_for_reader, is_chrome
from reader.ingest.lines import (
    GONE,
    Line,
    is_caption,
    is_prose,
    is_titleish,
    table_run,
    words,
)
from reader.ingest.polls import poll_at
from reader.ingest.quantity_lists import AMOUNT_STARTS, items_at
from reader.ingest.sign_up_boxes import box_at
from reader.model import BlockKind
from reader.model.tables import table_text

_LIST_ITEM = re.compile(r"^\d{1,3}[.)]\s+\S")


class BodyZones(ShortRuns):
    """The body and the tail of an article."""

    def _body(self, lines: list[Line]) -> None:
        i = gone = 0
        closing = {k for k, x in enumerate(lines) if is_prose(x.text)}
        closing = set(sorted(closing)[-BIO_INSIDE:])  # where the author's bio may stand
        while i < len(lines):
            gone = let_go(lines, gone, i - 1)  # the line above: a caption's title
            text = lines[i].text
            if rows := table_run(lines, i):  # a table's rows: one block, cells in columns
                table = lines[i : i + rows]
                self._add(BlockKind.PARAGRAPH, table, table_text([x.text for x in table]))
                i += rows
            elif is_caption(text):
                i = self._caption(lines, i)
            elif text[:1] in AMOUNT_STARTS and (amounts := items_at(lines, i)):
                for item in amounts:  # a recipe's ingredients: an item a paragraph
                    self._add(BlockKind.PARAGRAPH, item, " ".join(x.text for x in item))
                i += sum(len(item) for item in amounts)
            elif (box := poll_at(lines, i)) or (box := box_at(lines, i)):
                for line in lines[i : i + box]:  # a reader poll, a sign-up box: furniture
                    self._add(BlockKind.BOILERPLATE, [line])
                i += box
            elif is_prose(text) and not self._caption_follows(lines, i):
                self._prose(lines[i], i in closing)
                items = lead_in(lines, i)  # "The tour's dates:" over its list
                if items > i and not table_run(lines, i + 1):
                    self._run(lines[i + 1 : items + 1], after=None)
                    i = items
                i += 1
            else:
                j = i
                while j < len(lines) and not (
                    is_prose(lines[j].text) or is_caption(lines[j].text) or box_at(lines, j)
                ):  # (a sign-up box under a short line: its own)
                    j += 1
                if j == i:  # a prose line that repeats the caption under it
                    i = self._caption(lines, i)
                    continue
                self._run(lines[i:j], after=lines[j] if j < len(lines) else None)
                i = j

    def _prose(self, line: Line, closing: bool = False) -> None:
        """A paragraph, or the site's pitch (its newsletter, its app), or, among the
        body's last paragraphs (``closing``), the author's bio: no part of the article."""
        if closing and is_author_bio(line.text):
            self._add(BlockKind.BOILERPLATE, [line])
            return
        pitch = asks_for_reader(line.text)
        self._add(BlockKind.PROMO if pitch else BlockKind.PARAGRAPH, [line])

    def _tail(self, lines: list[Line]) -> None:
        items = 0  # a numbered list right under the body belongs to it (a ranking)
        while items < len(lines) and _LIST_ITEM.match(lines[items].text):
            items += 1
        if items < 3 and lines and self._leads_in():
            items = listed(lines)  # "The tour's dates:" over its list
        first = 0  # the zone's lines are read in place (it may be most of the page)
        if items < 3 and self._heads_list(lines):  # "The band's tour dates" over its list
            self._add(BlockKind.HEADING, [lines[0]])
            first = 1
            items = listed(lines[1:])
        if items >= 3:
            self._run(lines[first : first + items], after=None)
            first += items
        let_go(lines, 0, first)
        for k in range(first, len(lines)):
            line = lines[k]
            lines[k] = GONE
            self._tail_line(line)

    def _heads_list(self, lines: list[Line]) -> bool:
        """Does a subhead on the headline's subject (a word of it) stand over a list?"""
        text = lines[0].text if len(lines) >= 4 else ""
        if not is_titleish(text) or is_chrome(text) or "©" in text:
            return False  # (a photo's title and credit is no subhead)
        if lines[1].number == lines[0].number + 1:
            return False  # right over the lines: the list's first item (a teaser's title)
        subject = {w.lower() for w in words(self.article.title or "") if len(w) >= 4}
        head = {w.lower() for w in words(lines[0].text) if len(w) >= 4}
        return bool(subject & head) and listed(lines[1:]) >= 3

    def _leads_in(self) -> bool:
        """Does the body's last paragraph end with a colon, over a list?"""
        last = next((b for b in reversed(self.blocks) if b.kind is BlockKind.PARAGRAPH), None)
        return last is not None and last.text.rstrip().endswith(":")
