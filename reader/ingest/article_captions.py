"""Captions: a photo's caption with its repeats, its credit and the title line above it."""

from __future__ import annotations

from reader.ingest.article_blocks import ArticleBlocks
from reader.ingest.bylines import is_byline
from reader.ingest.chrome import is_chrome
from reader.ingest.headline import comparable
from reader.ingest.lines import (
    Line,
    is_caption,
    is_credit_line,
    is_titleish,
    word_count,
)
from reader.model import BlockKind


class Captions(ArticleBlocks):
    """The captions of an article's zones."""

    @staticmethod
    def _caption_follows(lines: list[Line], i: int) -> bool:
        """Is line i the caption's text alone, repeated by the credited caption under it, or
        followed by its credit alone ("(Ann Lee / Chronicle)")?"""
        if i + 1 >= len(lines) or not is_caption(lines[i + 1].text):
            return False
        if _credit_under(lines[i], lines[i + 1]):
            return True
        return _opens(lines[i + 1].text, lines[i].text)

    def _caption(self, lines: list[Line], i: int) -> int:
        """One caption from line i: its repeats, and a title line right above it."""
        group = [lines[i]]
        j = i + 1
        while j < len(lines) and (
            _opens(lines[j].text, group[-1].text) or _opens(group[-1].text, lines[j].text)
        ):
            group.append(lines[j])
            j += 1
        text = max((line.text for line in group), key=len)
        if j < len(lines) and _credit_under(group[-1], lines[j]):
            group.append(lines[j])  # the credit under the caption's text
            text = f"{text} {lines[j].text}"
            j += 1
        previous = self.blocks[-1] if self.blocks else None
        if (
            previous is not None
            and previous.kind in (BlockKind.HEADING, BlockKind.BOILERPLATE)
            and len(previous.lines) == 1
            and is_titleish(previous.text)
            and not is_chrome(previous.text)
            and previous.lines[0] == lines[i].number - 1
        ):  # a photo's title line ("Voters line up in Georgia") above its caption
            self.blocks.pop()
            self.maker.count -= 1
            group.insert(0, next(x for x in lines if x.number == previous.lines[0]))
            text = previous.text + "\n" + text
        self._add(BlockKind.CAPTION, group, text)
        return j


def _opens(text: str, start: str) -> bool:
    """`text` opens with the words of `start` (whole words; a line of no words opens none),
    so the longer of the two keeps every word of both."""
    words, first = comparable(text), comparable(start)
    return bool(first) and (words + " ").startswith(first + " ")


def _credit_under(above: Line, below: Line) -> bool:
    """`below` is the photo credit of the caption text `above`: on the very next line (a
    credit after a blank line closes a photo the copy left out), under a short line that
    quotes nobody, as a caption does; a byline over a photo's credit is no caption."""
    return (
        below.number == above.number + 1
        and is_credit_line(below.text)
        and not is_credit_line(above.text)
        and 3 <= word_count(above.text) <= 50
        and not any(mark in above.text for mark in '“”"')
        and not is_byline(above.text)
    )
