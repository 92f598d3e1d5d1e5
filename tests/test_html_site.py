"""The site's name of an HTML page (the status line's): the name the site gives itself
(og:site_name, then application-name), then <title>'s piece beside the headline, then
a Twitter handle."""

from __future__ import annotations

from reader.ingest.source import from_bytes
from reader.sources import parse_source

HEADLINE = "Night ferries return to the island this summer"
BODY = (
    "<p>The harbour board voted on Tuesday to bring back the night ferries, which stopped "
    "running three years ago when the old boats were sold to pay the port's debts.</p>"
    "<p>The first crossing leaves the pier at eleven on the first Friday of June, and the "
    "board says tickets will cost the same as on the day boats for the whole season.</p>"
)
HANDLE = '<meta name="twitter:site" content="@gullnewsdesk">'


def site_of(head: str, title: str = HEADLINE) -> str | None:
    page = (
        f"<!doctype html><html><head>{head}<title>{title}</title></head><body>"
        f"<article><h1>{HEADLINE}</h1>{BODY}</article></body></html>"
    )
    return parse_source(from_bytes(page.encode(), "ferries.html")).article.site


def test_the_sites_stated_name_over_its_twitter_handle_and_its_apps_name() -> None:
    stated = '<meta property="og:site_name" content="The Gull Post">'
    app = '<meta name="application-name" content="Gull Post App">'
    assert site_of(HANDLE + app + stated, f"{HEADLINE} | Gull") == "The Gull Post"
    assert site_of(HANDLE + app, f"{HEADLINE} | Gull") == "Gull Post App"


def test_the_title_piece_beside_the_headline_over_a_twitter_handle() -> None:
    assert site_of(HANDLE, f"{HEADLINE} - News - The Gull Post") == "The Gull Post"
    assert site_of(HANDLE, f"The Gull Post » Local » {HEADLINE}") == "The Gull Post"


def test_the_twitter_handle_when_the_title_names_no_site() -> None:
    """A kicker before a colon is no site's name; the handle is the last resort."""
    assert site_of(HANDLE, f"Ferries: {HEADLINE}") == "Gullnewsdesk"
    assert site_of(HANDLE) == "Gullnewsdesk"


def test_a_blogs_title_piece_is_its_authors_name_and_stays_the_byline() -> None:
    """A one-person blog: <title>'s piece is its author, the site's name and the byline."""
    page = (
        f"<!doctype html><html><head><title>{HEADLINE} | Ana Ruiz</title></head><body>"
        f"<article><h1>{HEADLINE}</h1><p>By Ana Ruiz</p>{BODY}</article></body></html>"
    )
    article = parse_source(from_bytes(page.encode(), "ferries.html")).article
    assert (article.site, article.authors) == ("Ana Ruiz", ["Ana Ruiz"])


def test_a_name_run_together_gives_way_to_it_spelled_out() -> None:
    """og:site_name "thegullpost" beside <title>'s "The Gull Post": the words; a byline
    after the headline in <title> is no site's name."""
    stated = '<meta property="og:site_name" content="thegullpost">'
    assert site_of(stated, f"{HEADLINE} | The Gull Post") == "The Gull Post"
    assert site_of(HANDLE, f"{HEADLINE} - By ana") == "Gullnewsdesk"
