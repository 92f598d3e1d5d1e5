"""Short quotes on a page that lists its newest comment first: the reply's own lines and
the quoted comment's are read, whatever the page's order. Pages written for these tests
(fictional)."""

from __future__ import annotations

from conftest import parse_text

from reader.analysis.threads.reply_order import NEWEST_FIRST
from reader.model import Article, BlockKind

ARTICLE = """Lighthouse keepers' cottages to become a museum

The trust buys the row of four cottages on the point, the council says

Today, 6:40 am

MERRICK POINT (Shore Gazette) — The trust that runs the lighthouse has bought the keepers' cottages beside it and will open them as a museum next summer, the council said on Tuesday.

The cottages have stood empty since the light was automated. Visitors will see the keepers' rooms as they were left.

"""


def _newest_first(*comments: tuple[str, str, str]) -> Article:
    """The comments as given, oldest first, printed newest first."""
    text = ARTICLE + f"{len(comments)} Comments\n\n"
    for author, when, said in reversed(comments):
        text += f"{author} says:\n{when}\n\n{said}\n\nReply\n\n"
    return parse_text(text + "Leave a Reply\n").article


def _parents(article: Article) -> dict[str, str | None]:
    """Each comment's first line of text, and its parent's (the page's numbers change
    with its order)."""
    text = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
    first = {c.number: next(b.text for b in c.blocks if b.kind in text) for c in article.comments}
    return {
        first[c.number]: None if c.parent is None else first[c.parent] for c in article.comments
    }


def test_a_one_word_quote_under_a_mention_on_a_newest_first_page() -> None:
    # Tova's latest comment is "The ticket price…", but the reply quotes her "Rubbish."
    article = _newest_first(
        ("Tova Rinn", "June 2, 2026 at 8:00 am", "Rubbish. The roof was slated in 1975 and holds."),
        ("Per Moll", "June 2, 2026 at 8:15 am", "Parking on the point is the worry for me."),
        ("Tova Rinn", "June 2, 2026 at 8:40 am", "The ticket price should stay low for locals."),
        ("Idun Sarr", "June 2, 2026 at 9:05 am", "@Tova Rinn\n\nRubbish.\n\nIt leaked all winter."),
    )
    assert article.comment_order == NEWEST_FIRST
    parents = _parents(article)
    assert parents["@Tova Rinn"] == "Rubbish. The roof was slated in 1975 and holds."
    assert parents["Parking on the point is the worry for me."] is None


def test_a_marked_short_quote_on_a_newest_first_page() -> None:
    """ "> Who pays?" over a reply's text: one earlier comment holds it whole."""
    article = _newest_first(
        ("Tova Rinn", "June 2, 2026 at 8:00 am", "The trust should open the tower stairs too."),
        ("Per Moll", "June 2, 2026 at 8:15 am", "Who pays?"),
        (
            "Idun Sarr",
            "June 2, 2026 at 8:40 am",
            "> Who pays?\n\nThe lottery grant covers the roof.",
        ),
        ("Ola Brek", "June 2, 2026 at 9:05 am", "A café in the end cottage would be welcome."),
    )
    assert article.comment_order == NEWEST_FIRST
    parents = _parents(article)
    assert parents["> Who pays?"] == "Who pays?"
    assert parents["A café in the end cottage would be welcome."] is None
