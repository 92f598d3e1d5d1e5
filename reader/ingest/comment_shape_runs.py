"""The record shapes a page may use, each with its cores in runs of one date form.

The shape is decided once per page from these (comment_layouts.py), then the records
are cut in one pass (comment_cuts.py); whatever the words of the page.
"""

from __future__ import annotations

import itertools
import re

from reader.ingest.comment_line_kinds import SHARE, header_date
from reader.ingest.comment_shapes import Layout, anchors, footers, names_above
from reader.ingest.dates import date_end, date_start
from reader.ingest.lines import Line

_NUMBERS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")
_MARK_AFTER = re.compile(r"\s*[·•|]\s*$")  # a mark a date's end takes in before what follows


def layouts(lines: list[Line], letters: str, fewest: int = 2) -> list[tuple[Layout, list[int]]]:
    """The record shapes the page may use, with their cores, the most records first.

    Cores of one letter are cut into runs by the form of their date: a page's template
    prints its comments' dates alike, and the article's date and a list of dated
    teasers apart. Forms that alternate (a thread mixing "3 hours ago" and dates) are
    one. ``fewest``: the records a run needs (one, for the lone comment under a comment
    section's header: comment_lone.py).
    """
    found: list[tuple[Layout, list[int]]] = []
    feet = footers(letters)
    if len(feet) >= 2:
        found.append((Layout("A", 1, footer=True), feet))
    for core in ("H", "S", "D"):
        runs = _acting_runs(lines, letters, _by_form(lines, core, anchors(letters, core)))
        for cores in (run for run in runs if len(run) >= fewest):
            names = names_above(letters, cores)
            signs = "S" if names or _closes_record(letters, cores[0]) else "SN"
            under = core == "D" and _signed_under(letters, cores, signs)
            if core == "D" and not names and not under and feet:
                continue  # dates with no name above them that close comments: a footer layout
            found.append((Layout(core, names, footer=False, signed_under=under), cores))
    found.sort(key=lambda item: -len(item[1]))  # stable: on a tie, the order above
    return found


def _by_form(lines: list[Line], core: str, cores: list[int]) -> list[list[int]]:
    """The cores in runs of one date form: forms that alternate again and again are one
    form; a run ends where a core of another form stands. A run may be one core ("today
    at 9:12" after "3 Mar at 21:17"): the records' actions may join it to its neighbour."""
    forms = []
    for i in cores:
        text = lines[i + 1].text if core == "S" else lines[i].text
        text = text[(header_date(text) if core == "H" else date_start(text) or 0) :]
        if core == "H" and (end := date_end(text)):
            text = text[:end]  # "May 2, 2026 | Ann Lee": the name after the date is no form
        forms.append(stamp(text))
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
    return runs


def _acting_runs(lines: list[Line], letters: str, runs: list[list[int]]) -> list[list[int]]:
    """Runs whose records mostly carry action lines ("Reply") are one run where actions
    stand between them too: a long thread whose older comments, loaded later, are dated
    in another form ("3 hours ago", then "Mar 3"), or whose newest or oldest are ("today
    at 9:12" after "3 Mar at 21:17"). Dated teasers carry no actions, and a lone core
    before a run whose text up to its first action outweighs each of the run's records
    is the article's date over its paragraphs."""
    joined: list[list[int]] = []
    for run in runs:
        last = joined[-1] if joined else None
        if (
            last is not None
            and _acting(letters, last)
            and _acting(letters, run)
            and (acted := letters.find("A", last[-1], run[0])) != -1
            and (len(last) >= 2 or _weight(lines, last[0], acted) <= _heaviest(lines, run))
        ):
            last.extend(run)
        else:
            joined.append(run)
    return joined


def _weight(lines: list[Line], start: int, end: int) -> int:
    return sum(len(lines[k].text) for k in range(start, end))


def _heaviest(lines: list[Line], run: list[int]) -> int:
    """The characters of the run's heaviest record, core to core (the last one's not
    known here)."""
    return max((_weight(lines, a, b) for a, b in itertools.pairwise(run)), default=0)


def _acting(letters: str, run: list[int]) -> bool:
    """Do most of the run's records hold an action line before the next one's core?"""
    acted = sum(1 for a, b in itertools.pairwise(run) if letters.find("A", a, b) != -1)
    return acted >= SHARE * (len(run) - 1)


def stamp(date_text: str | None) -> str:
    """A date's form: numbers and words folded ("Jun 18th 2018" is "a 9a 9")."""
    text = date_text or ""
    if text[-1:] in ("·", "•", "|") or text[-1:].isspace():  # a text ending so, the cheap test
        text = _MARK_AFTER.sub("", text)  # first: "6:34 pm · Edited", the mark goes too
    return _WORDS.sub("a", _NUMBERS.sub("9", text))


def _closes_record(letters: str, first: int) -> bool:
    """Does the first date close a record above it (its actions, or its text under a
    name): dates under the comments, not over the next one's name?"""
    above = letters[max(0, first - 2) : first]
    return above[-1:] == "A" or above == "NT"


def _signed_under(letters: str, cores: list[int], signs: str) -> bool:
    """Do most dates stand over an "Ann wrote:" line, or (``signs`` "SN": no name above
    them) over the name alone?"""
    size, signed = len(letters), 0
    for i in cores:
        j = i + 1
        while j < size and letters[j] == "D":
            j += 1
        signed += j < size and letters[j] in signs
    return signed >= SHARE * len(cores)
