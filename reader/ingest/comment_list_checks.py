"""Is a run of records a comment list? Not when most of its records open or close with
a headline-shaped line (a list of teasers: headline, author, date, summary), when most
of them name no author, or when most hold no text but a name; records of a repeated
group (comment_strides.py) when one writer signs most, or the most frequent is named
over them (a live blog), or most hold no text of their own."""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.comment_forms import holds_text
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import CommentSpan, is_name
from reader.ingest.headline import headline_shaped
from reader.ingest.lines import Line, ends_sentence


def teasers(lines: list[Line], spans: list[CommentSpan]) -> bool:
    """Do most records open with a headline-shaped line, or stand under one (a teaser's
    headline over its author and date)? Each teaser has its own headline: a line that
    opens several records ("Replying to @Ann Lee"), or an action or header line of the
    record above ("Reply · Like (3)"), is none."""
    need = SHARE * len(spans)
    opening = under = 0
    openings: set[str] = set()
    for k, span in enumerate(spans):
        if max(opening, under) + len(spans) - k < need:  # the rest cannot make a share
            return False
        meta, buttons = span.meta, span.buttons
        first = next(
            (k for k in range(span.start, span.end) if k not in meta and k not in buttons), None
        )
        text = lines[first].text if first is not None else ""
        if text and text not in openings and _headline(text):
            opening += 1
            openings.add(text)
        above = span.start - 1  # the record before's own line ("9 points · Reply") is none
        if (
            above >= 0
            and not (k and (above in spans[k - 1].buttons or above in spans[k - 1].meta))
            and _headline(lines[above].text)
        ):
            under += 1
    return max(opening, under) >= need


def signed(spans: list[CommentSpan]) -> bool:
    """Do most records name their author? Comments are signed; a list of dated news
    items is not."""
    return sum(1 for span in spans if span.author) >= SHARE * len(spans)


def have_texts(lines: list[Line], letters: str, spans: list[CommentSpan]) -> bool:
    """Do most records hold a line of text that is more than a name (a menu's are all
    short)?"""
    need, texts = SHARE * len(spans), 0
    for s in spans:
        if any(letters[k] == "T" and not is_name(lines[k].text) for k in range(s.start, s.end)):
            texts += 1
            if texts >= need:  # enough: the rest need not be read
                return True
    return texts >= need


def discussed(lines: list[Line], spans: list[CommentSpan]) -> bool:
    """Do several writers sign the records, none of them most, and the most frequent
    not named over the list (a live blog's entries are its writers', one or two of the
    byline: the article)?"""
    writers = Counter(span.author for span in spans if span.author)
    if len(writers) < 2:
        return False
    top, count = writers.most_common(1)[0]
    named = re.compile(rf"(?<!\w){re.escape(top)}(?!\w)")  # "Jo", not the "Jo" of "John"
    return count < SHARE * len(spans) and not any(
        named.search(line.text) for line in lines[: spans[0].start]
    )


def have_own_text(lines: list[Line], forms: list[str | None], spans: list[CommentSpan]) -> bool:
    """Do most records hold text: a line of no form, or a sentence, or a label's text?"""
    said = 0
    for span in spans:
        own = (
            k for k in range(span.start, span.end) if k not in span.meta and k not in span.buttons
        )
        said += any(
            (form := forms[k]) is None or holds_text(form) or ends_sentence(lines[k].text)
            for k in own
        )
    return said >= SHARE * len(spans)


def _headline(text: str) -> bool:
    """Headline-shaped, and no sentence end but "…": a comment's "Thanks!" is no teaser,
    "Ten deals to grab …" is."""
    # The cheap test first: most records open with a sentence, and a headline's full
    # test on each of their first lines was a third of the check's time.
    return (text[-1:] == "…" or not ends_sentence(text)) and headline_shaped(text)
