"""An interview's answers. A quote that is a paragraph of its own, with no cue, right after
a question quoted with no speaker (the writer's own), is the answer of the one the
exchange is with: the last person the narration named before the question ("The architect
Ilse Vandermeer designed the library. We met on its roof. ¶ “Why a garden?” ¶ “Because
…”"). Read from the exchange's shape, whatever the questions are about."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise

from reader.analysis.quotes.found import Found
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.person_names import place_like
from reader.analysis.quotes.speakers import Cast


def answer(found: Sequence[Found], cast: Cast) -> None:
    """Give each bare answer after a writer's bare question its interviewee."""
    for asked, item in pairwise(found):
        if not (_alone(asked) and _alone(item)) or asked.speaker or item.speaker:
            continue
        question = asked.view.block.text[asked.span.start : asked.span.end].rstrip()
        if not question.endswith("?") or item.view.index != asked.view.index + 1:
            continue
        if who := _interviewee(cast, (asked.view.index, 0)):
            item.speaker = who
            cast.speak(who, "person", "", None, (item.view.index, 0))


def _alone(item: Found) -> bool:
    """A direct quote with no cue that is its paragraph's whole text."""
    whole = item.span.opens_block and not item.view.block.text[item.span.end :].strip(" ”\"’'")
    return whole and item.cue is None and item.kind == "direct"


def _interviewee(cast: Cast, pos: Position) -> str | None:
    """The last person the narration names before ``pos``, not a place nor the writer."""
    i = bisect.bisect_left(cast.people.intros, pos, key=lambda item: item[0])
    for at, mention in reversed(cast.people.intros[:i]):
        if mention.kind != "person":
            continue
        name = cast.canonical(mention, at)
        if not (cast.nameless(name) or place_like(name) or name in cast.authors):
            return name
    return None
