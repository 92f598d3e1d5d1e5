"""Turning the lines of one article (a page, or one pasted into a comment) into blocks.

The body is the page's main run of prose; the headline is the headline-shaped line
above it that the page marks as one (repeated, followed by a byline or a date, right
above the body); what stands between them is the subtitle, bylines, dates and
captions; short lines inside the body are captions, subheads or promo cards.
"""

from __future__ import annotations

import re

from reader.ingest.author_places import (
    BYLINE_ABOVE,
    byline_above,
    opening_byline,
    signed_at_end,
    teaser_list,
)
from reader.ingest.blocks import BlockMaker
from reader.ingest.body import lead_in, listed, main_body, past_byline
from reader.ingest.byline_marks import is_marker
from reader.ingest.chrome import asks_for_reader, is_chrome, is_furniture, site_name
from reader.ingest.dates import has_date, is_date_line
from reader.ingest.headline import comparable, find_headline, plain_title
from reader.ingest.lines import (
    GONE,
    Line,
    byline_names,
    ends_sentence,
    is_byline,
    is_caption,
    is_copyright,
    is_credit_line,
    is_label,
    is_meta,
    is_prose,
    is_titleish,
    word_count,
    words,
)
from reader.ingest.page_date import published
from reader.ingest.unmarked_bylines import unmarked_byline
from reader.model import Article, Block, BlockKind

_DATELINE = re.compile(
    r"^(?P<d>[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\([A-Za-z][\w.& ]{0,20}\))?)\s*[—–-]+\s*(?=\S)"
    r"|^(?P<c>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:,\s+[A-Z][a-z.]+)?\s*\([A-Z][A-Za-z]{1,12}\))"
    r"(?:\s*[—–-]+\s*)?(?=\S)"
)
_AGENCY = re.compile(r"\(([A-Z][\w.& ]{0,20})\)\s*$")
_PROMO_MARK = re.compile(
    r"^(?:\S+\s+)?(?:video|watch|play(?: video)?|listen|podcast|gallery|photos?|slideshow)$"
    r"|^\d{1,2}:\d{2}$|^more(?:\s+\w+){0,2}[\s:.»›]*$"  # "More:", "More stories": not "More than…"
    r"|^more\s+(?:about|on|of|stories|news|coverage|videos?)\b"
    r"|^(?:related|read more|see also|also read|recommended|most read"
    r"|trending|read next|up next|watch next|more from|more in)\b",
    re.IGNORECASE,
)


_CREDIT_LABEL = re.compile(r"^(?:photo|foto|фото|image|picture|credit|bild|imagen)s?\s*:$", re.I)
_LIST_ITEM = re.compile(r"^\d{1,3}[.)]\s+\S")


def dateline_of(text: str) -> str | None:
    match = _DATELINE.match(text)
    if not match:
        return None
    dateline = (match.group("d") or match.group("c")).strip()
    if word_count(dateline) > 6 or len(dateline) < 3:
        return None
    return dateline


class ArticleParser:
    """Parses the lines of one article; ``prefix`` keeps block ids unique in a document.

    Given ``owned``, the list of lines is the parser's: it takes each zone's lines out
    of it (leaving it empty) and lets each line go once its block is made. A page of
    one-word paragraphs held each as a line and a block at once: twice its memory."""

    def __init__(self, lines: list[Line], prefix: str = "", owned: bool = False) -> None:
        self.lines = lines
        self.owned = owned
        self.maker = BlockMaker(prefix)
        self.article = Article()
        self.blocks: list[Block] = self.article.blocks

    def parse(self) -> Article:
        lines = self.lines
        body = main_body(lines)
        if body is None:
            start, end = len(lines), len(lines) - 1
        else:
            start, end = body
        first = start
        start = past_byline(lines, start, end)
        end = max(end, start - 1)  # a byline under a one-line body: the tail follows it
        head = find_headline(lines, start, end, first)
        if head is None and plain_title(lines):
            head = 0
        if head is not None and head >= start:
            start = head + 1  # a question headline reads like the body's first line
            end = max(end, head)
        above = lines[max(0, head - BYLINE_ABOVE) : head] if head is not None else []
        tail = self._zone(end + 1, len(lines))  # the zones from the last: each a cut of the list
        prose = self._zone(start, end + 1)
        if head is not None:
            title = lines[head]
            header_lines = self._zone(head + 1, start)
            self._before_headline(self._zone(0, head), head)
            self._add(BlockKind.TITLE, [title])
            self.article.title = title.text
            header = len(self.blocks)
            self._header(header_lines, title.text)
        else:
            header = len(self.blocks)
            self._header(self._zone(0, start), None)
        self._header_blocks = (header, len(self.blocks))
        self._body(prose)
        self._body_end = len(self.blocks)
        self._tail(tail)
        self._finish()
        self.article.published = published(self.blocks, self._header_blocks, self._body_end)
        first = self._header_blocks[1]
        if not self.article.authors and head is not None:  # two lines: not a copy of all above
            self.article.authors = byline_above([line.text for line in above])
        if not self.article.authors:
            self.article.authors = opening_byline(self.blocks, first)
        if not self.article.authors:
            self.article.authors = signed_at_end(self.blocks[first:], self._body_end - first)
        return self.article

    # -- zones -------------------------------------------------------------

    def _zone(self, start: int, end: int) -> list[Line]:
        """Lines start to end - 1; owned, the list is cut there (a zone is taken from
        its end, the zones from the last), so that the zone is all that holds them."""
        zone = self.lines[start:end]
        if self.owned:
            del self.lines[start:]
        return zone

    def _before_headline(self, lines: list[Line], head: int) -> None:
        """The lines above the headline (they may be the whole page)."""
        for i in range(head):
            line = lines[i]
            lines[i] = GONE
            if i == head - 1 and is_label(line.text) and not is_chrome(line.text):
                self._add(BlockKind.SECTION, [line])
                self.article.section = line.text
            else:
                self._add(BlockKind.BOILERPLATE, [line])

    def _header(self, lines: list[Line], title: str | None) -> None:
        """Between headline and body: subtitle, bylines, dates, captions, chrome."""
        teasers = teaser_list(line.text for line in lines)  # no list: a header may be all
        i = gone = 0
        while i < len(lines):
            gone = let_go(lines, gone, i - 1)  # the line above is read: a byline's neighbour
            line = lines[i]
            text = line.text
            if is_caption(text) or self._caption_follows(lines, i):
                i = self._caption(lines, i)
                continue
            names = byline_names(text) or unmarked_byline(
                lines[i - 1].text if i else "",
                text,
                lines[i + 1].text if i + 1 < len(lines) else "",
                header=True,
            )
            if (names or is_marker(text)) and teasers and has_date(text):
                self._add(BlockKind.PROMO, [line])  # a dated post of a list ("Recent posts")
            elif names or is_marker(text):
                self._add(BlockKind.BYLINE, [line])
                self.article.authors.extend(n for n in names or () if n not in self.article.authors)
            elif is_meta(text):
                self._add(BlockKind.TIMESTAMP, [line])
                if self.article.timestamp_text is None:
                    self.article.timestamp_text = text
            elif title is not None and comparable(text) == comparable(title):
                self._add(BlockKind.BOILERPLATE, [line])
            elif (
                self.article.subtitle is None
                and title is not None
                and word_count(text) >= 6
                and not (is_chrome(text) or asks_for_reader(text))
                and not self._after_byline()
                and not self._after_chrome()
            ):
                self._add(BlockKind.SUBTITLE, [line])
                self.article.subtitle = text
            elif is_prose(text):
                self._prose(line)
            else:
                self._add(BlockKind.BOILERPLATE, [line])
            i += 1

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

    def _body(self, lines: list[Line]) -> None:
        i = gone = 0
        while i < len(lines):
            gone = let_go(lines, gone, i - 1)  # the line above: a caption's title
            text = lines[i].text
            if is_caption(text):
                i = self._caption(lines, i)
            elif is_prose(text) and not self._caption_follows(lines, i):
                self._prose(lines[i])
                items = lead_in(lines, i)  # "The tour's dates:" over its list
                if items > i:
                    self._run(lines[i + 1 : items + 1], after=None)
                i = items + 1
            else:
                j = i
                while j < len(lines) and not (is_prose(lines[j].text) or is_caption(lines[j].text)):
                    j += 1
                if j == i:  # a prose line that repeats the caption under it
                    i = self._caption(lines, i)
                    continue
                self._run(lines[i:j], after=lines[j] if j < len(lines) else None)
                i = j

    def _prose(self, line: Line) -> None:
        """A paragraph, or the site's pitch (its newsletter, its app): no part of the article."""
        pitch = asks_for_reader(line.text)
        self._add(BlockKind.PROMO if pitch else BlockKind.PARAGRAPH, [line])

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
        )
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
                self._add(BlockKind.HEADING, [line])
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

    def _tail_line(self, line: Line) -> None:
        text = line.text
        if is_copyright(text):
            self._add(BlockKind.SOURCE, [line])
            self.article.source = self.article.source or site_name(text)
        else:
            self._add(BlockKind.BOILERPLATE, [line])
            if self.article.site is None:
                self.article.site = site_name(text) if not is_copyright(text) else None

    # -- captions ------------------------------------------------------------

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

    # -- finishing -----------------------------------------------------------

    def _finish(self) -> None:
        article = self.article
        for block in self.blocks:
            if block.kind is BlockKind.PARAGRAPH:
                article.dateline = dateline_of(block.text)
                break
        if article.dateline and article.source is None:
            agency = _AGENCY.search(article.dateline)
            if agency:
                article.source = agency.group(1)

    def _add(self, kind: BlockKind, lines: list[Line], text: str | None = None) -> Block:
        block = self.maker.make(kind, lines, text)
        self.blocks.append(block)
        return block


def _opens(text: str, start: str) -> bool:
    """`text` opens with the words of `start` (whole words; a line of no words opens none),
    so the longer of the two keeps every word of both."""
    words, first = comparable(text), comparable(start)
    return bool(first) and (words + " ").startswith(first + " ")


def _credit_under(above: Line, below: Line) -> bool:
    """`below` is the photo credit of the caption text `above`: on the very next line (a
    credit after a blank line closes a photo the copy left out), under a short line that
    quotes nobody, as a caption does."""
    return (
        below.number == above.number + 1
        and is_credit_line(below.text)
        and not is_credit_line(above.text)
        and 3 <= word_count(above.text) <= 50
        and not any(mark in above.text for mark in '“”"')
    )


def let_go(lines: list[Line], gone: int, upto: int) -> int:
    """Lines gone to upto - 1 of a zone, their blocks made, are let go; the new mark."""
    for k in range(gone, upto):
        lines[k] = GONE
    return max(gone, upto)


def parse_article(lines: list[Line], prefix: str = "") -> Article:
    return ArticleParser(lines, prefix).parse()
