"""The pieces of an extracted HTML body and their kinds: each trafilatura element as
(tag, text) pieces (a list's items, a table's rows, a paragraph classed as a caption),
a gallery's captions put back as its body, and the block kind a piece is, tested like a
text line (caption, byline, date, copyright, chrome, a pitch) when it is a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml.etree import _Element

from reader.ingest.chrome import is_chrome, is_image_name, is_pitch
from reader.ingest.dates import is_date_line
from reader.ingest.html_tables import table_pieces
from reader.ingest.html_text import norm, text_of
from reader.ingest.lines import ends_sentence, is_byline, is_caption, is_copyright, word_count
from reader.ingest.names import ends_sentence_not_name
from reader.model import BlockKind

_BLANK_LINE = re.compile(r"\n\s*\n")  # two line breaks with nothing between
_CAPTION_MARK = re.compile(r"caption", re.IGNORECASE)  # "wp-caption-text", "image-caption"
PROSE_WORDS = 12  # a paragraph this long is body prose, not a teaser or a label
_SLIDES = 3  # captions of prose that make a gallery
_SLIDES_OVER = 2  # ... when they hold this many times the words of the body beside them
_OPENING = 3  # words that open a widget's captions alike
KICKER_WORDS = 4  # a kicker set in the headline's element is shorter

Piece = tuple[str, str]  # (tag, text)


def title_at(pieces: list[Piece], title: str | None) -> tuple[int | None, str | None]:
    """Where the headline stands among the pieces, and the kicker extraction kept in
    its piece ("Transport Ferry to close" over the headline "Ferry to close"): the first
    piece that is the headline, else the first heading that ends with it after a few
    words."""
    if not title:
        return None, None
    at = next((k for k, (_, t) in enumerate(pieces) if t == title), None)
    if at is not None:
        return at, None
    for k, (tag, text) in enumerate(pieces):
        kicker = text[: -len(title)].strip() if text.endswith(" " + title) else ""
        kicker = kicker if tag == "head" else ""
        if kicker and len(kicker.split()) <= KICKER_WORDS:
            return k, kicker
    return None, None


def element_pieces(element: _Element) -> list[Piece]:
    """(tag, text) for each block an extracted element makes."""
    if element.tag == "list":
        return [("item", text_of(i)) for i in element.iter("item")]
    if element.tag == "table":
        return table_pieces([[text_of(c) for c in r] for r in element.iter("row")])
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    tag = "caption" if _CAPTION_MARK.search(marks) else str(element.tag)
    if tag == "p" and element.find("lb") is not None:
        return broken_paragraphs(element)
    return [(tag, text_of(element))]


def broken_paragraphs(element: _Element) -> list[Piece]:
    """A paragraph whose lines are broken by ``<br>``s as a browser shows it: the source's
    own line end after a ``<br>`` is white space, two ``<br>``s part paragraphs, and each
    line stands alone unless it goes on with the sentence above it (prose wrapped by hand).
    Lone lines are read with their siblings: under no byline they are a list's items (tour
    dates, opening hours), not captions or a stamp each read alone."""
    parts = [element.text or ""]
    for child in element:
        text = "\n" if child.tag == "lb" else " ".join(map(str, child.itertext()))
        tail = child.tail or ""  # the source's own line end after a <br> breaks no line
        parts += [text, tail.lstrip() if child.tag == "lb" else tail]
    found: list[Piece] = []
    for paragraph in _BLANK_LINE.split("".join(parts)):
        lines = [text for line in paragraph.split("\n") if (text := norm(line))]
        runs = _runs(lines)
        if len(runs) == 1:
            found.append(("p", " ".join(runs[0])))
            continue
        tag = "p" if any(is_byline(line) for line in lines) else "item"
        found += [(tag if _lone_short(run) else "p", " ".join(run)) for run in runs]
    return found


def _lone_short(run: list[str]) -> bool:
    """A run that is one short line (a list's line, not prose set apart)."""
    return len(run) == 1 and word_count(run[0]) < PROSE_WORDS


def _runs(lines: list[str]) -> list[list[str]]:
    """The paragraph's lines in runs, decided line by line: a line joins the one above it
    when it goes on with its sentence (prose wrapped by hand); else it stands alone (a
    byline, a role, a date, a list's line, a sentence set apart by a <br>)."""
    runs: list[list[str]] = []
    for line in lines:
        if runs and _goes_on(runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _goes_on(above: str, line: str) -> bool:
    """A line goes on with the sentence above it (a hard-wrapped paragraph's): under a line
    that ends no sentence, it opens in lower case or, in any case, ends the sentence ("The
    skipper told us" over "Orla Penhale was right."); a list's lines end none, or end with
    an initial ("Ann K.", "6.45 P.M.")."""
    return not ends_sentence(above) and (line[:1].islower() or ends_sentence_not_name(line))


def with_gallery(pieces: list[Piece], captions: list[str]) -> list[Piece]:
    """A gallery (a slideshow): when its captions hold far more prose than the body
    extraction kept (which drops them), they are its body, in page order. Captions
    that open alike ("In pictures: 2 May …") are a widget's, not the article's."""
    slides = [c for c in captions if word_count(c) >= PROSE_WORDS]
    body = sum(word_count(text) for tag, text in pieces if tag == "p")
    if len(slides) < _SLIDES or sum(map(word_count, slides)) <= _SLIDES_OVER * body:
        return pieces
    openings = Counter(tuple(slide.split()[:_OPENING]) for slide in slides)
    if openings.most_common(1)[0][1] * 2 > len(slides):
        return pieces
    kept = [p for p in pieces if p[1] not in slides]
    return kept + [("slide", slide) for slide in dict.fromkeys(slides)]


def piece_kind(tag: str, text: str, captions: set[str]) -> BlockKind:
    """The kind of block a piece of the body is."""
    if tag == "slide":
        return BlockKind.PARAGRAPH
    if is_image_name(text):  # a figure's hidden title, a list of attachments
        return BlockKind.BOILERPLATE
    if tag == "caption" or text in captions or (tag == "p" and is_caption(text)):
        return BlockKind.CAPTION
    if tag == "head":
        return BlockKind.HEADING
    if tag != "p":
        return BlockKind.PARAGRAPH
    if word_count(text) <= 16 and is_byline(text):
        return BlockKind.BYLINE
    if is_date_line(text):
        return BlockKind.TIMESTAMP
    if is_copyright(text):
        return BlockKind.SOURCE
    if is_chrome(text):
        return BlockKind.BOILERPLATE
    if is_pitch(text):
        return BlockKind.PROMO  # the site's newsletter or app, not the article
    return BlockKind.PARAGRAPH
