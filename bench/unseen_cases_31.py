"""Thirty-two short articles written in session 31 for ``bench/unseen_written.py --set 31``:
invented people, places and sentences, each case breaking one assumption the pronoun
search makes (the nearest fitting person is the antecedent; the person was named within
a few paragraphs; "they" is an organisation; "it" is a body a list knows; the person is
named in the body), the way copied news pages break it. Written and scored once, with
main's code (5ffd7ff), before any rule was changed for them: FIRST_SCORE below.

Patterns, four cases each: ``third`` a paragraph about a third person of the speaker's
sex (dead, absent, the subject of the story) between the speaker's quote and "he said";
``far`` "she said" where the only woman was named three or more paragraphs before, men
quoted since; ``pair`` "they" for two named people or a couple, an organisation named
near; ``acro`` "it" for a body named by its initials; ``owner`` "he"/"she" after a
possessive ("Okafor's lawyer … he said": the lawyer, not Okafor); ``head`` the speaker
named only in the headline or a caption line; ``inter`` a man and a woman interviewed
together, the write-up alternating "he said" and "she said"; ``firstp`` a first-person
piece (writer given) quoting others with "she told me", "he said". As in
``unseen_cases.py``, the second case of each pair (odd index) is held out.
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main 5ffd7ff: dev 14 of 20, held 10 of 20 (24 of 40)"

CASES = (
    # third: a paragraph about a third person of the same sex before "he said"/"she said"
    Case(
        "third",
        (
            "“We keep the doors open because people still need a room to sit in,” said"
            " Harlan Osei, who manages the Dunmore Street reading room.",
            "The room was left to the town in 1931 by Edmund Parry, a railway surveyor who"
            " never married. His portrait hangs above the fireplace, and his walking stick"
            " is still propped in the corner.",
            "“Nobody has dared to move that stick in ninety years,” he said.",
        ),
        (("dared to move that stick", "Harlan Osei"),),
    ),
    Case(
        "third",
        (
            "Priya Lanfranchi has coached the under-twelves at Greave Park for six seasons."
            " “Half of them came for the oranges at half-time,” she said.",
            "Her predecessor, Maud Iveson, ran the side for thirty years and was known for"
            " sending parents home if they shouted at the referee. Iveson died in March.",
            "“I still hear her whistle when somebody starts yelling,” she said.",
        ),
        (("still hear her whistle", "Priya Lanfranchi"),),
    ),
    Case(
        "third",
        (
            "“The cheese cave was the reason I bought the farm,” said Bastien Groult, standing"
            " at the door of a tunnel dug into the hillside above Lanvallay.",
            "The tunnel was cut by Yves Morvan, a quarryman, in the 1880s. Morvan stored"
            " apples there and, according to a parish record, hid a neighbour's pig in it"
            " during a tax inspection.",
            "“Every wheel I make is aged in his hole in the rock,” he said.",
        ),
        (("aged in his hole in the rock", "Bastien Groult"),),
    ),
    Case(
        "third",
        (
            "Ines Kovačić, the harbour's only female pilot, guided the grain ship in on"
            " Thursday night. “The fog came down at the breakwater,” she said.",
            "She trained under Dorota Wilk, who brought ships into Slatehaven for"
            " twenty-six years and lost none. Wilk retired to a cottage on the headland"
            " where she still watches the channel.",
            "“If I scrape a hull, I will hear about it by breakfast,” she said.",
        ),
        (("hear about it by breakfast", "Ines Kovačić"),),
    ),
    # far: the only woman named three or more paragraphs before "she said"
    Case(
        "far",
        (
            "Lorna Achterberg opened the allotment society's meeting by reading out the"
            " list of plots that had flooded.",
            "“Thirty-one of the sixty are under water,” said treasurer Ewan Blaikie.",
            "Secretary Tam Duthie said the society could not afford new drains until the"
            " council paid the grant it promised in spring.",
            "“We are not going to beg,” Blaikie added.",
            "Members voted to write to the council again. “If nothing comes by Christmas,"
            " we dig the trenches ourselves,” she said.",
        ),
        (("dig the trenches ourselves", "Lorna Achterberg"),),
    ),
    Case(
        "far",
        (
            "The bakery on Cowl Lane was opened in 1998 by Marisol Ventura, who had"
            " worked nights at a biscuit factory to save the deposit.",
            "The landlord, Gerald Hume, says the rent has not gone up in five years. “I like"
            " having bread downstairs,” he said.",
            "Planning officer Rhys Cadwallader said a change of use would be needed for the"
            " tables on the pavement.",
            "“The rules are the rules,” he said.",
            "Ventura is not worried. “I have been told no before,” she said.",
        ),
        (("told no before", "Marisol Ventura"),),
    ),
    Case(
        "far",
        (
            "Dr Halima Osagie set up the mobile clinic in a converted horsebox in 2019.",
            "It now visits eleven villages. Farmer Con Rourke brings his mother every"
            " fortnight. “She would not go to the town for anything,” he said.",
            "Bernard Kealy, who drives the horsebox, said the gearbox was on its last legs.",
            "“I nurse it up every hill,” Kealy said.",
            "The health board has promised a van. “I will believe it when I can park it,”"
            " she said.",
        ),
        (("when I can park it", "Halima Osagie"),),
    ),
    Case(
        "far",
        (
            "Noor Haddad, a chemistry teacher, started the repair cafe in the church hall"
            " after her own kettle broke.",
            "Volunteers now fix about forty things each Saturday. Retired electrician Alun"
            " Prys does the lamps.",
            "“Most of them just need a new fuse,” he said.",
            "Tomasz Wrona mends bicycles by the door. “People throw away a bike for a"
            " puncture,” Wrona said.",
            "“We are not saving the planet, we are saving kettles,” she said.",
        ),
        (("saving kettles", "Noor Haddad"),),
    ),
    # pair: "they" for two named people or a couple, an organisation named near
    Case(
        "pair",
        (
            "Oona and Fergal Tierney bought the Linnet Hotel from Castlebar Leisure Group"
            " last year, after it had stood empty for a decade.",
            "The group had planned to turn it into flats. The Tierneys reopened the bar first.",
            "“We needed the locals on our side before the tourists,” they said.",
        ),
        (("locals on our side", "Oona and Fergal Tierney|Tierneys"),),
    ),
    Case(
        "pair",
        (
            "Kasia Nowak and Ben Ashdown met at the Riverside Rowing Club when both were"
            " sixteen. The club has now named its new eight after them.",
            "Nowak and Ashdown won the coastal doubles title four times between 1989 and 1996.",
            "“We argued about the stroke rate every single time,” they said.",
        ),
        (("argued about the stroke rate", "Kasia Nowak and Ben Ashdown|Nowak and Ashdown"),),
    ),
    Case(
        "pair",
        (
            "Twins Jude and Ellis Okonjo, 14, have raised £3,000 for Harbourside Hospice by"
            " running a lap of the reservoir every day since January.",
            "The hospice cared for their grandfather last winter. The boys plan to stop in June.",
            "“Our legs are done but our shoes are worse,” they said.",
        ),
        (("our shoes are worse", "Jude and Ellis Okonjo"),),
    ),
    Case(
        "pair",
        (
            "Stellan Rask and his wife, Birgit, have sold honey at the Saturday market since"
            " Marlow Town Council first let stalls onto the square.",
            "This year the council has raised the pitch fee by half. The Rasks have"
            " eighty-two hives.",
            "“The bees did not get a pay rise, so neither can the council,” they said.",
        ),
        (("bees did not get a pay rise", "Stellan Rask and Birgit|Stellan and Birgit Rask|Rasks"),),
    ),
    # acro: "it" for a body named by its initials
    Case(
        "acro",
        (
            "The Western Canals Trust (WCT) has closed the towpath between Lock 9 and"
            " Brindle Wharf after a section of bank slipped into the water.",
            "Walker Gwen Tarrant said she had been turned back twice this week.",
            "The WCT said engineers would inspect the bank on Monday. “We will reopen the"
            " path as soon as it is safe,” it said.",
        ),
        (("as soon as it is safe", "Western Canals Trust|WCT"),),
    ),
    Case(
        "acro",
        (
            "Residents in Hollin Vale say the NRPA has ignored three years of complaints"
            " about the smell from the treatment works.",
            "Dev Basra, who lives two fields away, keeps his windows shut all summer.",
            "In a statement the NRPA said the works met every permit. “Odour is monitored"
            " weekly and remains within limits,” it said.",
        ),
        (("remains within limits", "NRPA"),),
    ),
    Case(
        "acro",
        (
            "Bus drivers at KTL will strike on Friday, the union said.",
            "Shop steward Marek Dobos said drivers had been offered two percent.",
            "KTL, which runs forty routes across the county, said it was disappointed."
            " “Our offer is fair and remains on the table,” it said.",
        ),
        (("remains on the table", "KTL"),),
    ),
    Case(
        "acro",
        (
            "The Tarn Valley Mountain Rescue Association, known as TVMRA, was called out"
            " 212 times last year, a record.",
            "Volunteer Sian Pugh said most calls came from walkers without torches.",
            "TVMRA has asked the park authority for more signs. “Many of these call-outs"
            " could be avoided,” it said.",
        ),
        (("could be avoided", "TVMRA|Tarn Valley Mountain Rescue Association"),),
    ),
    # owner: "he"/"she" after a possessive; the owned person speaks
    Case(
        "owner",
        (
            "Darnell Okafor, 34, denies taking the van from the depot on Wick Road.",
            "Okafor's lawyer, Simone Achebe, told the court her client had been at his"
            " sister's house that night.",
            "“The keys were never in his hands,” she said.",
        ),
        (("never in his hands", "Simone Achebe"),),
    ),
    Case(
        "owner",
        (
            "Councillor Ruth Penberthy has been cleared of breaching the code of conduct.",
            "Penberthy's husband, Alistair, who sat through every day of the hearing, said"
            " the family was relieved.",
            "“It has been eight months of waiting,” he said.",
        ),
        (("eight months of waiting", "Alistair|Alistair Penberthy"),),
    ),
    Case(
        "owner",
        (
            "Winger Luka Marić will miss the rest of the season with a knee injury.",
            "Marić's agent, Teodor Vlahos, said the player had already begun his"
            " rehabilitation in Split.",
            "“He will come back stronger, and the club knows it,” he said.",
        ),
        (("come back stronger", "Teodor Vlahos"),),
    ),
    Case(
        "owner",
        (
            "Aurelia Fenwick, the novelist, has withdrawn from the Brockley book festival.",
            "Fenwick's publisher, Hester Quayle, said the author had a family emergency.",
            "“She sends her apologies to every reader who bought a ticket,” she said.",
        ),
        (("sends her apologies", "Hester Quayle"),),
    ),
    # head: the speaker named only in the headline or a caption line
    Case(
        "head",
        (
            "For forty-one years the ovens on Mill Lane were lit at four in the morning."
            " On Saturday they go cold.",
            "“I will miss the smell more than the money,” he said. “The money was never much.”",
        ),
        (("miss the smell more than the money", "Tobias Iles"),),
        title="Baker Tobias Iles hangs up his apron after 41 years",
    ),
    Case(
        "head",
        (
            "Wendeline Marsh outside the shop on Quarry Road on Friday. (Photo: staff)",
            "The last video rental shop in the county closes its doors this weekend, after"
            " nearly thirty years.",
            "“People still come in to talk about films, they just do not rent them,” she said.",
        ),
        (("do not rent them", "Wendeline Marsh"),),
    ),
    Case(
        "head",
        (
            "Image: Gideon Ashworth, 88, with the logbook he has kept since 1961.",
            "Every morning at nine the rain gauge at the end of the garden in Pellow is read"
            " and the figure written down in pencil.",
            "“The wettest day was in 1968. I had to empty it twice,” he said.",
        ),
        (("had to empty it twice", "Gideon Ashworth"),),
    ),
    Case(
        "head",
        (
            "The lifeboat station at Carrick Bay has a new helm for the first time in"
            " twenty years.",
            "“The sea does not care who you are, only whether you are ready,” she said.",
        ),
        (("whether you are ready", "Rosalind Tregear"),),
        title="Rosalind Tregear becomes Carrick Bay's first female lifeboat helm",
    ),
    # inter: a man and a woman interviewed together, "he said" and "she said" alternating
    Case(
        "inter",
        (
            "Mina Farouk and Declan Shore run the night shelter on Tanner Street together.",
            "“We had forty people on the coldest night,” she said.",
            "The shelter has thirty beds. Volunteers put mats down in the corridor.",
            "“Nobody gets turned away, that is the only rule,” he said.",
            "“The rule costs us a fortune in blankets,” she said.",
        ),
        (
            ("forty people on the coldest night", "Mina Farouk"),
            ("only rule", "Declan Shore"),
            ("fortune in blankets", "Mina Farouk"),
        ),
    ),
    Case(
        "inter",
        (
            "Brother and sister Osric and Della Penrose have farmed the same hill above"
            " Treweek for thirty years.",
            "“Dad gave us half each and told us to get on with it,” he said.",
            "“We have only fallen out about sheep,” she said.",
            "Their nephew is expected to take over the farm next year.",
            "“He is better with the tractor than either of us,” he said.",
        ),
        (
            ("half each", "Osric Penrose"),
            ("fallen out about sheep", "Della Penrose"),
            ("better with the tractor", "Osric Penrose"),
        ),
    ),
    Case(
        "inter",
        (
            "Tillie Okwu, the head teacher, and Raymond Stroud, the caretaker, have both"
            " worked at Fernhill Primary since it opened in 1994.",
            "“I have seen three roofs go on this building,” he said.",
            "“And I have seen four head teachers come and go before me,” she said.",
            "Both retire in July.",
            "“We will leave together,” he said. “We will probably argue about who locks up.”",
        ),
        (
            ("three roofs", "Raymond Stroud"),
            ("four head teachers", "Tillie Okwu"),
            ("leave together", "Raymond Stroud"),
        ),
    ),
    Case(
        "inter",
        (
            "Eamon Reilly and his daughter, Clodagh, are the fourth generation to run the"
            " ferry across the Lough.",
            "“The boat is older than both of us put together,” she said.",
            "Reilly has made the crossing about 60,000 times by his own count.",
            "“I could do it blindfold, and in fog I practically do,” he said.",
            "“He says that to every tourist,” she said.",
        ),
        (
            ("older than both of us", "Clodagh|Clodagh Reilly"),
            ("I could do it blindfold", "Eamon Reilly"),
            ("says that to every tourist", "Clodagh|Clodagh Reilly"),
        ),
    ),
    # firstp: a first-person piece quoting others
    Case(
        "firstp",
        (
            "I went back to the swimming baths where I learned to swim, forty years on.",
            "The woman at the desk, Pauline Garside, has worked there since 1987. I asked"
            " her whether she remembered the diving board.",
            "“They took it down after the inspection in '99,” she told me.",
            "I said I had been too frightened to jump off it anyway.",
        ),
        (("took it down after the inspection", "Pauline Garside"),),
        authors=("Neville Ashcombe",),
    ),
    Case(
        "firstp",
        (
            "My grandfather kept pigeons in a loft behind the house in Scawby, and last month"
            " I finally visited the club he belonged to.",
            "Its secretary, Clive Tunstall, showed me a photograph from 1962 with my"
            " grandfather in the second row.",
            "“He won the Nantes race that year, and nobody ever let him forget it,” he said.",
        ),
        (("won the Nantes race", "Clive Tunstall"),),
        authors=("Helen Mabry",),
    ),
    Case(
        "firstp",
        (
            "When I moved to Ardlow I did not know a soul. The first person to knock on my"
            " door was Ezra Kimathi, who lives at number 12.",
            "He brought a tin of biscuits and a map of the bin collection days.",
            "“Nobody understands the bins for the first year,” he said.",
            "I still do not understand the bins.",
        ),
        (("Nobody understands the bins", "Ezra Kimathi"),),
        authors=("Rowan Tate",),
    ),
    Case(
        "firstp",
        (
            "I have written this column for ten years, and I have never had a letter like"
            " the one that arrived on Tuesday.",
            "It came from Agnes Whitlow, 93, of Bramhope, who told me that I had got the date"
            " of the town's last tram wrong by a week.",
            "“I was on it, dear, and it was a Thursday,” she wrote.",
        ),
        (("it was a Thursday", "Agnes Whitlow"),),
        authors=("Martin Oduya",),
    ),
)
