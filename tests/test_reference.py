"""The reference article's structure, exactly. Expected values are line numbers of the
file or text read from it at test time: its words are not copied into the project."""

from __future__ import annotations

from conftest import REFERENCE

from reader.model import BlockKind


def source_lines() -> list[str]:
    return [line.replace("\u00a0", " ").strip() for line in REFERENCE.read_text().split("\n")]


def lines_of(blocks, kind: BlockKind) -> list[list[int]]:
    return [b.lines for b in blocks if b.kind is kind]


def test_header(reference) -> None:
    lines = source_lines()
    article = reference.article
    assert lines_of(article.blocks, BlockKind.TITLE) == [[1]]
    assert article.title == lines[0]
    assert article.subtitle == lines[2]
    assert article.timestamp_text == lines[4]
    assert lines[9].startswith(article.dateline + " —") and article.dateline.endswith("(AP)")
    assert article.published == "2022-01-09"  # from the footer line under the body
    assert article.site and f"Subscribe to {article.site} " in lines[71]
    assert article.source == "AP"


def test_captions_body_and_boilerplate(reference) -> None:
    article = reference.article
    assert lines_of(article.blocks, BlockKind.CAPTION) == [[7, 8], [28]]
    body = [b.lines[0] for b in article.body()]
    assert body == list(range(10, 27, 2)) + list(range(30, 69, 2))
    assert lines_of(article.blocks, BlockKind.BOILERPLATE) == [[70], [72], [74], [76]]


def test_comments_numbers_and_mentions(reference) -> None:
    comments = reference.article.comments
    assert [c.number for c in comments] == [1, 2, 3, 4, 5, 6, 7]
    assert [c.mentions for c in comments] == [
        ["Reader"],
        ["Will James"],
        ["Will James"],
        [],
        [],
        [],
        [],
    ]


def test_comment_5_keeps_its_own_words_apart_from_the_pasted_article(reference) -> None:
    lines = source_lines()
    comment = reference.article.comments[4]
    own = [b for b in comment.blocks if b.kind is BlockKind.PARAGRAPH]
    assert [b.lines for b in own] == [[108]]
    assert len(comment.articles) == 1
    pasted = comment.articles[0]
    assert pasted.section == lines[109] and pasted.title == lines[110]
    assert pasted.subtitle == lines[111]
    assert pasted.authors == ["Laura Barrón-López", "Christopher Cadelago"]
    assert pasted.published == "2022-01-09" and pasted.timestamp_text == lines[116]
    assert pasted.source == "POLITICO"
    assert lines_of(pasted.blocks, BlockKind.CAPTION) == [[113, 114], [176, 177]]
    assert lines_of(pasted.blocks, BlockKind.PROMO) == [[126], [127], [139], [140], [155],
                                                        [156], [157], [158]]  # fmt: skip
    assert lines_of(pasted.blocks, BlockKind.SOURCE) == [[185]]
    cards = {126, 127, 139, 140, 155, 156, 157, 158, 176, 177}
    expected = [n for n in range(118, 185) if lines[n - 1] and n not in cards]
    assert [b.lines[0] for b in pasted.body()] == expected
