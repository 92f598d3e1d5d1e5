"""Session 34's written families (tests/byline_families.py reads them and splits the group
in halves by a hash of the names), written and scored with main's code before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 34)" rows
is the honest unseen one).

Each family breaks one assumption of the finder of a name alone on its line: that what
says it is a byline stands on the line right beside it (here: a role, an outlet, a
bureau or a button between the name and its date; a relative time under it; no date in
the header at all, the date in the dateline or under the body); that a name set as
"Name / Outlet" under the dek is a photo's credit; and, for precision, that a name in the
header the body names again, or one a caption or a "Pictured" line gives, is no writer.
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "MID>", "AFTER>",
# "TOP>", {a} {b} {c}: the people, {A} {B} in capitals).
Variant = tuple[list[str], list[str], str]

BYLINES_34: dict[str, list[Variant]] = {
    "name, then its role and outlet, then the date": [
        (["{a}", "Senior Reporter", "Harbour Daily", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Transport", "Updated", "March 3, 2025 at 9:40 am"], ["{a}"], "2025-03-03"),
        (["{a}", "Kolvik bureau", "Published", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Harbour Daily", "Follow", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "name with no date in the header": [
        (["{a}", "BODY>NORTH QUAY, March 3, 2025 — "], ["{a}"], "2025-03-03"),
        (["{a}", "AFTER>Published March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} | Harbour Daily", "AFTER>March 3, 2025"], ["{a}"], "2025-03-03"),
        (
            ["{a}", "Transport reporter", "AFTER>First published: March 3, 2025"],
            ["{a}"],
            "2025-03-03",
        ),
    ],
    "name over a relative time": [
        (["{a}", "3 hrs ago"], ["{a}"], ""),
        (["{a}", "5h", "AFTER>Published March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} and {b}", "Yesterday"], ["{a}", "{b}"], ""),
        (["{a}", "Updated 40 minutes ago"], ["{a}"], ""),
    ],
    "name and outlet after a slash or a dash": [
        (["{a} / Harbour Daily", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} - Harbour Wire", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} for Harbour Daily", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} / Kolvik", "3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "two names on two lines with no date": [
        (["{a}", "{b}", "AFTER>March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["{a}", "{b}", "Harbour Daily", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["{a} and", "{b}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["{a},", "{b}", "Updated March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
    ],
    "names the page gives that are not the writer's": [
        (
            [
                "{b}",
                "March 3, 2025",
                "MID>{b}, who has crossed on the late boats for years, said"
                " the rota was unfair to the older crews.",
            ],
            [],
            "2025-03-03",
        ),
        (["Pictured: {b}", "March 3, 2025"], [], "2025-03-03"),
        (["{b} at the quay on Monday.", "March 3, 2025"], [], "2025-03-03"),
        (["March 3, 2025", "Image", "{b}", "Ferry crews at the quay on Monday."], [], "2025-03-03"),
    ],
    "header with no name, teasers with names under the body": [
        (
            [
                "March 3, 2025",
                "AFTER>Most read",
                "AFTER>Bridge tolls to rise in spring",
                "AFTER>{b}",
                "AFTER>Night buses return to the old routes",
                "AFTER>{c}",
            ],
            [],
            "2025-03-03",
        ),
        (
            [
                "March 3, 2025",
                "AFTER>More from Harbour Daily",
                "AFTER>{b}",
                "AFTER>Bridge tolls to rise in spring",
            ],
            [],
            "2025-03-03",
        ),
        (
            [
                "March 3, 2025",
                "AFTER>12 comments",
                "AFTER>{b}",
                "AFTER>2 hours ago",
                "AFTER>The rota was never fair to the older crews.",
            ],
            [],
            "2025-03-03",
        ),
        (
            [
                "March 3, 2025",
                "AFTER>Related",
                "AFTER>Bridge tolls to rise in spring",
                "AFTER>By {b}",
                "AFTER>March 1, 2025",
            ],
            [],
            "2025-03-03",
        ),
    ],
    "name over a place or a beat": [
        (["{a}", "North Quay", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Kolvik, Harbour County", "3 March 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Ferries and transport", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Opinion", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
}
