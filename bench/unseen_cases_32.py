"""Twenty short articles written in session 32 for ``bench/unseen_written.py --set 32``:
invented people, places and sentences, each case breaking one assumption the search for
an "it", "they", "the company" or "he" makes, the way business, sport, court, obituary,
local and wire copy breaks it. Written and scored once, with main's code (306405d),
before any rule was changed for them: FIRST_SCORE below.

The assumptions broken: a body is a name whose last word a list of organisation words
holds ("Harlow Council", "Acme Ltd"), so "it said" and "the company said" find nothing
after a firm, a team or a band whose name is only its own ("Brightwick", "Ostler
Textiles", "Harwood Athletic", "Salt Lantern"); a person needs a listed first name or a
title to be "he" or "she" (an obituary's relative named by a first name after "his
widow"); "the judge" is a person named with that title; a document speaks for no one.

Patterns, two cases each (the second held out, as in ``unseen_cases.py``): ``itfirm``
"it said" for a firm whose name holds no organisation word; ``firm`` "the company said"
or "the firm said" for one; ``club`` "they said" for a team named without "The";
``clubsaid`` "the club said" for one; ``band`` "they" for a band or a choir named by its
own words; ``spokes`` an unnamed spokesperson for such a firm, then "he added"; ``obit``
"she said" for a relative named by a first name after "his widow" or "her son"; ``court``
"the judge said" after a judge named with the title; ``doc`` "the report said" for the
report a body published, named by the body; ``wire`` wire copy: "she said" after three
paragraphs of background naming no one.
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main 306405d: dev 4 of 10, held 6 of 10 (10 of 20)"

CASES = (
    # itfirm: "it said" for a firm whose name holds no organisation word
    Case(
        "itfirm",
        (
            "Brightwick, which makes bicycle lamps at a former tannery in Tolleston, has"
            " recalled four thousand of its rear lights after riders reported them failing"
            " in the rain.",
            "“Every owner will get a replacement by the end of the month,” it said.",
        ),
        (("replacement by the end of the month", "Brightwick"),),
    ),
    Case(
        "itfirm",
        (
            "Ostler Textiles will close its dye works in Parham Vale in March, ending two"
            " hundred years of cloth-making in the valley. Forty-one people work there.",
            "“We looked at every way to keep the works open,” it said in a letter to staff.",
        ),
        (("every way to keep the works open", "Ostler Textiles"),),
    ),
    # firm: "the company said" / "the firm said" for such a firm
    Case(
        "firm",
        (
            "Quenby Motors has stopped selling its electric van in four countries after a"
            " fault was found in the charging cable.",
            "“No customer has been hurt, and the fix takes under an hour,” the company said.",
        ),
        (("fix takes under an hour", "Quenby Motors"),),
    ),
    Case(
        "firm",
        (
            "Staff at Hallam Pike, the accountants, were told on Monday that the Fenmouth"
            " office will merge with the one in Darrow next year.",
            "“Nobody will lose their job because of the move,” the firm said.",
        ),
        (("lose their job because of the move", "Hallam Pike"),),
    ),
    # club: "they said" for a team named without "The"
    Case(
        "club",
        (
            "Harwood Athletic have sacked their manager after eleven games without a win,"
            " leaving the side second from bottom of the Southern Combination.",
            "“This was not a decision we took lightly,” they said in a statement on Sunday night.",
        ),
        (("not a decision we took lightly", "Harwood Athletic"),),
    ),
    Case(
        "club",
        (
            "Kelsey Vale Wanderers will wear a black armband on Saturday in memory of their"
            " former kit man, who died last week aged 88.",
            "“He washed our shirts for forty seasons and never asked for a penny,” they said.",
        ),
        (("washed our shirts for forty seasons", "Kelsey Vale Wanderers"),),
    ),
    # clubsaid: "the club said" for a team named without an organisation word
    Case(
        "clubsaid",
        (
            "Penrith Albion's under-12 girls reached the county final for the first time,"
            " beating Orley 3-1 on a waterlogged pitch.",
            "“The whole village will be there,” the club said on its page.",
        ),
        (("whole village will be there", "Penrith Albion"),),
    ),
    Case(
        "clubsaid",
        (
            "Tarn Harriers have cancelled Sunday's fell race after snow closed the road to"
            " the start at Blea Moss.",
            "“Safety of runners and marshals comes first,” the club said.",
        ),
        (("Safety of runners and marshals", "Tarn Harriers"),),
    ),
    # band: "they" for a band or a choir named by its own words
    Case(
        "band",
        (
            "Salt Lantern, a four-piece from the Ashby estate, will play the bandstand in"
            " Corran Park on Saturday, their first show in their home town since 2019.",
            "“We wrote half the album on those benches,” they said.",
        ),
        (("half the album on those benches", "Salt Lantern"),),
    ),
    Case(
        "band",
        (
            "Grey Heron Singers, a choir of forty retired dockers, have been invited to"
            " open the maritime festival in Wexmouth this summer.",
            "“Most of us could not hold a tune when we started,” they said.",
        ),
        (("could not hold a tune", "Grey Heron Singers"),),
    ),
    # spokes: an unnamed spokesperson for such a firm, then "he/she added"
    Case(
        "spokes",
        (
            "A spokesman for Corvin Haulage said the lorry had passed its safety check in"
            " August and the driver was helping police.",
            "“Our thoughts are with the family of the cyclist,” he added.",
        ),
        (("thoughts are with the family", "Corvin Haulage"),),
    ),
    Case(
        "spokes",
        (
            "A spokeswoman for Marlowe Fairbrother said the supermarket had removed the"
            " cheese from its shelves as a precaution.",
            "“Customers can return it to any store for a full refund,” she added.",
        ),
        (("return it to any store", "Marlowe Fairbrother"),),
    ),
    # obit: a relative named by a first name after "his widow" / "her son"
    Case(
        "obit",
        (
            "Teodor Baskin, who ran the ferry between Skell and Innisrack for half a"
            " century, has died aged 91.",
            "He is survived by his widow, Ysolde, and three grandchildren.",
            "“He knew every rock in the sound by name,” she said.",
        ),
        (("every rock in the sound", "Ysolde"),),
    ),
    Case(
        "obit",
        (
            "Marguerite Lanoe, a midwife who delivered more than three thousand babies in"
            " the villages around Carrow, died on Tuesday. She was 84.",
            "Her son, Anatole, was with her at the end.",
            "“Half the people at the funeral will be people she brought into the world,” he said.",
        ),
        (("people she brought into the world", "Anatole"),),
    ),
    # court: "the judge said" after a judge named with the title
    Case(
        "court",
        (
            "A man who stole lead from the roof of St Bride's church in Ellery was jailed"
            " for eighteen months by Judge Cassius Wray at Harbury Crown Court.",
            "Rollo Fenn, 43, of Mill Lane, admitted the theft.",
            "“You took from a building that belongs to the whole village,” the judge said.",
        ),
        (("belongs to the whole village", "Cassius Wray"),),
    ),
    Case(
        "court",
        (
            "District Judge Oriel Ashdown fined a dog walker £600 at Tamber Magistrates'"
            " Court after his spaniel chased sheep into a river.",
            "Dunstan Creed, 58, said the dog had slipped its lead.",
            "“A lead that slips is no lead at all,” the judge told him.",
        ),
        (("slips is no lead at all", "Oriel Ashdown"),),
    ),
    # doc: "the report said" for the report a body published
    Case(
        "doc",
        (
            "Ten of the county's fourteen lifeboat stations need new slipways, according to"
            " a review published by the Coastwise Rescue Fund on Wednesday.",
            "“Several slipways are older than the boats' crews,” the review said.",
        ),
        (("older than the boats", "Coastwise Rescue Fund"),),
    ),
    Case(
        "doc",
        (
            "The Brennan Valley Water Board published its annual report on Monday, showing"
            " that one household in eight had a supply cut last winter.",
            "“The frost exposed pipes laid before the war,” the report said.",
        ),
        (("frost exposed pipes", "Brennan Valley Water Board"),),
    ),
    # wire: "she said" after paragraphs of background that name no one
    Case(
        "wire",
        (
            "ARVIK, Nordland (Wire) — Fisheries minister Ingrid Solvang on Tuesday promised"
            " compensation to cod fishermen whose quotas were cut by a third this year.",
            "The cut, agreed in talks last month, follows three years of falling catches"
            " in the northern grounds.",
            "Scientists have warned that the stock could collapse within a decade.",
            "Boats in the region land about a quarter of the country's cod.",
            "“The fleet should not pay alone for a problem it did not cause,” she said.",
        ),
        (("should not pay alone", "Ingrid Solvang"),),
    ),
    Case(
        "wire",
        (
            "PORT CALLOW (Wire) — Harbour master Desmond Achebe-Lowe said on Friday that"
            " the port would reopen to tankers within a week of the collision.",
            "Two vessels touched in fog at the mouth of the channel on Wednesday.",
            "Divers found no damage to the sea wall, and no oil has been seen.",
            "Traffic through the port fell by half in the two days after.",
            "“We will not rush a single ship through,” he said.",
        ),
        (("not rush a single ship", "Desmond Achebe-Lowe"),),
    ),
)
