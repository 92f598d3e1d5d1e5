"""What the headline features of every candidate line ask of the whole page, found
once: the lines made comparable, their copies, the words at the body's start."""

from __future__ import annotations

from collections import Counter

from reader.ingest.headline_shape import SITE_SUFFIX, comparable, keys
from reader.ingest.line_copies import LineCopies
from reader.ingest.lines import Line, words
from reader.ingest.teaser_lists import ITEMS, PERIODS, Shapes

OVERLAP_WORDS = 3  # a line of fewer longer words than this shares few with any body
BODY_WORDS = 300  # words at the body's start that a headline's words are sought in
LEAD_WORDS = 60  # the body's first words, its lead: a headline tells its story
TITLE_TOP = 3  # a copy of the whole page carries the page's title line in its first lines


class Page:
    """What the features of every candidate line ask of the whole page, found once."""

    def __init__(
        self, lines: list[Line], start: int, end: int, shapes: Shapes | None = None
    ) -> None:
        self.lines = lines
        self.shapes = Shapes(lines) if shapes is None else shapes  # (the page's, if made)
        self.start = start
        self.end = end
        self.keys = keys(line.text for line in lines)
        self.bare = [  # without a " | Site" suffix
            comparable(SITE_SUFFIX.sub("", x.text)) if SITE_SUFFIX.search(x.text) else key
            for x, key in zip(lines, self.keys, strict=True)
        ]
        self.counts = Counter(self.keys) + Counter(self.bare)
        self.copied = LineCopies(lines, self.keys, self.bare, self.counts)
        self.body_words, self.lead_words = self._words(start)
        self._after: dict[int, tuple[set[str], set[str]]] = {}
        self._listed: set[int] | None = None

    def listed(self, i: int, span: range) -> bool:
        """Does line i stand in a list of teasers (its items in a repeated shape)?"""
        if self._listed is None:  # (a list may start above the candidates)
            reach = ITEMS * max(PERIODS)
            self._listed = self.shapes.listed(max(0, span.start - reach), span.stop)
        return i in self._listed

    def extends(self, i: int, span: range) -> bool:
        """Does line i hold another candidate line's words after or before its own
        (a breadcrumb or a menu glued to the headline)?"""
        key = self.keys[i]
        for j in span:
            other = self.keys[j]
            if (
                j != i
                and len(other) >= 8
                and " " in other
                and len(key) > len(other)
                and (key.endswith(" " + other) or key.startswith(other + " "))
            ):
                return True
        return False

    def titled_top(self, i: int) -> bool:
        """Does the page's own title line, copied at its top ("Gone | Harbour Post", one of
        its first TITLE_TOP lines, over line i), name line i with the site's name after it?"""
        key = self.keys[i]
        top = range(min(TITLE_TOP, i))
        return bool(key) and any(self.bare[j] == key != self.keys[j] for j in top)

    def holds(self, j: int, i: int) -> bool:
        """Does line j end with line i's words (the same line, or a menu glued before it)?"""
        key, other = self.keys[i], self.keys[j]
        return bool(key) and (other == key or other.endswith(" " + key))

    def copies(self, i: int) -> tuple[bool, bool, bool]:
        """(a copy stands above line i, a copy stands under the body, a breadcrumb or a
        "thoughts on" line ends with it)."""
        if len(self.keys[i]) < 4:
            return False, False, False
        return (*self.copied.around(i, self.end), self.copied.ends(i))

    def _words(self, start: int) -> tuple[set[str], set[str]]:
        """The words of the body's start from line ``start`` on, and of its lead."""
        body: list[str] = []
        for line in self.lines[start : self.end + 1]:
            body.extend(w.lower() for w in words(line.text))
            if len(body) >= BODY_WORDS:
                break
        return set(body), set(body[:LEAD_WORDS])

    def overlap(self, i: int, lead: bool = False) -> float:
        """The part of line i's longer words that the body's start (or its lead) uses too;
        for a line in the body, the body under it (not the line itself)."""
        both = (self.body_words, self.lead_words) if i < self.start else self._after.get(i)
        if both is None:
            both = self._after[i] = self._words(i + 1)
        mine = {w.lower() for w in words(self.lines[i].text) if len(w) >= 4}
        found = both[1] if lead else both[0]
        return sum(1 for w in mine if w in found) / max(OVERLAP_WORDS, len(mine))
