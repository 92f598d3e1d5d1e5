"""Where the body found by body.py ends when a lone line of prose stands past it: a
prompt to the reader or a site's notice under a gap of page furniture (a category line,
previous and next links, a site's badges) is no last paragraph of the story."""

from __future__ import annotations

import re

from reader.ingest.captions import is_caption
from reader.ingest.lines import Line, is_prose, is_table_row, word_count
from reader.ingest.sign_up_boxes import box_at

FURNITURE = 3  # lines, neither prose nor a photo's, between the story and a lone line past it
LONE_WORDS = 25  # words of that lone line, at most: a prompt, a notice
BOX_TOP = 3  # lines over the gap where a sign-up box's title may stand
# A line of code or of its output: a prompt, an assignment, a call ("> 29", "x = f(y)"),
# or a row of figures whose cells a copy sets apart ("Yes    33%")
_CODE = re.compile(r"^\s*[>$#]|[=;{}]|\w\(|\S(?: {2,}|\t)[^\s\d]*\d")


def before_lone_tail(lines: list[Line], start: int, end: int) -> int:
    """The body's last index above a lone short line of prose that ends its run past a
    gap of FURNITURE lines or more: none of them prose, a photo's caption or credit, a
    sign-up box, code, a table's row or a chart's figures (which stand inside a story);
    no list that a line leads into with a colon; wider than any break between the
    story's own paragraphs (a live blog's stamps and buttons come between each entry).
    A category line, previous and next links, a site's badges, then a prompt to the
    reader, a notice ("Questions? Write to us below."): no paragraph of the story."""
    if end <= start or word_count(lines[end].text) > LONE_WORDS:
        return end
    k = end - 1
    while k > start and not is_prose(text := lines[k].text):
        if is_caption(text) or is_table_row(text) or _CODE.search(text) or text.endswith(":"):
            return end
        k -= 1
    for j in range(max(start, k - BOX_TOP), end):  # (a box's blurb may be a sentence)
        if (size := box_at(lines, j)) and j + size > k:
            return end
    gap = end - k - 1
    if gap < FURNITURE or lines[k].text.endswith(":") or not is_prose(lines[k].text):
        return end
    return k if gap > _widest_gap(lines, start, k) else end


def _widest_gap(lines: list[Line], start: int, end: int) -> int:
    """The most lines in a row, from start to end, that are no prose: the story's own
    breaks (a live blog's stamps and buttons between its entries, a gallery's credits)."""
    widest = run = 0
    for line in lines[start : end + 1]:
        run = 0 if is_prose(line.text) else run + 1
        widest = max(widest, run)
    return widest
