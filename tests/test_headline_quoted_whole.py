"""A line quoted whole ("“Nobody asked us”") over a longer line and the byline is the
headline, someone's words, and the longer line its dek: a section's kicker never quotes.
A plain section name over the same line stays a kicker."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, BYLINE, DEK, TOP


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BYLINE, *BODY]) + "\n").article.title


def test_a_phrase_quoted_whole_over_a_longer_line_is_the_headline() -> None:
    for quoted in ("“Nobody asked us”", "‘Not on our watch’", '"Enough"'):
        assert _title([quoted, DEK]) == quoted


def test_a_section_name_over_the_longer_line_stays_a_kicker() -> None:
    assert _title(["Heritage", DEK]) == DEK
