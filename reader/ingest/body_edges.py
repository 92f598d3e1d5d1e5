"""Where the body found by body.py starts and ends, past what stands at its edges: the
headline's byline or date under its first lines, a list of teasers that runs to its
end, an "About …" heading over a bio or a heading of other stories among its last
lines, posts embedded under its last paragraph ("— Ann Lee (@annlee) May 2, 2026").
"""

from __future__ import annotations

import re

from reader.ingest.comment_sections import is_section_header
from reader.ingest.date_stacks import stacked_at
from reader.ingest.dates import is_yearless_date_line
from reader.ingest.lines import Line, is_meta, is_prose, is_table_row, word_count
from reader.ingest.prose_codes import is_clock_stamp
from reader.ingest.teaser_lists import ITEMS, PERIODS, Shapes
from reader.ingest.unmarked_bylines import byline_goes_on

HEADER_REACH = 12  # lines at a run's start where the headline's byline or date may stand
HEADER_PROSE = 3  # sentences above it: a dek, a caption
POST_LINES = 4  # lines of an embedded post's text over its signature
TAIL_REACH = 60  # lines at the body's end where a list of teasers may start
ABOUT_PROSE = 3  # paragraphs under an "About …" heading: a bio's, a company's
# A heading over the author's or the company's bio: "About the author", "About Ann Lee"
_ABOUT = re.compile(
    r"(?i:about|sobre|über|à propos de|acerca de)\s+(?:(?i:the)\s+(?i:authors?|writer|editor)"
    r"|[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3})\s*:?"
)
TEASER_WORDS = 30  # a line's words, at most, under a heading of other stories
# A heading over other stories: "Related articles", "You may also like...", "Popular on X"
_STORIES_HEAD = re.compile(
    r"(?:related(?: articles| stories| posts| content| coverage)?|you (?:may|might) also like"
    r"|(?:most )?popular(?: (?:on|in|at) .{1,40})?|most (?:read|viewed|shared)|read next"
    r"|recommended(?: for you| reading| stories)?|more (?:stories|from|on|in) ?.{0,40}"
    r"|see also|also read|trending(?: now)?)[\s:.…!»›]*",
    re.IGNORECASE,
)
# An embedded post's signature: "— Ann Lee (@annlee) May 2, 2026"
_POST_SIGNATURE = re.compile(r"[—–-]\s*\S.{0,80}\(@\w{1,30}\)")


def before_teasers(lines: list[Line], start: int, end: int, shapes: Shapes) -> int:
    """The body's last index above a list of teasers that runs to its end (other stories'
    kickers, titles, dates and one-line summaries, in a repeated shape: teaser_lists.py)."""
    for k in range(max(start + 1, end - TAIL_REACH), end + 1):
        if k + shapes.list_at(k) > end:  # the list runs past the body's last line
            above = (j for j in range(k - 1, start - 1, -1) if is_prose(lines[j].text))
            return next(above, end)
    return end


def _opens_tail(text: str, under: list[Line]) -> bool:
    """Does a heading over these lines open the page's tail: an "About …" heading over a
    few paragraphs at most, a heading of other stories over short lines only?"""
    if _ABOUT.fullmatch(text) or _comments_heading(text.rstrip(" :.")):
        return sum(1 for x in under if is_prose(x.text)) <= ABOUT_PROSE
    if _STORIES_HEAD.fullmatch(text):
        return all(word_count(x.text) <= TEASER_WORDS for x in under)
    return False


def _comments_heading(text: str) -> bool:
    """A heading over the readers' comments ("Comments", "12 Comments", "Join the
    conversation"); a bare "Discussion" may be the article's own subhead."""
    return is_section_header(text) and text.lower() != "discussion"


def before_tail_heading(lines: list[Line], start: int, end: int) -> int:
    """The body's last index above a heading among its last lines that opens the page's
    tail: an "About …" heading ("About the author", "About Ann Lee", "About Kelp Ltd")
    over a bio or a company's paragraphs, or a heading of other stories ("Related
    articles", "You may also like...") over their titles."""
    for k in range(max(start + 1, end - TAIL_REACH), end + 1):
        if _opens_tail(lines[k].text, lines[k + 1 : end + 1]):
            above = (j for j in range(k - 1, start - 1, -1) if is_prose(lines[j].text))
            return next(above, end)
    return end


def past_posts(lines: list[Line], end: int) -> int:
    """The body's last index past the posts embedded under its last paragraph: each a
    few lines of text over its signature ("— Ann Lee (@annlee) May 2, 2026")."""
    while True:
        under = range(end + 1, min(len(lines), end + 2 + POST_LINES))
        signed = next((j for j in under if _POST_SIGNATURE.match(lines[j].text)), None)
        if signed is None:
            return end
        end = signed


def _listed(shapes: Shapes, i: int) -> bool:
    """Does line i stand in a list of teasers?"""
    reach = ITEMS * max(PERIODS)
    return i in shapes.listed(max(0, i - reach), min(len(shapes.lines), i + reach))


def past_byline(lines: list[Line], start: int, end: int, shapes: Shapes | None = None) -> int:
    """A byline or date under the first lines of prose: the body starts after it."""
    shapes = Shapes(lines) if shapes is None else shapes
    prose = 0
    for k in range(start, min(len(lines), start + HEADER_REACH, end)):
        text = lines[k].text
        stack = stacked_at(lines, k)  # "3" / "Mar" / "2025": a badge's date, a line a piece
        if stack or (
            is_meta(text) and not (is_table_row(text) or is_clock_stamp(text) or _listed(shapes, k))
        ):  # (a table's row may open with a date; a live blog's entry, with a time; a
            # teaser in a sidebar, with its own)
            if prose > HEADER_PROSE:
                return start
            k += max(0, stack - 1)
            while k + 1 < len(lines):
                if stack := stacked_at(lines, k + 1):
                    k += stack
                elif (
                    is_meta(lines[k + 1].text)
                    or is_yearless_date_line(lines[k + 1].text)  # "Thursday, May 9th"
                    or byline_goes_on(lines[k].text, lines[k + 1].text)
                ):  # "and Bo Park, Data Editor" under "By Ann Lee, Health Reporter": one byline
                    k += 1
                else:
                    break
            return k + 1
        prose += is_prose(text) and text[-1] not in "?!"  # a headline may ask or exclaim
    return start
