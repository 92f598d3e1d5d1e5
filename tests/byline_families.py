"""Written pages in byline and date FAMILIES the shape bench (byline_pages.py) does not
write: names in capitals, bylines opened in other languages ("Von", "Par", "Por", "Di"),
authors joined by "&" and commas, a name over its role, dates with a weekday, without
their year, relative, "Published" lines in several languages, a date in the dateline,
an author's box after the body. Each family writes several variants around the same
article, with the answer (authors, ISO date or "" where the page prints none).

Half the families are held out (HELD, picked by a hash of their names, not by hand): a
rule is written from the misses of the others, and the held ones are read only after,
as a check that it is a rule about bylines and not about these pages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from byline_families_26 import BYLINES_26, DATES_26
from byline_families_27 import BYLINES_27, DATES_27
from byline_families_28 import BYLINES_28, DATES_28
from byline_families_29 import BYLINES_29, DATES_29
from byline_families_30 import BYLINES_30, DATES_30
from byline_families_31 import BYLINES_31, DATES_31
from byline_families_32 import BYLINES_32, DATES_32, DATES_32B
from byline_families_33 import BYLINES_33, DATES_33
from byline_families_34 import BYLINES_34
from byline_families_35 import BYLINES_35
from byline_families_36 import BYLINES_36, BYLINES_36B, DATES_36, DATES_36B
from byline_pages import CHROME_BOTTOM, CHROME_TOP, DEKS, FOOTER, HEADLINES, PARAGRAPHS


@dataclass(frozen=True)
class Written:
    family: str
    variant: int
    people: int
    text: str
    authors: list[str]
    date: str


# (header lines between headline and body, authors, ISO date); "BODY>" lines open
# the body's first paragraph, "AFTER>" lines go right under its last. {a} {b} {c}: the
# people of one of PEOPLE, {A} {B} in capitals, {l} the first in lower case.
Variant = tuple[list[str], list[str], str]

PEOPLE = [
    ("Orla Brennick", "Teodor Lund", "Suvi Arkko"),
    ("Zorion Quell", "Ines van Dalen", "Carl Dorsey Jr."),
    ("Leah C. Stone", "Anne-Marie Roux", "Liam O'Dowd"),
]

FAMILIES: dict[str, list[Variant]] = {
    "names in capitals": [
        (["By {A}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{A}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["BY {A} AND {B}", "Mar. 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["{A} | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "other languages' By": [
        (["Von {a}", "4. März 2024"], ["{a}"], "2024-03-04"),
        (["Par {a}", "4 mars 2024"], ["{a}"], "2024-03-04"),
        (["Por {a}", "4 de marzo de 2024"], ["{a}"], "2024-03-04"),
        (["Di {a}", "4 marzo 2024"], ["{a}"], "2024-03-04"),
        (["von {a} und {b}", "04.03.2024"], ["{a}", "{b}"],
         "2024-03-04"),
    ],
    "authors joined": [
        (["By {a} & {b}", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["By {a}, {b}, and {c}", "March 4, 2024"],
         ["{a}", "{b}", "{c}"], "2024-03-04"),
        (["{a}, {b} & {c}", "March 4, 2024"],
         ["{a}", "{b}", "{c}"], "2024-03-04"),
        (["By {a}, {b}", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
    ],
    "name over its role": [
        (["By {a}", "Staff Writer", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a}", "Health Reporter", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Senior Editor, Harbour Daily", "March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["{a}", "Contributing Writer", "Published March 4, 2024"], ["{a}"],
         "2024-03-04"),
    ],
    "date with a weekday": [
        (["By {a}", "Monday, March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Mon, Mar 4, 2024 9:40 AM"], ["{a}"], "2024-03-04"),
        (["By {a}", "Monday 4 March 2024 09:40"], ["{a}"], "2024-03-04"),
        (["{a}", "Mon 04.03.2024"], ["{a}"], "2024-03-04"),
    ],
    "date without its year": [
        (["By {a}", "March 4"], ["{a}"], "2024-03-04"),
        (["By {a}", "Mar 4, 9:40 AM"], ["{a}"], "2024-03-04"),
        (["By {a}", "4 March"], ["{a}"], "2024-03-04"),
        (["By {a} | Mar 4"], ["{a}"], "2024-03-04"),
    ],
    "relative date": [
        (["By {a}", "2 hours ago"], ["{a}"], ""),
        (["By {a}", "Updated 35 minutes ago"], ["{a}"], ""),
        (["{a} · 3 hrs ago"], ["{a}"], ""),
        (["By {a}", "Published 1 day ago"], ["{a}"], ""),
    ],
    "published lines": [
        (["By {a}", "Published: March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Updated March 6, 2024", "Published March 4, 2024"],
         ["{a}"], "2024-03-04"),
        (["Par {a}", "Publié le 4 mars 2024 à 10h02"], ["{a}"],
         "2024-03-04"),
        (["Von {a}", "Veröffentlicht am 4. März 2024"], ["{a}"],
         "2024-03-04"),
        (["Por {a}", "Publicado el 4 de marzo de 2024"], ["{a}"],
         "2024-03-04"),
    ],
    "date in the dateline": [
        (["By {a}", "BODY>HARBOUR CITY, March 4, 2024 — "], ["{a}"],
         "2024-03-04"),
        (["By {a}", "BODY>HARBOUR CITY, Mar. 4, 2024 (Harbour Wire) — "],
         ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>Harbour City, 4 March 2024: "], ["{a}"],
         "2024-03-04"),
    ],
    "author's box after the body": [
        (["March 4, 2024", "AFTER>About the author", "AFTER>{a}",
          "AFTER>{a} is a reporter who covers the harbour and its ferries."],
         ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a}",
          "AFTER>{a} writes about transport for Harbour Daily."],
         ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>Written by {a}"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip


# Session 24's families, for the broad fallbacks: a byline in a shape no rule names.
BROAD_FAMILIES: dict[str, list[Variant]] = {
    "line of names with a role": [
        (["{a}, Senior Health Correspondent", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} - Environment Desk", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} / Harbour Daily", "4 March 2024"], ["{a}"], "2024-03-04"),
        (["{a} and {b}, Science Writers", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["{a} | Transport Editor", "Share", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "byline under the body": [
        (["AFTER>{a}", "AFTER>March 4, 2024"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a}, Transport Editor"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>— {a}"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a} and {b}"], ["{a}", "{b}"], "2024-03-04"),
    ],
    "all capitals": [
        (["BY {A} | MARCH 4, 2024"], ["{a}"], "2024-03-04"),
        (["{A}, STAFF WRITER", "MARCH 4, 2024"], ["{a}"], "2024-03-04"),
        (["{A} AND {B}", "MONDAY, MARCH 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["PUBLISHED MARCH 4, 2024", "{A}"], ["{a}"], "2024-03-04"),
    ],
    "Par, Von, Por with more": [
        (["Par {a}, envoyée spéciale à Lyon", "Publié le 4 mars 2024"], ["{a}"],
         "2024-03-04"),
        (["Von {a}, Berlin", "04.03.2024, 10:15 Uhr"], ["{a}"], "2024-03-04"),
        (["Por {a} | Madrid", "4 de marzo de 2024"], ["{a}"], "2024-03-04"),
        (["Par {a} et {b}", "le 4 mars 2024 à 10h02"], ["{a}", "{b}"], "2024-03-04"),
        (["Von {a} und {b} | 4. März 2024"], ["{a}", "{b}"], "2024-03-04"),
    ],
    "date then name on one line": [
        (["March 4, 2024 {a}"], ["{a}"], "2024-03-04"),
        (["4 March 2024 | {a}"], ["{a}"], "2024-03-04"),
        (["March 4, 2024 · {a}, Staff Writer"], ["{a}"], "2024-03-04"),
        (["2024-03-04 — {a} and {b}"], ["{a}", "{b}"], "2024-03-04"),
        (["Mon 4 Mar 2024 / {a}"], ["{a}"], "2024-03-04"),
    ],
    "name under the date": [
        (["March 4, 2024", "{a}"], ["{a}"], "2024-03-04"),
        (["Published March 4, 2024", "{a}, Harbour Daily"], ["{a}"], "2024-03-04"),
        (["4 March 2024", "{a} and {b}"], ["{a}", "{b}"], "2024-03-04"),
        (["Updated 9:40 AM", "March 4, 2024", "{a}"], ["{a}"], "2024-03-04"),
    ],
    "date in another header line": [
        (["By {a}", "Filed from Lisbon on March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Share this article", "Print edition: March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["{a}", "Harbour Daily", "Listen", "4 March 2024 · 6 min read"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "Photographs by Harbour Wire", "March 4, 2024 at 9:40"], ["{a}"],
         "2024-03-04"),
    ],
    "published line far from the header": [
        (["By {a}", "AFTER>Published March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "AFTER>This article was first published on March 4, 2024."],
         ["{a}"], "2024-03-04"),
        (["By {a}", "AFTER>Share", "AFTER>Last updated: March 6, 2024",
          "AFTER>Published: March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip

# Session 25's families: byline shapes the real pages' misses showed, none of a site.
SHAPES_25: dict[str, list[Variant]] = {
    "labelled story": [
        (["Story: {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Words: {a} and {b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["Text: {a}", "Photos: Harbour Wire", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Story: {a} | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "reporting and editing under the body": [
        (["March 4, 2024", "AFTER>Reporting by {a}; Editing by {b}"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>(Reporting by {a} and {b}; Editing by {c})"],
         ["{a}", "{b}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>Reporting by {a} in Lisbon; Editing by {b}"], ["{a}"],
         "2024-03-04"),
        (["March 4, 2024", "AFTER>Reporting by {a}; writing by {b}; editing by {c}"],
         ["{a}", "{b}"], "2024-03-04"),
    ],
    "from a name in a place": [
        (["From {a} in Lisbon", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["From {a} in New Harbour", "4 March 2024"], ["{a}"], "2024-03-04"),
        (["From {a} and {b} in Lisbon", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["March 4, 2024", "From {a} in Port Ellis"], ["{a}"], "2024-03-04"),
    ],
    "two authors on two lines": [
        (["{a}", "{b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["By {a}", "{b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["{a}, Staff Writer", "{b}, Staff Writer", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["March 4, 2024", "{a}", "{b}"], ["{a}", "{b}"], "2024-03-04"),
    ],
    "byline with no person": [
        (["By Staff Reporter", "March 4, 2024"], [], "2024-03-04"),
        (["By Staff", "March 4, 2024"], [], "2024-03-04"),
        (["By Staff Writer | March 4, 2024"], [], "2024-03-04"),
        (["By Our Correspondent", "4 March 2024"], [], "2024-03-04"),
    ],
    "number date in the page's order": [
        (["By {a}", "04/03/2024", "AFTER>Updated 15/03/2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "03/04/2024", "AFTER>Related: ferry times 03/25/2024"], ["{a}"],
         "2024-03-04"),
        (["By {a} | 04.03.2024", "AFTER>Comments closed 19.03.2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published 04/03/2024 10:15", "AFTER>Last reviewed 28/03/2024"], ["{a}"],
         "2024-03-04"),
    ],
}  # fmt: skip


def _hash(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _half(families: dict[str, list[Variant]]) -> frozenset[str]:
    """Half of a group of families, by a hash of their names (each group split on its
    own, so that a new group leaves the older split as it was)."""
    return frozenset(sorted(families, key=_hash)[: len(families) // 2])


HELD = _half(FAMILIES) | _half(BROAD_FAMILIES) | _half(SHAPES_25)
HELD |= _half(BYLINES_26) | _half(DATES_26)
HELD |= _half(BYLINES_27) | _half(DATES_27)
HELD |= _half(BYLINES_28) | _half(DATES_28)
HELD |= _half(BYLINES_29) | _half(DATES_29)
HELD |= _half(BYLINES_30) | _half(DATES_30)
HELD |= _half(BYLINES_31) | _half(DATES_31)
HELD |= _half(BYLINES_32) | _half(DATES_32) | _half(DATES_32B)
HELD |= _half(BYLINES_33) | _half(DATES_33)
HELD |= _half(BYLINES_34)
HELD |= _half(BYLINES_35)
HELD |= _half(BYLINES_36) | _half(DATES_36)
HELD |= _half(BYLINES_36B) | _half(DATES_36B)
NEW_26 = frozenset(BYLINES_26) | frozenset(DATES_26)
_LATER = (BYLINES_26, DATES_26, BYLINES_27, DATES_27, BYLINES_28, DATES_28, BYLINES_29, DATES_29,
          BYLINES_30, DATES_30, BYLINES_31, DATES_31, BYLINES_32, DATES_32,
          DATES_32B, BYLINES_33, DATES_33, BYLINES_34, BYLINES_35, BYLINES_36,
          DATES_36, BYLINES_36B, DATES_36B)  # fmt: skip
for _group in (BROAD_FAMILIES, SHAPES_25, *_LATER):
    FAMILIES.update(_group)


def written(family: str, variant: int, people: int = 0) -> Written:
    """One written page of the family: chrome, headline and dek, the header lines, the
    body (its first paragraph maybe opened by a dateline, lines after it), lines after the
    body, the footer; lines marked "TOP>" stand over the headline."""
    lines_, names, iso = FAMILIES[family][variant]
    a, b, c = PEOPLE[people]
    keys = {"a": a, "b": b, "c": c, "A": a.upper(), "B": b.upper(), "l": a.lower()}
    header = [line.format(**keys) for line in lines_]
    authors = [name.format(**keys) for name in names]
    k = variant % len(HEADLINES)
    title = [HEADLINES[k], *([DEKS[k]] if DEKS[k] else [])]
    marks = ("BODY>", "AFTER>", "TOP>", "MID>")
    head = [line for line in header if not line.startswith(marks)]
    top, mid, after = ([line.removeprefix(m) for line in header if line.startswith(m)]
                       for m in ("TOP>", "MID>", "AFTER>"))  # fmt: skip
    opener = "".join(line.removeprefix("BODY>") for line in header if line.startswith("BODY>"))
    body = [opener + PARAGRAPHS[0], *mid, *PARAGRAPHS[1:]]
    lines = [*CHROME_TOP, *top, *title, *head, *body, *after, *CHROME_BOTTOM, *FOOTER]
    return Written(family, variant, people, "\n\n".join(lines) + "\n", authors, iso)


def all_written() -> list[Written]:
    return [
        written(f, v, p)
        for f, variants in FAMILIES.items()
        for v in range(len(variants))
        for p in range(len(PEOPLE))
    ]
