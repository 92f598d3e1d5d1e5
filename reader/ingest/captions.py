"""Photo and video captions and their credits, as a copy of a page gives them:
"(Ann Lee/Harbour Press)", "Photo: Ann Lee", "FILE - …", "Credit: …"."""

from __future__ import annotations

import re

from reader.ingest.bylines import is_byline
from reader.ingest.text_cache import cache_text
from reader.ingest.text_shape import word_count

_CREDIT_WORDS = (
    r"(?:Photo|Photograph|Image|Illustration|Video|Credit|Getty|Images|AP|AFP|Reuters|EPA|Pool"
    r"|Press|Service|Shutterstock|via|Staff|File|Courtesy|Handout)"
)
# A credit in brackets, "(… via AP)", "(A / B)"; a "Name/Agency" credit standing alone.
_BRACKETED_CREDIT = rf"\((?=[^()]*(?:\b{_CREDIT_WORDS}\b|\w ?/ ?\w))[^()]{{2,120}}\)"
# Capitalised words, as names and agencies are written (also under IGNORECASE)
_CAPITALISED = r"(?-i:[A-Z][\w.'’&-]*|de|van|von|der|da|via|and|&)"
_NAMES = rf"{_CAPITALISED}(?:[ -]{_CAPITALISED}){{0,4}}"  # a name, an agency: five words at most
_SLASHED_CREDIT = rf"{_NAMES}\s?/\s?{_NAMES}"
_CAPTION_END = re.compile(
    rf"{_BRACKETED_CREDIT}\s*$"
    rf"|\|\s*[^|]{{2,80}}(?:(?<!\d)/|/(?!\d)|\b{_CREDIT_WORDS}\b)[^|]*$"  # | Name/Getty Images
    r"|(?-i:Credits?|CREDITS?)(?:\b|(?=[A-Z]))\s*[:.…]?\s*\S.{0,80}$"  # Credit: Name, CreditName
    r"|\bcredits?\s*:\s*\S.{0,80}$"  # photo credit: Name (not "to get credit,” she said")
    rf"|^\(?{_SLASHED_CREDIT}\)?$"  # Name/Agency alone
    r"|(?:Photo|Photograph|Image)(?:\s+by|:)\s*\S.{0,80}$"
    r"|\bSources?:\s*\S.{0,80}$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:FILE\s*[-–—]|In this (?:\w+ )?(?:photo|image|file|handout|picture|video|still)\b"
    r"|(?:Photo|Image|Picture|Caption)\s*:)",
    re.IGNORECASE,
)
# What _CAPTION_END needs in a text (an ASCII one: case folds simply), and what
# _CAPTION_START needs at its start.
_CAPTION_MARKS = ("(", "|", "/", "credit", "photo", "image", "source")
_CAPTION_OPENINGS = ("file", "in this", "photo", "image", "picture", "caption")


_CAPTION_MARK = re.compile("|".join(map(re.escape, _CAPTION_MARKS)))  # one scan for them all


def _may_caption(tail: str, start: str) -> bool:
    return _CAPTION_MARK.search(tail) is not None or start.startswith(_CAPTION_OPENINGS)


# "Photo: Ann Lee", "Picture: Ann Lee/Coast Press", "Image by Ann Lee": a labelled credit
_LABELLED_CREDIT = (
    rf"(?:Photo(?:graph)?|Picture|Image)s?(?:\s+by\s+|\s*:\s*)(?:{_SLASHED_CREDIT}|{_NAMES})"
)
_CREDIT_ALONE = re.compile(f"{_BRACKETED_CREDIT}|{_SLASHED_CREDIT}|{_LABELLED_CREDIT}")


def is_credit_line(text: str) -> bool:
    """A photo credit on its own line, under the caption it belongs to."""
    return _CREDIT_ALONE.fullmatch(text.strip()) is not None


@cache_text
def is_caption(text: str) -> bool:
    """A photo or video caption: it names its credit, or opens like one."""
    if word_count(text) < 3:
        return False
    tail = text[-200:]
    if tail.isascii() and text[:20].isascii() and not _may_caption(tail.lower(), text[:20].lower()):
        return False  # the cheap test first: most lines hold nothing either pattern needs
    if _CAPTION_END.search(tail) is None and _CAPTION_START.match(text) is None:
        return False
    return not is_byline(text)  # "By Ann Lee | 12/10/2020" is no credit
