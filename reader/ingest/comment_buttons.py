"""A comment record's action lines, and where records close with actions, a short line
or two under them ("View 4 replies"); where the last record ends."""

from __future__ import annotations

from reader.ingest.chrome import is_chrome
from reader.ingest.comment_forms import holds_text, line_form
from reader.ingest.comment_line_kinds import ACTION_WORDS, SHARE
from reader.ingest.comment_spans import CommentSpan, opens_form
from reader.ingest.dates import is_date_line
from reader.ingest.lines import Line, ends_sentence, word_count


def close_with_actions(lines: list[Line], letters: str, spans: list[CommentSpan]) -> bool:
    """Do most records end with action lines ("Reply")?"""
    ended = sum(
        1
        for span in spans[:-1]
        if letters[span.end - 1] == "A" or _actions_end(lines, letters, span) is not None
    )
    return ended >= SHARE * (len(spans) - 1) > 0


def _actions_end(lines: list[Line], letters: str, span: CommentSpan) -> int | None:
    """Where a record's closing action lines end, when it closes with some: at most two
    short lines that are no sentence, or lines of the page's chrome, may stand under
    them, before the next record ("View 4 replies", "Load more replies" said once,
    "Sponsored · …")."""
    k = span.end
    while k > span.start and span.end - k < 2 and letters[k - 1] != "A":
        text = lines[k - 1].text
        if (word_count(text) > ACTION_WORDS or ends_sentence(text)) and not is_chrome(text):
            return None  # the page's own line ("Sponsored · …") stands there too
        k -= 1
    return k if k > span.start and letters[k - 1] == "A" else None


def last_end(lines: list[Line], letters: str, i: int, closes: bool) -> int:
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


CHROME_TAIL = 3  # lines of no text, at least, that end the last record: the page's


def before_tail(lines: list[Line], text_start: int, end: int) -> int:
    """Where the last record ends when the page's own lines close it: CHROME_TAIL lines
    or more of no text (a form, no sentence: "About us", "© 2026 The Courier") at its
    end, under a line of its text at least. A page's line opens with no word in lower
    case, and none follows a line that leads into it: a list under "Three things:", a
    sign-off ("Greetings from" / "the island") stay the comment's."""
    k = end
    while k - 1 > text_start and (form := line_form(lines[k - 1].text)) is not None:
        if holds_text(form) or lines[k - 1].text[:1].islower():
            break
        k -= 1
    if end - k < CHROME_TAIL or lines[k - 1].text.rstrip().endswith((":", ",")):
        return end
    return k


def mark_buttons(lines: list[Line], letters: str, spans: list[CommentSpan], closes: bool) -> None:
    """A record's action lines, and where records close with actions, the short lines
    under its closing ones."""
    for span in spans:
        buttons = tuple([k for k in range(span.start, span.end) if letters[k] == "A"])
        if closes and letters[span.end - 1] != "A" and (end := _actions_end(lines, letters, span)):
            buttons += tuple(range(end, span.end))  # an index twice does no harm
        span.buttons = buttons
