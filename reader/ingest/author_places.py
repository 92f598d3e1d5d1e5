"""Where a page's authors stand when no byline stands between headline and body: right
above the headline, under a dek the body opens with, signed under the post ("Posted by
…", "About the author", a name alone under the last paragraph), in an author's box or bio
under the body, in a personal site's copyright ("© Ann Lee"). And the dated bylines
between headline and body that are a list of other posts, not the article's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from reader.ingest.byline_marks import (
    WRITER_ROLES,
    is_author_label,
    is_signature,
    is_writing_credit,
)
from reader.ingest.byline_people import PIECES, leading_names
from reader.ingest.byline_signatures import (
    BOX_LINES,
    boxed,
    contact_names,
    credit_in_sentence,
    placed_names,
    signed_under,
    site_owner,
    under_last_paragraph,
)
from reader.ingest.bylines import byline_names, is_byline
from reader.ingest.dates import iso_date
from reader.ingest.names import person_name
from reader.ingest.text_shape import ends_sentence
from reader.ingest.unmarked_bylines import after_date_names, unmarked_byline
from reader.model import Block

_BIO = re.compile(  # "Ann Lee is a reporter at …", "Ann Lee writes about ferries for The
    # Daily", "Ann Lee covers ferries for The Daily": what the writer does for an outlet
    rf"^(?:[—–-]\s*)?(?P<name>[A-ZÀ-Þ][\w.'’-]*(?: [\w.'’-]+){{1,4}}) (?:(?:is|was) (?:a|an|the)\b"
    rf".{{0,80}}\b(?:{WRITER_ROLES}|producer|professor|fellow|researcher)s?\b"
    r"|(?:writes (?:about|on) [^.]{1,60} |writes |covers [^.]{1,60} )for (?:the )?(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
BIO_INSIDE = 2  # the body's last blocks, where the author's bio may stand


def is_author_bio(text: str) -> bool:
    """ "Ann Lee is a reporter at the Harbour Daily", "Ann Lee writes about ferries for
    the Daily": a person's bio as a writer."""
    bio = _BIO.match(text)
    return bio is not None and bool(person_name(bio.group("name")))


BIO_REACH = 15  # blocks under the body, where it may stand too
ABOVE = 2  # lines above the headline where its date may stand
BYLINE_ABOVE = 4  # lines above it where its byline may: a name, its role, "Follow", the date
OPENING = 3  # the body's first blocks, where a byline under a dek may stand
SIGNATURE_REACH = 400  # blocks from the body's start where a post's signature may stand


def teaser_list(texts: Iterable[str]) -> bool:
    """Dated bylines of different dates between the headline and the body, each under a
    line of its own (a post's title): a list of other posts ("Recent posts"), not the
    article's byline and its update."""
    dated = [
        (k, date)
        for k, text in enumerate(texts)
        if (is_byline(text) or after_date_names(text)) and (date := iso_date(text))
    ]
    return any(k2 - k1 >= 2 and d1 != d2 for (k1, d1), (k2, d2) in pairwise(dated))


def signed_at_end(blocks: list[Block], body_end: int) -> list[str]:
    """The names a post signs with, in its body or soon under it ("Posted by T. V.
    Ramirez at 4:10 PM", "Written by Ann Lee on May 2, 2026", "Author: Ann Lee"); a plain
    "By" there belongs to a teaser; "About the author" alone over the name. Else the author
    a bio at the body's end names ("Ann Lee is a reporter at …"), or an author's box ("Ann
    Lee" over "Ann covers …"); then a byline or a name right under the last paragraph, a
    plain "By" too; then the site's owner. ``body_end``: the first block after the body."""
    for k, block in enumerate(blocks[:SIGNATURE_REACH]):
        if is_signature(block.text) and (names := byline_names(block.text)):
            return names
        label = is_author_label(block.text) and k + 1 < len(blocks)  # "About the author"
        if label and (names := unmarked_byline(block.text, blocks[k + 1].text, "")):
            return names
    box = range(max(0, body_end - BIO_INSIDE - BOX_LINES), min(len(blocks), body_end + BIO_REACH))
    for k in box:
        bio = _BIO.match(blocks[k].text)
        if bio and k < body_end - BIO_INSIDE:
            continue  # a bio's sentence in the body, over its last blocks, is someone else's
        if bio and (name := person_name(bio.group("name"))):
            return [name]  # "Ann Lee is a reporter at the Harbour Daily covering ferries."
        if k >= body_end - BIO_INSIDE and (names := _signed_off(blocks[k].text, k < body_end)):
            return names  # "Ann Lee reported from Lisbon.", "Contact Ann Lee at …"
        if name := boxed(blocks[k].text, [b.text for b in blocks[k + 1 : k + 1 + BOX_LINES]]):
            return [name]
    under = under_last_paragraph(blocks, body_end)
    if under is not None and (names := signed_under(blocks, under)):
        return names
    return site_owner(blocks)


def _signed_off(text: str, inside: bool) -> list[str]:
    """The writer a line at the article's end names: where they wrote from, how to reach
    them; in the body's last paragraphs (``inside``), a sentence crediting the piece
    ("This story was reported by Ann Lee.") or a credit its marker opens ("Story by Ann
    Lee. Photos by Bo Park."; under the body, a plain "By" is a teaser's)."""
    if names := placed_names(text) or contact_names(text):
        return names
    if not inside:
        return []
    if (credit := credit_in_sentence(text)) is not None:
        return byline_names(credit) or []  # "This story was reported by Ann Lee."
    return (byline_names(text) or []) if is_writing_credit(text) else []


# A video's credit ("Video: Ann Lee", "Video by Ann Lee", "Filmed by Ann Lee"): its maker
_MAKER = re.compile(
    r"^[\W_]*(?:videos?|film(?:ed)?)(?:\s+(?:and\s+[^\W\d_]+\s+)?by\b|\s*:)\s*", re.I
)


def video_maker(texts: Iterable[str]) -> list[str]:
    """The maker a video's credit in the header names: where no one is credited for
    the writing, the piece is the video, and its maker its author."""
    for text in texts:
        if (credit := _MAKER.match(text)) and (
            names := leading_names(PIECES.split(text[credit.end() :])[0], marked=True, lone=False)
        ):
            return names
    return []


def byline_above(texts: list[str]) -> list[str]:
    """The names of a byline right above the headline (``texts``: the BYLINE_ABOVE lines
    above it): "May 2, 2026 by Ann Lee / Ferries" over the title, or a name its
    neighbours make a byline ("Ann Lee" over her role, "Follow" and the date), of a known
    first name ("Previous Next" over "Breaking News" is a menu's)."""
    texts = texts[-BYLINE_ABOVE:]
    for k in range(len(texts) - 1, -1, -1):
        if names := byline_names(texts[k]):
            return names
        above = texts[k - 1] if k else ""
        under = texts[k + 1] if k + 1 < len(texts) else ""
        names = unmarked_byline(above, texts[k], under) or []
        if names and all(person_name(name, known_first=True) for name in names):
            return names  # among the menus over a headline: known first names only
    return []


def opening_byline(blocks: list[Block], start: int) -> list[str]:
    """The names of a byline among the body's first blocks (``start``: the first), under a
    dek the body opened with ("Ann Lee @annlee" under the lead's first paragraph), read
    with the header's rules: where the body's start was misread (a caption, a date glued
    to the name), the header's lines stand here."""
    for k in range(start, min(len(blocks), start + OPENING)):
        text = blocks[k].text
        if ends_sentence(text):
            continue
        above = blocks[k - 1].text if k else ""
        under = blocks[k + 1].text if k + 1 < len(blocks) else ""
        if names := byline_names(text) or unmarked_byline(above, text, under, True):
            return names
    return []
