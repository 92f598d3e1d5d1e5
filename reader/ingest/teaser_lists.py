"""Lists of other stories' teasers, told by their repeated shape: a few lines (a kicker,
a title, a date, a one-line summary) printed again and again, in the same shapes each
time, three times or more. A body's subheads over their paragraphs repeat a shape too:
a teaser's item holds a date or a line repeated word for word in every item (its
kicker), a title, and at most one sentence, never a paragraph; a live blog's entries
(a time of day over each) are no list.
"""

from __future__ import annotations

from reader.ingest.headline_shape import headline_shaped
from reader.ingest.lines import Line, is_meta, is_prose, word_count
from reader.ingest.prose_codes import is_clock_stamp

PERIODS = (2, 3, 4)  # lines an item holds
ITEMS = 3  # items that make a list
SUMMARY_WORDS = 25  # a teaser's summary is one short sentence; a paragraph is longer


def shape(text: str) -> str:
    """M a date or byline, C a time of day, P a short sentence, B a paragraph, H a
    headline-shaped line, S any other line."""
    if is_clock_stamp(text):
        return "C"
    if is_meta(text):
        return "M"
    if is_prose(text):
        return "P" if word_count(text) <= SUMMARY_WORDS else "B"
    return "H" if headline_shaped(text) else "S"


class Shapes:
    """The shapes of a page's lines, found once each: one is made for a page and handed
    to all that ask (the body's end, its joins and byline, the headline, the short runs
    between paragraphs, through ``over``)."""

    def __init__(self, lines: list[Line], known: dict[str, str] | None = None) -> None:
        self.lines = lines
        self._known = {} if known is None else known  # a text's shape, page-wide
        self._lists: dict[int, int] = {}

    def over(self, lines: list[Line]) -> Shapes:
        """The shapes of a run of the same page's lines (its texts' shapes, known once)."""
        return Shapes(lines, self._known)

    def __getitem__(self, i: int) -> str:
        text = self.lines[i].text
        if (found := self._known.get(text)) is None:
            found = self._known[text] = shape(text)
        return found

    def list_at(self, i: int) -> int:
        """How many lines from line i make a list of teasers (0: none)."""
        if (best := self._lists.get(i)) is not None:
            return best
        best = 0
        if self[i] not in "BC":  # a paragraph, a live blog's stamp: no teaser's first line
            for period in PERIODS:
                items = self._items(i, period)
                if items >= ITEMS:
                    best = max(best, items * period)
        self._lists[i] = best
        return best

    def _items(self, i: int, period: int) -> int:
        """How many items of ``period`` lines, each of the shapes of the first, stand
        from line i, if the first is a teaser's item."""
        if i + period * ITEMS > len(self.lines):
            return 0
        first = [self[i + k] for k in range(period)]
        if "B" in first or "C" in first or first.count("P") > 1 or not {"H", "S"} & set(first):
            return 0
        lines = self.lines
        if "M" not in first and all(
            lines[i + k].text != lines[i + period + k].text for k in range(period)
        ):
            return 0  # no date, and no kicker in the first two items: a menu, not a list
        items = 1
        while i + (items + 1) * period <= len(self.lines) and all(
            self[i + items * period + k] == first[k] for k in range(period)
        ):
            items += 1
        texts = [[self.lines[i + n * period + k].text for n in range(items)] for k in range(period)]
        kicker = any(len(set(column)) == 1 for column in texts)
        return items if "M" in first or kicker else 0

    def listed(self, lo: int, hi: int) -> set[int]:
        """The lines from lo to hi (excluded) that stand in a list of teasers, and the
        short line over a list, its heading ("More stories like this one")."""
        found: set[int] = set()
        i = lo
        while i < hi:
            if n := self.list_at(i):
                heading = i > lo and self[i - 1] in "SH" and i - 1 not in found
                found.update(range(i - heading, i + n))
                i += n
            else:
                i += 1
        return found
