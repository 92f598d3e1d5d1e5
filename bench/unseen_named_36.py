"""Thirty-two short articles written in session 36 for ``bench/unseen_written.py --set
36n``: a named speaker the writer introduces once and re-refers to in another way, each
case breaking one assumption of how reader links the later mention to the person (the
assumptions are listed in the commit that adds this set), the way sport and court copy,
council and union reports, obituaries, profiles and printed Q&A interviews write people,
with invented people, places, bodies and sentences. Written and scored with main's code
(b40add2) before any rule was changed for them (first score in the commit that adds
them).

The assumptions broken, four cases each: ``relation`` a person introduced by a relation
to someone in the story ("Her father, X,", "X, the boy's uncle,", "Y's lawyer, X,") is
later only that relation ("her father said", "the uncle said"), or the relation was
never named (no named speaker); ``describe`` a description built from what the
introduction told ("the Lagos-born forward" after "born in Lagos", "the 36-year-old",
"the Ohio Democrat") stands for the person; ``body`` an organisation whose name holds
"and", "of", "for" or a comma speaks under its whole name; ``particle`` a name with
lower-case particles or an apostrophe ("in 't", "van der", "de la", "bin", "O'"), whole
or shortened; ``run-on`` a quote over two paragraphs, the first left open, the speaker
named only in the second; ``qa`` a printed interview whose question turns are labelled
with the publication or "Q" (no speaker) and whose answers with the interviewee;
``acronym`` a body named in full with its initials, then speaking by its initials (the
full name is its name); ``no-speaker`` a slogan, a title, a nickname or a scare term
quoted next to a person's name (no speaker quote). As in ``bench/unseen_cases.py``, the
second case of each pair (odd index) is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all.
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # relation: introduced by a relation, re-referred to by it
    Case(
        "relation",
        (
            "Runner Hanne Dalgaard, 17, won the junior cross-country title in Aarhus on Sunday.",
            "Her father, Tomas Dalgaard, drove her to every race for six years.",
            "“She never once asked to stop, not even in the snow,” her father said.",
        ),
        (("never once asked to stop", "Tomas Dalgaard"),),
    ),
    Case(
        "relation",
        (
            "Kelvin Obi, 24, was cleared of theft by a jury at Wexcombe Crown Court.",
            "Obi's solicitor, Rachel Turnbull, said outside court that the case should never"
            " have been brought.",
            "“My client lost a year of his life to this,” the solicitor said.",
        ),
        (("lost a year of his life", "Rachel Turnbull"),),
    ),
    Case(
        "relation",
        (
            "Eleven-year-old Priya Nair spent four days in Harlow General after the fall.",
            "Her grandmother, who was not named, said the playground had been reported twice.",
            "“Nobody came to look at it,” her grandmother said.",
        ),
        (("Nobody came to look at it", ""),),
    ),
    Case(
        "relation",
        (
            "Goalkeeper Dario Pell signed a new two-year deal with Castlemere Town.",
            "Fabio Pell, the player's uncle and his first coach, watched the signing.",
            "“He was diving at shots before he could tie his boots,” his uncle said.",
        ),
        (("diving at shots", "Fabio Pell"),),
    ),
    # describe: a description made from the introduction
    Case(
        "describe",
        (
            "Striker Mira Osei was born in Lagos and moved to Leeds when she was nine.",
            "She scored twice as Fernside Ladies beat Holt 3-1.",
            "“I learnt the game on a car park behind our flats,” the Lagos-born forward said.",
        ),
        (("learnt the game on a car park", "Mira Osei"),),
    ),
    Case(
        "describe",
        (
            "Ohio Democrat Carla Brennan voted against the bill on Thursday.",
            "Senator Tom Haskell, a Republican from Idaho, voted for it.",
            "“This bill takes from the people it claims to help,” the Ohio Democrat said.",
        ),
        (("takes from the people", "Carla Brennan"),),
    ),
    Case(
        "describe",
        (
            "Darnell Whitcombe, 36, has run the Corner Bakehouse in Selby for a decade.",
            "On Monday the bakery's rent rose by half.",
            "“I can sell more bread, but not half as much more,” the 36-year-old said.",
        ),
        (("not half as much more", "Darnell Whitcombe"),),
    ),
    Case(
        "describe",
        (
            "Veteran centre-back Jonas Ekberg, who was born in Malmö, joined Arlow Rovers"
            " on a free transfer.",
            "The club also signed a goalkeeper from its own academy.",
            "“I have one more good season in these legs,” the Swedish-born defender said.",
        ),
        (("one more good season", "Jonas Ekberg"),),
    ),
    # body: a long organisation name speaks whole
    Case(
        "body",
        (
            "Packers at the Tillingham depot walked out on Friday.",
            "“Our members have waited three years for this pay rise,” said the National"
            " Union of Tea and Allied Workers.",
        ),
        (("waited three years", "National Union of Tea and Allied Workers"),),
    ),
    Case(
        "body",
        (
            "The ferry timetable will be cut from June.",
            "“Islanders will be left without a morning crossing,” the Council for the"
            " Protection of Rural Islay and Jura said in a statement.",
        ),
        (("without a morning crossing", "Council for the Protection of Rural Islay and Jura"),),
    ),
    Case(
        "body",
        (
            "Water bills in the valley will rise by nine per cent.",
            "The Association of Water and Sewerage Ratepayers called the rise unjust.",
            "“Nobody asked the people who pay,” the Association of Water and Sewerage"
            " Ratepayers said.",
        ),
        (("Nobody asked the people who pay", "Association of Water and Sewerage Ratepayers"),),
    ),
    Case(
        "body",
        (
            "The quarry's licence was renewed for ten years.",
            "“The dust reaches the primary school on most days,” said the Friends of Calder"
            " Moor and Stanning Beck, a residents' group.",
        ),
        (("dust reaches the primary school", "Friends of Calder Moor and Stanning Beck"),),
    ),
    # particle: lower-case particles and apostrophes
    Case(
        "particle",
        (
            "“We will not be moved from this square,” said Pieter in 't Veld, who chairs"
            " the market traders.",
        ),
        (("not be moved from this square", "Pieter in 't Veld"),),
    ),
    Case(
        "particle",
        (
            "Cardiologist Marieke van der Heijden led the trial at Utrecht.",
            "“Half the patients stopped taking the tablets by the third month,” van der"
            " Heijden said.",
        ),
        (("Half the patients stopped", "Marieke van der Heijden"),),
    ),
    Case(
        "particle",
        (
            "The fishing quota was cut again this spring.",
            "“My father fished these waters and so did his,” said Ahmad bin Rashid, who"
            " owns two boats at the harbour.",
            "“There will be nobody left to fish them,” bin Rashid added.",
        ),
        (("nobody left to fish them", "Ahmad bin Rashid"),),
    ),
    Case(
        "particle",
        (
            "Mezzo-soprano Carmen de la Fuente returns to the Teatro Real next month.",
            "“I sang in the chorus here at nineteen,” de la Fuente said.",
            "Her manager, Siobhan O'Rourke, said tickets had sold out in an hour.",
            "“We could have filled it twice,” O'Rourke said.",
        ),
        (
            ("chorus here at nineteen", "Carmen de la Fuente"),
            ("filled it twice", "Siobhan O'Rourke"),
        ),
    ),
    # run-on: a quote over two paragraphs, the speaker named in the second
    Case(
        "run-on",
        (
            "The mill closed its doors on Friday after 140 years.",
            "“My grandfather started here at fourteen. My mother ran the looms on the top"
            " floor until her hands gave out.",
            "“Now there is nothing for my son,” said Gareth Pryce, the last foreman.",
        ),
        (("My grandfather started here", "Gareth Pryce"),),
    ),
    Case(
        "run-on",
        (
            "The hospice opened a second ward on Tuesday.",
            "“When we started there were four beds and two nurses. People came from three"
            " counties and we turned most of them away.",
            "“Today nobody in this valley has to die in a corridor,” matron Lesley Ormond said.",
        ),
        (("four beds and two nurses", "Lesley Ormond"),),
    ),
    Case(
        "run-on",
        (
            "Flooding closed the Arbury road for the third time this winter.",
            "“The drains were last cleared in 2019. We have written to the county every"
            " month since.",
            "“Nobody writes back,” Councillor Imogen Tate told the meeting.",
        ),
        (("The drains were last cleared", "Imogen Tate"),),
    ),
    Case(
        "run-on",
        (
            "The orchestra played its final concert at the Corn Exchange.",
            "“Some of us have sat in these chairs for thirty years. We know every crack in"
            " the ceiling.",
            "“It is like leaving home,” said principal cellist Benedikt Sauer.",
        ),
        (("sat in these chairs", "Benedikt Sauer"),),
    ),
    # qa: a printed interview, question turns labelled with the publication or "Q"
    Case(
        "qa",
        (
            "The Courier spoke to the harbourmaster, Ines Falk, about the new quay.",
            "The Courier: “Why did the quay take so long?”",
            "Falk: “The money came late, and then the storms came.”",
            "The Courier: “Will the ferries return?”",
            "Falk: “By May, if the pilings hold.”",
        ),
        (
            ("Why did the quay take so long", "-"),
            ("The money came late", "Ines Falk"),
        ),
    ),
    Case(
        "qa",
        (
            "Novelist Agnieszka Wrona talked to the Gazette about her new book.",
            "Gazette: “Where did the idea come from?”",
            "Wrona: “From my grandmother's letters, which I found in a shoebox.”",
            "Gazette: “Did you change much?”",
            "Wrona: “Only the names of the living.”",
        ),
        (
            ("Where did the idea come from", "-"),
            ("Only the names of the living", "Agnieszka Wrona"),
        ),
    ),
    Case(
        "qa",
        (
            "We asked the new head teacher of Brindle Academy, Joseph Okonkwo, about his"
            " first term.",
            "Q: “What surprised you most?”",
            "Okonkwo: “How early the children arrive. Some are here at seven.”",
            "Q: “Why so early?”",
            "Okonkwo: “Breakfast. For some it is the only one they get.”",
        ),
        (
            ("What surprised you most", "-"),
            ("How early the children arrive", "Joseph Okonkwo"),
        ),
    ),
    Case(
        "qa",
        (
            "The Weekly Herald met trainer Sadie Molloy at her yard near Naas.",
            "Weekly Herald: “How many horses do you have in training?”",
            "Molloy: “Forty-one, and every one of them has a name I chose.”",
        ),
        (
            ("How many horses", "-"),
            ("every one of them has a name", "Sadie Molloy"),
        ),
    ),
    # acronym: named in full with initials, then speaking by the initials
    Case(
        "acronym",
        (
            "The Northern Growers Union (NGU) represents 4,000 farms.",
            "“The price we are paid for milk has not moved in five years,” the NGU said.",
        ),
        (("has not moved in five years", "Northern Growers Union"),),
    ),
    Case(
        "acronym",
        (
            "A report by the Coastal Erosion Research Trust (CERT) found the cliffs were"
            " retreating faster than expected.",
            "“Six houses will be lost within a decade,” CERT said.",
        ),
        (("Six houses will be lost", "Coastal Erosion Research Trust"),),
    ),
    Case(
        "acronym",
        (
            "Members of the Guild of Independent Booksellers, or GIB, met in Hay on Saturday.",
            "“Business rates are killing the high street bookshop,” said the GIB.",
        ),
        (("killing the high street bookshop", "Guild of Independent Booksellers"),),
    ),
    Case(
        "acronym",
        (
            "The Rural Bus Passengers Alliance (RBPA) has collected 9,000 signatures.",
            "“A village without a bus is a village without a future,” the RBPA said in a"
            " letter to the minister.",
        ),
        (("village without a bus", "Rural Bus Passengers Alliance"),),
    ),
    # no-speaker: slogan, title, nickname, scare term next to a name
    Case(
        "no-speaker",
        (
            "Councillor Rhona Baird stood under a banner reading “Save Our Baths” as the"
            " vote was taken.",
        ),
        (("Save Our Baths", "-"),),
    ),
    Case(
        "no-speaker",
        ("Author Callum Reid signed copies of “The Long Tide Home” at the library on Saturday.",),
        (("The Long Tide Home", "-"),),
    ),
    Case(
        "no-speaker",
        ("Defender Kwame Asante, known to fans as “the Wall”, was sent off in the 80th minute.",),
        (("the Wall", "-"),),
    ),
    Case(
        "no-speaker",
        (
            "Landlord Gordon Veitch is one of 300 owners hit by the so-called “tenant tax”,"
            " which came in last April.",
        ),
        (("tenant tax", "-"),),
    ),
)
