"""Peak memory: what a big page must not hold twice (bench/memory_shapes.py measures it)."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from html_pages import ARTICLE

from reader.ingest import html_page
from reader.ingest import lines as lines_module
from reader.ingest import page as page_module
from reader.ingest.blocks import BlockMaker
from reader.ingest.comment_layouts import find_comments
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.lines import GONE, Line, to_lines
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText, from_bytes
from reader.model import BlockKind, Comment
from reader.model.block_rows import BlockRows
from reader.sources import parse_source

T = TypeVar("T")


def traced(make: Callable[[], T]) -> tuple[T, int, int]:
    """What ``make()`` returns, the bytes it leaves allocated and its peak."""
    tracemalloc.start()
    try:
        made = make()
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return made, kept, peak


def test_extraction_reads_a_page_without_the_comments_its_markup_gave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Extraction copies the tree it is given three times: a page of comments read from
    # its markup would be held four times over (40x the file). The comments are read
    # before extraction, and the document still has them, with the article.
    given: list[str] = []
    extract = html_page._extract

    def spy(root: Any, url: str | None, fast: bool) -> object:
        given.append(" ".join(root.itertext()))
        return extract(root, url, fast)

    monkeypatch.setattr(html_page, "_extract", spy)
    document = parse_source(from_bytes(ARTICLE.encode(), "page.html"))
    authors = [c.author for c in document.article.comments]
    assert authors[:3] == ["Ossian Brae", "Lina Moor", "Tam Reddle"]
    assert any(b.text.startswith("PORTWEN") for b in document.article.body())
    assert given and "PORTWEN" in given[0]
    assert not any(name in given[0] for name in authors[:3])


def test_a_one_line_article_block_costs_little() -> None:
    # A page of one-word paragraphs is a block a line: what a block costs is what the
    # page costs. An article's block keeps its id "b123" as the number 123, and what
    # few blocks have (a quoted comment, links) apart.
    lines = to_lines("\n\n".join(f"tide {k}" for k in range(20_000)))
    blocks, size, _ = traced(lambda: BlockMaker().make_each(BlockKind.BOILERPLATE, lines))
    assert [b.id for b in blocks[:2]] + [blocks[-1].id] == ["b1", "b2", "b20000"]
    assert blocks[-1].lines == [39_999] and blocks[-1].source_comment is None
    assert size / len(blocks) < 120  # the list's pointer, the block, its number


ONE_WORD_PAGE = "Harbour town votes\n\n" + "\n\n".join(["tide", "lamp", "vote", "rent"] * 5_000)


def test_reading_a_page_holds_its_lines_not_a_copy_of_the_text_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The text is split a piece at a time: all of it split at once held a string and a
    # pointer for every line, blank or repeated, beside the lines kept.
    monkeypatch.setattr(lines_module, "SPLIT_CHUNK", 1000, raising=False)
    lines, kept, peak = traced(lambda: to_lines(ONE_WORD_PAGE))
    assert [line.number for line in lines[:3]] == [1, 3, 5] and lines[-1].text == "rent"
    assert (peak - kept) / len(lines) < 16  # bytes a line, beyond the lines kept


def test_finding_comments_holds_a_letter_a_line() -> None:
    # A page of one-word lines (each an "action" line, repeated): the places of its
    # letters are read as they come, not held as numbers in lists and sets.
    lines = to_lines(ONE_WORD_PAGE)
    spans, _, peak = traced(lambda: find_comments(lines))
    assert spans == []
    assert peak / len(lines) < 16  # bytes a line


def test_the_article_lets_each_line_go_once_its_block_is_made() -> None:
    # A page of one-word paragraphs is as many lines as blocks: held both ways at once,
    # at the end of the article's parse, it cost twice what its document keeps.
    text = "Harbour town votes\n\n" + "\n\n".join(["tide", "lamp", "vote", "rent"] * 1_500)
    source = SourceText(name="page.txt", text=text, encoding="utf-8")
    article, kept, peak = traced(lambda: parse_page(source))
    assert [b.text for b in article.blocks[-2:]] == ["vote", "rent"]
    assert len(article.blocks) == 6_001
    assert (peak - kept) / len(article.blocks) < 60  # bytes a line (a Line is 72)


def test_a_comment_lets_its_lines_go_once_it_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each comment's lines go once its blocks are made (but the first, which tells how
    # deep it stands): a page of short comments held all its lines beside their blocks.
    names = ["Ann Lee", "Tom Brandt", "Ida Moor"]
    records = [
        f"{names[k % 3]} says:\nMay {k + 1}, 2024 at 9:{k + 10} am\nThe ferry {k} was late again.\n"
        "\nReply\n"
        for k in range(12)
    ]
    text = "Harbour town votes\n\nThe council voted to rebuild the lamp, it said.\n\n" + "\n".join(
        records
    )
    alive: list[int] = []
    build = page_module.build_comment

    def spy(lines: list[Line], span: CommentSpan, number: int, rows: BlockRows) -> Comment:
        alive.append(sum(line is not GONE for line in lines))
        return build(lines, span, number, rows)

    monkeypatch.setattr(page_module, "build_comment", spy)
    article = parse_page(SourceText(name="page.txt", text=text, encoding="utf-8"))
    assert [c.author for c in article.comments] == names * 4
    assert article.comments[-1].blocks[2].text == "The ferry 11 was late again."
    assert alive[-1] == 4 + 11  # the last comment's four lines, a first line of each before


def test_threading_short_comments_holds_little_beside_the_page() -> None:
    # Threading reads every comment's lines through a hash index of its sentences: on a
    # page of short comments, a line of one sentence (most) holds no tuples of its
    # sentences, and the index keeps the lines themselves, not a tuple for each entry.
    # A line's four marks are bits of one number, which comments to read again is read
    # off those marks (no sets of comment numbers), and a comment's lines are a tuple;
    # the openings' index holds that tuple, no object of its own a comment.
    from reader.analysis.threads import build_threads

    text = short_page(600, seed=5)
    article = parse_page(SourceText(name="page.txt", text=text, encoding="utf-8"))
    _, _, peak = traced(lambda: build_threads(article))
    assert len(article.comments) == 600 and article.comments[-1].author == "Sam Vale"
    assert peak / len(article.comments) < 470  # bytes a comment: 438 (503 with objects)


def short_page(count: int, seed: int = 7) -> str:
    """An article over ``count`` comments of a few words under author and date lines."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("etaoinshrdlcumwfgyp") for _ in range(6)) for _ in range(500)]
    names = ["Ann Lee", "Tom Brandt", "Ida Moor", "Sam Vale"]
    records = [
        f"{names[k % 4]} says:\nMay {k % 28 + 1}, 2024 at {k % 12 + 1}:{k % 50 + 10} am\n"
        + " ".join(rng.choice(words) for _ in range(6))
        + ".\n\nReply\n"
        for k in range(count)
    ]
    return "Harbour town votes\n\nThe council voted to rebuild the lamp.\n\n" + "\n".join(records)


def test_comment_spans_hold_their_header_and_buttons_in_few_bytes() -> None:
    # Every comment's span lives until the last comment is built: its header and action
    # lines as a set each (216 bytes a set of one) were most of the parse's peak.
    lines = to_lines(short_page(1_000))
    spans, kept, _ = traced(lambda: (find_comments(lines), lines_module.forget_lines())[0])
    assert len(spans) == 1_000 and [lines[k].text for k in spans[-1].buttons] == ["Reply"]
    assert kept / len(spans) < 400  # bytes a span (300; 660 with sets)


def test_a_short_comment_holds_no_empty_lists() -> None:
    # Most comments have no @mentions, no pasted article and (before threading) no
    # evidence: an empty list each was 56 bytes, a quarter of what a comment of a few
    # words costs (four blocks: author, date, text, "Reply").
    parse_page(SourceText(name="page.txt", text=short_page(20), encoding="utf-8"))  # warm
    source = SourceText(name="page.txt", text=short_page(600), encoding="utf-8")
    article, kept, _ = traced(lambda: parse_page(source))
    last = article.comments[-1]
    assert (last.author, last.mentions, last.articles, last.reply_evidence) == (
        "Sam Vale",
        [],
        [],
        [],
    )
    assert kept / len(article.comments) < 1_100  # bytes a comment (990; 1,220 with lists)


def test_a_comment_block_keeps_its_id_as_a_number() -> None:
    # A comment's block "c5012.b2" keeps its id as a number, as an article's "b2" does
    # (the string was 58 bytes; a page of short comments has a hundred thousand blocks).
    lines = to_lines("\n".join(["tide", "lamp", "vote"]))
    blocks, size, _ = traced(
        lambda: [
            block
            for n in range(5_000, 7_000)
            for block in BlockMaker(comment=n).make_each(BlockKind.PARAGRAPH, lines)
        ]
    )
    assert [b.id for b in blocks[-3:]] == ["c6999.b1", "c6999.b2", "c6999.b3"]
    assert size / len(blocks) < 120  # the list's pointer, the block, its id (150 as text)


def test_a_comment_keeps_its_blocks_as_rows_not_objects() -> None:
    # A page of short comments is a hundred thousand blocks: as objects, with their ids
    # and line numbers as numbers of their own, 264 bytes a block with its text. As rows
    # of the page's columns (a byte of kind, a text, a line number), made blocks only
    # when asked for, and what is changed on such a block is kept.
    parse_page(SourceText(name="page.txt", text=short_page(20), encoding="utf-8"))  # warm
    source = SourceText(name="page.txt", text=short_page(1_000), encoding="utf-8")
    article, kept, _ = traced(lambda: parse_page(source))
    last = article.comments[-1]
    assert [b.id for b in last.blocks] == [f"c1000.b{k}" for k in range(1, 5)]
    assert [b.lines for b in last.blocks[:2]] == [[5_999], [6_000]]
    last.blocks[2].kind = BlockKind.QUOTE
    assert [b.kind for b in last.blocks][2] is BlockKind.QUOTE
    blocks = sum(len(c.blocks) for c in article.comments)
    assert kept / blocks < 170  # bytes a block, its text included (135; 264 as objects)


def test_the_command_line_lets_the_page_text_go_once_it_is_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page with one curly quotation mark is a text of two bytes a character: held by
    # its source to the end, it was twice the file beside the lines made of it (one
    # byte a character), at threading's peak. The command line's source is its own, and
    # lets it go once the lines are made; the document still counts the page's lines.
    from reader.analysis import threads
    from reader.sources import load_document

    path = tmp_path / "page.txt"
    path.write_text(short_page(10), encoding="utf-8")
    load_document(str(path))  # warm
    words = " ".join(["council", "harbour", "ferry", "lamp"] * 40)
    text = "Harbour town votes “again”\n\n" + "\n\n".join(f"{words} {k}." for k in range(400))
    path.write_text(text, encoding="utf-8")
    held: list[int] = []
    build = threads.build_threads

    def spy(article: Any) -> None:
        held.append(tracemalloc.get_traced_memory()[0])
        build(article)

    monkeypatch.setattr(threads, "build_threads", spy)
    tracemalloc.start()
    try:
        document = load_document(str(path))
    finally:
        tracemalloc.stop()
    assert document.line_count == 801 and len(document.article.blocks) == 401
    assert held[0] < 1.6 * len(text)  # bytes at threading's start: 1.15x (3.15x with the text)


def test_comment_headers_seen_cost_few_bytes_each() -> None:
    # Each header's (author, date) pair is kept to tell a pasted copy of it: a set of a
    # page's twenty thousand grew to 2.1 MB, at the parse's peak, a dictionary 0.6 MB.
    from reader.ingest.comment_copies import Seen, quoted

    spans = [
        CommentSpan(k, k + 1, author=f"Ann {k % 50}", date_text=f"May {k}, 2024")
        for k in range(20_000)
    ]
    seen = Seen()
    copies, kept, _ = traced(lambda: [quoted(span, [], seen) for span in spans])
    assert not any(copies) and quoted(spans[7], [], seen)
    assert kept / len(spans) < 130  # bytes a header, its pair and answer: 91 (167 with a set)


def test_short_quotes_keep_where_each_line_starts_in_four_bytes() -> None:
    # A reply that names a writer and repeats a line of theirs is looked for in all that
    # writer's lines, joined into one text; where each line starts in it was a list of
    # numbers (40 bytes a line), a page's worth at threading's peak.
    from reader.analysis.threads.reply_lines import text_lines
    from reader.analysis.threads.reply_short import ShortQuotes

    rng = random.Random(3)
    words = ["".join(rng.choice("etaoinshrdlcu") for _ in range(5)) for _ in range(300)]
    said = [" ".join(rng.choice(words) for _ in range(6)).capitalize() + "." for _ in range(2000)]
    records = [
        f"Ann Lee says:\nMay 2, 2024 at 9:{k % 50 + 10} am\n{t}\n\nReply\n"
        for k, t in enumerate(said)
    ]
    reply = (
        f"Tom Brandt says:\nMay 3, 2024 at 9:00 am\n@Ann Lee\n\n{said[1500]}\n\nNot so, I say.\n"
    )
    text = "Harbour town votes\n\nThe council voted.\n\n" + "\n".join([*records, reply])
    comments = parse_page(SourceText(name="page.txt", text=text, encoding="utf-8")).comments
    lines = [tuple(text_lines(c)) for c in comments]
    short = ShortQuotes(comments, {c.number: k for k, c in enumerate(comments)}, lines)
    found, kept, _ = traced(lambda: short.quoted(comments[-1]))
    assert found is not None and found[0] == 1501 and found[1][0].text == said[1500]
    assert kept / len(said) < 80  # bytes a line, its text, holder and start: 63 (94 listed)


def test_replies_naming_one_commenter_hold_one_string_of_the_name() -> None:
    # A page's replies name its few commenters again and again: each name is held once.
    records = [
        f"Tom Brandt says:\nMay {k % 28 + 1}, 2024 at {k % 12 + 1}:{k % 50 + 10} am\n\n"
        f"@Ida Moor the lamp by pier {k} went dark again.\n\nReply\n"
        for k in range(200)
    ]
    text = "Harbour town votes\n\nThe council voted to rebuild the lamp.\n\n" + "\n".join(records)
    article = parse_page(SourceText(name="page.txt", text=text, encoding="utf-8"))
    named = [c.mentions[0] for c in article.comments if c.mentions]
    assert len(named) == 200 and named[0] == "Ida Moor"
    assert len({id(name) for name in named}) == 1


def test_threading_keeps_no_sentence_starts_past_the_index() -> None:
    # What threading's first pass leaves for the searches after it (short quotes under
    # an @mention, marked quotes, the authors): each comment's lines and links. The
    # lines' first words were only the index's keys, and went with it (a string each
    # line of more than four words: on a page of twenty thousand short comments, 1.9 MB
    # alive at the short quotes' search, the command's peak).
    from reader.analysis.threads.reply_repeats import repeats

    text = short_page(600, seed=5)
    article = parse_page(SourceText(name="page.txt", text=text, encoding="utf-8"))
    (lines, _), kept, _ = traced(lambda: repeats(article, article.comments))
    assert len(lines) == 600 and lines[-1][0].norm.count(" ") == 5  # six words a line
    assert kept / len(lines) < 230  # bytes a comment: 197 (273 with the starts kept)


def test_a_page_badge_is_read_once_a_name() -> None:
    # The page's badge after its writers' names ("Ann Lee Subscriber") is looked for
    # once a name: a pair of name and handle for each record was the parse's peak on a
    # page of twenty thousand short comments (1.5 MB).
    from reader.ingest.comment_badges import strip_badges

    names = ["Ann Lee Subscriber", "Tom Brandt Subscriber", "Ida Moor", "Sam Vale @svale"]
    spans = [CommentSpan(k, k + 1, author=names[k % 4]) for k in range(4_000)]
    _, _, peak = traced(lambda: strip_badges(spans))
    assert [s.author for s in spans[:4]] == ["Ann Lee", "Tom Brandt", "Ida Moor", names[3]]
    assert spans[4].author is spans[0].author  # one string a name
    assert peak / len(spans) < 20  # bytes a record: 0.3 (112 for a pair a record)
