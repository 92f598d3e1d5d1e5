"""Where comments start and end in a copied page, for the layouts pages use.

Each layout finds the lines that open (or close) one comment:
- numbered: "  1. text" with the comment's further lines indented deeper;
- header: a line naming the author, alone ("Name says:") or with the date
  ("Name · March 10, 2017 at 12:20 AM", "Name March 10, 2017 at 12:20 am");
- footer: the author's name, the text, then "reply" and the date (and time).
The layout that finds the most comments wins.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from reader.ingest.chrome import is_chrome
from reader.ingest.dates import is_date_line
from reader.ingest.lines import Line, ends_sentence, word_count


@dataclass(slots=True)
class CommentSpan:
    start: int  # index of the comment's first line
    end: int  # index after its last line
    number: int | None = None  # the page's own number
    author: str | None = None
    date_text: str | None = None
    meta: set[int] = field(default_factory=set)  # indices of header / date lines
    kind: str = "comment"  # or "pingback"


_NUMBERED = re.compile(r"^(\d{1,6})\.(?:\s+|$)")
_SAYS = re.compile(r"^(?P<a>\S.{0,60}?)\s+(?:says:?|said:|wrote:|writes:)$", re.IGNORECASE)
_AUTHOR_DATE = re.compile(r"^(?P<a>[^·•|]{1,60}?)\s*(?:[·•|]|\bon\b)\s*(?P<d>\S.*)$")
_AUTHOR_THEN_DATE = re.compile(
    r"^(?P<a>\S.{0,60}?)\s+(?P<d>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4}.*)$"
)
_INITIAL_END = re.compile(r"(?:\b[A-Z]\.|\))$")  # "Jorunn H.", "Ann (Leeds)"
_DIGIT = re.compile(r"\d")
_PINGBACK = re.compile(r"^(?:Pingback|Trackback)\s*:", re.IGNORECASE)
_CLOSER = re.compile(r"^(?:reply|report|flag|permalink|like|share|↓|↑)$", re.IGNORECASE)
_FORM = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|cancel reply|recent comments"
    r"|your email address will not be published|you must be logged in|comments are closed"
    r"|(?:name|email|website|comment)\s*\*)",
    re.IGNORECASE,
)


_NOT_NAME = re.compile(
    r"^(?:by|posted|written|updated|published|from|[—–-])(?:\s|$)", re.IGNORECASE
)
_SECTION_HEADER = re.compile(
    r"^(?:\W*\d[\d,]*\s+(?:comments?|responses?|replies|thoughts|reactions)\b"
    r"|there (?:are|is) \d+ (?:comments?|responses?)|view (?:all )?comments\b|comments?\s*\(\d+\)"
    r"|(?:reader |user )?comments$|discussion$|join the (?:conversation|discussion)"
    r"|.{0,40}\b(?:comments?|responses?|thoughts|replies) (?:on|to) [“\"'‘])",
    re.IGNORECASE,
)


LONGEST_CLOSER = len("permalink")


def is_closer(text: str) -> bool:
    """A comment's own buttons: "Reply", "Report"."""
    return len(text) <= LONGEST_CLOSER and _CLOSER.match(text) is not None


def _holds_section_word(lower: str) -> bool:
    """One of these words stands in every section header _SECTION_HEADER matches."""
    return (
        "comment" in lower
        or "response" in lower
        or "replies" in lower
        or "thought" in lower
        or "reaction" in lower
        or "discussion" in lower
        or "conversation" in lower
    )


def is_section_header(text: str) -> bool:
    """A line that opens a comment section ("34 responses to “…”", "View comments (27)")."""
    if len(text) >= 200:
        return False
    if text.isascii() and not _holds_section_word(text.lower()):
        return False  # the cheap test first: the pattern is slow on every line
    return _SECTION_HEADER.match(text) is not None


def is_name(text: str, marked: bool = False) -> bool:
    """A commenter's name or handle: one to five words, no sentence.

    ``marked``: the page marks the line as a name ("Name says:"), so a name that
    ends with a full stop ("C. M.") is still one.
    """
    n = word_count(text)
    if _NOT_NAME.match(text):
        return False
    if not 1 <= n <= 5 or len(text) > 60:
        return False
    if not marked and ends_sentence(text) and not _INITIAL_END.search(text):
        return False
    return not is_chrome(text) and not is_date_line(text) and "http" not in text


def numbered(lines: list[Line]) -> list[CommentSpan]:
    """Indented numbered items: "  1. …", continued by lines indented deeper."""
    spans: list[CommentSpan] = []
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        match = (  # the cheap tests first: an indented line that opens with a digit
            _NUMBERED.match(line.text) if line.indent >= 1 and line.text[:1].isdecimal() else None
        )
        if not (match and int(match.group(1)) == expected):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].indent > line.indent:
            j += 1
        spans.append(CommentSpan(i, j, number=expected))
        expected += 1
        i = j
    return spans


def _may_head(text: str) -> bool:
    """Author lines are short and end with "says:" or hold a date."""
    return len(text) <= 120 and (text[-1] == ":" or _DIGIT.search(text) is not None)


def _header(lines: list[Line], i: int) -> CommentSpan | None:
    """The comment a line that _may_head opens, if it is an author line."""
    text = lines[i].text
    if not _may_be_header(text):
        return None
    match = _SAYS.match(text)
    if match and is_name(match.group("a"), marked=True):
        span = CommentSpan(i, i + 1, author=match.group("a").strip(), meta={i})
        if i + 1 < len(lines) and is_date_line(lines[i + 1].text):
            span.date_text = lines[i + 1].text
            span.meta.add(i + 1)
        return span
    for pattern in (_AUTHOR_DATE, _AUTHOR_THEN_DATE):
        match = pattern.match(text)
        if match and is_name(match.group("a")) and is_date_line(match.group("d")):
            return CommentSpan(
                i,
                i + 1,
                author=match.group("a").strip(),
                date_text=match.group("d").strip(),
                meta={i},
            )
    return None


# Any of the month abbreviations, anywhere (one scan, not twelve)
_MONTH_ABBREVIATION = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _may_be_header(text: str) -> bool:
    """What each header pattern needs: a "says:" end, a separator, or a month name."""
    if text[-1] == ":" or "on" in text or "·" in text or "•" in text or "|" in text:
        return True  # _SAYS with a colon; _AUTHOR_DATE
    if _MONTH_ABBREVIATION.search(text):
        return True  # _AUTHOR_THEN_DATE
    return not text.isascii() or text[-4:].lower() == "says"  # _SAYS without one


def headed(lines: list[Line]) -> list[CommentSpan]:
    """Comments that open with an author line; each runs to the next one."""
    spans = _drop_quoted_headers(
        [
            s
            for i, line in enumerate(lines)
            if _may_head(line.text) and (s := _header(lines, i)) is not None
        ]
    )
    if len(spans) < 2:
        return []
    for span, following in itertools.pairwise(spans):
        span.end = following.start
    last = spans[-1]
    last.end = _last_comment_end(lines, last.start + 1, closes=_uses_closers(lines, spans))
    return spans


def _drop_quoted_headers(spans: list[CommentSpan]) -> list[CommentSpan]:
    """A header repeating an earlier comment's exact (author, date) pair is a pasted copy.

    A reply that quotes a whole comment pastes its "Name says:" and date lines too; the
    copy stays inside the reply. The same author posting twice in one minute is not a
    copy: that header directly follows its twin.
    """
    kept: list[CommentSpan] = []
    seen: set[tuple[str | None, str]] = set()
    for span in spans:
        if span.date_text is not None:
            key = (span.author, span.date_text)
            twin = kept and (kept[-1].author, kept[-1].date_text) == key
            if key in seen and not twin:
                continue
            seen.add(key)
        kept.append(span)
    return kept


def _uses_closers(lines: list[Line], spans: list[CommentSpan]) -> bool:
    closed = sum(
        1 for s in spans[:-1] if any(_CLOSER.match(lines[k].text) for k in range(s.start, s.end))
    )
    return closed * 2 >= len(spans) - 1 > 0


def _last_comment_end(lines: list[Line], i: int, closes: bool) -> int:
    """Where the last comment's text stops: at its closer, a form, or a pingback."""
    seen_text = False
    while i < len(lines):
        text = lines[i].text
        if _FORM.match(text) or _PINGBACK.match(text):
            return i
        if _CLOSER.match(text):
            if closes and seen_text:
                j = i + 1
                while j < len(lines) and _CLOSER.match(lines[j].text):
                    j += 1
                return j
        elif not is_date_line(text):
            seen_text = True
        i += 1
    return i


def footed(lines: list[Line]) -> list[CommentSpan]:
    """Name, text, then "reply" and a date: each comment ends at its date."""
    if not any(
        is_closer(text) for text in [x.text for x in lines if len(x.text) <= LONGEST_CLOSER]
    ):
        return []  # most of the comments must have a "reply" line: no need to date every line
    dated = [is_date_line(line.text) for line in lines]  # each line asked once
    closers = []
    for i, line in enumerate(lines[:-1]):
        if dated[i + 1] and (
            _CLOSER.match(line.text)
            or (dated[i] and not dated[i - 1] and not _CLOSER.match(lines[i - 1].text))
        ):
            end = i + 2
            while end < len(lines) and dated[end]:
                end += 1
            closers.append((i, end))
    led = sum(1 for closer, _ in closers if _CLOSER.match(lines[closer].text))
    if len(closers) < 2 or led * 2 < len(closers):
        return []
    spans: list[CommentSpan] = []
    previous_end = None
    for closer, end in closers:
        start = previous_end
        if start is None:  # the first: back over its text to the author's name
            start = closer
            while (
                start > 0
                and not _FORM.match(lines[start - 1].text)
                and (word_count(lines[start - 1].text) >= 6 or not is_name(lines[start - 1].text))
            ):
                start -= 1
            start = max(0, start - 1)
        first_meta = closer + 1 if _CLOSER.match(lines[closer].text) else closer
        span = CommentSpan(start, end, meta=set(range(first_meta, end)))
        if is_name(lines[start].text) and start + 1 < closer:
            span.author = lines[start].text
            span.meta.add(start)
        span.date_text = " ".join(lines[k].text for k in range(first_meta, end))
        spans.append(span)
        previous_end = end
    return spans


def pingbacks(lines: list[Line], after: int) -> list[CommentSpan]:
    """Pingback and trackback lines after the comments: one comment each."""
    spans = []
    i = after
    while i < len(lines) and (
        _PINGBACK.match(lines[i].text) or (not spans and _CLOSER.match(lines[i].text))
    ):
        if _PINGBACK.match(lines[i].text):
            spans.append(CommentSpan(i, i + 1, kind="pingback"))
        i += 1
    return spans


def find_comments(lines: list[Line]) -> list[CommentSpan]:
    """The page's comments, in page order, by the layout that finds the most."""
    opening: int | None = None  # the first section header: any other is further down
    sought = False
    best: list[CommentSpan] = []
    for layout in (numbered, headed, footed):
        spans = layout(lines)
        if spans:  # a comment section's header line comes before its comments
            if not sought:
                opening = next((i for i, x in enumerate(lines) if is_section_header(x.text)), None)
                sought = True
            if opening is not None and opening < spans[-1].start:
                spans = [s for s in spans if s.start > opening]
        if len(spans) > len(best):
            best = spans
    if best:
        best.extend(pingbacks(lines, best[-1].end))
    return _split_pingbacks(lines, best)


def _split_pingbacks(lines: list[Line], spans: list[CommentSpan]) -> list[CommentSpan]:
    """Pingback lines inside a comment's span are comments of their own."""
    pinged = [  # few, if any: a line that opens with the pattern's first letter is asked
        k for k, x in enumerate(lines) if x.text[:1] in "PpTt" and _PINGBACK.match(x.text)
    ]
    if not pinged:
        return spans
    result: list[CommentSpan] = []
    for span in spans:
        if span.kind == "pingback":
            result.append(span)
            continue
        inside = pinged[
            bisect.bisect_left(pinged, span.start) : bisect.bisect_left(pinged, span.end)
        ]
        if inside and inside[0] > span.start:
            span.end = inside[0]
        result.append(span)
        result.extend(CommentSpan(k, k + 1, kind="pingback") for k in inside)
    return result
