"""Every non-blank input line ends up in exactly one block of the document."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, REFERENCE, SHARED

from reader.ingest.source import from_bytes
from reader.model import Article
from reader.sources import demo_source, parse_source


def block_lines(article: Article) -> Counter[int]:
    counts: Counter[int] = Counter()
    for block in article.blocks:
        counts.update(block.lines)
    for comment in article.comments:
        for block in comment.blocks:
            counts.update(block.lines)
        for pasted in comment.articles:
            counts.update(block_lines(pasted))
    return counts


def assert_nothing_lost(data: bytes, name: str) -> None:
    source = from_bytes(data, name)
    document = parse_source(source)
    expected = {n for n, line in enumerate(source.text.split("\n"), 1) if line.strip()}
    counts = block_lines(document.article)
    missing = sorted(expected - set(counts))
    twice = sorted(n for n, c in counts.items() if c > 1)
    invented = sorted(set(counts) - expected)
    assert not missing, f"{name}: lines in no block: {missing[:20]}"
    assert not twice, f"{name}: lines in two blocks: {twice[:20]}"
    assert not invented, f"{name}: blocks point at blank or absent lines: {invented[:20]}"


def shared_texts() -> list[Path]:
    return [*sorted(CORPUS.glob("*.txt")), REFERENCE] if SHARED.exists() else []


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_fixtures_lose_nothing(path: Path) -> None:
    assert_nothing_lost(path.read_bytes(), path.name)


def test_demo_article_loses_nothing() -> None:
    source = demo_source()
    assert_nothing_lost(source.text.encode(), "demo")


@pytest.mark.parametrize("path", shared_texts(), ids=lambda p: p.name)
def test_shared_pages_lose_nothing(path: Path) -> None:
    assert_nothing_lost(path.read_bytes(), path.name)


def test_shared_pages_are_here_or_skipped() -> None:
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    assert len(shared_texts()) == 20
