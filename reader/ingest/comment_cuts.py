"""Cutting a page's comment records into spans, once its layout is decided.

A header layout's record runs from its name lines and core to the next record (a
name over a badge or place that most records lack starts it too); a footer layout's
record from the end of the one before to its dates. Where records close with actions,
a short line or two under them ("View 4 replies") are actions too. A run of records
is no comment list when most of its records open or close with a headline-shaped line
(a list of teasers: headline, author, date, summary), or when most of them name no
author; a record that holds most of the page's main prose is the article, not a comment.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.comment_records import ACTION_WORDS, Layout, header_date, stamp
from reader.ingest.comment_spans import CommentSpan, is_name, opens_form
from reader.ingest.dates import is_date_line
from reader.ingest.headline import headline_shaped
from reader.ingest.lines import Line, ends_sentence, word_count

_SEPARATORS = " \t·•|/,-–—"
_TRAILING_VERB = re.compile(r"\s+[^\W\d_]+:$")  # "… said:", "… schrieb:"
_CONNECTOR = re.compile(r"\s+(?:on|at|am|le|el|em)$", re.IGNORECASE)
SHARE = 0.6


Clusters = list[tuple[int, int, int]]  # the page's runs of prose (prose_clusters)


def cut(
    lines: list[Line], letters: str, shape: Layout, cores: list[int], clusters: Clusters
) -> list[CommentSpan]:
    if shape.footer:
        spans = _after_article(_footed(lines, letters, cores), clusters)
    else:
        spans = _headed(lines, letters, shape, cores)
        last_head = spans[-1].end
        spans[-1].end = len(lines)  # for now: the article may stand under the last header
        spans = _after_article(spans, clusters)
        if spans:
            closes = _closes(lines, letters, spans)
            spans[-1].end = _last_end(lines, letters, last_head, closes)
            _buttons(lines, letters, spans, closes)
    if shape.footer:
        _buttons(lines, letters, spans, closes=False)
    if len(spans) < 2 or _teasers(lines, spans) or not _texts(lines, letters, spans):
        return []
    return spans if _signed(spans) else []


def _header_end(letters: str, core: int, signed_under: bool = False) -> int:
    """The index after a record's header: its core, the date lines under it, and in a
    layout that signs under the date, the "Ann wrote:" line."""
    j = core + 1
    while j < len(letters) and letters[j] == "D":
        j += 1
    return j + 1 if signed_under and j < len(letters) and letters[j] == "S" else j


def _headed(lines: list[Line], letters: str, shape: Layout, cores: list[int]) -> list[CommentSpan]:
    spans: list[CommentSpan] = []
    floor = 0  # a record keeps one line of text: the next one's names start below it
    seen: set[tuple[str | None, str]] = set()
    names: Counter[str] | None = None  # the forms of the single name lines, when asked
    for core in cores:
        start = core
        while start > max(floor, core - shape.names) and letters[start - 1] == "N":
            start -= 1
        if shape.names and start > floor and letters[start - 1] == "N" and start < core:
            if not spans or (start - 1 > floor and letters[start - 2] == "A"):
                if names is None:
                    names = Counter(
                        stamp(lines[c - 1].text) for c in cores if letters[c - 1] == "N"
                    )
                start -= _over_badge(lines, start, names)
        elif shape.names and start == core and core - 2 >= floor and _badge_between(letters, core):
            start -= 2
        head_end = _header_end(letters, core, shape.signed_under)
        span = CommentSpan(start, head_end, meta=set(range(start, head_end)))
        _name_and_date(span, lines, letters, core, head_end)
        if _quoted(span, spans, seen):
            continue
        if spans:
            spans[-1].end = start
        spans.append(span)
        floor = head_end + 1
    return spans  # the last one ends at its header here: cut() finds its end


def _over_badge(lines: list[Line], start: int, names: Counter[str]) -> int:
    """1 when the name line right under a record's "Reply" is its writer's name over a
    badge or place ("ann77" over "Top contributor"), 0 when it is a button of the record
    before ("Load more replies"): the line shaped like the page's other names is the name,
    the upper one when neither is."""
    upper, lower = stamp(lines[start - 1].text), stamp(lines[start].text)
    return 1 if names[upper] >= names[lower] - 1 else 0  # the lower one counted itself


def _badge_between(letters: str, core: int) -> bool:
    """A name over an action line the page repeats, over the date: "ann77", "Subscriber"."""
    return letters[core - 2 : core] == "NA"


def _quoted(span: CommentSpan, spans: list[CommentSpan], seen: set[tuple[str | None, str]]) -> bool:
    """A header repeating an earlier comment's exact (author, date) pair is a pasted copy.

    A reply that quotes a whole comment pastes its "Name says:" and date lines too; the
    copy stays inside the reply. The same author posting twice in one minute is not a
    copy: that header directly follows its twin.
    """
    if span.date_text is None:
        return False
    key = (span.author, span.date_text)
    twin = bool(spans) and (spans[-1].author, spans[-1].date_text) == key
    if key in seen and not twin:
        return True
    seen.add(key)
    return False


def _name_and_date(
    span: CommentSpan, lines: list[Line], letters: str, core: int, head_end: int
) -> None:
    text = lines[core].text
    if span.start < core:
        span.author = lines[span.start].text
    if letters[core] == "H":
        at = header_date(text)
        author = _CONNECTOR.sub("", text[:at].rstrip(_SEPARATORS)).strip(_SEPARATORS)
        span.author = span.author or author or None
        span.date_text = _TRAILING_VERB.sub("", text[at:]).strip() or None
    elif letters[core] == "S":
        span.author = span.author or _said(text)
        if head_end > core + 1:
            span.date_text = lines[core + 1].text
    else:
        if letters[head_end - 1] == "S":  # "Ann wrote:" under the date
            head_end -= 1
            span.author = span.author or _said(lines[head_end].text)
        span.date_text = " ".join(lines[k].text for k in range(core, head_end))


def _said(text: str) -> str:
    """The name of "Ann Lee says:", "Ann Lee:"."""
    return _TRAILING_VERB.sub("", text).rstrip(":").strip()


def _closes(lines: list[Line], letters: str, spans: list[CommentSpan]) -> bool:
    """Do most records end with action lines ("Reply")?"""
    ended = sum(
        1
        for span in spans[:-1]
        if letters[span.end - 1] == "A" or _actions_end(lines, letters, span) is not None
    )
    return ended >= SHARE * (len(spans) - 1) > 0


def _actions_end(lines: list[Line], letters: str, span: CommentSpan) -> int | None:
    """Where a record's closing action lines end, when it closes with some: at most two
    short lines that are no sentence may stand under them, before the next record
    ("View 4 replies", "Load more replies" said once)."""
    k = span.end
    while k > span.start and span.end - k < 2 and letters[k - 1] != "A":
        text = lines[k - 1].text
        if word_count(text) > ACTION_WORDS or ends_sentence(text):
            return None
        k -= 1
    return k if k > span.start and letters[k - 1] == "A" else None


def _last_end(lines: list[Line], letters: str, i: int, closes: bool) -> int:
    """Where the last comment's text stops: after its action lines, at a form or a
    pingback."""
    seen_text = False
    while i < len(lines):
        if opens_form(lines[i].text):
            return i
        if letters[i] == "A":
            if closes and seen_text:
                while i < len(lines) and letters[i] == "A":
                    i += 1
                return i
        elif not is_date_line(lines[i].text):
            seen_text = True
        i += 1
    return i


def _buttons(lines: list[Line], letters: str, spans: list[CommentSpan], closes: bool) -> None:
    """A record's action lines, and where records close with actions, the short lines
    under its closing ones."""
    for span in spans:
        span.buttons = {k for k in range(span.start, span.end) if letters[k] == "A"}
        if closes and letters[span.end - 1] != "A" and (end := _actions_end(lines, letters, span)):
            span.buttons.update(range(end, span.end))


def _footed(lines: list[Line], letters: str, cores: list[int]) -> list[CommentSpan]:
    spans: list[CommentSpan] = []
    for core in cores:
        end = core
        while end < len(letters) and letters[end] == "A":
            end += 1
        first_date = end
        while end < len(letters) and letters[end] == "D":
            end += 1
        start = spans[-1].end if spans else _first_start(lines, letters, core)
        span = CommentSpan(start, end, meta=set(range(first_date, end)))
        if (letters[start] == "N" or is_name(lines[start].text)) and start + 1 < core:
            span.author = lines[start].text
            span.meta.add(start)
        span.date_text = " ".join(lines[k].text for k in range(first_date, end))
        spans.append(span)
    return spans


def _first_start(lines: list[Line], letters: str, core: int) -> int:
    """Back from the first footer over its comment's text to the author's name."""
    start = core
    while start > 0 and not opens_form(lines[start - 1].text):
        text = lines[start - 1].text
        if word_count(text) < 6 and is_name(text):
            return start - 1
        start -= 1
    return start


def _teasers(lines: list[Line], spans: list[CommentSpan]) -> bool:
    """Do most records open with a headline-shaped line, or stand under one (a teaser's
    headline over its author and date)? Each teaser has its own headline: a line that
    opens several records ("Replying to @Ann Lee") is none."""
    need = SHARE * len(spans)
    opening = under = 0
    openings: set[str] = set()
    for k, span in enumerate(spans):
        if max(opening, under) + len(spans) - k < need:  # the rest cannot make a share
            return False
        skip = span.meta | span.buttons if span.meta or span.buttons else ()
        first = next((k for k in range(span.start, span.end) if k not in skip), None)
        text = lines[first].text if first is not None else ""
        if text and text not in openings and _headline(text):
            opening += 1
            openings.add(text)
        if span.start > 0 and _headline(lines[span.start - 1].text):
            under += 1
    return max(opening, under) >= need


def _signed(spans: list[CommentSpan]) -> bool:
    """Do most records name their author? Comments are signed; a list of dated news
    items is not."""
    return sum(1 for span in spans if span.author) >= SHARE * len(spans)


def _texts(lines: list[Line], letters: str, spans: list[CommentSpan]) -> bool:
    """Do most records hold a line of text that is more than a name (a menu's are all
    short)?"""
    need, texts = SHARE * len(spans), 0
    for s in spans:
        if any(letters[k] == "T" and not is_name(lines[k].text) for k in range(s.start, s.end)):
            texts += 1
            if texts >= need:  # enough: the rest need not be read
                return True
    return texts >= need


def _headline(text: str) -> bool:
    """Headline-shaped, and no sentence end but "…": a comment's "Thanks!" is no teaser,
    "Ten deals to grab …" is."""
    return headline_shaped(text) and (text[-1] in "…" or not ends_sentence(text))


def _after_article(spans: list[CommentSpan], clusters: Clusters) -> list[CommentSpan]:
    """Drop the records up to one that holds most of the page's heaviest run of prose."""
    if not clusters:
        return spans
    first, last, _ = max(clusters, key=lambda c: c[2])
    size = last - first + 1
    for k in range(len(spans) - 1, -1, -1):
        span = spans[k]
        inside = min(span.end, last + 1) - max(span.start, first)
        if inside * 2 >= size:
            return spans[k + 1 :]
    return spans
