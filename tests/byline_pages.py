"""Written pages that print their byline and date in the shapes real pages do, each with
the right answer: the generated bench of bylines and dates (bench/byline_shapes.py runs
every one; tests/test_byline_shapes.py a sample of each shape).

A page is site chrome, a section, the headline, perhaps a dek, the byline and date lines
in one SHAPE, an article of written paragraphs, then perhaps related stories with their
own dates and bylines (a teaser's date is never the page's) and the footer. Names come
in NAME shapes (particles, suffixes, initials, capitals, two or three authors), dates in
DATE shapes (month first, day first, numbers, spelled ordinals, times and zones).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article

# -- names: (label, names as the byline prints them joined, the names the reader gives)
NAMES: list[tuple[str, str, list[str]]] = [
    ("plain", "Nora Marsh", ["Nora Marsh"]),
    ("initial", "Leah C. Stone", ["Leah C. Stone"]),
    ("rare first name", "Zorion Quell", ["Zorion Quell"]),
    ("particle", "Petra von der Linde", ["Petra von der Linde"]),
    ("particle van", "Ines van Dalen", ["Ines van Dalen"]),
    ("suffix", "Carl Dorsey Jr.", ["Carl Dorsey Jr."]),
    ("suffix III", "Miles Avery III", ["Miles Avery III"]),
    ("hyphen", "Anne-Marie Roux", ["Anne-Marie Roux"]),
    ("apostrophe", "Liam O'Dowd", ["Liam O'Dowd"]),
    ("capitals", "NORA MARSH", ["Nora Marsh"]),
    ("accents", "José Álvarez", ["José Álvarez"]),
    ("Mc", "Ross McKay", ["Ross McKay"]),
    ("two", "Nora Marsh and Tomas Ebbe", ["Nora Marsh", "Tomas Ebbe"]),
    ("three", "Nora Marsh, Tomas Ebbe and Yuki Ando", ["Nora Marsh", "Tomas Ebbe", "Yuki Ando"]),
]

# -- dates: (label, as printed, ISO). Day-first number dates carry their own order clue
# on the page (a zone, or a spelled date elsewhere) where the numbers cannot tell.
DATES: list[tuple[str, str, str]] = [
    ("month first", "March 4, 2024", "2024-03-04"),
    ("short month", "Nov. 14, 2023", "2023-11-14"),
    ("day first", "14 November 2023", "2023-11-14"),
    ("weekday time zone", "Tue 14 Nov 2023 09.15 GMT", "2023-11-14"),
    ("ordinal", "3rd March 2022", "2022-03-03"),
    ("dots day first", "25.11.2023", "2023-11-25"),
    ("slashes month first", "11/25/2023", "2023-11-25"),
    ("iso", "2023-11-25", "2023-11-25"),
    ("with time", "March 4, 2024 at 9:40 a.m. ET", "2024-03-04"),
    ("capitals", "MARCH 4, 2024", "2024-03-04"),
    ("weekday, seconds, offset", "Mon, 4 Mar 2024 09:40:00 +0000", "2024-03-04"),
    ("no comma", "Mar 4 2024", "2024-03-04"),
    ("ordinal month first", "March 4th, 2024", "2024-03-04"),
    ("ordinal of", "4th of March, 2024", "2024-03-04"),
    ("year first slashes", "2024/03/04", "2024-03-04"),
    ("German", "4. März 2024", "2024-03-04"),
    ("Spanish", "4 de marzo de 2024", "2024-03-04"),
    ("time first", "9:40 AM EST Mar 4, 2024", "2024-03-04"),
    ("dots, either order", "05.11.2023", "2023-11-05"),
    ("slashes, a day-first zone", "05/11/2023 14:20 GMT", "2023-11-05"),
    # the day printed, not UTC's (markup gives either; the page's text gives this one)
    ("late, with its zone", "March 4, 2024 at 9:40 p.m. PST", "2024-03-04"),
    ("relative", "3 hours ago", ""),  # no calendar date: none, not a teaser's
]

# -- byline shapes: lines between the headline and the body; {names}, {name} (the first
# name shape only, where a shape holds one person) and {date}
SHAPES: list[tuple[str, list[str]]] = [
    ("By names", ["By {names}", "{date}"]),
    ("By names, bar, date", ["By {names} | {date}"]),
    ("names, bar, date", ["{names} | {date}"]),
    ("By names, Staff Writer", ["By {names}, Staff Writer", "{date}"]),
    ("name over job title", ["{name}", "Senior Correspondent", "{date}"]),
    ("name over date", ["{names}", "{date}"]),
    ("date over By names", ["{date}", "By {names}"]),
    ("Published date by names", ["Published {date} by {names}"]),
    ("names, outlet", ["{names}, The Harbour Daily", "{date}"]),
    ("By names for outlet", ["By {names} for The Harbour Daily", "Updated {date}"]),
    ("Posted by names on date", ["Posted by {names} on {date}"]),
    ("names, dot, read time", ["{names} · 6 min read", "{date}"]),
    ("By over names", ["By", "{names}", "{date}"]),
    ("name with handle", ["{name} @harbourwriter", "{date}"]),
    ("Author: names", ["Author: {names}", "Published: {date}"]),
    ("date, dot, By names", ["{date} · By {names}"]),
    ("By names (agency)", ["By {names} (Reuters)", "{date}"]),
    ("names, agency", ["{names}, Reuters", "{date}"]),
    ("Written by over names", ["Written by", "{names}", "{date}"]),
    ("names over role over Follow", ["{name}", "Contributor", "Follow", "{date}"]),
    ("Updated, Published", ["By {names}", "Updated {updated} | Published {date}"]),
    ("date, dash, names", ["{date} — {names}"]),
]

ORGANISATIONS = [  # an organisation signs: one author, its "and" inside its name
    ("By HARBOUR PORTS AND WATERWAYS AUTHORITY", ["Harbour Ports and Waterways Authority"]),
]

HEADLINES = [
    "Ferry crews vote to strike over night shifts",
    "Council approves new cycle lanes along the river",
    "Old lighthouse to reopen as a museum next spring",
]
DEKS = [
    "The vote follows months of talks over pay and rest between crossings.",
    "",
    "Residents had asked for safer routes for years, the council said.",
]
PARAGRAPHS = [
    "Crews on the harbour ferries voted on Tuesday to walk out for two days next month,"
    " saying the new rota leaves too little rest between the late crossings.",
    "The operator said it was disappointed and would keep talking to the union. It said"
    " most services would still run, though the last boats of the evening could be cut.",
    "Passengers who cross each day for work said they had expected the vote. Many said"
    " they would take the longer road around the bay if the boats stopped.",
    "The union said its members had raised the rota at every meeting since the winter."
    " It asked the operator to bring back the older timetable while talks go on.",
    "A spokesperson for the council said it would look at extra buses for the days of"
    " the strike, and that schools would be told before the end of the week.",
]
CHROME_TOP = ["Harbour Daily", "News", "Sport", "Weather", "Opinion", "Sign in", "Ferries"]
CHROME_BOTTOM = ["Share this article", "Facebook", "Twitter", "Email"]
TEASERS = [  # related stories after the body: their dates and bylines are others'
    "Related stories",
    "Harbour tolls rise for the first time in a decade",
    "By Odile Frane | {other}",
    "Night buses to run on the coast road this summer",
    "{other}",
]
FOOTER = ["About us", "Contact", "Privacy policy", "© 2024 Harbour Daily. All rights reserved."]
UPDATED = {  # (relative, day first): an update's date, in the page's way
    (False, False): "10:02 AM, Jan 2, 2025",
    (False, True): "2 Jan 2025 10:02",
    (True, False): "1 hour ago",
    (True, True): "1 hour ago",
}
# Teasers' dates, never the page's, spelled as the page spells its own
OTHER_DATES = {False: "January 9, 2021", True: "9 January 2021"}
DAY_FIRST = frozenset(  # the date shapes of pages that write the day first
    ["day first", "weekday time zone", "ordinal", "dots day first", "dots, either order",
     "slashes, a day-first zone", "weekday, seconds, offset", "ordinal of", "German", "Spanish"]
)  # fmt: skip


LAYOUTS: list[tuple[str, list[str]]] = [  # where the byline stands: what comes between
    ("under the headline", []),
    ("buttons between", ["Share", "Facebook", "Twitter", "Email"]),
    ("photo between", ["Crews wait at the pier on Monday. (Ana Ruiz/Harbour Daily)"]),
    ("byline over the headline", []),
    ("no blank lines", []),
]


@dataclass(frozen=True)
class Page:
    shape: str
    name_shape: str
    date_shape: str
    layout: str
    text: str
    authors: list[str]
    date: str  # ISO, or "" where the page prints no calendar date of its own


def page(shape: int, name: int, date: int, variant: int = 0) -> Page:
    """One written page: SHAPES[shape] with NAMES[name] and DATES[date]; ``variant``
    picks the headline, dek and whether teasers follow the body."""
    label, lines = SHAPES[shape]
    name_label, printed, authors = NAMES[name]
    if "{name}" in "".join(lines) and len(authors) > 1:
        printed, authors = NAMES[0][1], NAMES[0][2]
    date_label, date_text, iso = DATES[date]
    updated = UPDATED[date_label == "relative", date_label in DAY_FIRST]
    byline = [
        ln.format(names=printed, name=printed, date=date_text, updated=updated) for ln in lines
    ]
    return _page(label, name_label, date_label, byline, authors, iso, variant)


def named(shape: str, name: str, date: str, variant: int = 0) -> Page:
    """The page of the shapes with these labels."""
    return page(
        [label for label, _ in SHAPES].index(shape),
        [label for label, *_ in NAMES].index(name),
        [label for label, *_ in DATES].index(date),
        variant,
    )


def organisation_pages() -> list[Page]:
    return [
        _page(
            "organisation", "organisation", DATES[0][0], [line, DATES[0][1]], names, DATES[0][2], 0
        )
        for line, names in ORGANISATIONS
    ]


def undated_pages() -> list[Page]:
    """Pages that print no date of their own, related stories with theirs under them: no
    date (a teaser's is another article's)."""
    return [
        _page("undated", label, "none", [f"By {printed}"], names, "", variant)
        for variant, (label, printed, names) in ((0, NAMES[0]), (2, NAMES[1]))  # teasers
    ]


def _page(
    shape: str,
    name_shape: str,
    date_shape: str,
    byline: list[str],
    authors: list[str],
    iso: str,
    variant: int,
) -> Page:
    k = variant % len(HEADLINES)
    title = [HEADLINES[k], *([DEKS[k]] if DEKS[k] else [])]
    body = PARAGRAPHS[k:] + PARAGRAPHS[:k]
    other = OTHER_DATES[date_shape in DAY_FIRST]
    teasers = [t.format(other=other) for t in TEASERS] if variant % 2 == 0 else []
    layout, between = LAYOUTS[variant // 2 % len(LAYOUTS)]
    if layout == "byline over the headline":
        head = [*CHROME_TOP, *byline, *title]
    else:
        head = [*CHROME_TOP, *title, *between, *byline]
    lines = [*head, *body, *CHROME_BOTTOM, *teasers, *FOOTER]
    gap = "\n" if layout == "no blank lines" else "\n\n"
    text = gap.join(lines) + "\n"
    return Page(shape, name_shape, date_shape, layout, text, authors, iso)


def all_pages() -> list[Page]:
    """Every shape with every name and every date (variants in turn)."""
    combos = product(range(len(SHAPES)), range(len(NAMES)), range(len(DATES)))
    pages = [page(s, n, d, variant=s + n + d) for s, n, d in combos]
    return pages + organisation_pages() + undated_pages()


def header_page(
    headline: str, dek: str, header: list[str], closing: tuple[str, ...] = ()
) -> Article:
    """A page written for one test, parsed: the chrome, the headline and dek, the
    ``header`` lines, the body (``closing`` lines end it) and the footer."""
    lines = [*CHROME_TOP, headline, dek, *header, *PARAGRAPHS, *closing, *CHROME_BOTTOM]
    text = "\n\n".join([*lines, *FOOTER]) + "\n"
    return parse_page(SourceText("written.txt", text, "utf-8"))
