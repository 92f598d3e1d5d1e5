"""Properties of every document, on pages hypothesis generates (page_strategies.py) and
discussion sites' saved answers (thread_strategies.py).

Whatever the page: parsing never raises (bad input is an InputError, one line); every
non-blank line ends up in exactly one block, with its words; comment numbers and block
ids are unique; no output format holds a control character. Runs are derandomized, so
the suite is the same each time and bounded (about 30 s); READER_FUZZ=20 runs twenty
times the examples, with fresh randomness, for a longer hunt.

The @example pages are the ones earlier hunts found, shrunk: each failed before its fix.
"""

from __future__ import annotations

import os
from unittest.mock import patch

from hypothesis import HealthCheck, example, given, settings
from page_strategies import html_page, structured_page, text_page
from properties import (
    clean_outputs,
    every_line_once,
    lines_numbered_once,
    unique_ids,
    words_kept,
)
from thread_strategies import thread_answer

from reader.ingest.discussions import article_page
from reader.ingest.source import InputError, SourceText, from_bytes
from reader.model import Document
from reader.sources import parse_source

SCALE = int(os.environ.get("READER_FUZZ", "0"))


def budget(examples: int) -> settings:
    return settings(
        max_examples=examples * max(SCALE, 1),
        derandomize=not SCALE,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def parsed(page: str, name: str) -> tuple[Document, str] | None:
    """The page's document and its cleaned text; None when it is refused as input."""
    try:
        source = from_bytes(page.encode("utf-8", "surrogatepass"), name)
    except InputError:  # empty, binary: the one-line error is the right answer
        return None
    return parse_source(source), source.text


def check_text(page: str) -> None:
    result = parsed(page, "page.txt")
    if result is not None:
        document, text = result
        every_line_once(document, text)
        words_kept(document, text)
        unique_ids(document)
        clean_outputs(document)


# A byline under a one-line body was in the header and again in the tail.
@example("By Mina Fox\n\nWhy A The Harbour?\nBy Mina Fox")
# A line of no words ("> ¶") joined a caption, and every line after it, words lost.
@example("Harbour vote\nPhoto: a lamp (Omar Kaur / Gazette)\n> \U0005d7e5\n\n@Ada Cole vote\n")
# "³".isdigit(), but int("³") raises: a headline's quote compared number words.
@example("“¹ Få rises,” said Omar Kaur, the harbour master.\n© 2024 [B]X[/B]\nWho nil.\n")
@budget(120)
@given(text_page())
def test_any_copied_text(page: str) -> None:
    check_text(page)


# A pingback taken for a comment's header was that comment's and one of its own.
@example(
    "Harbour Votes\n\nThe council voted again and the harbour master said so, twice over.\n"
    "3 Comments\nAda Cole\nA harbour vote.\nReply\nMay 2, 2024\nPingback: harbour news\n"
    "Ben Ito\nThe lamp, again.\nReply\nMay 2, 2024\n"
)
# A pingback among numbered comments took the number of the comment after it.
@example(
    "Harbour Harbour Harbour\nHarbour harbour harbour.\n3 Comments\n  1. Harbour harbour.\n"
    "  2. Harbour harbour harbour.\n    Pingback: harbour harbour\n  3. Harbour harbour.\n"
)
@budget(150)
@given(structured_page())
def test_any_page_with_comments(page: str) -> None:
    check_text(page)


@budget(60)
@given(html_page())
def test_any_saved_html_page(page: str) -> None:
    result = parsed(page, "page.html")
    if result is not None:
        document, _ = result
        lines_numbered_once(document)
        unique_ids(document)
        clean_outputs(document)


def offline(url: str, refresh: bool = False) -> SourceText:
    raise InputError("offline")  # a status's link is its article: never the network here


@budget(60)
@given(thread_answer())
def test_any_saved_thread(answer: str) -> None:
    with patch.object(article_page, "fetch_source", offline):
        result = parsed(answer, "thread.json")
    if result is not None:
        document, _ = result
        unique_ids(document)
        clean_outputs(document)
