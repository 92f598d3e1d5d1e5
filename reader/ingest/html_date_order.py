"""Which number of a date like 02/05/2024 a page writes first, asked of ``date_order`` with
the dates the page shows (its ``<time>``s, the date under its headline, its comments'
dates) and the language it declares (``<html lang="en-GB">``). A date a page shows is read
again in that order when it was read from its text alone (no ``datetime`` beside it) and
its day could be its month.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.html import HtmlElement

from reader.ingest.date_order import day_first_page
from reader.ingest.dates import iso_date, number_pairs
from reader.ingest.html_text import text_of


def in_page_order(
    text: str, date: str, node: HtmlElement | None, root: HtmlElement, shown: Iterable[str]
) -> str:
    """The date shown as ``text`` (read as ``date``) in the page's order, when the element
    gives no machine-written date and the text's day and month could be swapped; ``shown``:
    the page's other date lines (its comments' dates)."""
    if node is not None and node.get("datetime"):
        return date
    if not any(a <= 12 and b <= 12 for a, b in number_pairs(text)):
        return date
    lines = [text, *(text_of(t) for t in root.iter("time")), *shown]
    day_first = day_first_page(lines, lang=root.get("lang") or root.get("xml:lang"))
    return date if day_first is None else iso_date(text, day_first) or date
