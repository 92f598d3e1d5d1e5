"""The parts of an article's body that the page sets apart: an ad or a widget between
two boxes of the body ("body__container", then an ad, then another "body__container").

Extraction keeps the box it scores best and may drop the others. Boxes of one body are
elements of one tag and class, none inside another, each with paragraphs of prose; the
boxes right after the last one extraction kept, each sharing a parent or grandparent with
the one before it and with none of their paragraphs kept, are the rest of the body, read
in page order.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from lxml.html import HtmlElement

from reader.ingest.html_text import text_of
from reader.ingest.text_shape import word_count

_PROSE_WORDS = 12  # a paragraph this long is prose
_PROSE = 2  # paragraphs of prose in a box of the body
_NEAR = 2  # boxes of one body share their parent or its parent
_REST_PROSE = 3  # ... and one extraction dropped has more (two: the site's note at the end)


@dataclass(slots=True)
class Box:
    texts: list[str]  # its paragraphs' texts, in page order
    above: set[HtmlElement]  # its parent and grandparent


def body_sections(root: HtmlElement, comments: list[HtmlElement]) -> list[list[Box]]:
    """Each group of boxes of one tag and class, two or more with prose, in page order;
    none that holds or is in the comments, none with a form."""
    apart = {a for c in comments for a in (c, *c.iterancestors(), *c.iter())}
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for node in root.iter("div", "section"):
        if (marks := node.get("class")) and node not in apart:
            groups.setdefault((node.tag, marks), []).append(node)
    found = []
    for members in groups.values():
        boxes = set(members)
        outer = [m for m in members if not any(a in boxes for a in m.iterancestors())]
        outer = [m for m in outer if m.find(".//form") is None]  # a comment or sign-up form
        group = [
            Box(
                [t for p in m.iter("p") if (t := text_of(p))],
                set(islice(m.iterancestors(), _NEAR)),
            )
            for m in outer
        ]
        if sum(_prose(box.texts) >= _PROSE for box in group) >= 2:
            found.append(group)
    return found


def _prose(texts: list[str]) -> int:
    return sum(word_count(text) >= _PROSE_WORDS for text in texts)


def rest_of_body(group: list[Box], kept: set[str]) -> tuple[list[str], list[str]]:
    """(the last box extraction kept, the paragraphs of the boxes right after it, near it,
    that it dropped); two empty lists when it kept none or dropped none."""
    held = [k for k, box in enumerate(group) if _prose(box.texts) and _mostly_in(box, kept)]
    if not held:
        return [], []
    rest: list[str] = []
    last = group[held[-1]]
    for previous, box in zip(group[held[-1] :], group[held[-1] + 1 :], strict=False):
        if (
            not previous.above & box.above
            or _prose(box.texts) < _REST_PROSE
            or set(box.texts) & kept
        ):
            break
        rest += box.texts
    return last.texts, rest


def _mostly_in(box: Box, kept: set[str]) -> bool:
    prose = [text for text in box.texts if word_count(text) >= _PROSE_WORDS]
    return 3 * sum(text in kept for text in prose) >= 2 * len(prose)


def with_rest_of_body(
    pieces: list[tuple[str, str]], groups: list[list[Box]]
) -> list[tuple[str, str]]:
    """The extracted (tag, text) pieces with the boxes of the body extraction dropped
    after the last piece of the box before them."""
    for group in groups:
        kept = {text for _, text in pieces}
        last, rest = rest_of_body(group, kept)
        if rest:
            at = max(k for k, (_, text) in enumerate(pieces) if text in last)
            pieces = [*pieces[: at + 1], *(("p", text) for text in rest), *pieces[at + 1 :]]
    return pieces
