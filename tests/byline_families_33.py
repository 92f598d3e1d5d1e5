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

# Session 33's second round, written and scored with main before any rule: the first dated
# line between the headline and the body is the article's (here: a print edition's or an
# issue's day stands first; an earlier story's date in a note over the byline; a sentence
# over the byline names a day to come; a fact line of an event's day, a deadline's).
DATES_33: dict[str, list[Variant]] = {
    "an edition's or issue's day first in the header": [
        (["Print edition | March 4, 2025", "By {a}", "Published March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["From the issue of March 10, 2025", "By {a}", "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Weekend edition, Saturday March 8, 2025", "By {a} | March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["In print: 04.03.2025", "{a}", "03.03.2025 09:40"], ["{a}"], "2025-03-03"),
    ],
    "an earlier story's date in a note over the byline": [
        (["Part two. Part one ran on February 24, 2025.", "By {a}", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["Follow-up to our report of Feb. 20, 2025", "By {a} | March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["Previously: Ferry fares rise again (February 20, 2025)", "By {a}", "March 3, 2025"],
         ["{a}"], "2025-03-03"),
        (["This is an update of a story first told on 12 January 2025.", "By {a}",
          "3 March 2025"], ["{a}"], "2025-03-03"),
    ],
    "a sentence over the byline names a day to come": [
        (["The quay reopens on March 20, 2025, after a winter of repairs.", "By {a}",
          "March 3, 2025"], ["{a}"], "2025-03-03"),
        (["Voting closes on Friday, March 14, 2025.", "{a}", "Published March 3, 2025"],
         ["{a}"], "2025-03-03"),
        (["Tickets go on sale April 1, 2025; the festival runs for a week.", "By {a}",
          "Mar 3, 2025 at 9:40 am"], ["{a}"], "2025-03-03"),
        (["The ruling takes effect on 1 June 2025, the court said.", "By {a} · 3 March 2025"],
         ["{a}"], "2025-03-03"),
    ],
    "an event's or deadline's fact line over the date": [
        (["Kick-off: Saturday, March 8, 2025, 3 pm", "By {a}", "March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["Deadline: March 14, 2025", "By {a}", "Posted March 3, 2025"], ["{a}"], "2025-03-03"),
        (["When: April 12, 2025 | Where: Harbour Hall", "By {a} | March 3, 2025"], ["{a}"],
         "2025-03-03"),
        (["Closes 31/03/2025", "{a}", "03/03/2025"], ["{a}"], "2025-03-03"),
    ],
}  # fmt: skip
