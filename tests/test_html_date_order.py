"""A number date a page shows is read in the order its language writes dates: a British
or French page writes 02/05/2024 for the 2nd of May, an American one for February 5th."""

from __future__ import annotations

from reader.ingest.source import from_bytes
from reader.sources import parse_source


def _published(lang: str, shown: str) -> str | None:
    html = (
        f'<!DOCTYPE html><html{lang}><head><meta charset="utf-8"><title>Ferry fares rise'
        "</title></head><body><main><article><h1>Ferry fares rise at Kelmouth pier</h1>"
        f'<p class="byline">By Mara Quennell</p>{shown}'
        "<p>The harbour board said the new fares would start after the spring tides, and "
        "the ferry crews welcomed the longer sailing season it had promised them.</p>"
        "<p>Riders at the pier said the rise was smaller than the one they had feared "
        "when the board first met about the timetable last winter.</p></article></main>"
        "</body></html>"
    )
    return parse_source(from_bytes(html.encode("utf-8"), "page.html")).article.published


def test_a_british_page_writes_the_day_first() -> None:
    assert _published(' lang="en-GB"', '<p class="date">02/05/2024</p>') == "2024-05-02"


def test_a_french_page_writes_the_day_first() -> None:
    assert _published(' lang="fr"', '<p class="date">Publié le 03/04/2023</p>') == "2023-04-03"


def test_an_american_page_or_one_without_a_language_writes_the_month_first() -> None:
    assert _published(' lang="en-US"', '<p class="date">02/05/2024</p>') == "2024-02-05"
    assert _published("", '<p class="date">02/05/2024</p>') == "2024-02-05"


def test_a_machine_written_date_beside_the_text_is_kept() -> None:
    shown = '<time datetime="2024-02-05">02/05/2024</time>'
    assert _published(' lang="en-GB"', shown) == "2024-02-05"


def test_a_british_page_whose_own_dates_show_the_month_first_keeps_the_month_first() -> None:
    shown = '<p class="date">02/05/2024</p><p>Photo: <time>11/23/2025</time> archive</p>'
    assert _published(' lang="en-GB"', shown) == "2024-02-05"


def test_english_of_a_month_first_place_says_nothing() -> None:
    assert _published(' lang="en-PH"', '<p class="date">02/05/2024</p>') == "2024-02-05"
