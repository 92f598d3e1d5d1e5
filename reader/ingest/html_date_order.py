"""Which number of a date like 02/05/2024 a page writes first, by what the page says of
itself: its language (``<html lang="en-GB">``, ``lang="fr"``) writes the day first
everywhere but in American English. American English, English without a place ("en") or
no language says nothing: the reading of dates keeps its own default (day first with
dots, month first with slashes; a site in another language may keep its system's
"en-US"). A date a page shows is read again in its order when it was read from its text
alone (no ``datetime`` beside it) and its day could be its month.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.ingest.dates import iso_date, number_pairs

_SAYS_NOTHING = ("en", "en-us")  # the default order's: slashes month first


def page_day_first(root: HtmlElement) -> bool | None:
    """True when the page's language writes number dates day first; None when it does
    not say otherwise than the default."""
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().lower().replace("_", "-")
    return True if lang and lang not in _SAYS_NOTHING else None


def in_page_order(text: str, date: str, node: HtmlElement | None, day_first: bool | None) -> str:
    """The date shown as ``text`` (read as ``date``) in the page's order, when the element
    gives no machine-written date and the text's day and month could be swapped."""
    if day_first is None or (node is not None and node.get("datetime")):
        return date
    if not any(a <= 12 and b <= 12 for a, b in number_pairs(text)):
        return date
    return iso_date(text, day_first) or date
