"""What every document must be, whatever page it came from: the checks the property
suite (test_properties.py) runs on generated pages, each failing with what broke."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from reader.model import Article, Block, Document
from reader.render.json_out import to_json
from reader.render.markdown import to_markdown
from reader.render.plain import to_text

CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"^\s*\d+\.\s")  # a numbered comment's number: the comment's, not its text


def blocks(article: Article) -> Iterator[tuple[Block, bool]]:
    """Every block of the article, its comments and their pasted articles (in_comment)."""
    for block in article.blocks:
        yield block, False
    for comment in article.comments:
        for block in comment.blocks:
            yield block, True
        for pasted in comment.articles:
            for block, _ in blocks(pasted):
                yield block, True


def every_line_once(document: Document, text: str) -> None:
    """Each non-blank input line in exactly one block; no block on a blank or absent line."""
    counts = Counter(n for block, _ in blocks(document.article) for n in block.lines)
    expected = {n for n, line in enumerate(text.split("\n"), 1) if line.strip()}
    assert not expected - set(counts), f"lines in no block: {sorted(expected - set(counts))}"
    assert not set(counts) - expected, f"blocks on blank lines: {sorted(set(counts) - expected)}"
    twice = sorted(n for n, c in counts.items() if c > 1)
    assert not twice, f"lines in two blocks: {twice}"


def words_kept(document: Document, text: str) -> None:
    """A block holds the words of the lines it names (a comment's number aside)."""
    lines = text.split("\n")
    for block, in_comment in blocks(document.article):
        held = {w.lower() for w in _WORD.findall(block.text)}
        for n in block.lines:
            line = _NUMBER.sub("", lines[n - 1]) if in_comment else lines[n - 1]
            lost = [w for w in _WORD.findall(line) if w.lower() not in held]
            assert not lost, f"{block.id} names line {n} but lost {lost}: {block.text!r}"


def lines_numbered_once(document: Document) -> None:
    """HTML: the blocks' line numbers are 1..N, each used once."""
    numbers = sorted(n for block, _ in blocks(document.article) for n in block.lines)
    assert numbers == list(range(1, len(numbers) + 1)), f"line numbers {numbers}"


def unique_ids(document: Document) -> None:
    ids = Counter(block.id for block, _ in blocks(document.article))
    assert not [i for i, c in ids.items() if c > 1], f"block ids twice: {ids.most_common(3)}"
    numbers = Counter(c.number for c in document.article.comments)
    twice = [n for n, c in numbers.items() if c > 1]
    assert not twice, f"comment numbers twice: {twice}"


def clean_outputs(document: Document) -> None:
    for render in (to_json, to_markdown, to_text):
        found = CONTROL.search(render(document))
        assert found is None, f"{render.__name__} holds {found.group()!r}"
