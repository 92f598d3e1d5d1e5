"""The date one element shows, and whether it is an update's.

An element shows a date as a ``<time>``, or as a line that is a date and little else
("| May 2, 2024 9:40 AM", "Posted on 2 May 2024"), or as one piece of a byline's line
between separators ("By Ann Lee | May 2, 2024", "May 2, 2024 | By Ann Lee", "Ann Lee ·
2 May 2024 · 4 min read"): a publication's piece before an update's. Text broken by
``<br>``s shows its lines as elements would, a body of one ``div`` its short first lines
(its byline, its date) before its prose. An update is marked by its own words, its
class, or a label before it, in its parent's text or an element of its own
("<dt>Last updated</dt><dd>…", "<span>Updated</span> <time>…").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.ingest.dates import date_start, is_date_line, iso_date
from reader.ingest.html_meta_dates import date_of
from reader.ingest.html_pieces import PROSE_WORDS  # a line this long is prose
from reader.ingest.html_text import lines_of, text_of
from reader.ingest.text_shape import word_count

# "Updated", and the same word in other languages ("Mis à jour", "Aktualisiert", "Aggiornato",
# "Actualizado", "Atualizado", "Bijgewerkt")
_UPDATE_WORDS = r"updat|modif|mis à jour|aktualisiert|aggiornat|actualizad|atualizad|bijgewerkt"
_UPDATE = re.compile(_UPDATE_WORDS, re.IGNORECASE)
_UPDATE_BEFORE = re.compile(
    rf"\b(?:updated|modified|edited|{_UPDATE_WORDS}\w*)\b\W*$", re.IGNORECASE
)
MAX_CHARS = 60
_PIECES = re.compile(r"\s*[|·•]\s*")  # "By Ann Lee | May 2, 2024": the byline, the date
_HEAD_LINES = 4  # the lines of text broken by <br>s where its date may stand
_LABEL_CHARS = 30  # an element before a date this short may be its label


def text_before(node: HtmlElement) -> str:
    """The text just before an element, in its parent or after its previous sibling."""
    previous, parent = node.getprevious(), node.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    return before or ""


def _label_before(node: HtmlElement) -> str:
    """The text before an element with its previous sibling's when that is short: a label
    of its own ("<dt>Last updated</dt>")."""
    previous = node.getprevious()
    label = text_of(previous) if previous is not None else ""
    return f"{label} {text_before(node)}" if len(label) <= _LABEL_CHARS else text_before(node)


def is_update(node: HtmlElement, text: str) -> bool:
    """A date of the article's last update, not of its publication: marked as one
    ("updated", "dateModified"), or after the word ("Updated", "Last modified: …")."""
    marks = f"{node.get('class') or ''} {node.get('itemprop') or ''}"
    before = _label_before(node)
    return bool(_UPDATE.search(marks) or _UPDATE_BEFORE.search(before) or says_update(text))


def says_update(text: str) -> bool:
    """A date line that says it is an update's ("Last updated: May 3, 2024")."""
    at = date_start(text)
    return bool(_UPDATE.search(text if at is None else text[:at]))


def element_date(node: HtmlElement, text: str) -> str | None:
    """The date an element shows: its ``datetime``'s, else its text's, else, for a date
    shown as "5 days ago", the one its ``title`` gives ("May 2, 2024 9:40 AM")."""
    return date_of(node.get("datetime") or "") or iso_date(text) or date_of(node.get("title") or "")


def elements(node: HtmlElement) -> int:
    """The element's children that are elements of their own (a ``<br>`` is a line's end)."""
    return sum(1 for child in node if child.tag != "br")


def date_in(node: HtmlElement) -> tuple[str, str] | None:
    """(the text shown, its date) of the element's date, None when it shows none (a
    ``<time>`` inside it shows its own)."""
    if node.tag == "time":
        text = text_of(node)
        date = element_date(node, text)
        return (text or date, date) if date and len(text) <= MAX_CHARS else None
    if node.find(".//time") is not None:
        return None  # its <time>s come next, one by one
    # text broken by <br>s shows its lines before its prose as elements would
    lines = lines_of(node)[:_HEAD_LINES]
    if node.find("br") is None:
        lines = lines[:1]  # its other lines are its elements': they come next
    for k, line in enumerate(lines):
        if k and word_count(line) >= PROSE_WORDS:
            return None  # the prose has begun
        if found := _line_date(node, line):
            return found
    return None


def _line_date(node: HtmlElement, line: str) -> tuple[str, str] | None:
    if len(line) > 2 * MAX_CHARS:
        return None
    pieces = [p for p in [line, *_PIECES.split(line)] if len(p) <= MAX_CHARS and is_date_line(p)]
    piece = next((p for p in pieces if not says_update(p)), pieces[0] if pieces else None)
    if piece is None:
        return None
    date = element_date(node, piece) if piece == text_of(node) else iso_date(piece)
    return (piece, date) if date else None
