"""Sixteen short articles written in session 31 (second round) for
``bench/unseen_written.py --set 31m``: each breaks one assumption named attribution makes,
with invented people, places, bodies and sentences. Written and scored once with main's
code (023efc5) before any rule was changed for them (the figure is in README.md).

Patterns, eight cases each: ``capital`` a later cue names the person just named by a
description written with a capital (a demonym, a nationality, a noun in -man/-woman, a
party's member), or a body after "the" that must stay a body; ``couple`` two people
sharing one surname introduced together ("X and Y Surname"), later told apart by a title
of sex, or spoken of as the pair. As in ``bench/unseen_cases.py``, the second case of each
pair (odd index) is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all.
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "capital",
        (
            "Orvel Kastanje finished the hill stage almost four minutes behind the leaders"
            " after a puncture on the descent into Lavrec.",
            "“I lost my rhythm and never found it again,” the Dutchman said at the finish.",
        ),
        (("lost my rhythm", "Orvel Kastanje"),),
    ),
    Case(
        "capital",
        (
            "Dellamy Crouse, who farms cattle outside Pellow Springs, has spent three summers"
            " fighting a pipeline across his land.",
            "“They measured the ditch with a tape and called it consultation,” the Texan told"
            " reporters outside the county courthouse.",
        ),
        (("measured the ditch with a tape", "Dellamy Crouse"),),
    ),
    Case(
        "capital",
        (
            "Senator Halvard Pruett voted against the bridge bill for a second time on Wednesday.",
            "“A bridge to a car park is not infrastructure,” the Republican said in a short"
            " statement afterwards.",
        ),
        (("bridge to a car park", "Halvard Pruett"),),
    ),
    Case(
        "capital",
        (
            "Marisol Quenneville, a baker from Orlac, took first prize for her rye loaf at the"
            " Tenby show.",
            "“My grandmother would have found fault with the crust,” the Frenchwoman said,"
            " laughing.",
        ),
        (("would have found fault with the crust", "Marisol Quenneville"),),
    ),
    Case(
        "capital",
        (
            "Ewan Dalgleish-Ross rowed the last leg alone after his partner fell ill at"
            " Brindle Point.",
            "“My hands gave up long before my head did,” the Scot added.",
        ),
        (("hands gave up long before", "Ewan Dalgleish-Ross"),),
    ),
    Case(
        "capital",
        (
            "Corin Vasquez-Tell served for the match three times before the rain came at"
            " Hollinbury.",
            "“Every time I tossed the ball the wind took it somewhere new,” the Argentine said.",
        ),
        (("tossed the ball the wind took it", "Corin Vasquez-Tell"),),
    ),
    Case(
        "capital",
        (
            "Officials have denied that a second drone fell near the coast on Monday, after"
            " Deputy Minister Arlen Voss was asked about it twice.",
            "“No such object was recovered by any of our vessels,” the Admiralty said in a"
            " statement.",
        ),
        (("No such object was recovered", "Admiralty"),),
    ),
    Case(
        "capital",
        (
            "Kestrin Albay, a lawyer for the families, called the ruling a delay and nothing more.",
            "“We will appeal as soon as the judgment is printed,” the Icelander said.",
            "“The ruling stands and will be enforced,” the Exchequer said in reply.",
        ),
        (
            ("appeal as soon as the judgment", "Kestrin Albay"),
            ("ruling stands and will be enforced", "Exchequer"),
        ),
    ),
    Case(
        "couple",
        (
            "The café's owners, Tobiah and Wenna Pellerin-Strand, opened the doors at six on"
            " Saturday to a queue along the harbour wall.",
            "“We baked until two in the morning and it still ran out,” Mrs Pellerin-Strand said.",
        ),
        (("baked until two in the morning", "Wenna Pellerin-Strand"),),
    ),
    Case(
        "couple",
        (
            "Gideon and Maelis Arkwright have run the ferry to Skerran Holm for thirty-one years.",
            "“The boat is older than both our children,” Mr Arkwright said.",
        ),
        (("boat is older than both", "Gideon Arkwright"),),
    ),
    Case(
        "couple",
        (
            "Neighbours Fenwick and Odile Marchbanks found the badger sett when their fence"
            " gave way.",
            "“We thought it was a sinkhole at first,” Mr Marchbanks said.",
            "“I wanted to fill it in, and now I feed them,” Ms Marchbanks said.",
        ),
        (
            ("thought it was a sinkhole", "Fenwick Marchbanks"),
            ("wanted to fill it in", "Odile Marchbanks"),
        ),
    ),
    Case(
        "couple",
        (
            "Lindqvist and Aurelie Tarrow-Benn bought the mill at auction in March.",
            "“The roof was the only thing holding the walls up,” Mrs Tarrow-Benn said.",
            "“And the walls were holding the roof up,” Mr Tarrow-Benn replied.",
        ),
        (
            ("roof was the only thing", "Aurelie Tarrow-Benn"),
            ("walls were holding the roof", "Lindqvist Tarrow-Benn"),
        ),
    ),
    Case(
        "couple",
        (
            "Harlan and Bettina Okonkwo-Reyes lost their shed and greenhouse in the flood at"
            " Marrow Bottom.",
            "“Forty years of seed saving went down the river,” the couple said in a letter to"
            " the council.",
        ),
        (("Forty years of seed saving", ""),),
    ),
    Case(
        "couple",
        (
            "The twins' parents, Rosalind and Emeric Vantongeren, drove through the night to"
            " reach the hospital.",
            "“Nobody told us anything until the morning,” the couple said.",
        ),
        (("Nobody told us anything", ""),),
    ),
    Case(
        "couple",
        (
            "The farm shop belongs to Ferdinand and Ysolde Carrow, who took it over from his"
            " uncle.",
            "“We had no idea how many people drive past for the eggs,” Mrs Carrow said.",
        ),
        (("how many people drive past", "Ysolde Carrow"),),
    ),
    Case(
        "couple",
        (
            "Anselm and Perpetua Hawtrey-Lyle have fostered forty-two children since 1998.",
            "“Every one of them still sends a card at Christmas,” Mr Hawtrey-Lyle said.",
        ),
        (("still sends a card", "Anselm Hawtrey-Lyle"),),
    ),
)
