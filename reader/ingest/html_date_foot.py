"""The publication's date a post states below its body ("This entry was posted on Monday,
May 2nd, 2024 at 9:40 am", "Published April 22, 2025" under a documentation page), asked
when the headline has only an update's date near it: a page that says when it was
updated says, somewhere in its post, when it was published. A date counts when the words
just before it say it is the publication's (not "Originally published by … on …", another
outlet's), in the heading's own ``<article>`` (else ``<main>``), out of its comments and
asides, in a line of the post's meta rather than prose.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.ingest.dates import date_start, iso_date
from reader.ingest.html_byline import in_aside
from reader.ingest.html_text import SKIP, text_of
from reader.ingest.published_parts import PUBLISHED_BEFORE

_META_CHARS = 300  # a post's line of meta; a longer text is prose quoting a date
_MAX_CHILDREN = 6  # an element with more holds more than a line


def published_below(
    heading: HtmlElement, inside: set[HtmlElement]
) -> tuple[str, str, HtmlElement] | None:
    """(the text from its date on, the date, the element) of the first publication's date
    stated after the heading in its article; None when there is none."""
    box = next(heading.iterancestors("article", "main"), None)
    if box is None:
        return None
    passed = {heading, *heading.iter()}
    after = False
    for node in box.iter():
        after = after or node is heading
        if not after or node in passed or node in inside or node.tag in SKIP:
            continue
        if len(node) > _MAX_CHILDREN:
            continue
        text = text_of(node)
        start = date_start(text) if len(text) <= _META_CHARS else None
        if start is None or not PUBLISHED_BEFORE.search(text[:start]):
            continue
        if (date := iso_date(text[start:])) and not in_aside(node, heading):
            return text[start:], date, node
    return None
