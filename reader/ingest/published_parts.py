"""Which date of a line is the article's publication date: "Updated May 6 | Published
May 4" prints the update first; a line that says it dates an update ("Last updated …")
yields to one that dates the publication."""

from __future__ import annotations

import re

from reader.ingest.dates import iso_date

# A line that dates the article's update, not its publication: it yields to one that
# does ("Updated May 6, 2026" over "Published May 4, 2026").
UPDATED = re.compile(
    r"^\W*(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"\b(?:published|posted|created|publié|publicado|pubblicato|veröffentlicht)\b", re.IGNORECASE
)


def first_published(text: str, day_first: bool | None) -> str | None:
    """The line's date, the published one when it prints the updated one first."""
    return iso_date(published_part(text), day_first) or iso_date(text, day_first)


def published_part(text: str) -> str:
    """The line from its word "published" or "posted" on, or the whole line."""
    marker = _PUBLISHED.search(text)
    return text[marker.start() :] if marker else text
