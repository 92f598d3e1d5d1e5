"""Session 27's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names): byline and date shapes no older family writes,
scored with the code as it stood before any rule for them (the first score of
bench/byline_shapes.py --families on the "(bylines 27)" and "(dates 27)" rows is the
honest unseen one).

Text copies of pages run a page's pieces together as their HTML set them: a name over
its job title and its outlet, labels a page prints once ("Words by", "Text:"), a box of
contributors under the body, a byline glued to the date that followed it in another
element. Names of many countries are written out here (not from PEOPLE): a rule that
reads a byline by its shape reads them, one that reads a list of first names does not.
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", {a}...)
Variant = tuple[list[str], list[str], str]

BYLINES_27: dict[str, list[Variant]] = {
    "name over a role and an outlet": [
        (["{a}", "Political Editor", "The Harbour Daily", "March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "Transport Correspondent, Harbour Wire", "March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["{a}", "Harbour Daily", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a}", "Chief Economist at Harbour Bank", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "words, story and text by": [
        (["Words by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Story by {a} and {b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["Words and pictures by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Text by {a} | Illustrations by {c}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Text: {a} / Photos: {c}", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "contributors box under the body": [
        (["March 4, 2024", "AFTER>About the authors",
          "AFTER>{a} is a reporter on the city desk.",
          "AFTER>{b} covers science for Harbour Daily."], ["{a}", "{b}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>The author",
          "AFTER>{a} is a freelance writer living in Port Ellis."], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>Contributors", "AFTER>{a}", "AFTER>Staff Writer"], ["{a}"],
         "2024-03-04"),
        (["March 4, 2024", "AFTER>{a}", "AFTER>Senior Reporter",
          "AFTER>More from this author"], ["{a}"], "2024-03-04"),
    ],
    "two people and their roles on lines": [
        (["{a}", "Health Reporter", "{b}", "Data Editor", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["By {a}, Health Reporter", "and {b}, Data Editor", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["{a} and", "{b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["By", "{a}", "{b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
    ],
    "two names with a photo credit near": [
        (["{a} and {b}", "Photo: {c}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["By {a} and {b}", "Photography: {c} / Harbour Wire", "March 4, 2024"],
         ["{a}", "{b}"], "2024-03-04"),
        (["Photographs by {c}", "By {a} and {b}", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["Ferries wait at the north pier on Monday. Photo: {c}", "{a} and {b}",
          "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
    ],
    "capitals with roles and labels": [
        (["WORDS BY {A}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{A}", "STAFF WRITER", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{A} • MARCH 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {A}, Staff Writer", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "bars between byline, role and date": [
        (["By {a} | Published March 4, 2024 | 5 min read"], ["{a}"], "2024-03-04"),
        (["{a} | Staff Writer | March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Harbour Daily | {a} | March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a} | Updated March 5, 2024 | Published March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "handle or address by the name": [
        (["By {a}", "@harbourdesk", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} (newsdesk@harbourdaily.example)", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a} | Email the author", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} on X: @harbourdesk", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "posted, contributed, interview by": [
        (["Posted by {a} on March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Contributed by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Guest post by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Interview by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Author: {a} | Date: March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "byline glued to the date": [
        (["By {a}March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a}Published March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}Updated 9:40 AM EST, March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a}4 March 2024"], ["{a}"], "2024-03-04"),
    ],
    "names of many countries": [
        (["By Nguyen Thi Lan", "March 4, 2024"], ["Nguyen Thi Lan"], "2024-03-04"),
        (["Kwabena Asante-Darko and Siobhán Ní Bhraonáin", "March 4, 2024"],
         ["Kwabena Asante-Darko", "Siobhán Ní Bhraonáin"], "2024-03-04"),
        (["Yusuf Al-Harith", "Staff Writer", "March 4, 2024"], ["Yusuf Al-Harith"],
         "2024-03-04"),
        (["By Rahul D'Souza and Bongani Mthembu", "March 4, 2024"],
         ["Rahul D'Souza", "Bongani Mthembu"], "2024-03-04"),
        (["Mei-Ling Chao | March 4, 2024"], ["Mei-Ling Chao"], "2024-03-04"),
    ],
    "a role before the name": [
        (["Reporter: {a}", "Editor: {b}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Columnist {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Our correspondent {a} in Lisbon", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Staff writer {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip

DATES_27: dict[str, list[Variant]] = {
    "last updated alone": [
        (["By {a}", "Last updated: 4 March 2024, 10:15 GMT"], ["{a}"], "2024-03-04"),
        (["By {a}", "Last updated on March 4, 2024 at 9:40 am"], ["{a}"], "2024-03-04"),
        (["By {a} | Last updated March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Last modified: 2024-03-04"], ["{a}"], "2024-03-04"),
    ],
    "relative and absolute on one line": [
        (["By {a}", "March 4, 2024 (2 hours ago)"], ["{a}"], "2024-03-04"),
        (["By {a}", "4 hours ago | March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} · 12 min ago · Mar 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published 5 hours ago on 4 March 2024"], ["{a}"], "2024-03-04"),
    ],
    "ISO dates printed": [
        (["By {a}", "2024-03-04"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published: 2024-03-04"], ["{a}"], "2024-03-04"),
        (["By {a}", "Date: 2024-03-04 09:40 UTC"], ["{a}"], "2024-03-04"),
        (["{a} · 2024/03/04"], ["{a}"], "2024-03-04"),
    ],
    "datelines with more": [
        (["By {a}", "BODY>LISBON, Portugal, March 4, 2024 — "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>Lisbon, 04.03.2024 – "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>LISBON (March 4, 2024) — "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>PORT ELLIS, Monday, March 4, 2024 (Harbour Wire) — "], ["{a}"],
         "2024-03-04"),
    ],
    "day-first numbers the page orders": [
        (["By {a}", "4/3/2024", "AFTER>Updated 21/3/2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published 04.03.24", "AFTER>Last reviewed 29.03.24"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "3/4/2024", "AFTER>Corrected on 3/15/2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "04-03-2024 10:15", "AFTER>Comments open until 18-03-2024"], ["{a}"],
         "2024-03-04"),
    ],
    "weekday, time and zone": [
        (["By {a}", "Monday 4 March 2024 09.40 GMT"], ["{a}"], "2024-03-04"),
        (["By {a}", "Mon 4 Mar 2024 10.15 CET"], ["{a}"], "2024-03-04"),
        (["By {a}", "Monday, March 4, 2024 at 9:40 a.m. PT"], ["{a}"], "2024-03-04"),
        (["By {a}", "Mon., March 4, 2024, 11:05 p.m. EST"], ["{a}"], "2024-03-04"),
        (["By {a}", "Monday 4 March 2024 10:15 (UTC+1)"], ["{a}"], "2024-03-04"),
    ],
    "published and updated run together": [
        (["By {a}", "Published March 4, 2024 Updated March 5, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Updated March 5, 2024, originally published March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "Created: 04 March 2024 | Modified: 05 March 2024"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "First published on Mon 4 Mar 2024 09.40 GMT"], ["{a}"], "2024-03-04"),
    ],
    "months cut short": [
        (["By {a}", "Mar 4 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "4 Mar. 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Sept. 4, 2024"], ["{a}"], "2024-09-04"),
        (["By {a}", "MAR 04 2024"], ["{a}"], "2024-03-04"),
    ],
    "date among reading time and views": [
        (["By {a}", "March 4, 2024 · 6 min read · 1,204 views"], ["{a}"], "2024-03-04"),
        (["By {a}", "5 min read", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Reading time: 4 minutes", "4 March 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "1.2K views  March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip
