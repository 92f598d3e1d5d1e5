"""Score quote detection and speakers on the articles written in session 26
(``bench/unseen_cases.py``) or, with ``--set 27``, in session 27
(``bench/unseen_cases_27.py``; ``--set 27n``, its named speakers: ``unseen_named_27.py``;
``--set 28``, session 28's pronoun and body cases: ``unseen_cases_28.py``; ``--set 28n``,
its named speakers: ``unseen_named_28.py``; ``--set 29``, session 29's pronoun and body
cases, as messy as copied pages: ``unseen_cases_29.py``; ``--set 29n``, session 29's
named speakers in messy copy: ``unseen_named_29.py``; ``--set 30n``, session 30's cases
that each break one assumption of named attribution: ``unseen_named_30.py``; ``--set
30o``, its second round: ``unseen_named_30o.py``; ``--set 30``, session 30's cases each
breaking one assumption of the pronoun search: ``unseen_cases_30.py``; ``--set 31``,
session 31's: ``unseen_cases_31.py``; ``--set 31b``, its people named by a first name
only: ``unseen_cases_31b.py``; ``--set 31n``, session 31's named speakers in shapes
26-30o lack (bodies, courts, sport, wire, subheads, statements, long names):
``unseen_named_31.py``; ``--set 31m``, its second round: capital descriptions and
couples sharing a surname: ``unseen_named_31m.py``; ``--set 32n``, session 32's: a
surname only, a long-tail reporting verb, names not built as the lists expect, a speaker
bounded by "of" and a body: ``unseen_named_32.py``; ``--set 32``, session 32's bodies,
teams and relatives no list names: ``unseen_cases_32.py``; ``--set 32d``, its
descriptions as speakers, each breaking one assumption of the description link:
``unseen_named_32d.py``; ``--set 32g``, its second round of bodies: body nouns after a
person, "they" after a pair: ``unseen_cases_32g.py``; ``--set 33``, session 33's, each
breaking one assumption of the pronoun search: ``unseen_cases_33.py``; ``--set 33n``,
session 33's descriptions and titles, each breaking one assumption of how a description
maps to a person: ``unseen_named_33.py``; ``--set 35n``, session 35's short forms of a
name (a middle word, a dropped initial, an abbreviated title, a title before the given
name), each breaking one assumption of how a short form links to the full name:
``unseen_named_35.py``; ``--set 34``, session 34's, each breaking one
assumption of the pronoun search in roundups, court, council and wire copy:
``unseen_cases_34.py``; ``--set 34n``, session 34's quotes with no cue after narration
about two people, the one asked answers: ``unseen_named_34.py``; ``--set 35``, session
35's, each breaking one assumption of the carry of a speaker by pronoun:
``unseen_cases_35.py``; ``--set 36``, session 36's, each breaking one assumption of how
writers carry a speaker by pronoun (bodies, unnamed groups, first-person pieces, the
story's subject): ``unseen_cases_36.py``; ``--set 36n``, session 36's named speakers
re-referred to by a relation, a description, initials or a particle's short form, long
body names, run-on quotes, printed Q&A and slogans: ``unseen_named_36.py``): the dev half
(fixed by its misses) and the held-out half (a check only, its misses never read).

usage: .venv/bin/python bench/unseen_written.py [--set 26|27|27n|28|28n|29|29n|30|30n|30o
                                                 |31|31b|31n|31m|32|32n|32d|32g|33|33n|34|34n|35|35n|36
                                                 |36n]
                                                 [--half dev|held|all]
                                                 [--show]

A scored quote is right when reader finds a quote holding its words and gives it the
speaker a careful reader gives ("The" and case aside; "" wants no named speaker; "-" no
speaker quote at all: none found, a scare quote, or no named speaker).
Prints right / total by pattern; ``--show`` prints each miss of the half shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import unseen_cases
import unseen_cases_27
import unseen_cases_28
import unseen_cases_29
import unseen_cases_30
import unseen_cases_31
import unseen_cases_31b
import unseen_cases_32
import unseen_cases_32g
import unseen_cases_33
import unseen_cases_34
import unseen_cases_35
import unseen_cases_36
import unseen_named_27
import unseen_named_28
import unseen_named_29
import unseen_named_30
import unseen_named_30o
import unseen_named_31
import unseen_named_31m
import unseen_named_32
import unseen_named_32d
import unseen_named_33
import unseen_named_34
import unseen_named_35
import unseen_named_36
from case_tally import chosen_half, tally
from quote_helpers import run
from unseen_cases import Case, held_out

SETS = {
    "26": unseen_cases.CASES,
    "27": unseen_cases_27.CASES,
    "27n": unseen_named_27.CASES,
    "28": unseen_cases_28.CASES,
    "28n": unseen_named_28.CASES,
    "29": unseen_cases_29.CASES,
    "29n": unseen_named_29.CASES,
    "30": unseen_cases_30.CASES,
    "31": unseen_cases_31.CASES,
    "31b": unseen_cases_31b.CASES,
    "32": unseen_cases_32.CASES,
    "32g": unseen_cases_32g.CASES,
    "33": unseen_cases_33.CASES,
    "34": unseen_cases_34.CASES,
    "35": unseen_cases_35.CASES,
    "36": unseen_cases_36.CASES,
    "30n": unseen_named_30.CASES,
    "30o": unseen_named_30o.CASES,
    "31n": unseen_named_31.CASES,
    "31m": unseen_named_31m.CASES,
    "32n": unseen_named_32.CASES,
    "32d": unseen_named_32d.CASES,
    "33n": unseen_named_33.CASES,
    "34n": unseen_named_34.CASES,
    "35n": unseen_named_35.CASES,
    "36n": unseen_named_36.CASES,
}
NO_QUOTE = "-"


def _norm(name: str | None) -> str:
    return (name or "").lower().removeprefix("the ")


def _right(want: str, got: str | None) -> bool:
    if not want:  # no named speaker: none, or a description in lower case
        return got is None or got == got.lower()
    return _norm(got) in {_norm(one) for one in want.split("|")}  # "A|B": either name


def results(case: Case) -> list[tuple[bool, str]]:
    """Each scored quote of the case: right or not, and the line its miss prints."""
    quotes = run(*case.paragraphs, title=case.title, authors=list(case.authors)).quotes
    out = []
    for words, want in case.scored:
        found = next((q for q in quotes if words in q.text), None)
        got = found.speaker if found and found.kind != "scare" else None
        given = repr(got) if found else "no quote"
        ok = _right("", got) if want == NO_QUOTE else found is not None and _right(want, got)
        out.append((ok, f"{case.pattern:9} {words!r}: want {want!r}, got {given}"))
    return out


def main() -> None:
    chosen, show = chosen_half(__doc__, unseen_cases.CASES, held_out, SETS)
    tally(((case.pattern, ok, miss) for case in chosen for ok, miss in results(case)), show)


if __name__ == "__main__":
    main()
