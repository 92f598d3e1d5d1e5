"""Session 29's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names), scored with the code as it stood before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 29)" and
"(dates 29)" rows is the honest unseen one).

Written the way real text copies come, several disturbances on one page rather than one
clean shape: the byline buried among share, follow, print and advertisement lines, an
author's photo caption beside it, the site's name after a pipe, a dash or a slash, a bio
box after the body ("... is a reporter covering ..."), helpers named with their roles
("... contributed reporting"), labels alone on their lines ("Author", "Published"), odd
spacing (no-break spaces, doubled spaces, "By" alone on its line); dates with a time and
zone before the month, beside a reading time, a view count or a category, among share
buttons, after a photo caption that carries an older date.
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", {a}...)
Variant = tuple[list[str], list[str], str]

NBSP = "\u00a0"

BYLINES_29: dict[str, list[Variant]] = {
    "byline buried among share and print lines": [
        (["Share", "Facebook", "X", "Email", "Print", "By {a}", "Copy link", "March 3, 2025"],
         ["{a}"], "2025-03-03"),
        (["Listen to this article · 6 min", "Share full article", "By {a} and {b}", "Follow",
          "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Gift this article", "Save", "{a}", "Follow", "Mar 3, 2025", "Print",
          "Comments (12)"], ["{a}"], "2025-03-03"),
        (["Share this", "Tweet", "WhatsApp", "By {a}  |  March 3, 2025", "Text size", "A A"],
         ["{a}"], "2025-03-03"),
    ],
    "author photo caption and share lines": [
        (["Photo of {a}", "By {a}", "Share", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} avatar", "{a}", "Reporter", "Follow", "3 March 2025"], ["{a}"], "2025-03-03"),
        (["Image of {a}", "Image of {b}", "By {a} and {b}", "March 3, 2025", "Share"],
         ["{a}", "{b}"], "2025-03-03"),
        (["Author image: {a}", "{a} | Harbour Daily", "Updated March 3, 2025"], ["{a}"],
         "2025-03-03"),
    ],
    "bio box with a photo after the body": [
        (["March 3, 2025", "AFTER>Photo of {a}",
          "AFTER>{a} is a reporter covering transport for Harbour Daily. Email her at "
          "desk@harbourdaily.example"], ["{a}"], "2025-03-03"),
        (["Mar 3, 2025", "Share", "AFTER>About the author", "AFTER>{a}",
          "AFTER>{a} is a staff writer covering the port and the coast road.", "AFTER>Follow"],
         ["{a}"], "2025-03-03"),
        (["By {a}", "March 3, 2025", "AFTER>{a} is a correspondent covering shipping and "
          "labour. She joined Harbour Daily in 2019."], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "AFTER>More from this author",
          "AFTER>{a} is a reporter covering courts and crime in Port Ellis.",
          "AFTER>Read more by {a}"], ["{a}"], "2025-03-03"),
    ],
    "helpers named with their roles": [
        (["By {a} and {b}", "March 3, 2025", "AFTER>{c} contributed reporting from Lisbon."],
         ["{a}", "{b}"], "2025-03-03"),
        (["By {a}", "Mar 3, 2025", "AFTER>{b}, {c} and Tomas Ruel contributed reporting."],
         ["{a}"], "2025-03-03"),
        (["{a}", "Staff Writer", "March 3, 2025", "AFTER>Additional reporting by {b} and {c}."],
         ["{a}"], "2025-03-03"),
        (["By {a}", "Photographs by {c}", "March 3, 2025", "AFTER>{b} contributed research."],
         ["{a}"], "2025-03-03"),
    ],
    "site's name after a pipe or a dash": [
        (["By {a} | Harbour Daily", "Share", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} - Harbour Wire", "March 3, 2025 - 9:14 AM"], ["{a}"], "2025-03-03"),
        (["By {a} — Harbour Daily Staff", "Print", "Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} and {b} | Harbour Daily | March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
    ],
    "names and the site after a slash": [
        (["{a} and {b} / Harbour Daily", "Share", "March 3, 2025"], ["{a}", "{b}"],
         "2025-03-03"),
        (["By {a} / Harbour Wire", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a} and {b}/Harbour Wire", "Published March 3, 2025"], ["{a}", "{b}"],
         "2025-03-03"),
        (["Email", "By {a}, Harbour Daily / March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "byline among advertisements": [
        (["Advertisement", "By {a}", "Advertisement", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["Skip Advertisement", "{a}", "Reporting from Lisbon", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["ADVERTISEMENT", "Story continues below", "By {a} and {b}",
          "Published March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Sponsored", "Ad", "{a}", "Mar 3, 2025", "Advertisement"], ["{a}"], "2025-03-03"),
    ],
    "odd spacing and By alone": [
        (["By", "{a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By" + NBSP + "{a}", "March" + NBSP + "3," + NBSP + "2025"], ["{a}"], "2025-03-03"),
        (["   By  {a}   ", "  March 3, 2025  "], ["{a}"], "2025-03-03"),
        (["By", "{a}", "and", "{b}", "Mar 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
    ],
    "labels alone on their lines": [
        (["Author", "{a}", "Published", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Written by", "{a}", "Updated on", "Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["Authors:", "{a}", "{b}", "Date:", "03 March 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["Reporter", "{a}", "Share", "Posted", "3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "byline with counts and badges": [
        (["{a}", "Follow", "12.4K followers", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a} ✓", "Verified", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} · 214 articles", "Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Senior reporter · 9 years at Harbour Daily", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
    ],
}  # fmt: skip

DATES_29: dict[str, list[Variant]] = {
    "published with time and zone first": [
        (["By {a}", "Published 9:14 AM EDT Mar 3, 2025 | Updated 11:02 AM EDT Mar 3, 2025"],
         ["{a}"], "2025-03-03"),
        (["By {a}", "Published 9:14 PM EST Mar 3, 2025 | Updated 6:02 AM EST Mar 4, 2025"],
         ["{a}"], "2025-03-03"),
        (["By {a}", "Share", "Published 8:05 AM GMT Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} | Published 9:14 AM ET Mar. 3, 2025 | Updated 2 hours ago"], ["{a}"],
         "2025-03-03"),
    ],
    "date with a reading time and a bullet": [
        (["By {a}", "3 March 2025 • 4 min read"], ["{a}"], "2025-03-03"),
        (["By {a} • March 3, 2025 • 6 min read"], ["{a}"], "2025-03-03"),
        (["By {a}", "Share", "4 min read · Mar 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Reading time: 5 minutes | 3 March 2025 | Print"], ["{a}"], "2025-03-03"),
    ],
    "date with views and comments": [
        (["By {a}", "March 3, 2025 | 1,284 views"], ["{a}"], "2025-03-03"),
        (["By {a}", "2.3k  ·  3 Mar 2025  ·  17"], ["{a}"], "2025-03-03"),
        (["By {a}", "Mar 3, 2025 - 15 Comments - 902 Views"], ["{a}"], "2025-03-03"),
        (["{a}", "Views: 4,017", "Date: 03/03/2025"], ["{a}"], "2025-03-03"),
    ],
    "date line carrying a category": [
        (["By {a}", "TRANSPORT | March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Local News - March 3, 2025", "By {a}"], ["{a}"], "2025-03-03"),
        (["By {a}", "March 3, 2025 in Harbour News, Ferries"], ["{a}"], "2025-03-03"),
        (["Posted in Ferries & Ports on March 3, 2025 by {a}"], ["{a}"], "2025-03-03"),
    ],
    "date among share buttons": [
        (["By {a}", "Share", "Tweet", "March 3, 2025", "Print"], ["{a}"], "2025-03-03"),
        (["By {a}", "Mar 3, 2025 Share on Facebook Share on X"], ["{a}"], "2025-03-03"),
        (["{a}", "Email  Print  March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Facebook", "Twitter", "3 March 2025 10:14", "Copy link"], ["{a}"],
         "2025-03-03"),
    ],
    "updated first, published after": [
        (["By {a}", "Updated: Mar 4, 2025, 8:12 a.m. | Published: Mar 3, 2025, 6:00 p.m."],
         ["{a}"], "2025-03-03"),
        (["By {a}", "Last updated 4 March 2025 · First published 3 March 2025"], ["{a}"],
         "2025-03-03"),
        (["By {a}", "Updated", "Mar 4, 2025", "Published", "Mar 3, 2025"], ["{a}"],
         "2025-03-03"),
    ],
    "times with zones and dotted hours": [
        (["By {a}", "March 3, 2025 at 9:14 a.m. EST"], ["{a}"], "2025-03-03"),
        (["By {a}", "Mon 3 Mar 2025 09.14 GMT"], ["{a}"], "2025-03-03"),
        (["By {a}", "03 Mar 2025, 09:14 IST"], ["{a}"], "2025-03-03"),
        (["By {a}", "Monday 3 March 2025 14:05 CET"], ["{a}"], "2025-03-03"),
    ],
    "dates spaced and punctuated oddly": [
        (["By {a}", "March  3 ,  2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Mar.3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "3 March, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "March 3 2025"], ["{a}"], "2025-03-03"),
    ],
    "older date in a photo caption": [
        (["FILE - Ferries wait at the north pier on June 12, 2019. (Harbour Wire)",
          "By {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "March 3, 2025",
          "The crossing in its first season, May 2, 2018. Photo: {c}"], ["{a}"], "2025-03-03"),
        (["Crews at the quay on 12 June 2019. {c}/Harbour Wire", "{a}", "3 March 2025"],
         ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip
