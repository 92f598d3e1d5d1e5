"""Which date of a line is the article's publication date: "Updated May 6 | Published
May 4" prints the update first; a line that says it dates an update ("Last updated …")
yields to one that dates the publication."""

from __future__ import annotations

import re

from reader.ingest.dates import iso_date
from reader.ingest.months import PUBLISHED_WORDS, UPDATED_WORDS

# The update's words yield to the publication's ("Updated May 6, 2026" over "Published
# May 4, 2026").
DATING_WORDS = f"{PUBLISHED_WORDS}|{UPDATED_WORDS}"
UPDATED = re.compile(rf"^\W*(?:last\s+)?(?:{UPDATED_WORDS})\b", re.IGNORECASE)
_PUBLISHED = re.compile(rf"\b(?:{PUBLISHED_WORDS})\b", re.IGNORECASE)
# the words just before a date that say it is the publication's ("This entry was posted on
# …", "Published: …", "Publié le …")
PUBLISHED_BEFORE = re.compile(
    rf"\b(?:{PUBLISHED_WORDS})(?:\s+(?:on|am|le|el|em|il))?\W*$", re.IGNORECASE
)


def first_published(text: str, day_first: bool | None) -> str | None:
    """The line's date, the published one when it prints the updated one first."""
    return iso_date(published_part(text), day_first) or iso_date(text, day_first)


def published_part(text: str) -> str:
    """The line from its word "published" or "posted" on, or the whole line."""
    marker = _PUBLISHED.search(text)
    return text[marker.start() :] if marker else text
