"""A post that shows only an update's date near its headline dates its publication at
its foot: the article's date is the published one, not the update's nor another outlet's."""

from __future__ import annotations

from reader.ingest.source import from_bytes
from reader.sources import parse_source

_BODY = (
    "<p>The harbour board said the new fares would start after the spring tides, and the "
    "ferry crews welcomed the longer sailing season it had promised them.</p>"
    "<p>Riders at the pier said the rise was smaller than the one they had feared when the "
    "board first met about the timetable last winter.</p>"
)


def _published(foot: str) -> str | None:
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry fares rise</title>'
        "</head><body><main><article><h1>Ferry fares rise at Kelmouth pier</h1>"
        f'<p class="updated">Updated March 14, 2024</p>{_BODY}{foot}</article></main>'
        "</body></html>"
    )
    return parse_source(from_bytes(html.encode("utf-8"), "page.html")).article.published


def test_a_publication_line_at_the_foot_dates_the_post() -> None:
    foot = '<p class="postmeta">Published March 2, 2024 by Mara Quennell</p>'
    assert _published(foot) == "2024-03-02"


def test_a_classic_blog_entry_line_dates_the_post() -> None:
    foot = (
        '<p class="postmetadata">This entry was posted on Saturday, March 2nd, 2024 at '
        "9:40 am and is filed under Harbour. You can leave a response below.</p>"
    )
    assert _published(foot) == "2024-03-02"


def test_another_outlets_first_date_is_not_the_posts() -> None:
    foot = "<p><em>Originally published by the Lakeside Ledger on March 2, 2024.</em></p>"
    assert _published(foot) == "2024-03-14"
