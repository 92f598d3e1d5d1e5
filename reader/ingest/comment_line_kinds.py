"""The letter of one line in a page of comment records.

H a short line holding a date and more (a name, "said:"; or a name and a post's age,
"Ann @ann · 2d"), D a date or time alone, S a short line ending with a colon ("Ann
says:"), A a short line the page repeats ("Reply", "Like · Report"), T anything else.
Whether a line repeats, and what stands around it, is the page's (comment_letters.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import compress

from reader.ingest.chrome import is_chrome
from reader.ingest.comment_days import day_at_end, day_before, day_letter
from reader.ingest.comment_said_lines import DOTS, DOTTED, SAID_WORDS, may_say
from reader.ingest.comment_spans import AROUND, NUMBER_MARK, is_mark, is_name, past_lead
from reader.ingest.dates import (
    date_end,
    date_start,
    has_date,
    is_date_line,
    relative_words,
)
from reader.ingest.lines import ends_sentence, word_count

_DIGIT = re.compile(r"\d")
RATING = re.compile(r"[^\w\s]{3,}\s+")  # a rating before a date: "★★★★☆ ", "***** "
_MENTION = re.compile(r"@[^\W\d_]")  # "@Ann Lee": a reply's opening, never a button
# A post's age as feeds print it, at the end of a header line ("Ann Lee @ann · 2d",
# "ravi77 · 23h"): no date pattern reads "2d" alone, which prose may hold.
AGE = r"\d{1,3}\s?(?:[smhdwy]|min|mins|hrs?|mo)"  # a post's age: "2d", "3 h", "5min"
_AGE = re.compile(rf"(?:^|(?<=[\s·•|,])){AGE}$")
_NOTE = re.compile(r"\s*(?:[·•|]\s*[^\W\d_]+|\([^\W\d_]+\))$")  # "2d · Edited", "2d (edited)"
_AGE_ENDS = frozenset("smhdwyorn")  # the last letters of _AGE's units
_PREFIX_END = re.compile(r"[\s·•|/,–—-]*(?:\b(?:on|at|am|le|el|em)\s*)?$", re.IGNORECASE)
OUTLINE = re.compile(r"^(\d{1,4}(?:\.\d{1,4})*)\.?\s+(?=\S)")  # "1.2.1  Ann Lee": its place
_AFTER = re.compile(r"[·•|,–—-]\s*\w{1,2}$")  # a name of one or two letters after a mark
SHORT = 140  # a header line is at most this long, in characters
HEADER_WORDS = 16  # and in words
ACTION_WORDS = 4  # an action line has at most this many words
ANSWER_WORDS = 4  # "in reply to" between two names in a header line: at most this many words
TALLY = 60  # an action line with counts ("Yes (3) No (1)") at most this many characters
SHARE = 0.6  # the part of the records that must show a shape for the page to use it


def line_letter(text: str, counts: Counter[str]) -> str:
    if len(text) > SHORT or text.count(" ") >= HEADER_WORDS:
        return "T"  # the cheap tests first: most lines of a long page are text
    if text[:1] == "#" and (number := NUMBER_MARK.match(text)) and number.end() < len(text):
        text = text[number.end() :]  # "#257 · Mar 4, 2026": the comment's number, its date
    elif not text[:1].isalnum() and (marks := RATING.match(text)) and marks.end() < len(text):
        text = text[marks.end() :]  # "★★★★☆ 4 May 2026": a rating, its date
    digits = _DIGIT.search(text) is not None  # asked once: three tests below need a digit
    if (digits or relative_words(text)) and has_date(text):  # a text of no digit: the cheap test
        if is_date_line(text):
            short = not (text[1:2].isalpha() and text[2:3].isalpha())  # no word of 3 letters
            after = text[-1:].isalpha() and _AFTER.search(text) is not None
            opens = text[:1].isalpha() or (text[:1].isdigit() and OUTLINE.match(text))
            named = (opens and short) or after
            return "H" if named and _initials_named(text) else "D"  # two letters or fewer
        if (
            not (ends_sentence(text) and text[-1] in ".!?")
            and (digits or " ago" in text)
            and _named(text)
        ):
            return day_before(_PREFIX_END.sub("", text[: header_date(text)])) or "H"
        return "T"
    if digits and (day := day_at_end(text)) is not None and (letter := day_letter(text, day)):
        return letter
    if text[-1] == ":" and word_count(text) <= SAID_WORDS and not is_chrome(text):
        return "S"
    if digits and (aged := _without_note(text)) and _aged(aged):
        return "H" if _named(aged, alone=False) else "D" if _AGE.match(aged) else "T"
    if len(text) <= 30 and counts[text.casefold()] >= 2 and may_act(text):
        return "A"  # counts holds the lines of 30 characters or fewer
    return DOTTED if text.endswith(DOTS) and may_say(text) else "T"  # "Ann said...": said_dots


def _aged(text: str) -> bool:
    """Does the line end with a post's age ("ravi77 · 23h")? The cheap tests first."""
    return (
        text[-1] in _AGE_ENDS
        and _DIGIT.search(text, len(text) - 5) is not None
        and _AGE.search(text) is not None
    )


def _without_note(text: str) -> str:
    """The line without a note of one word after a mark or in brackets at its end, after
    a post's age ("2d · Edited", "3h (edited)"): the age ends the header's date."""
    if not (text[-1:].isalpha() or text[-1:] == ")") or not any(c in text for c in "·•|("):
        return text  # the cheap tests first: most lines hold no note's mark
    note = _NOTE.search(text)
    return text[: note.start()] if note and _AGE.search(text, 0, note.start()) else text


def _named(text: str, alone: bool = True) -> bool:
    """Does the text before the date name someone, if anything stands there (``alone``:
    nothing there is a yes)?"""
    at = header_date(text)
    prefix = _PREFIX_END.sub("", text[:at])
    if not prefix:
        return alone
    if is_name(prefix) or answering(prefix):
        return True
    rest = past_lead(prefix)  # "Posted by ann77 on DATE", "Posted on DATE by ann77"
    return rest != prefix and ((bool(rest) and is_name(rest)) or _named_after(text[at:]))


def _named_after(text: str) -> bool:
    """Does a name follow the date that opens the text, past the words that open a
    name slot ("DATE by ann77")?"""
    end = date_end(text)
    tail = past_lead(text[end:].strip(AROUND)) if end else ""
    return bool(tail) and is_name(tail)


def answering(prefix: str) -> bool:
    """A name, a few words in lower case, a name: "Bo Sand in reply to Ann Lee" (the
    page's records show whether the words say so, comment_answers.py); a header line
    of its own too, where a name stands."""
    words = prefix.split()
    lower = [w.isalpha() and w.islower() for w in words]
    if len(words) < 3 or lower[0] or True not in lower:
        return False
    first = lower.index(True)
    last = first
    while last < len(words) and lower[last]:
        last += 1
    return (
        0 < last - first <= ANSWER_WORDS
        and True not in lower[last:]
        and is_name(" ".join(words[:first]))
        and last < len(words)
        and is_name(" ".join(words[last:]))
    )


def _initials_named(text: str) -> bool:
    """A date line but for a name of one or two letters before or after it: "李娜 |
    06/03/2026", "Jo · 5 May 2026", "5 May 2026 · 李娜" (a date line may hold two
    characters more than its date)."""
    start = date_start(text) or 0
    name = _PREFIX_END.sub("", text[:start]) if start else text[date_end(text) :].strip(AROUND)
    if name[:1].isdigit():  # "1.2  李娜 — 06/03/2026": the comment's outline number first
        name = OUTLINE.sub("", name)
    return 0 < len(name) <= 2 and name.isalpha() and is_name(name)


def header_date(text: str) -> int:
    """Where a header line's date starts: a date or time, else a post's age ("· 2d")."""
    at = date_start(text)
    if at is None and (age := _AGE.search(_without_note(text))) is not None:
        return age.start()
    return at or 0


def may_act(text: str, longest: int = 30, words: int = ACTION_WORDS) -> bool:
    """Short enough for an action line: few words (the marks between them none: "Like ·
    Reply · Share" is three; marks with no word, "★ ★ ★ ★ ★", are not words, nor an action
    line), no sentence, no "@Ann" opening."""
    return (
        len(text) <= longest
        and (word_count(text) <= words or 0 < _words_past_marks(text) <= words)
        and not ends_sentence(text)
        and _MENTION.match(text) is None
    )


def _words_past_marks(text: str) -> int:
    """The words of a line but for the marks standing alone between them ("·", "|")."""
    return sum(1 for token in text.split() if not is_mark(token))


def may_tally(text: str) -> bool:
    """Short enough for an action line that holds counts, which the page repeats but for
    them: a question and its answers may stand there ("Was this helpful? Yes (3) No (1)")."""
    return may_act(text, TALLY, 2 * ACTION_WORDS)


def positions(letters: str, letter: str) -> Iterator[int]:
    """Where the letter stands, one place at a time (a list of them was 5x a page of
    one-word lines: a number and a pointer for each line): the places picked by a byte
    mask of the letters (a find a place, in a generator, was 2-3x slower)."""
    return compress(range(len(letters)), letters.encode().translate(_MASKS[letter]))


_MASKS = {
    letter: bytes(int(b == ord(letter)) for b in range(256)) for letter in "ADHNST"
}  # 1 for the letter's byte, 0 for any other
