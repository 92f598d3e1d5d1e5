"""Session 31's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names), scored with the code as it stood before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 31)" and
"(dates 31)" rows is the honest unseen one).

Each family breaks one assumption the byline and date reading makes, the way real copies
break it: a name alone (no "By") opens with a first name the lists know (here: West
African, South Asian, East Asian, Slavic and Arabic names, initials run together); a
byline's line holds names, a date and perhaps a role (here: the outlet, a reading time
and the date, all on one line with separators); the role, when there is one, follows
the name (here: it comes before); several names are joined by "and" or commas (here:
"with", semicolons, a trailing outlet); the credit under the body names the byline's
people (here: a contributor who is no author); a date line holds one absolute date
(here: a relative one beside it, a number date in a locale's order, an ISO stamp with a
zone); the published date comes first (here: the update is printed first, on the same
line or the line over it).
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", "TOP>",
# {a} {b} {c}: the people, {A}: the first in capitals). The footer's copyright says 2024:
# a date printed without its year is in that year.
Variant = tuple[list[str], list[str], str]

BYLINES_31: dict[str, list[Variant]] = {
    "names the first-name lists lack, alone": [
        (["Kwabena Asante-Darko", "March 3, 2025"], ["Kwabena Asante-Darko"], "2025-03-03"),
        (["A.K. Mensah", "Harbour Daily", "Mar 3, 2025"], ["A.K. Mensah"], "2025-03-03"),
        (["Oleksandra Hrytsenko and Bohdan Kovalchuk", "3 March 2025"],
         ["Oleksandra Hrytsenko", "Bohdan Kovalchuk"], "2025-03-03"),
        (["Thiruvenkatam Srinivasan", "Senior Correspondent", "March 3, 2025"],
         ["Thiruvenkatam Srinivasan"], "2025-03-03"),
        (["Zhou Yuhang | Harbour Wire", "2025-03-03 09:40"], ["Zhou Yuhang"], "2025-03-03"),
    ],
    "names the first-name lists lack, marked": [
        (["By Venkatachalam Ramaswamy | Updated: Mar 3, 2025, 09:40 IST"],
         ["Venkatachalam Ramaswamy"], "2025-03-03"),
        (["BY NNAMDI OKONKWO-BELLO", "MARCH 3, 2025"], ["Nnamdi Okonkwo-Bello"], "2025-03-03"),
        (["Written by Dorjsuren Ganbold", "March 3, 2025"], ["Dorjsuren Ganbold"],
         "2025-03-03"),
        (["By Faisal Al-Qahtani and Dilnoza Yusupova", "March 3, 2025"],
         ["Faisal Al-Qahtani", "Dilnoza Yusupova"], "2025-03-03"),
    ],
    "byline, outlet, reading time and date on one line": [
        (["{a} · Harbour Notes · 4 min read · Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} in Harbour Notes · 6 min read · Mar 3"], ["{a}"], "2024-03-03"),
        (["{a} | Harbour Daily | Mar 3, 2025 | 4 min read"], ["{a}"], "2025-03-03"),
        (["{a} — Harbour Weekly — 3 March 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Follow", "Harbour Notes · 4 min read · Mar 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "role before the name": [
        (["Political correspondent {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Transport editor {a} | March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Analysis by senior economics writer {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By Harbour Daily health reporter {a}", "3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "several authors, other joins": [
        (["By {a} with {b}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["By {a}, {b} and {c}, Harbour Daily", "March 3, 2025"], ["{a}", "{b}", "{c}"],
         "2025-03-03"),
        (["{a}, {b}, {c}", "March 3, 2025"], ["{a}", "{b}", "{c}"], "2025-03-03"),
        (["Authors: {a}; {b}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
    ],
    "contributor lines under the body": [
        (["By {a}", "March 3, 2025", "AFTER>{b} contributed reporting from Port Ellis."],
         ["{a}"], "2025-03-03"),
        (["March 3, 2025", "AFTER>This story was reported by {a} and {b}."], ["{a}", "{b}"],
         "2025-03-03"),
        (["March 3, 2025", "AFTER>Written by {a}, edited by {c}."], ["{a}"], "2025-03-03"),
        (["By {a}", "March 3, 2025", "AFTER>Additional reporting by {b}; editing by {c}."],
         ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip

DATES_31: dict[str, list[Variant]] = {
    "relative date beside a number date": [
        (["By {a}", "3 days ago", "Published 03/14/2024"], ["{a}"], "2024-03-14"),
        (["{a} · 3 days ago", "Published 14/03/2024"], ["{a}"], "2024-03-14"),
        (["By {a}", "Published 14/03/2024 · 3 days ago"], ["{a}"], "2024-03-14"),
        (["By {a}", "a week ago", "AFTER>Posted 14/03/2024 09:40"], ["{a}"], "2024-03-14"),
    ],
    "another locale's number order": [
        (["By {a}", "14.03.2024 09:40"], ["{a}"], "2024-03-14"),
        (["By {a}", "2024-03-14T09:40:00+01:00"], ["{a}"], "2024-03-14"),
        (["By {a}", "Published: 2024-03-14 09:40 UTC"], ["{a}"], "2024-03-14"),
        (["By {a} | 14.3.2024"], ["{a}"], "2024-03-14"),
        (["By {a}", "14. 3. 2024, 09:40"], ["{a}"], "2024-03-14"),
    ],
    "update printed first": [
        (["By {a}", "Last updated: 6 March 2025 | First published: 3 March 2025"], ["{a}"],
         "2025-03-03"),
        (["{a}", "Updated: 06/03/2025", "Published: 03/03/2025"], ["{a}"], "2025-03-03"),
        (["By {a} Updated March 6, 2025 Published March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Mar 6, 2025 (updated)", "Mar 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "date with counts and a reading time": [
        (["{a}", "Mar 3, 2025 · 1.2K views · 14 comments"], ["{a}"], "2025-03-03"),
        (["By {a}", "5 min read · March 3, 2025 · 32 shares"], ["{a}"], "2025-03-03"),
        (["By {a}", "👁 1,204  💬 14  📅 03.03.2025"], ["{a}"], "2025-03-03"),
        (["{a} on Monday 3rd March 2025 at 9:40 am"], ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip
