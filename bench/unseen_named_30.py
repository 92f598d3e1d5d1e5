"""Forty short articles written in session 30 for ``bench/unseen_written.py --set 30n``:
each breaks one assumption named attribution makes (README.md, issue 14, "Assumptions"),
the way real copy breaks it: wire copy, local papers, press releases, blogs and feature
pages, with invented people, places and sentences. Written and scored once with main's
code (4b9eb19) before any rule was changed for them (the figure is in README.md).

Patterns, four cases each: ``verb`` a cue verb no list holds ("grumbled", "marvelled");
``next`` a long quote paragraph whose cue comes in the next paragraph; ``foreign`` a name
with non-English parts (diacritics, Ní, Ó, Nguyễn, hyphens and apostrophes); ``roleorg``
a speaker given only by role and organisation; ``colon`` a quote after a colon that closes
a narrated sentence; ``alternate`` two speakers alternating in one paragraph; ``release``
press-release copy (capitalised titles after the name, "commented", a dash signature);
``wire`` wire copy (a dateline, "told reporters", the name given after the quote's
sentence); ``blog`` a first-person post quoting people it introduces by relation; ``desc``
a description ("the 58-year-old", "the Halvik striker") standing for a person named
before. As in ``bench/unseen_cases.py``, the second case of each pair (odd index) is held
out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all (not found, a scare quote, or no named speaker).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # verb: a cue verb no list holds
    Case(
        "verb",
        (
            "The Tollard Bridge reopened on Friday after eleven weeks of repairs.",
            "“I had forgotten how short the drive to town is,” marvelled Hedda Quarrie, who"
            " runs the bakery on the far bank.",
        ),
        (("forgotten how short", "Hedda Quarrie"),),
    ),
    Case(
        "verb",
        (
            "Groundsman Alfie Brennock surveyed the waterlogged pitch at Ravensholt on"
            " Saturday morning.",
            "“You could grow rice out there,” Brennock grumbled, before calling the game off.",
        ),
        (("grow rice", "Alfie Brennock"),),
    ),
    Case(
        "verb",
        (
            "Judge Perpetua Onwuachi reflected on forty years at the bar in her final"
            " sitting: “The law changed less than the people who came before me.”",
        ),
        (("law changed less", "Perpetua Onwuachi"),),
    ),
    Case(
        "verb",
        (
            "The glaciologist Torvald Engstrand smiled at the question.",
            "“Ask me again in a century,” Engstrand shrugged. “The ice keeps its own diary.”",
        ),
        (("Ask me again", "Torvald Engstrand"), ("keeps its own diary", "Torvald Engstrand")),
    ),
    # next: a long quote paragraph, its cue in the next paragraph
    Case(
        "next",
        (
            "The orchard at Wexcombe has been in one family since 1887.",
            "“My grandfather planted the pear trees by the wall the year the old king died."
            " Some of them still fruit. I prune them the way he showed my father, and my"
            " father showed me, and I am not sure anyone will show my daughter.”",
            "Those trees are what Ottilie Farrant worries about most as the estate goes up"
            " for sale.",
        ),
        (("grandfather planted the pear", "Ottilie Farrant"),),
    ),
    Case(
        "next",
        (
            "“We found the seal pup tangled in netting a mile offshore. It took three of us"
            " twenty minutes to cut it free, and it bit two of us for our trouble. It was"
            " released on Tuesday morning.”",
            "The rescue was described by volunteer Magnus Threlkeld, who has worked with the"
            " Saltmere sanctuary for a decade.",
        ),
        (("seal pup tangled", "Magnus Threlkeld"),),
    ),
    Case(
        "next",
        (
            "Trading in Harwick Foods shares was halted at noon.",
            "“The board has received an approach. It is at an early stage, and there is no"
            " certainty an offer will be made. Shareholders need take no action.”",
            "Chief executive Rosalind Quarmby gave the statement to analysts on a call that"
            " lasted four minutes.",
        ),
        (("received an approach", "Rosalind Quarmby"),),
    ),
    Case(
        "next",
        (
            "“I counted forty-one species on the first morning. The reed warblers had come"
            " back, which nobody expected, and a bittern was booming from the far pool.”",
            "Ecologist Ysolde Penhallow spent the spring surveying the restored marsh at"
            " Culver Fen.",
        ),
        (("forty-one species", "Ysolde Penhallow"),),
    ),
    # foreign: a name with non-English parts
    Case(
        "foreign",
        (
            "“The river has never been this low in living memory,” said Nguyễn Thị Lan, a"
            " rice farmer in the delta province.",
        ),
        (("never been this low", "Nguyễn Thị Lan"),),
    ),
    Case(
        "foreign",
        (
            "Siobhán Ní Bhriain was elected to the county council on the fourth count.",
            "“I knocked on every door twice,” Ní Bhriain said.",
        ),
        (("every door twice", "Siobhán Ní Bhriain"),),
    ),
    Case(
        "foreign",
        (
            "Zsófia Kovács-Ördög has coached the national fencing squad since 2019.",
            "“They fence with their heads now, not only their wrists,” Kovács-Ördög said"
            " after the team's bronze.",
        ),
        (("fence with their heads", "Zsófia Kovács-Ördög"),),
    ),
    Case(
        "foreign",
        (
            "Professor Jean-Baptiste N'Diaye-Sørensen leads the survey of the reef.",
            "“Half the coral we mapped in 2015 is gone,” N'Diaye-Sørensen told reporters.",
        ),
        (("Half the coral", "Jean-Baptiste N'Diaye-Sørensen"),),
    ),
    # roleorg: a speaker given only by role and organisation
    Case(
        "roleorg",
        (
            "Bramley District Council will close two libraries in April.",
            "“We have run out of other options,” a spokeswoman for Bramley District Council said.",
        ),
        (("run out of other options", "Bramley District Council"),),
    ),
    Case(
        "roleorg",
        (
            "Passengers on the 7.40 from Dunmore waited two hours in a tunnel on Monday.",
            "“We apologise to everyone affected,” said a spokesman for Northline Rail.",
        ),
        (("apologise to everyone", "Northline Rail"),),
    ),
    Case(
        "roleorg",
        (
            "The Kestrel Museum of Industry has returned a carved door to the village it was"
            " taken from.",
            "“It was never ours to keep,” the museum's director said at a short ceremony.",
        ),
        (("never ours to keep", ""),),
    ),
    Case(
        "roleorg",
        (
            "Police were called to the Linmouth recycling depot after a fire broke out overnight.",
            "“Nobody was hurt, which is the main thing,” a senior officer at the scene said.",
        ),
        (("Nobody was hurt", ""),),
    ),
    # colon: a quote after a colon that closes a narrated sentence
    Case(
        "colon",
        (
            "Harbourmaster Elspeth Varley has seen storms take boats before.",
            "This one left her shaken all the same: “I watched the pontoon fold like paper.”",
        ),
        (("pontoon fold like paper", "Elspeth Varley"),),
    ),
    Case(
        "colon",
        (
            "Defender Callum Ojukwu-Hart did not hide his disappointment after the draw at"
            " Feltham: “We gave them two goals. You cannot do that in this league.”",
        ),
        (("gave them two goals", "Callum Ojukwu-Hart"),),
    ),
    Case(
        "colon",
        (
            "The notice taped to the door of the Elmstead post office was brief: “Closed"
            " until further notice.”",
        ),
        (("Closed until further notice", "-"),),
    ),
    Case(
        "colon",
        (
            "Novelist Imelda Crowther has a simple rule for her students: “Write the scene"
            " you are afraid of first.”",
        ),
        (("scene you are afraid of", "Imelda Crowther"),),
    ),
    # alternate: two speakers alternating in one paragraph
    Case(
        "alternate",
        (
            "“Is the well safe to drink from?” asked Petronella Oakes. “It is now,” said the"
            " engineer, Idris Maelor. “Since Tuesday?” Oakes pressed. “Since Tuesday,” Maelor"
            " said.",
        ),
        (
            ("well safe to drink", "Petronella Oakes"),
            ("It is now", "Idris Maelor"),
            ("Since Tuesday?", "Petronella Oakes"),
        ),
    ),
    Case(
        "alternate",
        (
            "The two candidates met on the steps of the town hall. “You have had eight years,”"
            " Wilhelmina Stroud told her rival. “And I have used them,” Barnaby Keough"
            " replied.",
        ),
        (("had eight years", "Wilhelmina Stroud"), ("I have used them", "Barnaby Keough")),
    ),
    Case(
        "alternate",
        (
            "Coach Aurelio Pasquini and his captain, Finnian Raske, disagreed about the"
            " result. “We were unlucky,” Pasquini said. “We were poor,” Raske said. “Both can"
            " be true,” Pasquini added.",
        ),
        (
            ("We were unlucky", "Aurelio Pasquini"),
            ("We were poor", "Finnian Raske"),
            ("Both can be true", "Aurelio Pasquini"),
        ),
    ),
    Case(
        "alternate",
        (
            "At the tasting, Marisol Etxeberria swirled her glass. “Too young,” she said."
            " Her partner, Gustav Lindqvist, disagreed: “Drink it now, while it is angry.”",
        ),
        (("Too young", "Marisol Etxeberria"), ("while it is angry", "Gustav Lindqvist")),
    ),
    # release: press-release copy
    Case(
        "release",
        (
            "HALDEN, March 4 -- Brightwater Analytics today announced the opening of a"
            " second office.",
            "“This expansion reflects the trust our clients place in us,” said Dr. Oriana"
            " Feathers, Chief Executive Officer of Brightwater Analytics.",
        ),
        (("expansion reflects the trust", "Oriana Feathers"),),
    ),
    Case(
        "release",
        (
            "Corvale Dairy Cooperative has won the regional award for sustainable farming.",
            "“Our members have worked for this for a decade,” commented Leopold Vantongeren,"
            " Chair of the Cooperative Board.",
        ),
        (("worked for this for a decade", "Leopold Vantongeren"),),
    ),
    Case(
        "release",
        (
            "“We are delighted to welcome Priya to the team. Her experience in logistics will"
            " be invaluable as we grow.”",
            "– Desmond Achterhof, Managing Director, Quayline Freight",
        ),
        (("delighted to welcome Priya", "Desmond Achterhof"),),
    ),
    Case(
        "release",
        (
            "About the award: The Fenwick Prize recognises new writing in the region.",
            "Judging panel chair Henrietta Oyelaran-Blythe said: “The shortlist was the"
            " strongest in the prize's history.”",
        ),
        (("strongest in the prize", "Henrietta Oyelaran-Blythe"),),
    ),
    # wire: wire copy
    Case(
        "wire",
        (
            "PORT ALDRIN (Wire) — Fishermen blockaded the harbour on Wednesday over new"
            " quotas, and said they would stay until the ministry backed down.",
            "“We are not leaving,” said Anselm Querido, 47, standing on the deck of his trawler.",
        ),
        (("We are not leaving", "Anselm Querido"),),
    ),
    Case(
        "wire",
        (
            "KESTRAVA, Oct 12 (Wire) - The central bank left rates unchanged on Thursday.",
            "“Inflation is falling, but not fast enough,” Governor Ludmila Varga-Hessel told"
            " reporters after the meeting.",
        ),
        (("not fast enough", "Ludmila Varga-Hessel"),),
    ),
    Case(
        "wire",
        (
            "MIRABEL, Sept 3 (Wire) — Rescuers pulled two miners alive from a collapsed"
            " shaft late on Tuesday.",
            "“They were sitting up and talking,” the regional fire chief, Octavio Brambilla,"
            " told local radio.",
        ),
        (("sitting up and talking", "Octavio Brambilla"),),
    ),
    Case(
        "wire",
        (
            "ORLEVIK (Wire) — The ferry operator said it would cut winter sailings by half.",
            "“The island cannot live on two boats a week,” the island's doctor, Hallgerd"
            " Sveinsdottir, wrote in a letter to the minister.",
        ),
        (("two boats a week", "Hallgerd Sveinsdottir"),),
    ),
    # blog: a first-person post quoting people it introduces by relation
    Case(
        "blog",
        (
            "I have kept bees for six summers now, and this was the worst.",
            "My neighbour Gwilym Pryce-Rhodes, who has kept them for forty, put it best over"
            " the fence last week: “Some years the bees win, and some years the wasps do.”",
        ),
        (("bees win", "Gwilym Pryce-Rhodes"),),
        ("Nell Ashdown",),
    ),
    Case(
        "blog",
        (
            "Posted on 14 May by Corin Vale",
            "When I told my editor, Adaeze Mbanefo, that I wanted to write about potholes,"
            " she laughed. “Everyone writes about potholes,” she said. “Write about the men"
            " who fill them.”",
        ),
        (
            ("Everyone writes about potholes", "Adaeze Mbanefo"),
            ("men who fill them", "Adaeze Mbanefo"),
        ),
        ("Corin Vale",),
    ),
    Case(
        "blog",
        (
            "We walked the last stage with a retired shepherd, Eurig Bevan-Lloyd, who knew"
            " every stone wall by name.",
            "“That one my uncle built, and it has outlasted him by fifty years,” Eurig said.",
        ),
        (("outlasted him", "Eurig Bevan-Lloyd"),),
        ("Tamsin Rook",),
    ),
    Case(
        "blog",
        (
            "I asked my grandmother, Rosamund Achebe-Holt, what she remembered of the flood.",
            "“The piano floating down Mill Street,” she told me. “Nobody ever found it.”",
        ),
        (
            ("piano floating", "Rosamund Achebe-Holt"),
            ("Nobody ever found it", "Rosamund Achebe-Holt"),
        ),
        ("Femi Holt",),
    ),
    # desc: a description standing for a person named before
    Case(
        "desc",
        (
            "Striker Emeka Vondrasek scored twice as Halvik beat Tarrow 3-1.",
            "“The first one was luck, the second was not,” the Halvik striker said.",
        ),
        (("first one was luck", "Emeka Vondrasek"),),
    ),
    Case(
        "desc",
        (
            "Marguerite Olufsen, 58, has run the Clayfield soup kitchen since it opened.",
            "“We fed ninety people on Christmas Day,” the 58-year-old said. “Next year it will"
            " be more.”",
        ),
        (
            ("ninety people", "Marguerite Olufsen"),
            ("Next year it will be more", "Marguerite Olufsen"),
        ),
    ),
    Case(
        "desc",
        (
            "The chief executive of Pellow Water, Augustin Marchbanks, apologised to"
            " customers on Friday for a week of brown tap water.",
            "“We let people down,” the chief executive said.",
        ),
        (("We let people down", "Augustin Marchbanks"),),
    ),
    Case(
        "desc",
        (
            "Cellist Ingrid Albuquerque-Moss played her last concert in Dunhaven on Sunday.",
            "“I have played this hall since I was nine,” the cellist said afterwards.",
        ),
        (("since I was nine", "Ingrid Albuquerque-Moss"),),
    ),
)
