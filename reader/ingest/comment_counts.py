"""Action lines that hold a count, which the page repeats but for it ("12 likes", "▲ 4
▼", "Was this helpful? Yes (3) No (1)"), and how often a page repeats a short line or
its form (comment_letters.py asks)."""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.comment_line_kinds import SHARE, TALLY, may_tally, positions
from reader.ingest.comment_name_lines import COUNT
from reader.ingest.comment_shape_runs import stamp
from reader.ingest.lines import Line, ends_sentence


def counted_actions(
    lines: list[Line],
    letters: list[str],
    known: dict[str, str],
    counts: Counter[str],
    held: bytearray | None,
) -> Counter[str]:
    """Short lines the page repeats but for a number are actions too ("12 likes",
    "▲ 4 ▼", "Was this helpful? Yes (3) No (1)", three times at least, counting those
    already actions: "Helpful (11)" twice); their forms (numbers as 9) and how often
    each stands. Asked of the lines an action may be, once a text."""
    forms: Counter[str] = Counter()
    found: dict[str, str] = {}  # the text lines that may act: their forms
    longer: list[str] = []  # those over 30 characters, which counts does not hold
    for text, letter in known.items():
        if (letter == "T" or letter == "A") and _may_count(text):
            if len(text) > 30:
                longer.append(text)
            key = text.casefold()
            forms[form := COUNT.sub("9", key)] += counts[key]
            if letter == "T":
                found[text] = form
    if longer:  # "Was this helpful? Yes (3) No (1)": counted here, few pages have any
        asked = set(longer)
        for text, n in Counter([x.text for x in lines if x.text in asked]).items():
            forms[found.get(text) or COUNT.sub("9", text.casefold())] += n
    acting = {text for text, form in found.items() if forms[form] >= 3}
    for i, line in enumerate(lines) if acting else ():
        if line.text in acting and not (held and held[i]):
            letters[i] = "A"
    return forms


_TALLY_END = frozenset(")0123456789")  # how a longer counted line ends: "… No (1)"


def _may_count(text: str) -> bool:
    """A line that may be an action holding a count: 30 characters, or up to TALLY when
    it ends with its count ("Was this helpful? Yes (3) No (1)"; the cheap tests first)."""
    if len(text) > 30 and not (len(text) <= TALLY and text[-1] in _TALLY_END):
        return False
    return COUNT.search(text) is not None and may_tally(text)


def times_repeated(key: str, counts: Counter[str], forms: Counter[str]) -> int:
    """How often the page repeats a short line, or its form when it holds a count."""
    if forms and COUNT.search(key):
        return forms[COUNT.sub("9", key)]
    return counts[key]


_WORDS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+(?:[,.]\d+)*")  # "1,204" is one number


def formed_lines(lines: list[Line], letters: list[str]) -> None:
    """A line under each name whose words and numbers change from record to record while
    its form stays ("Posts: 1,204 · Joined: Mar 2019", "Posts: 87 · Joined: Oct 2021"):
    a short line with a number of its own (not "ravi77"), no sentence, whose form (words
    as a, numbers as 9) stands right under a name three times at least, is the record's
    header, as an action is. So is a line of symbols alone ("★★★☆☆", "★☆☆☆☆": a rating,
    whatever its stars) between a name and its date, three times at least and in most
    of the page's headers of that shape (a name, one line, a date): the template prints
    it in every such header, where a writer's emoji-only comment is one text of many."""
    under: dict[str, list[int]] = {}
    marks: list[int] = []  # the lines of symbols alone between a name and a date
    joined = "".join(letters)
    gaps = 0  # the names with one line between them and a date
    for i in positions(joined, "N"):
        j = i + 1
        if j >= len(lines):
            continue
        text, dated = lines[j].text, joined[j + 1 : j + 2] in ("D", "H")
        gaps += dated
        if letters[j] == "T" and _may_form(text):
            under.setdefault(_WORDS.sub("a", _DIGITS.sub("9", text)), []).append(j)
        elif dated and letters[j] in "TA" and _symbols(text):
            marks.append(j)
    for places in under.values():
        if len(places) >= 3:
            for j in places:
                letters[j] = "A"
    if len(marks) >= 3 and len(marks) >= SHARE * gaps:
        for j in marks:
            letters[j] = "A"


def _symbols(text: str) -> bool:
    """A short line of symbols alone, no letter, digit or space ("★★★☆☆")."""
    return len(text) <= 12 and not any(c.isalnum() or c.isspace() for c in text)


def _may_form(text: str) -> bool:
    return len(text) <= TALLY and COUNT.search(text) is not None and not ends_sentence(text)


def dated_alike(lines: list[Line], letters: list[str]) -> None:
    """Short lines with a number in the form of a date of the page ("vor 1 Tag" beside
    "vor 5 Stunden": numbers and words folded), standing under the same letter as it,
    are dates too, whatever no date pattern reads: three such lines at least. The
    lines that may be such are found first (most pages have none); only the dates of
    as many words as one of them are folded."""
    joined = "".join(letters)
    size = len(lines)
    above = {letters[i - 1] for i in positions(joined, "D") if i}
    alike: dict[tuple[str, str], list[int]] = {}
    for letter in above:
        for i in positions(joined, letter):
            j = i + 1
            if (
                j < size
                and letters[j] in "TNA"  # "vor 1 Tag" three times: an action line
                and len(text := lines[j].text) <= 30
                and COUNT.search(text)
            ):
                alike.setdefault((letter, stamp(text)), []).append(j)
    if not alike:
        return
    spaces = {key[1].count(" ") for key in alike}
    dated: Counter[tuple[str, str]] = Counter()
    for i in positions(joined, "D"):
        text = lines[i].text
        if i and len(text) <= 30 and text.count(" ") in spaces:
            dated[(letters[i - 1], stamp(text))] += 1
    for key, places in alike.items():
        if dated[key] and dated[key] + len(places) >= 3:
            for j in places:
                letters[j] = "D"
