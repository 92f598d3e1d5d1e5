"""The reference article, read from ../shared at test time through the real parser:
every quote of the article and of the embedded POLITICO article has its full-name speaker."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reader.analysis.quotes import attribute
from reader.model.document import Article

SAMPLE = Path(__file__).resolve().parents[2] / "shared/samples/000_eba45ebe7d5b167d.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    if not SAMPLE.exists():
        pytest.skip("reference article not present")
    from reader.ingest.page import parse_page
    from reader.sources import read_input

    article = parse_page(read_input(str(SAMPLE)))
    for each in [article, *article.embedded()]:
        attribute(each)
    return article


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _speakers(article: Article) -> dict[str, int]:
    return {s.name: len(s.quotes) for s in article.speakers}


def test_main_article_speakers(article: Article) -> None:
    assert _speakers(article) == {
        "Fiona Hill": 8,
        "Mark Green": 4,
        "Antony Blinken": 4,
        "Russian Foreign Ministry": 1,
        "Fyodor Lukyanov": 3,
    }
    assert all(q.speaker for q in article.quotes if q.kind == "direct")
    ministry = next(s for s in article.speakers if s.name == "Russian Foreign Ministry")
    assert ministry.kind == "organisation"


def test_subtitle_quotes_link_to_body(article: Article) -> None:
    subtitle = [q for q in article.quotes if article.block(q.block).kind == "subtitle"]
    assert [q.speaker for q in subtitle] == ["Fiona Hill", "Mark Green"]
    assert all(q.repeats and q.repeats.startswith("q") for q in subtitle)


def test_embedded_politico_speakers(article: Article) -> None:
    (embedded,) = article.embedded()
    names = set(_speakers(embedded))
    assert {"Cedric Richmond", "Hank Johnson", "Bob Casey", "Jim Clyburn"} <= names
    assert {"Nikema Williams", "Carolyn Bourdeaux"} <= names
    title = embedded.quotes[0]
    assert title.speaker == "Cedric Richmond"


def test_embedded_narrative_quotes_are_bidens(article: Article) -> None:
    """Two partial quotes in a paragraph whose topic is Biden ("he … vowed to “…”") are
    his, not Richmond's, the last quoted speaker. The quotes are named by a digest of their
    text, so that the article's words stay in ../shared."""
    (embedded,) = article.embedded()
    said = {_digest(q.text.rstrip(".,")): q.speaker for q in embedded.quotes}
    assert said["499c94e22d3f"] == "Joe Biden"
    assert said["ebc548c353f3"] == "Joe Biden"
    assert all(q.speaker for q in embedded.quotes if q.kind == "direct")
