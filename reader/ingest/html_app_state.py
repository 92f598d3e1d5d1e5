"""The publication date a page's app keeps in a script of its state, not in JSON-LD:
``window.__STATE__ = {"article": {"datePublished": "2024-05-02T09:40:00Z"}}``, an
element's ``data-published`` a script prints the date from, a JSON
script of the page's data (``"publishedAt": …``, ``"first_published_at": …``, epoch
seconds too), the same escaped inside a string of script (``\\"pubDate\\":\\"…\\"``) or
in a script's own object (``{published: 'Thu, 02 May 2024'}``).

A state may hold other stories (related ones, a list of the latest), each with its own
publication: the date counts only when every publication date the scripts hold is one
day. An update's key ("dateModified", "updatedAt", "republished") is no publication's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from reader.ingest.html_meta_dates import date_of

_KEY = (  # datePublished, publishedAt, first_published_at, pubDate, publicationDate…
    r"(?:date_?|first_?|original_?)?(?:publish(?:ed)?|publication|pub)"
    r"(?:_?(?:date|at|time|on|datetime|date_?time))?"
)
# "key": value, quotes escaped or not, single or none (a script's object: {pubDate: '…'}):
# a number or ISO date, or a quoted written date ("Thu, 02 May 2024 09:40:00 GMT")
_PAIR = re.compile(
    rf"""(?:^|[\s{{,"'])({_KEY})\\?["']?\s*:\s*"""
    r"""(?:\\?["'](?=[A-Za-z])([\w ,:.+-]{8,40}?)\\?["']|\\?["']?(\d[\w:.+-]{7,34}))""",
    re.IGNORECASE,
)


_DATA_KEY = re.compile(_KEY, re.IGNORECASE)  # a data attribute's name past "data-"
_DATA_ATTRIBUTES = "//@*[starts-with(name(), 'data-') and contains(name(), 'pub')]"


def app_state_date(root: HtmlElement) -> str | None:
    """The one day the page's scripts of state, and its elements' data attributes named
    for a publication, give as a publication's; None when they give none or several."""
    days: set[str] = set()
    for written in _written(root):
        if day := date_of(written):
            days.add(day)
            if len(days) > 1:
                return None
    return next(iter(days), None)


def _written(root: HtmlElement) -> Iterator[str]:
    """The publication dates as the scripts and data attributes write them: a script
    prints the date from an element's ``data-published`` (the saved page may show none)."""
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        text = script.text or ""
        if "ld+json" in kind or script.get("src"):
            continue
        for _, written, value in _PAIR.findall(text):
            yield written or value
    for attribute in root.xpath(_DATA_ATTRIBUTES):
        if _DATA_KEY.fullmatch(attribute.attrname[5:].replace("-", "_")):
            yield str(attribute)
