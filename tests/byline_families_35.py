"""Session 35's written families (tests/byline_families.py reads them and splits the group
in halves by a hash of the names), written and scored with main's code before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 35)" rows
is the honest unseen one).

Each family breaks one assumption the byline finders make (bench/byline_assumptions.py
counts which ones the real pages' misses break): that a byline's line holds its names
whole, or names and a separator before what follows (here: a button, a count, a badge, a
desk glued on with no separator); that a name is two or more capitalised words (a one-word
pen name, a handle, a name in lower case); that a known first name or a date beside it
proves it (a name no list knows, alone under the dek); and, for precision, that a name in
the header is the writer's (a photographer's, a quoted person's, a commenter's, a
teaser's author).
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "MID>", "AFTER>",
# "TOP>", {a} {b} {c}: the people, {A} {B} in capitals, {l} the first in lower case).
Variant = tuple[list[str], list[str], str]

BYLINES_35: dict[str, list[Variant]] = {
    "name with a button or a link after it": [
        (["{a} Subscribe", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} View all posts", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} Send a tip", "Published March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} More from this author", "3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "name with a count or a badge after it": [
        (["{a} 214 articles", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} Top contributor", "Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} 1.2K followers", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} Verified", "March 3, 2025 at 8:15 am"], ["{a}"], "2025-03-03"),
    ],
    "one-word pen names and handles": [
        (["Posted on March 3, 2025 by quillwren"], ["quillwren"], "2025-03-03"),
        (["Tamsorel", "March 3, 2025"], ["Tamsorel"], "2025-03-03"),
        (["by ferrywatcher_88", "March 3, 2025"], ["ferrywatcher_88"], "2025-03-03"),
        (["Written by Oskarine | 3 March 2025"], ["Oskarine"], "2025-03-03"),
    ],
    "names in lower case beside the date": [
        (["{l}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["by {l} · March 3, 2025"], ["{a}"], "2025-03-03"),
        (["March 3, 2025 — {l}"], ["{a}"], "2025-03-03"),
        (["{l} | Harbour Daily", "3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "name alone under the dek, the date far below": [
        (["{a}", "AFTER>Published on March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} and {b}", "AFTER>March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Listen", "{a}", "BODY>KOLVIK, March 3, 2025 — "], ["{a}"], "2025-03-03"),
        (["{a}", "Share", "AFTER>Filed March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "desk or beat glued after the name": [
        (["{a} Courts and crime", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} Ferries desk", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} Harbour Daily", "Published 3 March 2025"], ["{a}"], "2025-03-03"),
        (["{a} North Quay bureau chief", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "a photographer's name in the header": [
        (["By {a}", "Photography by {b}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Photos: {b}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "{b} / Harbour Pictures", "By {a}"], ["{a}"], "2025-03-03"),
        (["{b} for Harbour Daily", "Pictured: the late ferry", "By {a} | March 3, 2025"],
         ["{a}"], "2025-03-03"),
    ],
    "people the page names who did not write it": [
        (["March 3, 2025", "MID>{b}", "MID>Ferry skipper, 31 years on the crossing"], [],
         "2025-03-03"),
        (["March 3, 2025", "AFTER>Comments", "AFTER>{b}", "AFTER>Good to see the crews stand firm."],
         [], "2025-03-03"),
        (["March 3, 2025", "AFTER>More from Harbour Daily", "AFTER>Bridge tolls to rise",
          "AFTER>{b}"], [], "2025-03-03"),
        (["{b}", "“We will sail when the rota is fair”", "March 3, 2025"], [], "2025-03-03"),
    ],
}  # fmt: skip
