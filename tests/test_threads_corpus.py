"""Threads on the reference article, the corpus comment pages and the benchmark file.

These read ../shared at test time (skipped when it is absent) through the real pipeline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, shared_file

from reader.analysis.threads import build_threads, thread_order
from reader.model import Article, BlockKind, Document
from reader.sources import load_document


def _corpus(name: str) -> Article:
    return load_document(str(shared_file(CORPUS / f"{name}.txt"))).article


def _replies(article: Article) -> dict[int, int]:
    return {c.number: c.parent for c in article.comments if c.parent is not None}


def test_reference_comments_form_three_threads_newest_first(reference: Document) -> None:
    article = reference.article
    assert article.comment_order == "newest-first"
    assert _replies(article) == {1: 2, 2: 7, 3: 4, 4: 6}
    order = [(c.number, depth) for c, depth in thread_order(article)]
    assert order == [(7, 0), (2, 1), (1, 2), (6, 0), (4, 1), (3, 2), (5, 0)]


def test_reference_evidence_and_revealed_authors(reference: Document) -> None:
    comments = {c.number: c for c in reference.article.comments}
    evidence = {n: [(e.kind, e.comment) for e in c.reply_evidence] for n, c in comments.items()}
    assert evidence[1] == [("mention", 2), ("echo", 2)]
    assert evidence[2] == [("mention", 7), ("echo", 7)]
    assert evidence[3] == [("mention", 4), ("quote", 4), ("quote", 4)]
    assert evidence[4] == [("echo", 6)]
    assert comments[2].reply_evidence[1].matched == "I worry"
    assert comments[4].reply_evidence[0].matched == "Is there a difference?"
    authors = {n: c.author for n, c in comments.items()}
    assert authors == {1: None, 2: "Reader", 3: None, 4: "Will James"} | {
        5: None,
        6: None,
        7: "Will James",
    }


def test_reference_quoted_lines_are_quote_blocks(reference: Document) -> None:
    comments = {c.number: c for c in reference.article.comments}
    quotes = {
        n: [(b.lines[0], b.source_comment) for b in c.blocks if b.kind is BlockKind.QUOTE]
        for n, c in comments.items()
    }
    assert quotes == {1: [], 2: [(82, 7)], 3: [(96, 4), (102, 4)], 4: [], 5: [], 6: [], 7: []}


@pytest.mark.parametrize(
    ("name", "comments", "pingbacks"),
    [
        ("pft-chargers-lynn-comments", 34, 0),
        ("nervousbreakdown-heart-comments", 11, 0),
        ("wptavern-stackoverflow-comments", 13, 0),
        ("hearya-metal-list-comments", 38, 0),
        ("californiaglobe-amazon-comments", 12, 8),
        ("aclu-facebook-tracking-comments", 10, 0),
    ],
)
def test_corpus_comment_counts(name: str, comments: int, pingbacks: int) -> None:
    article = _corpus(name)
    kinds = [c.kind for c in article.comments]
    assert (kinds.count("comment"), kinds.count("pingback")) == (comments, pingbacks)
    assert article.comment_order == "oldest-first"  # every one of them shows dates
    assert all(c.author for c in article.comments if c.kind == "comment")


def test_pft_pasted_comment_is_quoted_inside_the_reply() -> None:
    article = _corpus("pft-chargers-lynn-comments")
    last = article.comments[-1]
    assert (last.author, last.parent) == ("Guy Hence", 27)
    assert article.comments[26].author == "averagjoe"
    quoted = [b for b in last.blocks if b.kind is BlockKind.QUOTE]
    assert [b.lines[0] for b in quoted] == [300, 301, 302]
    assert _replies(article) == {34: 27}


def test_wptavern_replies_the_text_supports() -> None:
    article = _corpus("wptavern-stackoverflow-comments")
    replies = _replies(article)
    assert replies[6] == 2  # "You're 100% correct Rarst"
    assert replies[3] == 2  # quotes Rarst's "Off-the-shelf assembly …" in quotation marks
    assert [(e.kind, e.matched) for e in article.comments[5].reply_evidence] == [
        ("mention", "Rarst")
    ]


@pytest.mark.parametrize(
    "name",
    [
        "nervousbreakdown-heart-comments",
        "hearya-metal-list-comments",
        "californiaglobe-amazon-comments",
        "aclu-facebook-tracking-comments",
    ],
)
def test_pages_without_reply_text_stay_flat(name: str) -> None:
    # Their replies show only in the page's HTML nesting or dates; reposts by the same
    # writer (hearya's Rebel Raime) are not replies.
    assert _replies(_corpus(name)) == {}


def test_benchmark_file_threads_every_reply(tmp_path: Path) -> None:
    """The parse benchmark's page (its speed is bench/parse_speed.py's: no timed test)."""
    path = tmp_path / "big.txt"
    make = ROOT / "bench" / "make_big.py"
    subprocess.run([sys.executable, str(make), str(path), "--comments", "20000"], check=True)
    article = load_document(str(path)).article
    build_threads(article)
    replies = _replies(article)
    assert len(article.comments) == 20000
    assert set(replies) == {n for n in range(3, 20001, 3)}
    assert all(parent < reply for reply, parent in replies.items())
