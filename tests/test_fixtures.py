"""The fixture pages (tests/fixtures, described in EXPECTED.md) parse as a reader sees them."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from reader.model import Article, BlockKind
from reader.sources import demo_source, load_document, parse_source


def load(name: str) -> Article:
    return load_document(str(FIXTURES / name)).article


def count(article: Article, kind: BlockKind) -> int:
    return sum(1 for b in article.blocks if b.kind is kind)


@pytest.mark.parametrize(
    ("name", "headline", "comments", "pingbacks"),
    [
        (
            "wordpress_says.txt",
            "Council approves 18% ferry fare rise despite commuter protest",
            11,
            2,
        ),
        (
            "middot_threaded.txt",
            "Quillpress Plugin Directory Will Require Two-Factor Sign-In for Committers Starting in May",
            9,
            0,
        ),
        (
            "oneline_authors.txt",
            "Harbour Sound’s 20 Greatest Coastal Folk Albums of All Time",
            12,
            0,
        ),
        ("footer_dates.txt", "Your Smart Meter Knows When You’re Home. Who Else Does?", 9, 0),
        (
            "embedded_variants.txt",
            "Province orders review of Lake Orrin water permits after record algae bloom",
            7,
            0,
        ),
        (
            "plain_article.txt",
            "Floodwaters recede in Tarrow Valley as crews begin clearing debris",
            0,
            0,
        ),
        (
            "newest_first.txt",
            "Council delays vote on Westgate tram extension for a third time",
            8,
            0,
        ),
        ("control_chars.txt", "Skerry Head lighthouse cottages to reopen as a museum", 0, 0),
        (
            "relative_records.txt",
            "Towpath reopens after two years as cyclists and walkers return to the river",
            6,
            0,
        ),
        ("dayfirst_footer.txt", "Fährbetrieb zwischen Kellum und Osterwiek wird eingestellt", 4, 0),
        (
            "said_headers.txt",
            "Grid operators ask for a winter reserve as demand forecasts climb",
            4,
            0,
        ),
    ],
)
def test_headline_and_comment_count(
    name: str, headline: str, comments: int, pingbacks: int
) -> None:
    article = load(name)
    assert article.title == headline
    assert len(article.comments) == comments
    assert sum(c.kind == "pingback" for c in article.comments) == pingbacks


def test_wordpress_authors_dates_and_the_two_margarets() -> None:
    article = load("wordpress_says.txt")
    authors = [c.author for c in article.comments if c.kind == "comment"]
    assert authors.count("Margaret Olsen") == 2 and authors.count("Margaret Keane") == 1
    assert article.authors == ["Hollis Andreou"]
    assert all(c.date_text for c in article.comments if c.kind == "comment")
    assert count(article, BlockKind.CAPTION) == 1


def test_a_ranking_in_the_body_is_body_and_not_comments() -> None:
    article = load("oneline_authors.txt")
    assert article.authors == ["wren"]
    items = [b for b in article.blocks if b.kind is BlockKind.PARAGRAPH and b.text[:2].isdigit()]
    assert len(items) == 20
    assert [c.author for c in article.comments][:2] == ["Tobias Renn", "saltdog"]


def test_footer_dated_comments_take_the_name_above_their_text() -> None:
    article = load("footer_dates.txt")
    assert [c.author for c in article.comments][:2] == ["Anonymous", "Jorunn H."]
    assert all(c.date_text for c in article.comments)
    assert article.authors == ["Nadia Strom"]


def test_embedded_variants() -> None:
    comments = load("embedded_variants.txt").comments
    pasted = [(c.number, a) for c in comments for a in c.articles]
    assert [(n, a.source) for n, a in pasted] == [
        (2, "The Brackwater Herald"),
        (4, None),
        (5, "Orrin Valley Times"),
        (5, "Northern Broadcasting Corporation"),
    ]
    assert [len(a.body()) for _, a in pasted] == [4, 4, 3, 4]
    assert pasted[0][1].authors == ["Odile Marchetti"]
    assert pasted[3][1].authors == ["Kofi Lindahl", "Ada Brennecke"]
    five = comments[4]
    assert len([b for b in five.blocks if b.kind is BlockKind.PARAGRAPH]) == 2


def test_control_characters_never_reach_the_document() -> None:
    article = load("control_chars.txt")
    texts = [b.text for b in article.blocks]
    assert not any(ch in t for t in texts for ch in "\x1b\x07\t\u200b\u00ad\r")


def test_demo_article() -> None:
    article = parse_source(demo_source()).article
    assert article.dateline == "HARBOURTON (AP)"
    assert count(article, BlockKind.CAPTION) == 2
    assert len(article.comments) == 7
    pasted = article.comments[4].articles
    assert len(pasted) == 1 and pasted[0].section == "TRADE"
    assert pasted[0].authors == ["Marisol Quentin-Abara", "Devon Strahl"]


def test_comments_in_layouts_no_rule_names() -> None:
    """Records of a name, a place, a date and footer actions, in three shapes."""
    relative = load("relative_records.txt")
    assert [(c.author, c.date_text) for c in relative.comments][:2] == [
        ("Hanna Loft", "3 hours ago"),
        ("Tomas Beck", "5 hours ago"),
    ]
    assert relative.comments[4].author == "Martin Luther King Jr."
    assert relative.comments[3].parent == 3
    german = load("dayfirst_footer.txt")
    assert [c.author for c in german.comments] == [
        "Greta Voss",
        "Henrik Sell",
        "Anni Marx",
        "Olaf Tidemann",
    ]
    assert all(
        b.kind is not BlockKind.PARAGRAPH or b.text not in ("Antworten", "Melden")
        for c in german.comments
        for b in c.blocks
    )
    said = load("said_headers.txt")
    assert [(c.author, c.date_text) for c in said.comments][2] == (
        "Ursula von der Leyen",
        "14.11.2023 at 12:30",
    )


def test_bylines_and_dates_of_the_new_fixtures() -> None:
    assert (load("relative_records.txt").authors, load("relative_records.txt").published) == (
        ["Dara Quill"],
        "2026-03-14",
    )
    german = load("dayfirst_footer.txt")
    assert (german.authors, german.published) == (["Lotte Brammer", "Jens Ovid"], "2024-03-27")
    said = load("said_headers.txt")
    assert (said.authors, said.published) == (["Ines van der Berg"], "2023-11-14")
