"""Forty-four short articles written in session 29 for ``bench/unseen_written.py --set 29``:
invented people, places and sentences, made as messy as copied pages are (share lines,
advertisements, photo captions, bios, doubled spaces), each scored quote with the speaker
a careful reader gives it. Written and scored once, with main's code (6b604dd), before any
rule was changed for them: FIRST_SCORE below.

Patterns, four cases each: ``far`` a pronoun three sentences after its person, another
person of the same sex named between as an object; ``para`` "he"/"she" after a paraphrase
whose content names someone else; ``team`` "they" for a team or a family; ``ministry``
"it" for a ministry or agency; ``appos`` a spokesperson named in apposition; ``stmt``
"the statement said" for a named body; ``caption`` a quote continued after a photo
caption line; ``column`` a first-person column (its author speaks); ``qa`` an interview's
questions and answers; ``told`` "she told reporters" with someone else named between;
``wrote`` "he wrote on X" or a post elsewhere. As in ``unseen_cases.py``, the second case
of each pair (odd index) is held out.
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main 6b604dd: dev 17 of 26, held 18 of 28 (35 of 54)"

CASES = (
    # far: the pronoun three sentences on, a same-sex person named between as an object
    Case(
        "far",
        (
            "Hamish Torvald bought the old Lindqvist bakery on Mercer Street in 2019. That"
            " winter he hired a pastry chef, Emil Stroud, away from a hotel in Dunmore. The"
            " queues began the next spring.  By August the shop sold out before noon.",
            "Advertisement",
            "“I had never sold a croissant in my life,” he said.",
        ),
        (("never sold a croissant", "Hamish Torvald"),),
    ),
    Case(
        "far",
        (
            "Councillor Ines Marovic has fought the closure of the Tanner Road library for two"
            " years. In March she invited the novelist Dora Pilch to read there. Three hundred"
            " people came. The council has not changed its plans.",
            "Share this article",
            "“They counted the books, never the readers,” she said.",
        ),
        (("counted the books", "Ines Marovic"),),
    ),
    Case(
        "far",
        (
            "Sister Agathe Lemaire arrived at the clinic in Oruba in 1987 with two suitcases."
            " The bishop sent a young nurse, Colette Brune, to help her the following year."
            " Together they vaccinated eleven thousand children.",
            "Photo: The clinic in Oruba in 1990. Courtesy of the order",
            "“We did not have a fridge for the first six years,” she recalled.",
        ),
        (("did not have a fridge", "Agathe Lemaire"),),
    ),
    Case(
        "far",
        (
            "Gustav Rennick started repairing clocks in his garage after he retired from the"
            " railway. His neighbour asked him to look at a grandfather clock that had belonged"
            " to Walter Emsley, a watchmaker who died in 1961. It had not chimed in sixty years.",
            "RELATED: The last tower clock winder in the county",
            "“When it struck twelve I sat down on the floor,” he said.",
        ),
        (("sat down on the floor", "Gustav Rennick"),),
    ),
    # para: a pronoun after a paraphrase that names someone else
    Case(
        "para",
        (
            "The head of Brackwater Academy, Aldous Pike, said on Monday that a pupil he"
            " suspended last term, Tomas Grell, would be allowed back in May after a review"
            " by the governors.",
            "“Everyone here deserves a second chance,” he said.",
        ),
        (("deserves a second chance", "Aldous Pike"),),
    ),
    Case(
        "para",
        (
            "Coach Miriam Oyelaran said the club's captain, Hattie Voss, would miss the cup"
            " final with a broken wrist. Voss was hurt in training on Thursday.",
            "“We have players who can step up, and they know it,” she said.",
        ),
        (("players who can step up", "Miriam Oyelaran"),),
    ),
    Case(
        "para",
        (
            "Prosecutor Lorcan Teale told the jury that the accused, Benedikt Sowa, had driven"
            " to the warehouse twice on the night of the fire.  Petrol was found in the boot"
            " of his car, Teale said.",
            "“The defendant had a reason, a plan and a can,” he said.",
        ),
        (("a reason, a plan and a can", "Lorcan Teale"),),
    ),
    Case(
        "para",
        (
            "Harbour master Brigid Colquhoun said on Tuesday that the skipper of the trawler,"
            " Annika Strand, had ignored two warnings to turn back before the storm.",
            "Sign up to our morning briefing",
            "“The sea gave her every chance,” she said.",
        ),
        (("sea gave her every chance", "Brigid Colquhoun"),),
    ),
    # team: "they" for a team or a family
    Case(
        "team",
        (
            "The Achterberg family have farmed at Wyke End for four generations. Last month"
            " dogs killed forty of their ewes in a single night.",
            "“We are not going anywhere,” they said in a statement posted on the farm's page.",
        ),
        (("not going anywhere", "Achterberg family"),),
    ),
    Case(
        "team",
        (
            "Pictured: the Mwangi family outside their home in Selbrook",
            "The Mwangi family waited nine years for the council to fix the damp in their"
            " flat. Their youngest son has asthma.",
            "“Every winter the walls turn black again,” they told the inquiry.",
        ),
        (("walls turn black again", "Mwangi family"),),
    ),
    Case(
        "team",
        (
            "Larkhill Rovers will play their home games forty miles away next season while"
            " the stand is rebuilt. The club's owner, Dunstan Fry, bought the ground in 2015.",
            "“Our supporters have been patient with us for a long time,” they said.",
        ),
        (("supporters have been patient", "Larkhill Rovers"),),
    ),
    Case(
        "team",
        (
            "The Vardy Street Singers, a choir of sixty retired dockers, have been invited"
            " to sing at the opening of the new bridge.",
            "Advertisement",
            "“Most of us helped build the old one,” they said.",
        ),
        (("helped build the old one", "Vardy Street Singers"),),
    ),
    # ministry: "it" for a ministry or agency
    Case(
        "ministry",
        (
            "The Ministry of Fisheries has cut the cod quota in the northern grounds by a"
            " third. Skippers in Halsted protested outside the harbour office on Saturday.",
            "“The stock will not recover without this,” it said.",
        ),
        (("stock will not recover", "Ministry of Fisheries"),),
    ),
    Case(
        "ministry",
        (
            "The Department for Rural Roads has closed the Pellow Pass until spring after a"
            " rockfall on Wednesday.",
            "Share   Tweet   Email",
            "“Engineers will inspect the slope once the snow melts,” it said in a notice.",
        ),
        (("inspect the slope", "Department for Rural Roads"),),
    ),
    Case(
        "ministry",
        (
            "The Health Ministry will pay for hearing tests for every child starting school,"
            " the minister, Halima Dervish, announced on Friday. Opposition MPs asked why it"
            " had taken so long.",
            "“The money was found in this year's budget,” it said later.",
        ),
        (("money was found in this year", "Health Ministry"),),
    ),
    Case(
        "ministry",
        (
            "The Coastal Protection Agency has given up trying to save the dunes at Marram"
            " Point, where the sea has taken forty metres in ten years.",
            "“We will help the village move back instead,” it said.",
        ),
        (("help the village move back", "Coastal Protection Agency"),),
    ),
    # appos: a spokesperson named in apposition
    Case(
        "appos",
        (
            "Forty passengers spent the night on a stranded train outside Callowby.",
            "“Nobody was hurt, and everyone was given blankets and water,” a spokeswoman for"
            " Tallis Rail, Wendy Ashdown, said on Sunday.",
        ),
        (("given blankets and water", "Wendy Ashdown"),),
    ),
    Case(
        "appos",
        (
            "A spokesman for the Orrin Valley Water Board, Piotr Lasek, confirmed that the"
            " reservoir was at its lowest level since records began.",
            "Advertisement",
            "“We are asking everyone to take shorter showers,” he said.",
        ),
        (("shorter showers", "Piotr Lasek"),),
    ),
    Case(
        "appos",
        (
            "The airline's spokesperson, Jomo Karanja, said the strike would not affect"
            " long-haul flights. “Our pilots have not been balloted,” Karanja said.",
        ),
        (("pilots have not been balloted", "Jomo Karanja"),),
    ),
    Case(
        "appos",
        (
            "The hospital will stop taking new patients at its eye clinic from June.",
            "“We simply do not have the surgeons,” said Rhiannon Tegid, a spokeswoman for the"
            " Carrow Health Trust.",
        ),
        (("do not have the surgeons", "Rhiannon Tegid"),),
    ),
    # stmt: "the statement said" for a named body
    Case(
        "stmt",
        (
            "The Harrowgate Hospital Trust apologised on Friday to the family of a man who"
            " waited eleven hours for an ambulance.",
            "“We fell short of the care every family should expect,” the statement said.",
        ),
        (("fell short of the care", "Harrowgate Hospital Trust"),),
    ),
    Case(
        "stmt",
        (
            "The Guild of Pennine Brewers has asked the government to cut the duty on"
            " cask beer. In a statement issued on Tuesday, it warned that one pub in ten"
            " could close.",
            "“A pint should not be a luxury,” the statement said.",
        ),
        (("pint should not be a luxury", "Guild of Pennine Brewers"),),
    ),
    Case(
        "stmt",
        (
            "Solent Ferries has suspended its night crossing after a fire in the engine room"
            " of the Mistral on Sunday.",
            "Photograph: Ewan Rudd",
            "“The crew followed every procedure and no one was injured,” the company said"
            " in a statement.",
        ),
        (("crew followed every procedure", "Solent Ferries"),),
    ),
    Case(
        "stmt",
        (
            "The Norland Chess Federation has banned a grandmaster for a year for using a"
            " phone during a game.",
            "“Fair play is the foundation of our game,” the federation said in its statement.",
        ),
        (("Fair play is the foundation", "Norland Chess Federation"),),
    ),
    # caption: a quote continued after a photo caption line
    Case(
        "caption",
        (
            "“We opened the doors at six and the hall was full by seven,” said Agnes Morrow,"
            " who runs the food bank at St Aidan's. “Half of them had never been here before.",
            "Volunteers sort tins at the food bank in Leaside on Saturday. Photograph: Tom Beck",
            "“Some of them were in tears when they left.”",
        ),
        (("full by seven", "Agnes Morrow"), ("in tears when they left", "Agnes Morrow")),
    ),
    Case(
        "caption",
        (
            "Otto Brandauer has restored fairground organs for thirty years.",
            "“Each one has its own voice,” he said.",
            "Otto Brandauer in his workshop in Kelby. (Photo: Lena Falk)",
            "“You learn to hear when a pipe is tired.”",
        ),
        (("its own voice", "Otto Brandauer"), ("when a pipe is tired", "Otto Brandauer")),
    ),
    Case(
        "caption",
        (
            "The beekeeper Sunniva Holm lost every hive in the floods.",
            "“I found one queen alive, in a box on top of the shed,” Holm said.",
            "Image: Sunniva Holm with her last colony. Credit: Arne Viik",
            "“I called her Noah.”",
        ),
        (("in a box on top of the shed", "Sunniva Holm"), ("I called her Noah", "Sunniva Holm")),
    ),
    Case(
        "caption",
        (
            "Ferdinand Achebe-Lowe, the stationmaster at Grimsdale, will retire on Friday"
            " after forty-one years.",
            "“I have seen steam, diesel and now the electric,” he said.",
            "Ferdinand Achebe-Lowe on the platform at Grimsdale. Photograph: Marta Lind",
            "Advertisement",
            "“The trains changed. The passengers never did.”",
        ),
        (
            ("steam, diesel and now", "Ferdinand Achebe-Lowe"),
            ("passengers never did", "Ferdinand Achebe-Lowe"),
        ),
    ),
    # column: a first-person column, its author the speaker of "I said"
    Case(
        "column",
        (
            "I have coached the under-nines at Pelham Park for eleven years, and this season"
            " I nearly quit.",
            "At the first match a father shouted at his son from the touchline for the whole"
            " hour. At half-time I walked over. “He is eight,” I said. “He is here to enjoy it.”",
            "Tobias Wren is a youth coach and a teacher.",
        ),
        (("He is eight", "Tobias Wren"),),
        ("Tobias Wren",),
    ),
    Case(
        "column",
        (
            "My grandmother kept a ledger of every egg her hens laid between 1951 and 1990.",
            "When I found it in her attic I rang my mother. “Did you know about this?” I asked."
            " She laughed. “We all had to sign it,” she said.",
        ),
        (("Did you know about this", "Esme Carrick"), ("We all had to sign it", "")),
        ("Esme Carrick",),
    ),
    Case(
        "column",
        (
            "Opinion",
            "The town hall wants to sell the bowling green. I went to the meeting to say why"
            " it should not.",
            "“This green is older than the town hall,” I told the councillors. Nobody wrote"
            " it down.",
            "Share this story",
        ),
        (("older than the town hall", "Declan Murrow"),),
        ("Declan Murrow",),
    ),
    Case(
        "column",
        (
            "Last week I asked my students to write a letter to themselves at eighty.",
            "One of them, a quiet boy at the back, handed his in first. “I hope you still"
            " like maps,” he had written. I had to leave the room for a minute.",
            "“Read them in sixty years,” I told the class.",
        ),
        (("still like maps", ""), ("Read them in sixty years", "Rosalind Achterberg")),
        ("Rosalind Achterberg",),
    ),
    # qa: an interview's questions and answers
    Case(
        "qa",
        (
            "The architect Ilse Vandermeer designed the new library in Okeford. We met on its"
            " roof.",
            "“Why a garden on the roof?”",
            "“Because the town lost its park when the bypass came. I wanted to give it back.”",
            "“Did the council like the idea?”",
            "“Not at first.”",
        ),
        (("lost its park when the bypass", "Ilse Vandermeer"), ("Not at first", "Ilse Vandermeer")),
    ),
    Case(
        "qa",
        (
            "Cyclist Ruben Ferreira won the mountain stage on Sunday. He spoke to us after"
            " the podium.",
            "“How did the last climb feel?”",
            "“Like someone had tied a fridge to my saddle,” he laughed.",
        ),
        (("tied a fridge to my saddle", "Ruben Ferreira"),),
    ),
    Case(
        "qa",
        (
            "Interview by Corin Blake",
            "Magda Szabo-Reyes has run the Kestrel Theatre for twenty years. She leaves in"
            " December.",
            "“What will you miss?” “The hour before the curtain, when the building is"
            " humming,” she said.",
        ),
        (("What will you miss", ""), ("building is humming", "Magda Szabo-Reyes")),
    ),
    Case(
        "qa",
        (
            "We asked the fire chief, Anders Kolb, whether the new station would open on time.",
            "“It will open in October,” Kolb said. “Is that a promise?” “It is a plan.”",
        ),
        (
            ("open in October", "Anders Kolb"),
            ("Is that a promise", ""),
            ("It is a plan", "Anders Kolb"),
        ),
    ),
    # told: "she told reporters" with someone else named between
    Case(
        "told",
        (
            "The lawyer Mirela Dobre left the courthouse in Vask at four. Her client, Irina"
            " Pavlou, had been cleared of all charges an hour earlier.",
            "“This case should never have come to court,” she told reporters on the steps.",
        ),
        (("never have come to court", "Mirela Dobre"),),
    ),
    Case(
        "told",
        (
            "Mayor Augustin Ferrand toured the flooded streets of Bellrive on Wednesday with"
            " the fire chief, Lucien Marceau.",
            "“We will rebuild every house on this street,” he told reporters.",
        ),
        (("rebuild every house", "Augustin Ferrand"),),
    ),
    Case(
        "told",
        (
            "Olympic champion Keziah Adebayo has pulled out of the national trials with a"
            " hamstring injury.  Her coach, Marta Lindqvist, said she would be fit for the"
            " summer.",
            "“I am angry, but I am not worried,” Adebayo told reporters at the track.",
        ),
        (("angry, but I am not worried", "Keziah Adebayo"),),
    ),
    Case(
        "told",
        (
            "Senator Clement Okoro arrived late to the hearing on Tuesday.",
            "Advertisement",
            "“I was stuck behind a tractor,” he told reporters, grinning.",
        ),
        (("stuck behind a tractor", "Clement Okoro"),),
    ),
    # wrote: a post on a social network
    Case(
        "wrote",
        (
            "Striker Yannick Oduya has apologised to fans after missing the penalty that"
            " cost Brenfield the cup. His manager, Cormac Delaney, had picked him to take it.",
            "“Gutted. I let you all down. We go again,” he wrote on X.",
        ),
        (("I let you all down", "Yannick Oduya"),),
    ),
    Case(
        "wrote",
        (
            "The chef Priya Lakhani-Wells announced on Sunday that her restaurant in Colbeck"
            " would close after twelve years.",
            "“Thank you to every single person who ate at our tables,” she wrote on Instagram.",
        ),
        (("every single person who ate", "Priya Lakhani-Wells"),),
    ),
    Case(
        "wrote",
        (
            "Writer Bartholomew Kree posted a photograph of his rejection letters, all 212"
            " of them, on Friday.",
            "Embedded post",
            "“Book number one comes out in May. Never stop,” Kree wrote.",
        ),
        (("Never stop", "Bartholomew Kree"),),
    ),
    Case(
        "wrote",
        (
            "Astronaut Leonie Marchetti sent a photograph of the Alps from the station on Monday.",
            "“Somewhere down there my mother is hanging out the washing,” she posted.",
        ),
        (("hanging out the washing", "Leonie Marchetti"),),
    ),
)
