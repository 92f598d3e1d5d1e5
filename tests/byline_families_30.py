"""Session 30's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names), scored with the code as it stood before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 30)" and
"(dates 30)" rows is the honest unseen one).

Each family breaks one assumption the byline and date reading makes, the way real copies
break it: the byline sits within a few lines under the headline (here: under a photo,
its caption and credit, a listen button; or only at the article's end, in a credit or a
contact line); a name is written in capitalised words (here: in lower case, in
capitals with the outlet); a name alone needs a first name the lists know (here: names
no English list has); the outlet stands after the names (here: before them); the date
with its year stands in the header (here: only in the dateline, without its year, above
the headline, relative with the full date elsewhere); an update says "Updated" (here:
"Corrected", "Edited", "Revised").
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", "TOP>",
# {a}, {A}, {l}: the first person in lower case)
Variant = tuple[list[str], list[str], str]

BYLINES_30: dict[str, list[Variant]] = {
    "byline under a photo, its caption and credit": [
        (["Image", "Ferries wait at the north pier before dawn on Monday. (Photo: Harbour Wire)",
          "Listen to this story", "By {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["A deckhand ties up at the quay after the last crossing.", "{c}/Harbour Wire",
          "{a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Enlarge this image", "The night boat leaves the terminal at eleven. {c} for "
          "Harbour Daily hide caption", "toggle caption", "{c} for Harbour Daily", "By {a}",
          "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Advertisement", "Photo: {c}", "The ferry terminal at North Quay.", "Share", "Save",
          "{a} and {b}", "Mar 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
    ],
    "byline only at the article's end": [
        (["March 3, 2025", "AFTER>— {a} is a staff writer at Harbour Daily."], ["{a}"],
         "2025-03-03"),
        (["March 3, 2025", "AFTER>{a} can be reached at desk@harbourdaily.example or on "
          "555-0142."], ["{a}"], "2025-03-03"),
        (["Mar 3, 2025", "AFTER>Contact reporter {a} at desk@harbourdaily.example."], ["{a}"],
         "2025-03-03"),
        (["March 3, 2025", "AFTER>Story by {a}. Photos by {c}."], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "AFTER>Compiled by {a} and {b} for Harbour Wire."], ["{a}", "{b}"],
         "2025-03-03"),
    ],
    "names in lower case or in capitals with more": [
        (["by {l}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["BY {A} AND {B} | HARBOUR DAILY", "MARCH 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Posted by {l}", "March 3, 2025 at 9:40 AM"], ["{a}"], "2025-03-03"),
        (["{A}", "STAFF WRITER", "3 MARCH 2025"], ["{a}"], "2025-03-03"),
    ],
    "names no English list knows": [
        (["Chiamaka Obiora-Eze", "March 3, 2025"], ["Chiamaka Obiora-Eze"], "2025-03-03"),
        (["Tuiasosopo Leaupepe | Harbour Daily", "Mar 3, 2025"], ["Tuiasosopo Leaupepe"],
         "2025-03-03"),
        (["Wanjiru Kamau-Odhiambo and Sefa Tuilagi", "3 March 2025"],
         ["Wanjiru Kamau-Odhiambo", "Sefa Tuilagi"], "2025-03-03"),
        (["Oyunbileg Batjargal", "Share", "Follow", "March 3, 2025"], ["Oyunbileg Batjargal"],
         "2025-03-03"),
        (["Ngozi Adeyemi-Kalu, Harbour Wire", "Updated March 3, 2025"],
         ["Ngozi Adeyemi-Kalu"], "2025-03-03"),
    ],
    "outlet before the names": [
        (["Harbour Daily | {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["HARBOUR WIRE / {a}", "3 March 2025"], ["{a}"], "2025-03-03"),
        (["Special to Harbour Daily", "{a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Opinion", "Guest column by {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "contact lines beside the byline": [
        (["By {a}", "desk@harbourdaily.example", "@quaywriter", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["{a}", "Email", "X", "Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}  ✉  @quaywriter", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}, Harbour Daily (tel. 555-0142)", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip

# The footer's copyright says 2024: a date printed without its year is in that year.
DATES_30: dict[str, list[Variant]] = {
    "date only in the dateline": [
        (["By {a}", "BODY>LAGOS, March 3 (Harbour Wire) – "], ["{a}"], "2024-03-03"),
        (["By {a}", "BODY>PORT ELLIS, Maine, March 3, 2024 /Harbour Newswire/ -- "], ["{a}"],
         "2024-03-03"),
        (["{a}", "Harbour Wire", "BODY>Kolvik, 3 March 2024 (HW) - "], ["{a}"], "2024-03-03"),
        (["By {a}", "BODY>NORTH QUAY, Ghana, March 3 (Harbour Wire) — "], ["{a}"],
         "2024-03-03"),
    ],
    "update under another word, printed first": [
        (["By {a}", "Corrected: March 6, 2025", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Edited March 6, 2025 · Posted March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Revised 6 March 2025", "3 March 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Updated 10:15 AM EST, Thu March 6, 2025",
          "Originally published March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "header date with no year": [
        (["By {a}", "Sunday, March 3"], ["{a}"], "2024-03-03"),
        (["{a}", "Mar 3 · 5 min read"], ["{a}"], "2024-03-03"),
        (["By {a}", "March 3rd at 9:40pm"], ["{a}"], "2024-03-03"),
        (["Posted by {a} on 3 March"], ["{a}"], "2024-03-03"),
    ],
    "relative date, the full one elsewhere": [
        (["By {a}", "2 hours ago", "AFTER>Published March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} · 5 hrs ago", "AFTER>Posted on March 3, 2025 at 9:40 am"], ["{a}"],
         "2025-03-03"),
        (["By {a}", "Updated 3 hours ago", "Published March 3, 2025 9:00 AM"], ["{a}"],
         "2025-03-03"),
        (["{a}", "3d", "BODY>NORTH QUAY, March 3, 2025 — "], ["{a}"], "2025-03-03"),
    ],
    "date above the headline": [
        (["TOP>Transport | March 3, 2025", "By {a}"], ["{a}"], "2025-03-03"),
        (["TOP>Mon 3 Mar 2025", "TOP>Ferries", "By {a}"], ["{a}"], "2025-03-03"),
        (["TOP>March 3, 2025", "TOP>Share", "{a}", "Harbour Daily"], ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip
