"""Twelve short articles written in session 32 (second round) for ``bench/unseen_written.py
--set 32g``: invented people, places and sentences. Each breaks one of two assumptions the
speaker search makes for a body noun or "they", the way local, business and council copy
breaks it. Written and scored once with main's code (916ce45) before any rule: FIRST_SCORE
(the two "bodyonly" cases first wanted the noun itself; reader names no lower-case
body, so they want no named speaker, as the scorer reads "": set before any rule).

Assumptions broken: (1) "the company", "the council", "the club", "the hospital" may
stand for the last person named (a shift leader, a councillor, a coach, a nurse named
just before the body's statement); (2) "they" stands for one person, so two people named
together by "and" or "both" give the second of them.

Patterns, two cases each (the second held out): ``bodyperson`` a body noun said after a
person of that body is named; ``bodyonly`` a body noun said after only a person is named
(the body never named: the noun stays the noun); ``pairand`` "they said" after two people
joined by "and" with a title; ``pairboth`` "both" then "they"; ``pairsplit`` "they" after
a pair whose names are each followed by a role; ``grouplast`` "they" after a pair then a
plural noun nearer (the plural noun, described, speaks).
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main 916ce45: dev 2 of 6, held 2 of 6 (4 of 12)"

CASES = (
    Case(
        "bodyperson",
        (
            "Night shift leader Tomasz Ferrell walked out of the Ardley Foods bakery on Tuesday"
            " with eleven colleagues after a dispute over break times.",
            "“Breaks have not changed and the line will run as normal,” the company said.",
        ),
        (("line will run as normal", "Ardley Foods"),),
    ),
    Case(
        "bodyperson",
        (
            "Councillor Imogen Rask told a packed meeting of Dunmere Borough Council that the"
            " library on Pell Street would shut for the winter.",
            "“The building needs a new roof before anyone can use it,” the council said later.",
        ),
        (("needs a new roof before anyone", "Dunmere Borough Council"),),
    ),
    Case(
        "bodyonly",
        (
            "Ward sister Helga Mroz has cared for patients on the stroke unit for thirty years,"
            " and on Friday she was given a medal by the mayor.",
            "“She is the heart of this ward,” the hospital said.",
        ),
        (("heart of this ward", ""),),
    ),
    Case(
        "bodyonly",
        (
            "Head coach Rufus Bellamy was sent off in the second half for arguing with the"
            " linesman, his third dismissal of the season.",
            "“We will look at the footage before saying more,” the club said.",
        ),
        (("look at the footage before", ""),),
    ),
    Case(
        "pairand",
        (
            "Councillor Priya Halden and Councillor Owen Stackpole have asked for the bus depot"
            " plan to go back to committee.",
            "“Nobody in Ashgrove was asked about the new routes,” they said.",
        ),
        (("Nobody in Ashgrove was asked", "Priya Halden and Owen Stackpole"),),
    ),
    Case(
        "pairand",
        (
            "Dr Saskia Verne and Professor Lionel Abara have spent four years counting the"
            " otters on the River Wend.",
            "“The numbers doubled after the weir came down,” they said.",
        ),
        (("numbers doubled after the weir", "Saskia Verne and Lionel Abara"),),
    ),
    Case(
        "pairboth",
        (
            "Marta Olsen ran the cafe on the quay for nine years. Her brother Kurt Olsen joined"
            " her in 2019, and both have now decided to sell.",
            "“The rent went up three times in two years,” they said.",
        ),
        (("rent went up three times", "Marta Olsen and Kurt Olsen"),),
    ),
    Case(
        "pairboth",
        (
            "Ines Carvalho trained the choir and Bram Oduya played the organ; both retired at"
            " Easter after the final concert.",
            "“We never missed a Sunday in twenty years,” they said.",
        ),
        (("never missed a Sunday", "Ines Carvalho and Bram Oduya"),),
    ),
    Case(
        "pairsplit",
        (
            "Yusuf Kellan, a welder, and Dora Finch, a retired teacher, found the stranded seal"
            " on Hobb Sands at dawn.",
            "“It was barely moving when we got to it,” they said.",
        ),
        (("barely moving when we got", "Yusuf Kellan and Dora Finch"),),
    ),
    Case(
        "pairsplit",
        (
            "Agnes Morrow, who chairs the allotment society, and Piet Lund, its treasurer,"
            " wrote to the parish about the broken gate.",
            "“Deer have eaten half the beans this month,” they said.",
        ),
        (("eaten half the beans", "Agnes Morrow and Piet Lund"),),
    ),
    Case(
        "grouplast",
        (
            "Inspector Rhona Keel and Sergeant Ade Banjo led the search. Volunteers from three"
            " villages walked the moor in lines all afternoon.",
            "“We just wanted him home,” they said.",
        ),
        (("wanted him home", ""),),
    ),
    Case(
        "grouplast",
        (
            "Fire officers Colm Reddy and Jana Strand reached the barn first. Neighbours"
            " brought buckets from the farmhouse until the engines came.",
            "“Nobody stopped until the roof was out,” they said.",
        ),
        (("until the roof was out", ""),),
    ),
)
