"""A line's shape: whether it ends a sentence, read from its end."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.text_shape import ends_sentence, is_reported_speech

# The rule as a pattern: an end, then closers (an opening mark too, once after a space);
# or a closing quote, then "," or "."
_SPEC = re.compile(r"[.!?…:;。！？](?:[\"”’')\]」』“‘]*| [“‘])$|[\"”][.,]?$")


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
        ("The tide will only get worse.“", True),  # a quote closed with the wrong mark
        ("The tide will only get worse. “", True),
        ("The harbour master said “", False),
        ("It rained.\n", True),  # a final newline is passed over, as "$" does
        ("", False),
    ],
)
def test_a_sentence_end_is_read_from_the_line_end(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@settings(max_examples=300, derandomize=True)
@given(st.text(alphabet=".!?…:;。！？\"”’')]」』“‘,a \n", max_size=8))
def test_the_end_read_from_the_end_is_the_patterns(text: str) -> None:
    assert ends_sentence(text) is (_SPEC.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("“Not before June,” she said.", True),
        ("The skipper asked, “Why now?”", True),
        ("“Not before June.”", False),  # a quotation alone: no say-verb outside it
        ("“Not before June,” she said and", False),  # no sentence end
        ('<embed post="1204"/> said.', False),  # no words in the marks
    ],
)
def test_reported_speech_is_a_quotation_and_a_say_verb_outside_it(
    text: str, reported: bool
) -> None:
    assert is_reported_speech(text) is reported
