"""A post that shows only an update's date near its headline dates its publication at
its foot: the article's date is the published one, not the update's nor another outlet's."""

from __future__ import annotations

from pytest import MonkeyPatch

from reader.ingest import html_date_foot
from reader.ingest.html_text import text_of
from reader.ingest.source import from_bytes
from reader.model.document import Article
from reader.sources import parse_source

_BODY = (
    "<p>The harbour board said the new fares would start after the spring tides, and the "
    "ferry crews welcomed the longer sailing season it had promised them.</p>"
    "<p>Riders at the pier said the rise was smaller than the one they had feared when the "
    "board first met about the timetable last winter.</p>"
)


def _published(foot: str) -> str | None:
    return _article(foot).published


def _article(foot: str) -> Article:
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry fares rise</title>'
        "</head><body><main><article><h1>Ferry fares rise at Kelmouth pier</h1>"
        f'<p class="meta">By Oriel Fenwick</p><p class="meta">Updated March 14, 2024</p>{_BODY}{foot}</article></main>'
        "</body></html>"
    )
    return parse_source(from_bytes(html.encode("utf-8"), "page.html")).article


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


def _comments(count: int, posted: str = "Posted on ") -> str:
    """A comment list, each comment in wrappers under its date line."""
    one = (
        '<div><div><div class="comment"><p class="author">Wren Ashdown</p>'
        '<p class="when">{posted}March {day}, 2024</p><p>The old fares were fairer, and '
        "the winter boat ran on time.</p></div></div></div>"
    )
    items = "".join(one.format(posted=posted, day=10 + k % 3) for k in range(count))
    return f'<section class="comments"><h2>{count} comments</h2>{items}</section>'


def test_a_comments_date_never_dates_the_post() -> None:
    article = _article(_comments(3))
    assert (article.published, article.timestamp_text) == (
        "2024-03-14",
        "Updated March 14, 2024",
    )


def test_the_foot_line_shown_is_its_own_line() -> None:
    foot = (
        '<div class="entry-footer"><p>Published March 2, 2024</p>'
        "<p>Filed under Harbour, Ferries</p></div>"
    )
    article = _article(foot)
    assert (article.published, article.timestamp_text) == ("2024-03-02", "March 2, 2024")


def test_a_foot_line_past_a_long_comment_list_is_read_without_reading_each_comment(
    monkeypatch: MonkeyPatch,
) -> None:
    texts: list[str] = []

    def counted(node: object) -> str:
        texts.append(text := text_of(node))  # type: ignore[arg-type]
        return text

    monkeypatch.setattr(html_date_foot, "text_of", counted)
    foot = '<p class="postmeta">Published March 2, 2024</p>'
    assert _published(_comments(200, posted="") + foot) == "2024-03-02"
    assert len(texts) < 20  # the post's own lines, not each comment's wrappers
