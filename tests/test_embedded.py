"""Articles pasted into comments are recognised by their shape, not by their words."""

from __future__ import annotations

from conftest import parse_text

from reader.model import BlockKind

HEAD = """\
Village hall roof to be replaced after storm damage

The hall has been closed since January.

Work will start in April and take about three months to finish, the parish council said.

The council will meet in the school library until the work is done.

5 Comments / 5 Comments

"""


def indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.splitlines())


def story(headline: str, byline: str, date: str, label: str = "", rights: str = "") -> str:
    lines = [label] if label else []
    lines += [
        headline,
        "A one-sentence summary of the pasted story sits under its headline.",
        byline,
        date,
        "The first paragraph of the pasted story has enough words to read as prose.",
        "",
        "The second paragraph goes on, and a spokesman said more would follow soon.",
        "",
        "The third paragraph closes the story with one more full sentence of prose.",
    ]
    if rights:
        lines.append(rights)
    return "\n".join(lines)


def comment_with(*parts: str) -> str:
    body = "\n\n".join(indent(part) for part in parts)
    return (
        HEAD
        + "  1. "
        + body.lstrip()
        + "\n\n  2. A short reply with nothing pasted into it at all.\n"
    )


def test_article_with_label_byline_date_and_copyright() -> None:
    text = comment_with(
        "Have a look at what the county paper printed this morning about it.",
        story(
            "Storm repairs to cost county millions",
            "By ANNA BELL and TOM GREY",
            "03/02/2026 06:15 AM EST",
            label="LOCAL",
            rights="© 2026 County Courier LLC",
        ),
        "Makes you wonder who pays in the end.",
    )
    comment = parse_text(text).article.comments[0]
    assert len(comment.articles) == 1
    pasted = comment.articles[0]
    assert pasted.title == "Storm repairs to cost county millions"
    assert pasted.section == "LOCAL"
    assert pasted.authors == ["Anna Bell", "Tom Grey"]
    assert pasted.published == "2026-03-02"
    assert pasted.source == "County Courier"
    assert len(pasted.body()) == 3
    own = [b.text for b in comment.blocks if b.kind is BlockKind.PARAGRAPH]
    assert own == [
        "Have a look at what the county paper printed this morning about it.",
        "Makes you wonder who pays in the end.",
    ]


def test_article_without_label_or_copyright_runs_to_the_end_of_the_comment() -> None:
    text = comment_with(
        "Found this:",
        story(
            "Ferry fares rise for the third year running",
            "By Jane Q. Public, Staff Reporter",
            "Published March 3, 2026 at 5:00 p.m. ET",
        ),
    )
    pasted = parse_text(text).article.comments[0].articles[0]
    assert pasted.title == "Ferry fares rise for the third year running"
    assert pasted.section is None and pasted.source is None
    assert pasted.authors == ["Jane Q. Public"]
    assert pasted.published == "2026-03-03"
    assert len(pasted.body()) == 3


def test_two_articles_in_one_comment() -> None:
    text = comment_with(
        "Two stories from this week:",
        story(
            "Bridge tolls to double next year",
            "By Ola Berg",
            "March 1, 2026",
            rights="© 2026 Valley Post",
        ),
        story(
            "Council delays toll vote after protest",
            "By Sam Dee",
            "March 4, 2026",
            rights="© 2026 Valley Post",
        ),
        "Which one is right?",
    )
    comment = parse_text(text).article.comments[0]
    assert [a.title for a in comment.articles] == [
        "Bridge tolls to double next year",
        "Council delays toll vote after protest",
    ]
    assert [a.authors for a in comment.articles] == [["Ola Berg"], ["Sam Dee"]]
    assert [b.text for b in comment.blocks if b.kind is BlockKind.PARAGRAPH] == [
        "Two stories from this week:",
        "Which one is right?",
    ]


def test_a_related_card_inside_a_pasted_article_is_not_a_new_article() -> None:
    card = "\n".join(
        [
            "A man reads a notice.",
            "POLITICS",
            "Mayor faces questions over budget gap",
            "BY RUTH ONE AND PAUL TWO",
        ]
    )
    pasted = story(
        "Storm repairs to cost county millions",
        "By Ann Bell",
        "March 2, 2026",
        rights="© 2026 County Courier",
    )
    head, tail = pasted.split("The second paragraph")
    text = comment_with(head + card + "\nThe second paragraph" + tail)
    comment = parse_text(text).article.comments[0]
    assert len(comment.articles) == 1
    promos = [b.text for b in comment.articles[0].blocks if b.kind is BlockKind.PROMO]
    assert "Mayor faces questions over budget gap" in promos


def test_a_comment_of_plain_opinion_holds_no_article() -> None:
    text = comment_with("I disagree with all of this.", "The hall was fine before the storm.")
    assert parse_text(text).article.comments[0].articles == []
