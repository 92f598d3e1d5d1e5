"""Session 26's written families (tests/byline_families.py reads them and splits each
group in halves by a hash of the names): bylines and dates in shapes news sites of many
countries print and no older family writes. Written before any rule for them; the first
score of bench/byline_shapes.py --families on them is the honest unseen one.

Names with a title ("Dr.", "Prof.") are answered without it: the person's name is what
a reader searches for, and what publishers' markup gives. A photographer, an editor or a
fact-checker is not an author.
"""

from __future__ import annotations

# (header lines, authors, ISO date): as in byline_families.py ("BODY>", "AFTER>", {a}...)
Variant = tuple[list[str], list[str], str]

BYLINES_26: dict[str, list[Variant]] = {
    "names over an Updated line": [
        (["{a} and {b}", "Updated 9:40 AM EST, Mon March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["By {a} and {b}", "Updated 10:02 GMT, March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["{a}, {b}", "Updated: March 4, 2024 10:02 am"], ["{a}", "{b}"], "2024-03-04"),
        (["{a}", "Updated March 4, 2024, 10:02 AM ET"], ["{a}"], "2024-03-04"),
    ],
    "photo credit beside the byline": [
        (["By {a} | Photographs by {c}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Words by {a}, photos by {c}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}. Photography by {c}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Story by {a} · Photos by {c} · March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "Nordic and Dutch By": [
        (["Av {a}", "4. mars 2024"], ["{a}"], "2024-03-04"),
        (["Door {a}", "4 maart 2024"], ["{a}"], "2024-03-04"),
        (["Af {a} og {b}", "4. marts 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["Av {a} och {b}", "4 mars 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["Door {a} en {b} | 4 maart 2024"], ["{a}", "{b}"], "2024-03-04"),
    ],
    "name, role, in a place": [
        (["{a}, Europe Correspondent, in Brussels", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}, Political Correspondent, Westminster", "March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["{a} in Lisbon and {b} in Porto", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["By {a} in Lisbon", "4 March 2024"], ["{a}"], "2024-03-04"),
    ],
    "written and edited by": [
        (["Written by {a} | Edited by {b}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Written by {a}", "Reviewed by {b}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Written by {a} and {b}; edited by {c}", "March 4, 2024"], ["{a}", "{b}"],
         "2024-03-04"),
        (["Author: {a}", "Editor: {b}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Fact checked by {b}", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "initials": [
        (["By J. R. Tamsin", "March 4, 2024"], ["J. R. Tamsin"], "2024-03-04"),
        (["By J.R. Tamsin and A.K. Pell", "March 4, 2024"], ["J.R. Tamsin", "A.K. Pell"],
         "2024-03-04"),
        (["E. L. Marchbank", "March 4, 2024"], ["E. L. Marchbank"], "2024-03-04"),
        (["By Orla K. M. Brennick | March 4, 2024"], ["Orla K. M. Brennick"], "2024-03-04"),
    ],
    "particles and suffixes": [
        (["By Marisol de la Fuente", "March 4, 2024"], ["Marisol de la Fuente"], "2024-03-04"),
        (["Joost van den Berg", "March 4, 2024"], ["Joost van den Berg"], "2024-03-04"),
        (["By Ruben Okafor Jr. and Lea dos Santos", "March 4, 2024"],
         ["Ruben Okafor Jr.", "Lea dos Santos"], "2024-03-04"),
        (["By Henri le Brun III | March 4, 2024"], ["Henri le Brun III"], "2024-03-04"),
        (["Pieter ter Horst, Staff Writer", "March 4, 2024"], ["Pieter ter Horst"],
         "2024-03-04"),
    ],
    "a title before the name": [
        (["By Dr. {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By Prof. {a} and Dr. {b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["Dr {a}", "Medical Correspondent", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By Professor {a} | March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "signature in a place under the body": [
        (["March 4, 2024", "AFTER>— {a}, in Lisbon"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a} reported from Lisbon."], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>– {a}, Port Ellis"], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a} and {b} reported from Lisbon."], ["{a}", "{b}"],
         "2024-03-04"),
    ],
    "a bio sentence after the body": [
        (["March 4, 2024", "AFTER>{a} is a reporter covering energy and the harbour."],
         ["{a}"], "2024-03-04"),
        (["March 4, 2024",
          "AFTER>{a} is a senior correspondent based in Lisbon. Follow her on X."],
         ["{a}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a} and {b} are reporters on the city desk."],
         ["{a}", "{b}"], "2024-03-04"),
        (["March 4, 2024", "AFTER>{a} has covered transport for Harbour Daily since 2019."],
         ["{a}"], "2024-03-04"),
    ],
    "three people, commas and and": [
        (["{a}, {b} and {c}", "March 4, 2024"], ["{a}", "{b}", "{c}"], "2024-03-04"),
        (["By {a}, {b} and {c} | March 4, 2024"], ["{a}", "{b}", "{c}"], "2024-03-04"),
        (["By {a}, {b}, {c}", "March 4, 2024"], ["{a}", "{b}", "{c}"], "2024-03-04"),
        (["Reporting by {a}, {b} and {c}", "March 4, 2024"], ["{a}", "{b}", "{c}"],
         "2024-03-04"),
    ],
    "byline inside the dateline": [
        (["March 4, 2024", "BODY>LISBON (Harbour Wire) — By {a} — "], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "BODY>By {a} LISBON (Harbour Wire) — "], ["{a}"], "2024-03-04"),
        (["March 4, 2024", "BODY>PORT ELLIS, March 4 (Harbour Wire) - By {a} - "], ["{a}"],
         "2024-03-04"),
    ],
    "opinion and analysis by": [
        (["Opinion by {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Analysis by {a} and {b}", "March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["Review by {a} | March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Commentary by {a}, Contributor", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "byline with follow and contact buttons": [
        (["By {a}", "Follow", "Email", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a}", "Email", "X", "LinkedIn", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} Follow on X", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Send an email", "March 4, 2024 9:40 AM"], ["{a}"], "2024-03-04"),
    ],
    "name for an outlet": [
        (["{a} for Harbour Wire", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}, for the Harbour Daily", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a} and {b} for Harbour Wire | March 4, 2024"], ["{a}", "{b}"], "2024-03-04"),
        (["By {a} special to the Harbour Daily", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
    "headshot text beside the name": [
        (["Headshot of {a}", "{a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["{a}'s profile picture", "By {a}", "March 4, 2024"], ["{a}"], "2024-03-04"),
        (["Photo of {a}", "{a}", "Staff Writer", "March 4, 2024"], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip

DATES_26: dict[str, list[Variant]] = {
    "relative beside an absolute date": [
        (["By {a}", "Published 3 hours ago", "AFTER>Published March 4, 2024"], ["{a}"],
         "2024-03-04"),
        (["By {a} · 3 hours ago", "March 4, 2024 9:40 AM"], ["{a}"], "2024-03-04"),
        (["By {a}", "2 days ago", "AFTER>First published: 4 March 2024"], ["{a}"],
         "2024-03-04"),
    ],
    "updated and published with weekdays": [
        (["By {a}", "Updated: Tue, Mar 5, 2024, 4:05 PM", "Published: Mon, Mar 4, 2024, 9:00 AM"],
         ["{a}"], "2024-03-04"),
        (["By {a}", "Published Mon, Mar 4, 2024 · Updated Tue, Mar 5, 2024"], ["{a}"],
         "2024-03-04"),
        (["By {a}", "Last updated Tuesday, March 5, 2024", "AFTER>Published Monday, March 4, 2024"],
         ["{a}"], "2024-03-04"),
    ],
    "German day with a dot": [
        (["Von {a}", "4. März 2024"], ["{a}"], "2024-03-04"),
        (["Von {a}", "Montag, 4. März 2024, 10:15 Uhr"], ["{a}"], "2024-03-04"),
        (["Von {a}", "Stand: 04.03.2024, 10:15 Uhr"], ["{a}"], "2024-03-04"),
        (["Von {a} | 04. März 2024"], ["{a}"], "2024-03-04"),
    ],
    "Spanish and Portuguese de": [
        (["Por {a}", "4 de marzo de 2024"], ["{a}"], "2024-03-04"),
        (["Por {a}", "Lunes, 4 de marzo de 2024 - 10:15"], ["{a}"], "2024-03-04"),
        (["Por {a}", "4 de março de 2024, 10h15"], ["{a}"], "2024-03-04"),
        (["Por {a}", "04 mar 2024 - 10:15 h"], ["{a}"], "2024-03-04"),
    ],
    "French dates": [
        (["Par {a}", "4 mars 2024"], ["{a}"], "2024-03-04"),
        (["Par {a}", "lundi 4 mars 2024"], ["{a}"], "2024-03-04"),
        (["Par {a}", "Publié le 04/03/2024 à 10h15"], ["{a}"], "2024-03-04"),
        (["Par {a}", "Mis à jour le 5 mars 2024 à 09h00", "Publié le 4 mars 2024 à 10h15"],
         ["{a}"], "2024-03-04"),
    ],
    "ISO stamps copied raw": [
        (["By {a}", "2024-03-04T09:40:00Z"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published 2024-03-04T09:40:00.000+01:00"], ["{a}"], "2024-03-04"),
        (["By {a} | 2024-03-04 09:40"], ["{a}"], "2024-03-04"),
        (["By {a}", "2024-03-04T21:40:00-05:00"], ["{a}"], "2024-03-04"),
    ],
    "US times with a zone": [
        (["By {a}", "Mar. 4, 2024 at 4:05 p.m. ET"], ["{a}"], "2024-03-04"),
        (["By {a}", "Updated 4:05 p.m. ET March 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Published 11:05 PM EST Mar 4, 2024"], ["{a}"], "2024-03-04"),
        (["By {a} | Mar. 4, 2024 4:05 p.m. CT"], ["{a}"], "2024-03-04"),
    ],
    "ordinal dates": [
        (["By {a}", "Posted on March 4th, 2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "Monday 4th March 2024"], ["{a}"], "2024-03-04"),
        (["Posted on March 4th 2024 by {a}"], ["{a}"], "2024-03-04"),
        (["By {a}", "4th Mar 2024, 9:40am"], ["{a}"], "2024-03-04"),
    ],
    "number date proved by another": [
        (["By {a}", "04-03-2024", "AFTER>Updated 19-03-2024"], ["{a}"], "2024-03-04"),
        (["By {a}", "04/03/24", "AFTER>Comments closed 21/03/24"], ["{a}"], "2024-03-04"),
        (["By {a}", "03/04/2024 9:40 AM", "AFTER>Corrected 03/18/2024"], ["{a}"], "2024-03-04"),
        (["Related: 13/02/2024", "By {a}", "04/03/2024"], ["{a}"], "2024-03-04"),
    ],
    "date only in the dateline": [
        (["By {a}", "BODY>LISBON, March 4 (Harbour Wire) – "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>PORT ELLIS, Mar 4 (Harbour Wire) - "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>LISBON, 4 March (Harbour Wire) — "], ["{a}"], "2024-03-04"),
        (["By {a}", "BODY>PORT ELLIS, March 4, 2024 /Harbour Wire/ -- "], ["{a}"], "2024-03-04"),
    ],
}  # fmt: skip
