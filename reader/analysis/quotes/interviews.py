"""An interview's answers. A quote that is a paragraph of its own, with no cue, right after
a question quoted with no speaker (the writer's own), is the answer of the one the
exchange is with: the last person the narration named before the question ("The architect
Ilse Vandermeer designed the library. We met on its roof. ¶ “Why a garden?” ¶ “Because
…”"). Read from the exchange's shape, whatever the questions are about."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.analysis.quotes.found import Found
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.person_names import place_like
from reader.analysis.quotes.quote_views import View, body
from reader.analysis.quotes.speakers import Cast

_SHORT = 200  # a question set as its own paragraph, not narration that ends in one


def answer(found: Sequence[Found], cast: Cast, views: Sequence[View]) -> None:
    """Give each bare answer after a writer's bare question its interviewee: a question
    quoted with no speaker, or a paragraph of the writer's own that is one question with
    no quotation marks ("How did you start? ¶ “By accident.”", "Q. Why here? ¶ “…”"),
    the latter in an interview only (``_interview``)."""
    interview: bool | None = None  # read when a plain question is first met
    for k, item in enumerate(found):
        if not _alone(item) or item.speaker:
            continue
        index = item.view.index - 1
        before = found[k - 1] if k else None
        if before is not None and before.view.index == index:
            asked = before.view.block.text[before.span.start : before.span.end].rstrip()
            if not (_alone(before) and not before.speaker and asked.endswith("?")):
                continue
        elif index >= 0 and _plain_question(views[index]):
            interview = _interview(found, views) if interview is None else interview
            if not interview:
                continue
        else:
            continue
        if who := _interviewee(cast, (index, 0)):
            item.speaker = who
            cast.speak(who, "person", "", None, (item.view.index, 0))


# A piece that says it is an interview ("We asked her …", "In conversation with …").
_STATED = re.compile(
    r"\b(?:we|I) (?:asked|put it to) (?:him|her|them)\b|\bin conversation with\b", re.I
)


def _interview(found: Sequence[Found], views: Sequence[View]) -> bool:
    """The piece is an interview: it says so, or two plain questions each have a bare
    answer under them (a news story's one "So where did the money go?" is no interview)."""
    if any(body(v.block) and _STATED.search(v.block.text) for v in views):
        return True
    answered = {item.view.index - 1 for item in found if _alone(item)}
    return sum(1 for i in answered if i >= 0 and _plain_question(views[i])) >= 2


def _plain_question(view: View) -> bool:
    """A short paragraph of narration, no quote in it, that ends in a question mark."""
    text = view.block.text.rstrip()
    return body(view.block) and not view.spans and text.endswith("?") and len(text) <= _SHORT


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
