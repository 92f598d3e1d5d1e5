"""Session 28's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names): byline and date shapes no older family writes,
scored with the code as it stood before any rule for them (the first score of
bench/byline_shapes.py --families on the "(bylines 28)" and "(dates 28)" rows is the
honest unseen one).

Where a page puts its byline away from the headline (after the lede, after a photo's
caption, only in a box at the end), names of shapes the name lists do not hold (a middle
initial with a suffix, particles of several languages, hyphens, a pen name of one word),
bylines that name no person ("Staff Report", "From wire reports"), and dates written with
their time first, relative only, only in a wire dateline, without a year beside the
footer's copyright year, among a post's categories, or under a sidebar of other dates.
"TOP>" lines stand over the headline, "MID>" lines after the body's first paragraph.
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", {a}...)
Variant = tuple[list[str], list[str], str]

BYLINES_28: dict[str, list[Variant]] = {
    "byline after the lede": [
        (["March 4, 2024", "MID>By {a}"], ["{a}"], "2024-03-04"),
        (["MID>{a}", "MID>March 4, 2024"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "MID>Story by {a} and {b}"], ["{a}", "{b}"], "2024-03-04"),
        (["MID>By {a} | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "byline after a photo caption": [
        (["A ferry leaves the north pier at dawn. (Photo: Harbour Wire)", "By {a}",
          "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Crew members gather on the quay before the vote. {c}/Harbour Wire", "{a}",
          "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Image: the evening boat tied up at Port Ellis", "By {a} and {b}", "March 4, 2024"],
         ["{a}", "{b}"], "2024-03-04"),
        (["The last crossing of the night, seen from the ramp. Credit: {c}",
          "{a} | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "middle initial and a suffix": [
        (["By Darnell T. Osei Jr.", "March 4, 2024"], ["Darnell T. Osei Jr."], "2024-03-04"),
        (["Corrine J. Halvorsen Sr. | March 4, 2024"], ["Corrine J. Halvorsen Sr."],
         "2024-03-04"),
        (["By Tobias R. Wendt III and Ama K. Boateng", "March 4, 2024"],
         ["Tobias R. Wendt III", "Ama K. Boateng"], "2024-03-04"),
        (["BY DARNELL T. OSEI JR.", "March 4, 2024"], ["Darnell T. Osei Jr."], "2024-03-04"),
    ],
    "particles of many languages": [
        (["By Farid bin Hassan", "March 4, 2024"], ["Farid bin Hassan"], "2024-03-04"),
        (["Luca di Stefano and Hanna von Aschen", "March 4, 2024"],
         ["Luca di Stefano", "Hanna von Aschen"], "2024-03-04"),
        (["By Maeve O'Callaghan and Fergus McTavish", "March 4, 2024"],
         ["Maeve O'Callaghan", "Fergus McTavish"], "2024-03-04"),
        (["Amira el-Masri | March 4, 2024"], ["Amira el-Masri"], "2024-03-04"),
        (["By Rosa de la Vega y Ortiz", "March 4, 2024"], ["Rosa de la Vega y Ortiz"],
         "2024-03-04"),
    ],
    "hyphenated names": [
        (["By Ellen Fairweather-Quist", "March 4, 2024"], ["Ellen Fairweather-Quist"],
         "2024-03-04"),
        (["Jean-Baptiste Morvan", "Staff Writer", "March 4, 2024"], ["Jean-Baptiste Morvan"],
         "2024-03-04"),
        (["By Ana-Sofia Reyes-Blanco and Tom Ashby-Kerr", "March 4, 2024"],
         ["Ana-Sofia Reyes-Blanco", "Tom Ashby-Kerr"], "2024-03-04"),
        (["Hye-Jin Paek · March 4, 2024"], ["Hye-Jin Paek"], "2024-03-04"),
    ],
    "pen names of one word": [
        (["By Quillfeather", "March 4, 2024"], ["Quillfeather"], "2024-03-04"),
        (["Posted by Marrowbone on March 4, 2024"], ["Marrowbone"], "2024-03-04"),
        (["Written by Kestrelle | March 4, 2024"], ["Kestrelle"], "2024-03-04"),
        (["Author: Lumenhart", "March 4, 2024"], ["Lumenhart"], "2024-03-04"),
    ],
    "staff and wire reports": [
        (["Staff Report", "March 4, 2024"], [], "2024-03-04"),
        (["From wire reports", "March 4, 2024"], [], "2024-03-04"),
        (["By Harbour Daily Staff | March 4, 2024"], [], "2024-03-04"),
        (["Staff and agencies", "Mon 4 Mar 2024 09.40 GMT"], [], "2024-03-04"),
        (["From staff and wire reports", "March 4, 2024"], [], "2024-03-04"),
    ],
    "address or handle on the byline's line": [
        (["By {a}, newsdesk@harbourdaily.example", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} | Twitter: @harbourdesk | March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a} (@harbourdesk)", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a} and {b} | newsdesk@harbourdaily.example", "March 4, 2024"],
         ["{a}", "{b}"], "2024-03-04"),
    ],
    "author box at the end only": [
        (["March 4, 2024", "AFTER>About {a}", "AFTER>{a} has reported on ports since 2015."],
         ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>View all posts by {a}"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>Written by", "AFTER>{a}", "AFTER>Reporter, Harbour Daily"],
         ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>This story was reported by {a} and {b}."],
         ["{a}", "{b}"], "2024-03-04"),
    ],
    "press releases": [
        (["FOR IMMEDIATE RELEASE", "March 4, 2024"], [], "2024-03-04"),
        (["Press release | March 4, 2024", "AFTER>Media contact: {a}, 555-0100"], [],
         "2024-03-04"),
        (["News release", "Harbour Ferry Company", "March 4, 2024",
          "AFTER>For more information contact {a} at press@harbourferry.example"], [],
         "2024-03-04"),
    ],
    "role after the name with no comma": [
        (["By {a} Staff Writer", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} Harbour Daily Staff", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a} Special Correspondent", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} Contributing Editor | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "By in other cases and marks": [
        (["by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["BY: {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By: {a} -", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["by {a} on March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip

DATES_28: dict[str, list[Variant]] = {
    "posted with the time first": [
        (["By {a}", "Posted: 5:12 PM, Mar 04, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Posted at 9:40 AM on March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published: 09:40, 4 Mar 2024"], ["{a}"], "2024-03-04"),
        (["By {a} | 17:12 04.03.2024"], ["{a}"], "2024-03-04"),
    ],
    "relative only, short words": [
        (["By {a}", "Updated 2 hrs ago"], ["{a}"], ""),
        (["By {a}", "Published 45 mins ago", "AFTER>Related: Harbour tolls rise, January 9, 2021"],
         ["{a}"], ""),
        (["By {a}", "Yesterday at 9:40 PM"], ["{a}"], ""),
        (["{a} · 1d"], ["{a}"], ""),
    ],
    "wire datelines alone": [
        (["By {a}", "BODY>LONDON, March 3 (Harbour Wire) - "], ["{a}"], "2024-03-03"),
        (["By {a}", "BODY>LISBON, March 4 -- "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>PORT ELLIS, Maine — March 4, 2024 — "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>LISBON — March 4, 2024: "], ["{a}"], "2024-03-04"),
    ],
    "ordinal without a year": [
        (["By {a}", "Monday, March 4th"], ["{a}"], "2024-03-04"),
        (["By {a}", "4th March"], ["{a}"], "2024-03-04"),
        (["By {a}", "Posted on the 4th of March"], ["{a}"], "2024-03-04"),
        (["By {a} | Mar 4th, 9:40 am"], ["{a}"], "2024-03-04"),
    ],
    "date at the end only": [
        (["By {a}", "AFTER>March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "AFTER>Posted in News on March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "AFTER>Tags: ferries, strike", "AFTER>4 March 2024"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "AFTER>Filed under Transport | Mar 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "date among sections and categories": [
        (["By {a}", "News | Ferries | March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Transport — 4 March 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Ferries / Mar 4, 2024 / 3 comments"], ["{a}"], "2024-03-04"),
        (["By {a}", "In: Harbour, News · March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "months with dashes and capitals": [
        (["By {a}", "MON 04 MAR 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "04-Mar-2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Mar-04-2024 09:40"], ["{a}"], "2024-03-04"),
        (["By {a}", "04 MAR 2024 | 09:40"], ["{a}"], "2024-03-04"),
    ],
    "updated relative, posted absolute": [
        (["By {a}", "Posted: Mar 04, 2024 / Updated: 2 hrs ago"], ["{a}"], "2024-03-04"),
        (["By {a}", "Updated 2 hrs ago · Published Mar 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Updated 35 min ago", "Originally posted March 4, 2024"], ["{a}"],
         "2024-03-04"),
    ],
    "other stories' dates over the headline": [
        (["TOP>Latest", "TOP>Harbour tolls rise again", "TOP>March 1, 2024", "By {a}",
          "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["TOP>March 4, 2024", "By {a}"], ["{a}"], "2024-03-04"),
        (["TOP>Most read", "TOP>Bridge repairs finish early · Feb 28, 2024", "By {a}",
          "4 March 2024"], ["{a}"], "2024-03-04"),
        (["TOP>By {a} | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip
