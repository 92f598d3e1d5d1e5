"""The publication's date a post states below its body ("This entry was posted on Monday,
May 2nd, 2024 at 9:40 am", "Published April 22, 2025" under a documentation page), asked
when the headline has only an update's date near it: a page that says when it was
updated says, somewhere in its post, when it was published. A date counts when the words
just before it say it is the publication's (not "Originally published by … on …", another
outlet's), in the heading's own ``<article>`` (else ``<main>``), out of its comments and
asides, in a line of the post's meta rather than prose.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.etree import iterwalk
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
    for node in _own_elements(box, heading, inside):
        if len(node) > _MAX_CHILDREN:
            continue
        text = text_of(node)
        start = date_start(text) if len(text) <= _META_CHARS else None
        if start is None or not PUBLISHED_BEFORE.search(text[:start]):
            continue
        if (date := iso_date(text[start:])) and not in_aside(node, heading):
            return text[start:], date, node
    return None


def _own_elements(
    box: HtmlElement, heading: HtmlElement, inside: set[HtmlElement]
) -> Iterator[HtmlElement]:
    """The box's elements after the heading that hold no comment (a comment's date line,
    or the comment list holding it, is no line of the post's), each after the ones it
    holds, in page order; comments' subtrees are not walked (a page of 20,000)."""
    walk = iterwalk(box, events=("start", "end"))
    holds = [False]  # each open element's: it holds a comment or the heading
    after = False
    for event, node in walk:
        if event == "start":
            if node in inside or node is heading or not isinstance(node.tag, str):
                walk.skip_subtree()
            holds.append(False)
            continue
        held = holds.pop() or node in inside or node is heading
        holds[-1] = holds[-1] or held
        after = after or node is heading
        if after and not held and node.tag not in SKIP:
            yield node
