"""Session 33's written families (tests/byline_families.py reads them and splits the group
in halves by a hash of the names), written and scored with main's code before any rule
for them (the first score of bench/byline_shapes.py --families on the "(bylines 33)" rows
is the honest unseen one).

Each family breaks one condition the byline finder needs to fire, the way copies of
newspaper CMSs, blogs, newsletters and wire pages break it: the byline's line holds the
byline alone or with a date (here: a photo's credit, share buttons glued around it); the
byline stands between the headline and the body (here: under the first paragraph, or
closing the piece after a dash); the marker is "By" or a label in mixed case (here:
writing credits in capitals, "Words by", "Story:", "Reporting by"); the role after a name
is a reporter's or a writer's (here: a contributor's); the name is a person's (here: a
display name beside its handle, a login after "Posted on … by"); and a name near the
header is the writer's (here: a photographer's, an editor's, an illustrator's are not).
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "MID>", "AFTER>",
# "TOP>", {a} {b} {c}: the people, {A} {B} in capitals).
Variant = tuple[list[str], list[str], str]

BYLINES_33: dict[str, list[Variant]] = {
    "photo credit beside or glued to the byline": [
        (["By {a} Photo: Cora Vint / Harbour Images", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "Image: Cora Vint / Tidewater Agency", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["Photography: Cora Vint", "By {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}Photo: Cora Vint", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "share buttons glued around the byline": [
        (["By {a}ShareTweetEmail", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Share", "Print", "By {a}", "Share", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a} Share this article", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "Share", "Save", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "byline under the first paragraph": [
        (["March 3, 2025", "MID>By {a}"], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "MID>{a}, Staff Writer"], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "MID>By {a} and {b}"], ["{a}", "{b}"], "2025-03-03"),
        (["MID>By {a} | March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "closing credit after a dash": [
        (["March 3, 2025", "AFTER>— {a}"], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "AFTER>-- {a}, Harbour Daily"], ["{a}"], "2025-03-03"),
        (["March 3, 2025", "AFTER>– {a} and {b}"], ["{a}", "{b}"], "2025-03-03"),
        (["March 3, 2025", "AFTER>— {a} / Harbour Daily"], ["{a}"], "2025-03-03"),
    ],
    "writing credits in capitals": [
        (["WORDS BY {A}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["STORY: {A}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["REPORTING BY {A} AND {B}", "March 3, 2025"], ["{a}", "{b}"], "2025-03-03"),
        (["WRITTEN BY {A} · MARCH 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "writing credit words with a photographer's": [
        (["Words by {a}", "Photos by Cora Vint", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Story: {a} | Photos: Cora Vint", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Reporting by {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Written and reported by {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "contributor lines": [
        (["{a}", "Contributor", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} | Contributor", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Contributor: {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Guest contributor {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "display name beside its handle": [
        (["{a} / @ferrywatch", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a}", "@ferrywatch", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} (@ferrywatch)", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["{a} @ferrywatch · March 3, 2025"], ["{a}"], "2025-03-03"),
    ],
    "posted on a date by a login": [
        (["Posted on March 3, 2025 by harbourfan"], ["harbourfan"], "2025-03-03"),
        (["Posted on March 3, 2025 by {a}"], ["{a}"], "2025-03-03"),
        (["March 3, 2025 by harbourfan", "Leave a comment"], ["harbourfan"], "2025-03-03"),
        (["Posted by harbourfan on March 3, 2025"], ["harbourfan"], "2025-03-03"),
    ],
    "names that are not the writer's near the header": [
        (["Photos: {b}", "March 3, 2025"], [], "2025-03-03"),
        (["March 3, 2025", "Illustration by {b}"], [], "2025-03-03"),
        (["Edited by {b}", "By {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["By {a}", "March 3, 2025", "Fact checked by {b}"], ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip
