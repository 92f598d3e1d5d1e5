"""Sixteen short articles written in session 30 (second round) for
``bench/unseen_written.py --set 30o``, each breaking one more assumption of named
attribution the way copied pages break it, with invented people, places and sentences.
Written and scored once with main's code (c307e29) before any rule was changed for them.

Patterns, four cases each (wire copy, local papers, press releases, blog and forum posts):
``owned`` a role owned by a possessive ("the council's planning chief, Ines Marl,",
"said Hale's opponent, Ines Marl"), in apposition with the name: the owner is never the
speaker; ``orgname`` an organisation whose name holds lower-case function words ("Trust
for the Repair of Old Bridges"); ``opener`` a plain sentence that opens on a word that is
also a first name ("Winter came early", "Will the pool reopen?") before an uncued quote;
``ownedpron`` the owned role's person quoted again by a pronoun. As in
``bench/unseen_cases.py``, the second case of each pair (odd index) is held out and its
misses are never read.

The speaker "" means no named speaker; "-" means no speaker quote at all.
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "owned",
        (
            "Brackwater Energy's site manager, Oswin Tralee, said the turbines would turn"
            " again by March. “We lost two blades to the storm and the cranes are booked,”"
            " he said.",
        ),
        (("lost two blades", "Oswin Tralee"),),
    ),
    Case(
        "owned",
        (
            "Voting in the Fenmoor ward closes at ten.",
            "“Nobody on these streets has seen a councillor since June,” said Pardew's"
            " challenger, Rosamund Achebe-Lyle.",
        ),
        (("Nobody on these streets", "Rosamund Achebe-Lyle"),),
    ),
    Case(
        "owned",
        (
            "CASTLE MERE (Wire) — The county's chief fire officer, Benedikt Sorrell, told"
            " reporters the blaze had been contained.",
            "“The wind turned at the right moment,” Sorrell said.",
        ),
        (("wind turned", "Benedikt Sorrell"),),
    ),
    Case(
        "owned",
        (
            "Posted by admin | 14 comments",
            "“I have never seen the canal this low,” said Mabry's neighbour, Corentin Dawe,"
            " who has moored a narrowboat there for thirty years.",
        ),
        (("canal this low", "Corentin Dawe"),),
    ),
    Case(
        "ownedpron",
        (
            "Quillon Foods' head of sourcing, Marisol Ekwueme, visited the growers on Tuesday.",
            "“The harvest is late but the fruit is sound,” she said. “We will pay the same.”",
        ),
        (("harvest is late", "Marisol Ekwueme"),),
    ),
    Case(
        "ownedpron",
        (
            "The mayor's chief of staff, Thaddeus Kwarteng, announced the budget on Monday.",
            "“Every library keeps its Saturday hours,” he told the chamber.",
        ),
        (("Every library keeps", "Thaddeus Kwarteng"),),
    ),
    Case(
        "ownedpron",
        (
            "Ferrand's former coach, Lisbet Haraldsen, watched from the stand.",
            "“She ran the last lap like it owed her money,” Haraldsen said afterwards.",
        ),
        (("last lap", "Lisbet Haraldsen"),),
    ),
    Case(
        "ownedpron",
        (
            "Ardlow Rail's new operations director, Cosmo Pettigrew, rode the first train.",
            "“It was four minutes late, which is a start,” he joked.",
        ),
        (("four minutes late", "Cosmo Pettigrew"),),
    ),
    Case(
        "orgname",
        (
            "A petition to save the old ferry has passed ten thousand names.",
            "“The crossing is older than the town hall,” said the Trust for the Repair of"
            " Old Bridges in a statement.",
        ),
        (("crossing is older", "Trust for the Repair of Old Bridges"),),
    ),
    Case(
        "orgname",
        (
            "The Guild of Lantern Makers and Glaziers said in a statement: “Our members were"
            " not consulted on the new rules.”",
        ),
        (("not consulted", "Guild of Lantern Makers and Glaziers"),),
    ),
    Case(
        "orgname",
        (
            "“Drivers will simply take the back lanes,” warned Alliance for Quieter Roads,"
            " which opposes the scheme.",
        ),
        (("back lanes", "Alliance for Quieter Roads"),),
    ),
    Case(
        "orgname",
        (
            "“No hedge should be cut in nesting season,” the Society of the Friends of"
            " Hedgerows said.",
        ),
        (("No hedge should", "Society of the Friends of Hedgerows"),),
    ),
    Case(
        "opener",
        (
            "Councillor Brigid Oyelaran spoke first.",
            "Winter arrived a month early in the valley this year.",
            "“The grit bins were empty by the second week,” she said.",
        ),
        (("grit bins", "Brigid Oyelaran"),),
    ),
    Case(
        "opener",
        (
            "Will the lido reopen this summer? The answer depends on a pump.",
            "“We are waiting on one part from abroad,” the pool's manager said.",
        ),
        (("waiting on one part", ""),),
    ),
    Case(
        "opener",
        (
            "Grace periods for late rent end on Friday across the district.",
            "“Families will be out on the street by the autumn.”",
        ),
        (("out on the street", ""),),
    ),
    Case(
        "opener",
        (
            "Faith in the new bus timetable has run out in Pellow.",
            "“I waited fifty minutes on Tuesday,” said commuter Odalys Farnham.",
        ),
        (("fifty minutes", "Odalys Farnham"),),
    ),
)
