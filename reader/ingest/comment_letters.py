"""One letter per line of a page, for the comment records it may hold.

Each line gets its own letter (comment_line_kinds.py); then the page's: a short line it
repeats but for a number is an action too ("12 likes", "▲ 4 ▼"; never "@Ann Lee",
which opens each reply to Ann), a name-like short line where records put names is N.
"""

from __future__ import annotations

from collections import Counter

from reader.ingest.comment_between import between_records
from reader.ingest.comment_counts import (
    counted_actions,
    dated_alike,
    formed_lines,
    times_repeated,
)
from reader.ingest.comment_line_kinds import SHARE, answering, line_letter, positions
from reader.ingest.comment_name_lines import avatars, rare_names
from reader.ingest.comment_said_lines import said_dots
from reader.ingest.comment_spans import is_name
from reader.ingest.lines import Line, line_text


def classify(lines: list[Line], held: bytearray | None = None) -> str:
    """One letter per line (see the module's docstring); a line ``held`` (1) by a
    comment another layout found is text.

    Names are asked only where records put them: right above a header, right under a
    footer's dates or actions. A short line the page repeats is an action, unless it
    mostly stands over text: a name that signs several comments ("Anonymous").
    """
    counts = _folded_counts(lines)
    marks = held if held is not None and held.find(1) != -1 else None
    # A page repeats its lines ("Reply", names): one letter a text, each text asked once.
    known: dict[str, str] = dict.fromkeys(
        map(line_text, lines)
        if marks is None
        else (x.text for x, mark in zip(lines, marks, strict=True) if not mark),
        "T",
    )
    for text in known:
        known[text] = line_letter(text, counts)
    said_dots(known)  # "Ann Lee said...": a said line where the page repeats its verb
    if marks is None:
        letters = list(map(known.__getitem__, map(line_text, lines)))
    else:
        letters = ["T" if mark else known[x.text] for x, mark in zip(lines, marks, strict=True)]
    forms = counted_actions(lines, letters, known, counts, held)
    joined, size = "".join(letters), len(letters)
    near = _near_cores(joined)
    i = near.find(1, 0, size)
    while i != -1:
        if letters[i] == "T" and (
            is_name(text := lines[i].text)
            or (i + 1 < size and joined[i + 1] in "HDS" and answering(text))  # over a header
        ):
            letters[i] = "N"
        i = near.find(1, i + 1, size)
    rare_names(lines, letters, joined, counts)
    formed_lines(lines, letters)
    between_records(lines, letters)  # "6 replies by Ann Lee", under a record's actions
    over_text: Counter[str] = Counter()
    for i in positions(joined, "A"):
        if i + 1 < size and letters[i + 1] == "T":
            over_text[lines[i].text.casefold()] += 1
    for i in positions(joined, "A") if over_text else ():
        key = lines[i].text.casefold()
        if over_text[key] * 2 > counts[key] >= 2 and is_name(lines[i].text):
            letters[i] = "N"
    dated_alike(lines, letters)
    _few_words_quoted(lines, letters, counts, forms)
    avatars(lines, letters)
    return "".join(letters)


def _ones(letters: str) -> bytes:
    """A translation table: 1 for each of the letters, 0 for any other byte."""
    return bytes(1 if chr(b) in letters else 0 for b in range(256))


_HEADS, _FEET = _ones("HDS"), _ones("DA")


def _near_cores(joined: str) -> bytes:
    """1 where a name may stand: one or two lines above an H, D or S line, one line under
    a D or A line. The letters' places as one whole number, shifted a byte a line (a
    set of the places was 8x a page of one-word lines; a loop over them a tenth of
    classify's time)."""
    letters = joined.encode()
    heads = int.from_bytes(letters.translate(_HEADS), "little")
    feet = int.from_bytes(letters.translate(_FEET), "little")
    return ((heads >> 8) | (heads >> 16) | (feet << 8)).to_bytes(len(letters) + 1, "little")


def _folded_counts(lines: list[Line]) -> Counter[str]:
    """How often each short line (30 characters at most) comes, case folded: the texts
    counted, then each distinct one folded (not a folded copy of every line)."""
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
    keys = {text.casefold() for text in {lines[i].text for i in positions(joined, "A")}}
    times = {key: times_repeated(key, counts, forms) for key in keys}  # each action's text once
    most = max(times.values())
    quoted = {
        key
        for i in positions(joined, "A")
        if i > 0
        and letters[i - 1] in "HDS"
        and times[key := lines[i].text.casefold()] < SHARE * most
    }
    for i in positions(joined, "A") if quoted else ():
        if lines[i].text.casefold() in quoted:
            letters[i] = "T"
