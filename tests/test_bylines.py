"""Bylines in the shapes pages print them, and the names in them."""

from __future__ import annotations

import pytest

from reader.ingest.author_places import teaser_list
from reader.ingest.bylines import byline_names
from reader.ingest.names import person_name
from reader.ingest.unmarked_bylines import unmarked_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by: Dana Kirsch", ["Dana Kirsch"]),
        ("Von Lotte Brammer und Jens Ovid", ["Lotte Brammer", "Jens Ovid"]),
        ("Par Amélie Roux", ["Amélie Roux"]),
        ("Posted by T. V. Ramirez at 2:33 PM", ["T. V. Ramirez"]),
        ("Written by Omar Selby, PhD on April 29, 2018", ["Omar Selby"]),
        ("Author: Pia Nordgren", ["Pia Nordgren"]),
        ("About the Author - Rosa Vance", ["Rosa Vance"]),
        ("---- by Ken Suri", ["Ken Suri"]),
        ("Opinion | By Cara Stein | April 13, 2020", ["Cara Stein"]),
        ("February 1, 2019 | BY: Ilse Moor, MS, RDN", ["Ilse Moor"]),
        ("27. Januar 2014 by Berta Roos / Kategorien: Mode, Event", ["Berta Roos"]),
        ("11/19/2019 by Lars Brandt", ["Lars Brandt"]),
        ("By Tim Calder - Travel Contributor 2024-03-05T09:41:27Z Boats", ["Tim Calder"]),
        ("by LENA C. RICH MARCH 8, 2024 | 6:03 PM", ["Lena C. Rich"]),  # a month in capitals
        ("Posted by Nia Park, Ravi Das, Eli Moss and Tavish R Vale - Safety team",
         ["Nia Park", "Ravi Das", "Eli Moss", "Tavish R Vale"]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("By Martin Luther King Jr. and Ann Lee", ["Martin Luther King Jr.", "Ann Lee"]),
        ("By Ines van der Berg, Staff Writer", ["Ines van der Berg"]),
        ("By Troy Hale, Harbour Daily", ["Troy Hale"]),  # the outlet is no author
        ("Ann Lee | May 2, 2026", ["Ann Lee"]),  # a name beside a date
        ("Greta Lind am 3. März 2024", ["Greta Lind"]),
        ("Lena OrtwinMarch 4, 2024", ["Lena Ortwin"]),  # glued to the date
        ("Reuters March 2, 2024 9:15 PM", ["Reuters"]),  # an agency signs
        ("By Harbour Staff | March 3, 2024 at 4:52 PM", ["Harbour Staff"]),
        ("Posted by Leopold 04.03.2024", ["Leopold"]),  # one name, a handle
        ("Analysis by Ravi Mehta", ["Ravi Mehta"]),
        ("Story and photos by Ravi Mehta", ["Ravi Mehta"]),
        ("By Ines Varga for The Harbour Daily", ["Ines Varga"]),  # the outlet after "for"
        ("By ODA PRILL FOR HARBOURMAIL.COM", ["Oda Prill"]),
        ("By The Associated Press", ["The Associated Press"]),  # an agency signs
        ("Published May 2, 2026 by Ravi Mehta", ["Ravi Mehta"]),  # the date line's words
        ("Nora Marsh, Staff Writer | May 2, 2026", ["Nora Marsh"]),  # a role before the date
        ("Nora Marsh, Harbour Daily | Updated May 2, 2026", ["Nora Marsh"]),  # an outlet
        ("Nora MarshUpdated May 2, 2026", ["Nora Marsh"]),  # glued to "Updated"
        ("Nora Marsh2 hours ago", ["Nora Marsh"]),  # glued to a relative date
        ("Ivo Dane, Mia Ross2026-05-02T09:40:00Z", ["Ivo Dane", "Mia Ross"]),
        ("ByNora Marsh", ["Nora Marsh"]),  # "By" glued to the name
        ("byNora Marsh", ["Nora Marsh"]),  # a lower-case "by" too
        ("By - Nora Marsh", ["Nora Marsh"]),
        ("Nora Marsh · 5 min read", ["Nora Marsh"]),  # a reading time beside the name
        ("By Nora Marsh and Bo Park Harbour Daily", ["Nora Marsh", "Bo Park"]),
        ("By Anna Prex in Paris", ["Anna Prex"]),  # a place after the name
        # first names no list knows, then their desk after a comma: two people, no body
        ("By Sione Taufa and Mere Rangi, Paris Bureau", ["Sione Taufa", "Mere Rangi"]),
        ("Text: Oda Prill · 2 May 2026", ["Oda Prill"]),  # a label for the writer
        ("Words: Oda Prill", ["Oda Prill"]),
        ("Reporter: Oda Prill", ["Oda Prill"]),
        ("Texto: Oda Prill", ["Oda Prill"]),
        # a short last name word that English uses too, after two name words
        ("By Nguyen Van An", ["Nguyen Van An"]),
        ("By Tran Thi My and Ann Lee | May 2, 2026", ["Tran Thi My", "Ann Lee"]),
        ("Par Nguyen Van An, le 3 mars 2024 à 10h02", ["Nguyen Van An"]),
    ],
)  # fmt: skip
def test_bylines(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Byzantine walls fall in the storm",
        "Staff Notes | March 9, 2024 02:17:35 PM",  # a role is no name
        "Holiday / 19 mins ago",
        "Posted on March 30, 2015 by Admin",
        "By Staff Writer",
        "Photo by Ravi Mehta",  # a credit
        "Translated by Ravi Mehta",  # a translator, not the author
        "Edited by Ravi Mehta",
        "Text: Ferries run late",  # a label over no name
        "Killed by Police",  # no marker: a word before "by" and no name after it
        "By Ann In",  # a function word after one name word is none of the name
        "By Lee Ann K. To",
    ],
)
def test_not_bylines(line: str) -> None:
    assert byline_names(line) is None


def test_names_alone_that_their_neighbours_make_a_byline() -> None:
    assert unmarked_byline("By", "Orin K", "-") == ["Orin K"]
    assert unmarked_byline("", "Bruno Y. Lake", "Senior Contributor") == ["Bruno Y. Lake"]
    assert unmarked_byline("", "Keri Lahr", "@KERILAHR") == ["Keri Lahr"]
    assert unmarked_byline("", "Catherine Shue @cshue / 2 days", "") == ["Catherine Shue"]
    assert unmarked_byline("", "Leah C. Stone", "AUGUST 23, 2020") == ["Leah C. Stone"]
    assert unmarked_byline("", "Reuters, Washington,", "November 2, 2019") == ["Reuters"]
    # a place over the byline, a headline's first words, a sentence: no names
    assert unmarked_byline("", "Idaho State Capitol", "by: Nell Osgood") is None
    assert unmarked_byline("", "Patrick Carlin Jr., 55, faces ten years.", "By Phil Hess") is None
    # one name of no known first name over a date: a byline between headline and body only
    assert unmarked_byline("", "Ilham Darwish", "March 4 2026, 3:18 p.m.") is None
    assert unmarked_byline("", "Ilham Darwish", "March 4 2026", header=True) == ["Ilham Darwish"]
    # in the header: a name after the date that opens the line, a name beside a date,
    # a name and its outlet over a date; a label printed twice, words in mixed capitals
    assert unmarked_byline("", "May 2, 2026 Zoltan Prex", "", header=True) == ["Zoltan Prex"]
    assert unmarked_byline("", "May 2, 2026 Zoltan Prex", "") is None
    assert unmarked_byline("", "Zoltan Prex | May 2, 2026", "", header=True) == ["Zoltan Prex"]
    assert unmarked_byline("", "Zoltan Prex, Harbour Post", "May 2, 2026", True) == ["Zoltan Prex"]
    assert unmarked_byline("Open Lines", "Open Lines", "May 2, 2026", header=True) is None
    assert unmarked_byline("", "Standings RALLYX", "May 2, 2026", header=True) is None
    # over a follow button or a reading time; with the handle glued to the name
    assert unmarked_byline("", "Zoltan Prex", "Follow") == ["Zoltan Prex"]
    assert unmarked_byline("", "Zoltan Prex", "4 min read") == ["Zoltan Prex"]
    assert unmarked_byline("", "Zoltan Prex@zprex", "") == ["Zoltan Prex"]
    # names and their outlet over the date; a title-case headline is none
    assert unmarked_byline("", "Lena Ruiz and Tom J. Hale Argus Leader", "May 2, 2026") == [
        "Lena Ruiz",
        "Tom J. Hale",
    ]
    assert unmarked_byline("", "Ella Stone Wins Harbour Daily Award", "May 2, 2026") is None
    assert unmarked_byline("", "Anna Prex and Bo Park in New York", "Tue 19 Nov 2019") == [
        "Anna Prex",
        "Bo Park",
    ]


def test_dated_bylines_under_their_titles_are_a_list_of_posts() -> None:
    posts = ["Recent posts", "May 2, 2026 Kit Vale", "Pruning roses", "April 30, 2026 Kit Vale"]
    assert teaser_list(posts)
    assert not teaser_list(["By Kit Vale | May 2, 2026", "Updated May 3, 2026 by Kit Vale"])


def test_person_names() -> None:
    assert person_name("LAURA ONE-TWO") == "Laura One-Two"
    assert person_name("EMILY CO") == "Emily Co"
    assert person_name("Business Insider") is None
    assert person_name("English Edition") is None
    assert person_name("Gavin O'Callaghan", known_first=True) == "Gavin O'Callaghan"
    assert person_name("Texas State", known_first=True) is None
    assert person_name("Mia Ross2026-05-02T09") is None  # no digit in a name
    assert person_name("Samir al-Haddad") == "Samir al-Haddad"  # a particle glued to it
    assert person_name("Lucia d'Arno") == "Lucia d'Arno"
    assert person_name("Ольга Лесная") == "Ольга Лесная"  # capitals of any script
    assert person_name("ольга лесная") is None


def test_words_over_a_headline_are_no_byline() -> None:
    """ "Supported by" is no marker, and "As Tides Rise" is no one's name."""
    assert unmarked_byline("Supported by", "As Tides Rise, the Council Looks to Tolls", "") is None
    assert person_name("As Debt Rises") is None
