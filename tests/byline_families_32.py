"""Session 32's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names), scored with the code as it stood before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 32)" and
"(dates 32)" rows is the honest unseen one).

Each family breaks one assumption the byline and date reading makes, the way real copies
break it: no word of a name is a word of a role or an outlet (here: surnames that are,
"Post", "Press", "Leader", "Daily"); a byline's marker is one of a few words ("By",
"Written by", "Author:"; here: "Compiled by", "Filed by", "Reporter:", "Words:"); a
blog's line of meta holds a date and a name (here: with the comments' count and the
category, between slashes); the names end where the line's pieces do (here: pronouns,
credentials after them); a byline's names and joiners share a line (here: "By", each
name and "and" on lines of their own); a date's month is a full or a three-letter word
(here: "Sept.", "Sept"); a number date opens with its day or month (here: its year,
dotted or slashed); a year has four digits (here: two, or "'25"); an ordinal day stands
right before the month (here: "the 3rd of March").
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", "TOP>",
# {a} {b} {c}: the people). The footer's copyright says 2024.
Variant = tuple[list[str], list[str], str]

BYLINES_32: dict[str, list[Variant]] = {
    "surnames that are words of an outlet or a role": [
        (["By Maren Post", "March 3, 2025"], ["Maren Post"], "2025-03-03"),
        (["Jonah Leader | March 3, 2025"], ["Jonah Leader"], "2025-03-03"),
        (["By Tessa Daily and Omar Press", "March 3, 2025"], ["Tessa Daily", "Omar Press"],
         "2025-03-03"),
        (["Written by Ruth Media-Hale", "Mar 3, 2025"], ["Ruth Media-Hale"], "2025-03-03"),
    ],
    "other words that mark a byline": [
        (["Compiled by {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Filed by {a} in Port Ellis", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Reporter: {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Words: {a} · Pictures: {b}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Correspondent: {a} | 3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "blog meta line with comments and category": [
        (["March 3, 2025 / {a} / 4 Comments"], ["{a}"], "2025-03-03"),
        (["{a} / March 3, 2025 / Leave a comment"], ["{a}"], "2025-03-03"),
        (["Posted in Ferries | March 3, 2025 | {a} | 2 Comments"], ["{a}"], "2025-03-03"),
        (["{a} — March 3, 2025 — No Comments"], ["{a}"], "2025-03-03"),
    ],
    "pronouns and credentials after the name": [
        (["By {a} (she/her)", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}, PhD", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}, RN, MPH | March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} (they/them) · March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "byline's words on lines of their own": [
        (["By", "{a}", "and", "{b}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["{a}", "&", "{b}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Authors", "{a}", "{b}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Written by", "{a}", "Published", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "avatar, name and subscribe of a newsletter post": [
        (["Harbour Notes", "Subscribe", "{a}", "Mar 3, 2025", "48", "12", "Share"], ["{a}"],
         "2025-03-03"),
        (["{a}", "Mar 3, 2025", "∙", "Paid", "Share"], ["{a}"], "2025-03-03"),
        (["{a} and {b}", "Mar 3, 2025", "Subscribe", "Share"], ["{a}", "{b}"], "2025-03-03"),
        (["Share this post", "{a}", "Mar 03, 2025", "Listen", "Comments"], ["{a}"],
         "2025-03-03"),
    ],
}  # fmt: skip

DATES_32: dict[str, list[Variant]] = {
    "months cut to four letters": [
        (["By {a}", "Sept. 3, 2024"], ["{a}"], "2024-09-03"),
        (["By {a}", "Published Sept 3, 2024 at 9:40 a.m."], ["{a}"], "2024-09-03"),
        (["{a} | 3 Sept 2024"], ["{a}"], "2024-09-03"),
        (["By {a}", "Thurs., Sept. 5, 2024"], ["{a}"], "2024-09-05"),
    ],
    "year first, dotted or slashed": [
        (["By {a}", "2025.03.03 09:40"], ["{a}"], "2025-03-03"),
        (["By {a}", "2025/03/03"], ["{a}"], "2025-03-03"),
        (["{a} | 2025. 3. 3."], ["{a}"], "2025-03-03"),
        (["By {a}", "Posted 2025/3/3 09:40"], ["{a}"], "2025-03-03"),
    ],
    "years of two digits": [
        (["By {a}", "03/14/25"], ["{a}"], "2025-03-14"),
        (["By {a}", "14.03.25 09:40"], ["{a}"], "2025-03-14"),
        (["By {a} | Mar 14 '25"], ["{a}"], "2025-03-14"),
        (["By {a}", "14 Mar 25"], ["{a}"], "2025-03-14"),
    ],
    "the day's ordinal of the month": [
        (["By {a}", "3rd of March 2025"], ["{a}"], "2025-03-03"),
        (["By {a} on the 3rd of March, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Monday the 3rd of March 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Published on the 21st of March 2025 at 09:40"], ["{a}"], "2025-03-21"),
    ],
}  # fmt: skip

# Session 32's second round, written and scored with main before the rule: a date printed
# without its year (the year is the copyright's, 2024) is a line of that date alone (here:
# the date is one piece of a line that goes on with a reading time, a section or a count;
# or it is spelled with "the" and "of", as the full dates may be).
DATES_32B: dict[str, list[Variant]] = {
    "year-less date, then what the page adds": [
        (["By {a}", "Mar 3 · 4 min read"], ["{a}"], "2024-03-03"),
        (["{a}", "March 3 | Ferries"], ["{a}"], "2024-03-03"),
        (["By {a}", "3 March • 12 comments"], ["{a}"], "2024-03-03"),
        (["By {a}", "Mar 3 · Updated 9:40 am"], ["{a}"], "2024-03-03"),
    ],
    "year-less date spelled with the and of": [
        (["By {a}", "Posted on the 3rd of March"], ["{a}"], "2024-03-03"),
        (["By {a}", "the 3rd of March"], ["{a}"], "2024-03-03"),
        (["By {a}", "Published on the 3rd of March at 9:40"], ["{a}"], "2024-03-03"),
        (["By {a}", "Sunday the 3rd of March"], ["{a}"], "2024-03-03"),
    ],
}  # fmt: skip
