"""A printed interview's question turns. An interview printed as labelled turns ("Falk:
“…”") labels the questions with the one who asks for the publication: its name, "Q" or
the interviewer's. A label whose every turn is a question, each one answered in the next
paragraph by a turn under another label, is the asking side of the exchange, not a
speaker of the story: its turns keep no speaker. Read from the exchange's shape,
whatever the label says."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.quotes.found import Found

LABEL = ":"  # the cue verb of a name right before the colon opening the quote (cues.py)
# The paragraph opens with the label: a few words, a colon, the opening mark.
_OPENS = re.compile(r"\s*(?:\S+\s+){0,3}\S+:\s*\W?\s*")


def unlabel_questions(found: Sequence[Found]) -> None:
    """Take the speaker from the turns of a label that only asks."""
    turns = [item for item in found if item.cue == LABEL and item.speaker and _turn(item)]
    following = {item.view.index: item for item in turns}
    asks: dict[str, bool] = {}
    for item in turns:
        speaker = item.speaker or ""
        answer = following.get(item.view.index + 1)
        answered = answer is not None and answer.speaker != speaker and not _asks(answer)
        asks[speaker] = asks.get(speaker, True) and _asks(item) and answered
    for item in turns:
        if asks.get(item.speaker or ""):
            item.speaker = item.cue = item.cue_at = None


def _turn(item: Found) -> bool:
    return _OPENS.fullmatch(item.view.block.text, 0, item.span.start) is not None


def _asks(item: Found) -> bool:
    return item.view.block.text[item.span.start : item.span.end].rstrip().endswith("?")
