"""A reader poll copied into the body: its question, its answers, its button ("Should
the pier reopen?" / "Yes" / "No" / "Not sure" / "Vote" / "120 votes"). Site furniture,
however much the question reads like the article's sentence: the answers under it are
short lines that a button closes.
"""

from __future__ import annotations

import re

from reader.ingest.lines import Line, word_count

ANSWERS = 8  # answer lines a poll holds, at most (the button and the count among them)
ANSWER_WORDS = 6  # an answer's words, at most
_BUTTON = re.compile(
    r"^(?:vote|vote now|submit(?: vote)?|(?:view|see|show) results?|\d[\d,.]*\s+votes?)[\s.!»›]*$",
    re.IGNORECASE,
)


def poll_at(lines: list[Line], i: int) -> int:
    """The number of lines of a poll that opens with its question at line i (0 for no
    poll): the question, two answers or more, the button and the count under them."""
    if not lines[i].text.endswith("?"):
        return 0
    end = i + 1
    while (
        end < len(lines)
        and end - i <= ANSWERS
        and word_count(lines[end].text) <= ANSWER_WORDS
        and not lines[end].text.endswith((".", "?"))
    ):
        end += 1
    buttons = [k for k in range(i + 1, end) if _BUTTON.match(lines[k].text)]
    if not buttons or buttons[0] - i < 3:  # two answers at least over the button
        return 0
    return buttons[-1] + 1 - i  # to its last button or count: a subhead under it is the body's
