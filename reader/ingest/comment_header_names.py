"""The author and the date a record's header gives, once the records are cut
(comment_header_cuts.py): the name before the date on a header line ("Ann Lee · 2h"),
after it ("May 2, 2026 | Ann Lee", "On May 2, 2026, Ann Lee wrote:"), on the line over
it, or in "Ann says:"; a handle under the name joins it."""

from __future__ import annotations

import re

from reader.ingest.comment_line_kinds import RATING, SHARE, header_date
from reader.ingest.comment_said_lines import DOTS
from reader.ingest.comment_spans import CommentSpan, initials_of, is_name
from reader.ingest.dates import date_end
from reader.ingest.lines import Line

_SEPARATORS = " \t·•|/,-–—"
_MARKS_END = re.compile(r"[^\w.)\]]+$")  # whatever marks end the name before its date ("»")
_TRAILING_VERB = re.compile(r"\s+[^\W\d_]+(?::|\.\.\.|…)$")  # "… said:", "… schrieb:", "… said..."
_HANDLE = re.compile(r"^@[\w.]+$")  # "@ann_lee" alone: the handle of the name above it
_CONNECTOR = re.compile(r"\s+(?:on|at|am|le|el|em)$", re.IGNORECASE)


def names_after_shared_words(spans: list[CommentSpan]) -> None:
    """Header lines that all open with the same words before their dates and name a
    writer after them ("On May 2, 2026, Ann Lee wrote:"): the words are the page's, the
    name the one after the date, past the fewest words every record repeats there too
    that leave a name ("On May 2, 2026 by ann77"; "by Ann Lee", "by Ann Park": "Ann" is
    the names'). Three records or more, all alike; where no name stands before any
    date ("May 2, 2026 by ann77"), the names after them must differ: words the same on
    every record are the page's ("May 2, 2026 Edited"), no writer's."""
    if len(spans) < 3:
        return
    first = spans[0].author
    if any(s.author != first or s.date_text is None for s in spans):
        return  # the cheap test first: most pages' records name several writers
    tails = [_after_date(s.date_text or "") for s in spans]
    words = [tail[1].split(" ") if tail else [] for tail in tails]
    shared = 0  # the words every record repeats after its date
    while all(len(w) > shared + 1 and w[shared] == words[0][shared] for w in words):
        shared += 1
    for lead in range(shared + 1):  # the fewest of them ("by"), the rest a name each
        names = [tail[1].split(" ", lead)[-1] if tail else "" for tail in tails]
        if all(map(is_name, names)):
            break  # not "Lee" of "by Ann Lee", "by Ann Park": a name's shared words
    else:
        return
    if first is None and len(set(names)) < 2:
        return
    for span, tail, name in zip(spans, tails, names, strict=True):
        if tail:
            span.date_text, span.author = tail[0], name


def name_and_date(
    span: CommentSpan, lines: list[Line], letters: str, core: int, head_end: int
) -> None:
    text = lines[core].text
    if span.start < core:
        span.author = lines[span.start].text
        if span.start + 1 < core and initials_of(span.author, lines[span.start + 1].text):
            span.author = lines[span.start + 1].text  # an avatar's letters over the name
    author = ""
    if letters[core] == "H":
        at = header_date(text)
        author = _CONNECTOR.sub("", _without_end_marks(text[:at]))  # "Ann Lee » on"
        author = _without_end_marks(author).lstrip(_SEPARATORS)
        if span.author and author and initials_of(span.author, author):
            span.author = None  # the avatar's letters of the name the header line gives
        span.author = span.author or author or None
        span.date_text = _TRAILING_VERB.sub("", text[at:]).strip() or None
        if not author and span.date_text and (signed := _signed_after(span.date_text)):
            span.date_text, after = signed  # "May 2, 2026 | Ann Lee": the name after the date
            span.author = span.author or after
    elif letters[core] == "S":
        span.author = span.author or said_name(text)
        if head_end > core + 1:
            span.date_text = lines[core + 1].text
    else:
        if letters[head_end - 1] in "SN" and head_end - 1 > core:  # "Ann wrote:" under the date
            head_end -= 1
            span.author = span.author or said_name(lines[head_end].text)
        span.date_text = " ".join(lines[k].text for k in range(core, head_end))
        if not span.date_text[:1].isalnum() and (rating := RATING.match(span.date_text)):
            span.date_text = span.date_text[rating.end() :]  # "★★★★☆ 4 May 2026": the date
    if span.author and span.start < core and "@" not in span.author:
        between = [lines[k].text for k in range(span.start + 1, core) if lines[k].text[:1] == "@"]
        handle = next((x for x in [*between, author] if x[:1] == "@" and _HANDLE.match(x)), None)
        if handle:
            span.author = f"{span.author} {handle}"  # "Ann Lee" over "@annlee · 2h"


def names_under_letters(spans: list[CommentSpan], lines: list[Line]) -> None:
    """Where most records' headers open with a line of one to three capitals over a name
    line ("CP" over "corrado77": an avatar's letters of a display name the page does not
    show), the name line under them names the writer, the letters no name of theirs."""
    opened = [s for s in spans if _letters(lines[s.start].text) and s.start + 1 in s.meta]
    if len(opened) < 3 or len(opened) < SHARE * len(spans):
        return
    for span in opened:
        if span.author != lines[span.start].text:
            continue  # the letters' name read already ("AL" over "Ann Lee")
        under = lines[span.start + 1].text
        if is_name(under) and not header_date(under):
            span.author = under


def _letters(text: str) -> bool:
    return 1 <= len(text) <= 3 and text.isalpha() and text.isupper()


def _without_end_marks(text: str) -> str:
    """The name without the marks after it ("Ann Lee »"), but a mail address's closing
    ">" the name opened ("Lena Frost <lena@example.org>")."""
    kept = _MARKS_END.sub("", text)
    return kept + ">" if "<" in kept and text[len(kept) : len(kept) + 1] == ">" else kept


def _signed_after(text: str) -> tuple[str, str] | None:
    """The date and the name of a header line that opens with its date, when a name
    follows it apart ("4 May 2026 · ann77"; not "21:22Ann Lee", a live blog's time
    glued to its writer), else None."""
    tail = _after_date(text)
    return tail if tail and is_name(tail[1]) else None


def _after_date(text: str) -> tuple[str, str] | None:
    """The date of a line that opens with it and the words after it, apart."""
    end = date_end(text)
    apart = end and (text[end - 1] in _SEPARATORS or text[end : end + 1] in _SEPARATORS)
    after = text[end:].strip(_SEPARATORS) if apart else ""
    return (text[:end].rstrip(_SEPARATORS), after) if after else None


def said_name(text: str) -> str:
    """The name of "Ann Lee says:", "Ann Lee:", "Ann Lee said..."."""
    name = _TRAILING_VERB.sub("", text).rstrip(":")
    return (name[: -len(dots)] if (dots := _dots(name)) else name).strip()


def _dots(text: str) -> str:
    """The dots a said line ends with instead of a colon ("Ann said..."), or nothing."""
    return next((dots for dots in DOTS if text.endswith(dots)), "")
