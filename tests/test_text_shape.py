"""A line's shape: whether it ends a sentence, read from its end."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.text_shape import ends_sentence

# The rule as a pattern: an end, then closers; or a closing quote, then "," or "."
_SPEC = re.compile(r"[.!?…:;。！？][\"”’')\]」』]*$|[\"”][.,]?$")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The ferry leaves at ten.", True),
        ("Will it run in winter?)", True),
        ("“We missed the noise,”", True),
        ('He called it "a start",', True),
        ("Comments:", True),
        ("不错。", True),
        ("Tamsin Reyes, who runs the bait shop", False),
        ("(the pier), and", False),
        ("It rained.\n", True),  # a final newline is passed over, as "$" does
        ("", False),
    ],
)
def test_a_sentence_end_is_read_from_the_line_end(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@settings(max_examples=300, derandomize=True)
@given(st.text(alphabet=".!?…:;。！？\"”’')]」』,a \n", max_size=8))
def test_the_end_read_from_the_end_is_the_patterns(text: str) -> None:
    assert ends_sentence(text) is (_SPEC.search(text) is not None)
