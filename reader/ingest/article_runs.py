"""Short lines between the body's paragraphs and under it: a promo card, a subhead, a
photo's credit, chrome; the copyright and the page's footer.
"""

from __future__ import annotations

import re

from reader.ingest.article_captions import Captions
from reader.ingest.chrome import asks_for_reader, is_furniture
from reader.ingest.dates import is_date_line
from reader.ingest.lines import (
    Line,
    ends_sentence,
    is_byline,
    is_copyright,
    is_label,
    is_titleish,
    word_count,
)
from reader.ingest.site_names import site_name
from reader.ingest.teaser_lists import Shapes
from reader.ingest.text_shape import is_pull_quote
from reader.model import BlockKind

_PROMO_MARK = re.compile(
    r"^(?:\S+\s+)?(?:video|watch|play(?: video)?|listen|podcast|gallery|photos?|slideshow)$"
    r"|^\d{1,2}:\d{2}$|^more(?:\s+\w+){0,2}[\s:.»›]*$"  # "More:", "More stories": not "More than…"
    r"|^more\s+(?:about|on|of|stories|news|coverage|videos?)\b"
    r"|^(?:related|read more|see also|also read|recommended|most read"
    r"|trending|read next|up next|watch next|more from|more in)\b",
    re.IGNORECASE,
)


_CREDIT_LABEL = re.compile(r"^(?:photo|foto|фото|image|picture|credit|bild|imagen)s?\s*:$", re.I)


class ShortRuns(Captions):
    """The short lines of an article's body and tail."""

    shapes: Shapes  # the page's lines' shapes (teaser_lists.py), made once by the parser

    def _run(self, run: list[Line], after: Line | None) -> None:
        """Short lines between paragraphs: a promo card, a subhead, or chrome."""
        texts = [line.text for line in run]
        if any(is_copyright(t) for t in texts):
            for line in run:
                self._tail_line(line)
            return
        card = any(
            _PROMO_MARK.match(t) or is_byline(t) or (is_label(t) and not is_furniture(t))
            for t in texts
        ) or bool(self.shapes.over(run).listed(0, len(run)))  # other stories' teasers, in a list
        credit = -2  # "Photo:" over its credit: one caption
        for k, line in enumerate(run):
            text = line.text
            if k == credit + 1:
                continue
            if k + 1 < len(run) and _CREDIT_LABEL.match(text):
                credit = k
                self._add(BlockKind.CAPTION, run[k : k + 2], f"{text} {run[k + 1].text}")
            elif is_furniture(text):
                self._add(BlockKind.BOILERPLATE, [line])
            elif card or asks_for_reader(text):  # a card; the site's newsletter, its app
                self._add(BlockKind.PROMO, [line])
            elif len(run) == 1 and is_titleish(text) and after is not None:
                pulled = is_pull_quote(text)  # a quotation set apart: the body's, no subhead
                self._add(BlockKind.PARAGRAPH if pulled else BlockKind.HEADING, [line])
            elif (
                word_count(text) >= 2
                and not is_date_line(text)
                and (ends_sentence(text) or len(run) > 1 or after is None)
            ):
                self._add(BlockKind.PARAGRAPH, [line])  # a short sentence, a list item
            elif is_date_line(text):
                self._add(BlockKind.TIMESTAMP, [line])
            else:
                self._add(BlockKind.BOILERPLATE, [line])

    def _tail_line(self, line: Line) -> None:
        text = line.text
        if is_copyright(text):
            self._add(BlockKind.SOURCE, [line])
            self.article.source = self.article.source or site_name(text)
        else:
            self._add(BlockKind.BOILERPLATE, [line])
            if self.article.site is None:
                self.article.site = site_name(text) if not is_copyright(text) else None
