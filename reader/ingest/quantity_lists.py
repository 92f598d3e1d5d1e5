"""A list of quantities over the body's first paragraph: a recipe's ingredients ("2 cups
rice", "1 large onion, chopped", or the count on its own line over the rest: "1/4" over
"cup butter") over its steps. The list is the body's, though none of its lines is a
sentence: read by its shape, a run of lines each opening on an amount (digits, a
fraction) followed by a word in lower case, close over the body's first prose.
"""

from __future__ import annotations

import re

from reader.ingest.lines import Line, is_prose, word_count

ITEMS = 3  # items a list of quantities holds, at least
GAP = 6  # lines between the list and the body's first prose, at most (a label, a step's number)
ITEM_WORDS = 16  # an item's words, at most
STRAYS = 1  # lines inside the list with no amount ("Salt and pepper to taste"), at most
_AMOUNT = r"(?:\d+(?:[.,/]\d+)?\s?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])(?:\s?(?:-|–|to)\s?\d+(?:[.,/]\d+)?)?"
_ITEM = re.compile(rf"{_AMOUNT}\s*(?:[a-zµ(]|g\b|ml\b)")  # "2 cups …", "250 g …", "1 (6 oz) jar"
_LONE = re.compile(_AMOUNT)  # the amount alone on its line, the rest under it
AMOUNT_STARTS = frozenset("0123456789¼½¾⅓⅔⅛")  # how an item's line opens


def _item(lines: list[Line], k: int) -> int:
    """How many lines the item ending at line k spans: 1 ("2 cups rice"), 2 (the amount
    over the rest), 0 for no item."""
    text = lines[k].text
    if word_count(text) > ITEM_WORDS:
        return 0
    if _ITEM.match(text) and not _LONE.fullmatch(text):
        return 1
    if k > 0 and _LONE.fullmatch(lines[k - 1].text) and text[:1].islower():
        return 2
    return 0


def list_above(lines: list[Line], start: int) -> int:
    """The first index of a list of quantities standing over the body's first prose line
    ``start`` (a few short lines between: a label, a step's number, one line of prose:
    the site's pitch, a note), or ``start``."""
    k, gap, prose = start - 1, 0, 0
    while k >= 0 and gap < GAP and not _item(lines, k):
        prose += is_prose(lines[k].text)
        if prose > 1:
            return start
        k, gap = k - 1, gap + 1
    first, items, strays = start, 0, 0
    while k >= 0:
        span = _item(lines, k)
        if not span and (strays >= STRAYS or is_prose(lines[k].text) or not items):
            break
        strays += not span
        items += bool(span)
        k -= max(span, 1)
        first = k + 1 if span else first
    return first if items >= ITEMS else start


def items_at(lines: list[Line], i: int) -> list[list[Line]]:
    """The items of a list of quantities that starts at line i, each its lines (the
    amount alone over the rest: two), or none."""
    items: list[list[Line]] = []
    while i < len(lines):
        span = _item(lines, i + 1) if i + 1 < len(lines) else 0
        span = 2 if span == 2 else _item(lines, i)
        if not span:
            break
        items.append(lines[i : i + span])
        i += span
    return items if len(items) >= ITEMS else []
