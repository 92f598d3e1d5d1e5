"""Where a line's words come again on the page, found from an index made once.

A headline is often printed again: over the article (a breadcrumb, the page title), under
the body (a "related" list, "12 thoughts on “…”"). The headline's features ask that of
each candidate line; scanning the page for each made a page of many short lines take
minutes. The index is made when first asked: for the keys printed three times or more,
where they stand first and last; the page's keys by their last letters, and the lines
that open a comment list on a title.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reader.ingest.lines import Line

_ON_TITLE = re.compile(r"\b(?:on|to)\s*[“\"'‘]")  # "12 thoughts on “…”"
TAIL = 4  # letters of a key's end that sort the keys (shorter keys have no copies)


class LineCopies:
    """The copies of the page's `lines`: `keys` (their comparable texts), `bare` (without
    a site suffix), `counts` (of keys and bare keys together)."""

    def __init__(
        self, lines: list[Line], keys: list[str], bare: list[str], counts: Counter[str]
    ) -> None:
        self.lines, self.keys, self.bare, self.counts = lines, keys, bare, counts
        self._places: dict[str, list[int]] | None = None
        self._tails: dict[str, list[str]] | None = None
        self._titled: list[str] | None = None

    def places(self, key: str) -> list[int]:
        """[first, last, the one before last] places of a key printed three times or more
        (the line itself counts twice: as a key and as a bare key)."""
        if self._places is None:
            self._places = {}
            for j, (key_j, bare_j) in enumerate(zip(self.keys, self.bare, strict=True)):
                for k in {key_j, bare_j}:
                    if self.counts[k] > 2:
                        found = self._places.setdefault(k, [j, j, -1])
                        if found[1] != j:
                            found[1:] = [j, found[1]]
        return self._places.get(key, [])

    def around(self, i: int, end: int) -> tuple[bool, bool]:
        """(a copy of line i stands above it, a copy stands under the body ending at `end`)."""
        found = self.places(self.keys[i])
        if not found:
            return False, False
        first, last, before_last = found
        return first < i, last > end and (last != i or before_last > end)

    def ends(self, i: int) -> bool:
        """Does a longer line end with line i's key (a breadcrumb), or hold it after "on"
        or "to" and a quotation mark ("12 thoughts on “…”")?"""
        key = self.keys[i]
        if self._tails is None:
            self._tails, self._titled = defaultdict(list), []
            for other in dict.fromkeys(self.keys):
                if len(other) >= TAIL:
                    self._tails[other[-TAIL:]].append(other)
            for other, line in zip(self.keys, self.lines, strict=True):
                if _ON_TITLE.search(line.text):
                    self._titled.append(other)
        longer = len(key)
        tails, titled = self._tails.get(key[-TAIL:], []), self._titled or []
        return any(len(o) > longer and o.endswith(key) for o in tails) or any(
            len(o) > longer and key in o for o in titled
        )
