"""A comment's span of lines, and the line tests every comment layout shares."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from reader.ingest.chrome import is_chrome
from reader.ingest.dates import is_date_line
from reader.ingest.lines import ends_sentence, word_count
from reader.ingest.text_cache import cache_text


@dataclass(slots=True)
class CommentSpan:
    start: int  # index of the comment's first line
    end: int  # index after its last line
    number: int | None = None  # the page's own number
    author: str | None = None
    date_text: str | None = None
    # Indices of its header / date lines (a range, mostly) and of its action lines
    # ("Reply"): a range or a tuple, not a set (a set of one is 216 bytes, and a page
    # has tens of thousands of comments).
    meta: Collection[int] = ()
    kind: str = "comment"  # or "pingback"
    buttons: Collection[int] = ()
    answers: str | None = None  # the name its header says it answers ("in reply to Ann")
    place: str | None = None  # its outline number ("1.2"), where the page numbers its tree


AROUND = " \t·•|/,–—-"  # the marks between a header's name and its date
NUMBER_MARK = re.compile(r"#\d+\s*[·•|,–—-]?\s*")  # a comment's number: "#12 ", "#12 · "
DATE_NUMBERS = re.compile(r"\d[/.:]\d")  # "03/04/26", "18:16": no name's word holds them
PINGBACK = re.compile(r"^(?:Pingback|Trackback)\s*:", re.IGNORECASE)
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
_INITIAL_END = re.compile(r"(?:\b[A-Z]\.|\)|\b[JS]r\.)$")  # "Jorunn H.", "Ann (Leeds)", "… Jr."
_LETTER = re.compile(r"[^\W\d_]")
_COUNTED = re.compile(r"\(\d[\d,.]*\)$")  # "Comments (12)": a label with its count
LONGEST_CLOSER = len("permalink")
MARKERS = "↳└┗╰⤷↪"  # the first characters of a reply marker ("↳ Ann Lee")
_MARKER = re.compile(r"[↳└┗╰⤷↪][─━\s]*")


def is_mark(token: str) -> bool:
    """A token of no letter nor digit: "·", "|", "[–]", "★" (the marks between a line's
    words or before a writer's name)."""
    return not any(c.isalnum() for c in token)


def is_closer(text: str) -> bool:
    """A comment's own buttons: "Reply", "Report"."""
    return len(text) <= LONGEST_CLOSER and _CLOSER.match(text) is not None


def opens_form(text: str) -> bool:
    """A line of the comment form or a pingback: no comment's text goes past it."""
    return _FORM.match(text) is not None or PINGBACK.match(text) is not None


@cache_text
def is_name(text: str) -> bool:
    """A commenter's name or handle: one to five words, no sentence. Asked once a text
    (classify, cutting and the checks on the cut ask the same lines)."""
    if len(text) > 60 or _NOT_NAME.match(text):
        return False  # the cheap test first: most lines asked are a comment's text
    if not 1 <= word_count(text) <= 5 or (text[-1] == ")" and _COUNTED.search(text)):
        return False
    if ends_sentence(text) and not _INITIAL_END.search(text):
        return False
    if "http" in text or "www." in text or _LETTER.search(text) is None:
        return False  # a link, an emoji alone ("👍"): a comment's whole text, no name
    return not is_chrome(text) and not is_date_line(text)


def past_lead(text: str) -> str:
    """The text after the words that open a header's name slot ("Posted by", "by",
    "from"): the piece a name may stand in ("Posted by ann77": "ann77"), or "". A dash
    opens a signature under the text ("— Ann Lee, DATE"), no header: it stays."""
    while text[:1].isalpha() and (lead := _NOT_NAME.match(text)):
        text = text[lead.end() :].lstrip()
    return text


def without_marker(text: str) -> str:
    """The text after a reply marker that opens it ("↳ Ann Lee": "Ann Lee")."""
    if text[:1] not in MARKERS:
        return text
    match = _MARKER.match(text)
    return text[match.end() :] if match else text


def initials_of(short: str, name: str) -> bool:
    """Is a line of one to three letters an avatar's: the first letters of the name's
    words ("AL" for "Ann Lee", "李" for "李娜"), after a reply marker ("└ AL")?"""
    short = without_marker(short).casefold()
    if not 1 <= len(short) <= 3 or not short.isalpha() or short == name.casefold():
        return False
    firsts = "".join(word[0] for word in name.split() if word[:1].isalpha())
    return firsts.casefold().startswith(short)
