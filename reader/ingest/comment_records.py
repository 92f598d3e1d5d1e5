"""Comments recognised by their repetition: records of a header, text and a footer.

Each line gets one letter (``classify``): H a short line holding a date and more (a
name, "said:"; or a name and a post's age, "Ann @ann · 2d"), D a date or time alone, S
a short line ending with a colon ("Ann says:"), A a short line the page repeats
("Reply", "Like · Report"), or repeats but for a number ("12 likes", "▲ 4 ▼"; never
"@Ann Lee", which opens each reply to Ann), N a name-like short line, T anything else.
A comment list is a run of records that repeat one shape: a header (H, S with its
date, D with the name lines above it or an "Ann wrote:" under it) or a footer (A
lines, then dates) around the text. The shape is decided once per page (``layout``),
then the records are cut in one pass; whatever the words of the page.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from reader.ingest.chrome import is_chrome
from reader.ingest.comment_spans import is_name
from reader.ingest.dates import date_start, has_date, is_date_line
from reader.ingest.lines import Line, ends_sentence, word_count

_DIGIT = re.compile(r"\d")
_MENTION = re.compile(r"@[^\W\d_]")  # "@Ann Lee": a reply's opening, never a button
_NUMBERS = re.compile(r"\d+")
_COUNT = re.compile(r"(?<!\w)\d+(?!\w)")  # a number of its own: "12 likes", not "ann77"
_WORDS = re.compile(r"[^\W\d_]+")
# A post's age as feeds print it, at the end of a header line ("Ann Lee @ann · 2d",
# "ravi77 · 23h"): no date pattern reads "2d" alone, which prose may hold.
_AGE = re.compile(r"(?:^|(?<=[\s·•|,]))\d{1,3}\s?(?:[smhdwy]|min|mins|hrs?|mo)$")
_AGE_ENDS = frozenset("smhdwyorn")  # the last letters of _AGE's units
_PREFIX_END = re.compile(r"[\s·•|/,–—-]*(?:\b(?:on|at|am|le|el|em)\s*)?$", re.IGNORECASE)
SHORT = 140  # a header line is at most this long, in characters
HEADER_WORDS = 16  # and in words
ACTION_WORDS = 4  # an action line has at most this many words
SHARE = 0.6  # the part of the records that must show a shape for the page to use it


def classify(lines: list[Line], held: bytearray | None = None) -> str:
    """One letter per line (see the module's docstring); a line ``held`` (1) by a
    comment another layout found is text.

    Names are asked only where records put them: right above a header, right under a
    footer's dates or actions. A short line the page repeats is an action, unless it
    mostly stands over text: a name that signs several comments ("Anonymous").
    """
    counts = _folded_counts(lines)
    known: dict[str, str] = {}  # a page repeats its lines ("Reply", names): one letter a text

    def letter_of(text: str) -> str:
        return known.get(text) or known.setdefault(text, _letter(text, counts))

    if held is None or held.find(1) == -1:
        letters = [letter_of(x.text) for x in lines]
    else:
        letters = ["T" if held[i] else letter_of(x.text) for i, x in enumerate(lines)]
    forms = _counted_actions(lines, letters, known, counts, held)
    joined = "".join(letters)
    size = len(letters)
    near = bytearray(size + 2)  # 1 where a name may stand (a set of the places was 8x a
    for letter in "HDS":  # page of one-word lines); two more for the places before line 0
        for i in _positions(joined, letter):
            near[i - 1] = near[i - 2] = 1
    for letter in "DA":
        for i in _positions(joined, letter):
            near[i + 1] = 1
    i = near.find(1, 0, size)
    while i != -1:
        if letters[i] == "T" and is_name(lines[i].text):
            letters[i] = "N"
        i = near.find(1, i + 1, size)
    over_text: Counter[str] = Counter()
    for i in _positions(joined, "A"):
        if i + 1 < size and letters[i + 1] == "T":
            over_text[lines[i].text.casefold()] += 1
    for i in _positions(joined, "A") if over_text else ():
        key = lines[i].text.casefold()
        if over_text[key] * 2 > counts[key] and is_name(lines[i].text):
            letters[i] = "N"
    _few_words_quoted(lines, letters, counts, forms)
    return "".join(letters)


def _folded_counts(lines: list[Line]) -> Counter[str]:
    """How often each short line comes, case folded: the texts counted, then each
    distinct one folded (not a folded copy of every line of the page)."""
    counts: Counter[str] = Counter()
    for text, count in Counter([x.text for x in lines if len(x.text) <= 30]).items():
        counts[text.casefold()] += count
    return counts


def _few_words_quoted(
    lines: list[Line], letters: list[str], counts: Counter[str], forms: Counter[str]
) -> None:
    """A short line the page repeats that opens a comment's text, right under its
    header, is an action where the page repeats it about as often as its other actions
    ("Report" over each comment); repeated far less often (not a SHARE of the page's
    most repeated action), it is a few words of a comment that a reply quotes: text,
    wherever it stands."""
    joined = "".join(letters)  # the action lines' places are read off it as they come
    if "A" not in joined:
        return
    most = max(_times(lines[i].text.casefold(), counts, forms) for i in _positions(joined, "A"))
    quoted = {
        key
        for i in _positions(joined, "A")
        if i > 0
        and letters[i - 1] in "HDS"
        and _times(key := lines[i].text.casefold(), counts, forms) < SHARE * most
    }
    for i in _positions(joined, "A") if quoted else ():
        if lines[i].text.casefold() in quoted:
            letters[i] = "T"


def _counted_actions(
    lines: list[Line],
    letters: list[str],
    known: dict[str, str],
    counts: Counter[str],
    held: bytearray | None,
) -> Counter[str]:
    """Short lines the page repeats but for a number are actions too ("12 likes",
    "▲ 4 ▼", three times at least); their forms (numbers as 9) and how often each
    stands. Asked of the text lines an action may be, once a text."""
    forms: Counter[str] = Counter()
    found: dict[str, str] = {}  # the text lines that may act: their forms
    for text, letter in known.items():
        if letter == "T" and len(text) <= 30 and _COUNT.search(text) and _may_act(text):
            key = text.casefold()
            forms[form := _COUNT.sub("9", key)] += counts[key]
            found[text] = form
    acting = {text for text, form in found.items() if forms[form] >= 3}
    for i, line in enumerate(lines) if acting else ():
        if line.text in acting and not (held and held[i]):
            letters[i] = "A"
    return forms


def _may_act(text: str) -> bool:
    """Short enough for an action line: few words, no sentence, no "@Ann" opening."""
    return (
        len(text) <= 30
        and word_count(text) <= ACTION_WORDS
        and not ends_sentence(text)
        and _MENTION.match(text) is None
    )


def _times(key: str, counts: Counter[str], forms: Counter[str]) -> int:
    """How often the page repeats a short line, or its form when it holds a count."""
    if forms and _COUNT.search(key):
        return forms[_COUNT.sub("9", key)]
    return counts[key]


def _letter(text: str, counts: Counter[str]) -> str:
    if len(text) > SHORT or text.count(" ") >= HEADER_WORDS:
        return "T"  # the cheap tests first: most lines of a long page are text
    if has_date(text):
        if is_date_line(text):
            opens = text[:1].isalpha() and not (text[1:2].isalpha() and text[2:3].isalpha())
            return "H" if opens and _initials_named(text) else "D"  # one or two letters open it
        if (
            not (ends_sentence(text) and text[-1] in ".!?")
            and (_DIGIT.search(text) or " ago" in text)
            and _named(text)
        ):
            return "H"
        return "T"
    if text[-1] == ":" and word_count(text) <= 6 and not is_chrome(text):
        return "S"
    if text[-1] in _AGE_ENDS and _DIGIT.search(text, len(text) - 5) and _AGE.search(text):
        return "H" if _named(text, alone=False) else "D" if _AGE.match(text) else "T"
    if len(text) <= 30 and counts[text.casefold()] >= 2 and _may_act(text):
        return "A"  # counts holds the lines of 30 characters or fewer
    return "T"


def _named(text: str, alone: bool = True) -> bool:
    """Does the text before the date name someone, if anything stands there (``alone``:
    nothing there is a yes)?"""
    prefix = _PREFIX_END.sub("", text[: header_date(text)])
    return is_name(prefix) if prefix else alone


def _initials_named(text: str) -> bool:
    """A date line but for a name of one or two letters before it: "李娜 | 06/03/2026",
    "Jo · 5 May 2026" (a date line may hold two characters more than its date)."""
    prefix = _PREFIX_END.sub("", text[: date_start(text) or 0])
    return 0 < len(prefix) <= 2 and prefix.isalpha() and is_name(prefix)


def header_date(text: str) -> int:
    """Where a header line's date starts: a date or time, else a post's age ("· 2d")."""
    at = date_start(text)
    if at is None and (age := _AGE.search(text)) is not None:
        return age.start()
    return at or 0


@dataclass(slots=True)
class Layout:
    """The shape of the page's records: its core letter, the name lines above it, and
    whether the core is a footer (the date under "Reply") rather than a header."""

    core: str
    names: int
    footer: bool
    signed_under: bool = False  # a date core over "Ann wrote:"


def anchors(letters: str, core: str) -> list[int]:
    """Where a record's core stands: a core letter over the comment's text (an S line
    over its date, then the text)."""
    found = []
    size = len(letters)
    for i in _positions(letters, core):
        if core == "D" and i > 0 and letters[i - 1] in "DS":
            continue  # the time under a date, the date under "Ann says:"
        j = i + 1
        if core == "S":
            if j >= size or letters[j] != "D":
                continue
            j += 1
        while j < size and letters[j] == "D":
            j += 1
        if j < size and letters[j] in "TNS":
            found.append(i)
    return found


def _positions(letters: str, letter: str) -> Iterator[int]:
    """Where the letter stands, one place at a time (a list of them was 5x a page of
    one-word lines: a number and a pointer for each line)."""
    i = letters.find(letter)
    while i != -1:
        yield i
        i = letters.find(letter, i + 1)


def footers(letters: str) -> list[int]:
    """Footer cores: the dates under a comment's text, with the action lines between
    ("reply"). The list runs from the first footer with action lines to the last one,
    and most of the footers between must have them."""
    found = []
    led = []
    for i in _positions(letters, "D"):
        if i == 0 or letters[i - 1] == "D":
            continue
        j = i
        while j > 0 and letters[j - 1] == "A":
            j -= 1
        if j > 0 and letters[j - 1] in "TN":
            found.append(j)
            led.append(j < i)
    if True not in led:
        return []
    first, last = led.index(True), len(led) - 1 - led[::-1].index(True)
    if sum(led) < SHARE * (last - first + 1):
        return []
    return found[first : last + 1]


def names_above(letters: str, cores: list[int]) -> int:
    """How many name lines the records carry right above their core (0, 1 or 2): one
    when most do, two when most of those carry two (a name, then a place). A name over
    a badge the page repeats ("Subscriber", an action line) is one."""

    def above(i: int) -> int:
        if letters[i - 2 : i] == "NA":
            return 1
        return sum(1 for _ in itertools.takewhile(lambda k: letters[k] == "N", (i - 1, i - 2)))

    counts = [above(i) for i in cores if i >= 2]
    named = [c for c in counts if c]
    if len(named) < SHARE * len(counts):
        return 0
    return 2 if sum(1 for c in named if c == 2) >= SHARE * len(named) else 1


def _signed_under(letters: str, cores: list[int]) -> bool:
    """Do most dates stand over an "Ann wrote:" line?"""
    size, signed = len(letters), 0
    for i in cores:
        j = i + 1
        while j < size and letters[j] == "D":
            j += 1
        signed += j < size and letters[j] == "S"
    return signed >= SHARE * len(cores)


def layouts(lines: list[Line], letters: str) -> list[tuple[Layout, list[int]]]:
    """The record shapes the page may use, with their cores, the most records first.

    Cores of one letter are cut into runs by the form of their date: a page's template
    prints its comments' dates alike, and the article's date and a list of dated
    teasers apart. Forms that alternate (a thread mixing "3 hours ago" and dates) are
    one.
    """
    found: list[tuple[Layout, list[int]]] = []
    feet = footers(letters)
    if len(feet) >= 2:
        found.append((Layout("A", 1, footer=True), feet))
    for core in ("H", "S", "D"):
        for cores in _by_form(lines, core, anchors(letters, core)):
            names = names_above(letters, cores)
            under = core == "D" and _signed_under(letters, cores)
            if core == "D" and not names and not under and feet:
                continue  # dates with no name above them that close comments: a footer layout
            found.append((Layout(core, names, footer=False, signed_under=under), cores))
    found.sort(key=lambda item: -len(item[1]))  # stable: on a tie, the order above
    return found


def _by_form(lines: list[Line], core: str, cores: list[int]) -> list[list[int]]:
    """The cores in runs of one date form: forms that alternate again and again are one
    form; a run ends where a core of another form stands."""
    forms = []
    for i in cores:
        text = lines[i + 1].text if core == "S" else lines[i].text
        forms.append(stamp(text[(header_date(text) if core == "H" else date_start(text) or 0) :]))
    kinds = sorted(set(forms))
    one = {form: form for form in kinds}
    for a, b in itertools.combinations(kinds, 2):
        both = [form for form in forms if form in (a, b)]
        if sum(1 for x, y in itertools.pairwise(both) if x != y) >= 3:
            for form, root in one.items():
                if root == one[b]:
                    one[form] = one[a]
    runs: list[list[int]] = []
    previous = None
    for i, form in zip(cores, forms, strict=True):
        if one[form] != previous:
            runs.append([])
            previous = one[form]
        runs[-1].append(i)
    return [run for run in runs if len(run) >= 2]


def stamp(date_text: str | None) -> str:
    """A date's form: numbers and words folded ("Jun 18th 2018" is "a 9a 9")."""
    return _WORDS.sub("a", _NUMBERS.sub("9", date_text or ""))
