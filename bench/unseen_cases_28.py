"""Forty short articles written in session 28 for ``bench/unseen_written.py --set 28``:
invented people, places and sentences, each scored quote with the speaker a careful
reader gives it. Written and scored once, with main's code (5b6a29f), before any rule was
changed for them: dev half 23 of 26, held half 22 of 27 (45 of 53).

Patterns, four cases each: ``intro`` a speaker brought in by narration, then "he said"
two sentences later; ``topic`` "she" where the topic is the second of two women; ``they``
"they" for a council; ``itsaid`` "it said" for a firm; ``appos`` a spokesperson named in
apposition; ``over`` a quote over two paragraphs; ``opinion`` a first-person piece;
``report`` a report, study or survey that "found" (its named author speaks, else no named
speaker); ``added`` "he added" or "she added" after another speaker's paraphrase; ``qa``
an interview's questions and answers. As in ``unseen_cases.py``, the second case of each
pair (odd index) is held out.
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # intro
    Case(
        "intro",
        (
            "The observatory on Carrow Hill reopened to visitors on Friday after a two-year refit.",
            "Its new director, Anselm Voight, arrived from a telescope array in Chile in"
            " January. The dome had leaked for years. Pigeons nested behind the mirror.",
            "“We spent the first month with buckets and ladders,” he said.",
        ),
        (("buckets and ladders", "Anselm Voight"),),
    ),
    Case(
        "intro",
        (
            "Farmers in the Lessing valley have lost half their cherry crop to a late frost.",
            "Osric Palmer grows cherries on forty acres above the river. His trees flowered a"
            " week early this year. The frost came three nights later.",
            "“You could hear the blossom crack,” he said.",
        ),
        (("blossom crack", "Osric Palmer"),),
    ),
    Case(
        "intro",
        (
            "“The tram will be finished by summer,” the transport minister, Rafael"
            " Ostrowski, promised in March.",
            "Half a mile from the depot, Tibor Halasz has run a shoe repair stall for thirty"
            " years. Since the digging began, his takings have fallen by half. The pavement"
            " in front of his stall has been fenced off since May.",
            "“My customers cannot reach me,” he said.",
        ),
        (("customers cannot reach me", "Tibor Halasz"),),
    ),
    Case(
        "intro",
        (
            "A rare orchid has flowered in a car park in Wexcombe, botanists said on Thursday.",
            "It was spotted by Lucinda Faraday, a retired postwoman who walks her dog there"
            " each morning. The plant had not been recorded in the county since 1952."
            " Botanists from the university came the same afternoon to confirm it.",
            "“I nearly stepped on it,” she said.",
        ),
        (("nearly stepped on it", "Lucinda Faraday"),),
    ),
    # topic
    Case(
        "topic",
        (
            "Orla Fennimore had captained the rowing club for nine years until Sunday, when"
            " members chose Hilde Marchetti to replace her. Marchetti, 24, is the youngest"
            " captain in the club’s history and wants to open the boathouse to schools.",
            "“The river belongs to everyone in this town,” she said.",
        ),
        (("river belongs to everyone", "Hilde Marchetti"),),
    ),
    Case(
        "topic",
        (
            "The orchestra’s conductor, Sabine Aurel, left in a dispute over pay last spring."
            " Her successor, Yuki Tanabe, has spent the summer auditioning new players and"
            " rewriting the season. Tanabe has also persuaded the council to pay for a new"
            " roof on the concert hall.",
            "“I wanted a season people would argue about,” she said.",
        ),
        (("season people would argue about", "Yuki Tanabe"),),
    ),
    Case(
        "topic",
        (
            "Detective Constance Rook interviewed the witness, a cleaner named Delia"
            " Broadbent, twice in the week after the fire. Broadbent told her she had seen a"
            " van parked by the back door at midnight. She had noted its number on the back"
            " of a bus ticket.",
            "“I always write things down,” she said.",
        ),
        (("always write things down", "Delia Broadbent"),),
    ),
    Case(
        "topic",
        (
            "Two women are standing for mayor of Pellham: the incumbent, Rosamund Teague, and"
            " a first-time candidate, Nadia Okafor. Okafor, a midwife, entered the race after"
            " the maternity ward closed. She has knocked on four thousand doors since April.",
            "“Every one of those doors had a story about that ward,” she said.",
        ),
        (("story about that ward", "Nadia Okafor"),),
    ),
    # they: a council
    Case(
        "they",
        (
            "Residents of Quarry Lane have asked for speed bumps for six years. On Wednesday"
            " the Hallam District Council finally agreed.",
            "“Work will start in the new year,” they told residents.",
        ),
        (("Work will start in the new year", "Hallam District Council"),),
    ),
    Case(
        "they",
        (
            "The Fenwick Borough Council has put the old fire station up for sale. The"
            " building has stood empty since 2016.",
            "“It is a lovely building, but we cannot afford to keep it,” they said.",
        ),
        (("cannot afford to keep it", "Fenwick Borough Council"),),
    ),
    Case(
        "they",
        (
            "Councillor Abel Moroz asked the Kessel City Council to keep the night buses. The"
            " council voted him down on Tuesday, eleven to four.",
            "“The money is not there,” they said in a statement.",
        ),
        (("money is not there", "Kessel City Council"),),
    ),
    Case(
        "they",
        (
            "Members of the Ostby Village Council met in the church hall on Thursday to"
            " discuss the flooding.",
            "“We have asked the county for sandbags three times,” they said afterwards.",
        ),
        (("sandbags three times", "Ostby Village Council"),),
    ),
    # itsaid: "it said" for a firm
    Case(
        "itsaid",
        (
            "Shares in Maribel Pharmaceuticals fell by a fifth on Monday after a trial of its"
            " asthma drug was stopped. Three patients in the trial had fallen ill.",
            "“We stopped the study as soon as we knew,” it said in a statement to investors.",
        ),
        (("as soon as we knew", "Maribel Pharmaceuticals"),),
    ),
    Case(
        "itsaid",
        (
            "Halvard Mining has agreed to pay for a new water supply for the village of"
            " Brennock, two years after a tailings dam leaked into the stream.",
            "“We accept that the village has borne the cost of our mistake,” it said.",
        ),
        (("cost of our mistake", "Halvard Mining"),),
    ),
    Case(
        "itsaid",
        (
            "Trillium Air, whose chief executive is Leon Dubrovsky, cancelled 200 flights"
            " over the holiday weekend.",
            "“A shortage of engineers left too many planes on the ground,” it said.",
        ),
        (("shortage of engineers", "Trillium Air"),),
    ),
    Case(
        "itsaid",
        (
            "The grocery chain Pennywise will close eleven shops in the north by the end of"
            " the year, with the loss of 600 jobs.",
            "“Staff will be offered posts in other stores where possible,” it said.",
        ),
        (("offered posts in other stores", "Pennywise"),),
    ),
    # appos: a spokesperson named in apposition
    Case(
        "appos",
        (
            "The dredger ran aground at the mouth of the Marlow on Sunday morning, according"
            " to Hugo Castellan, a spokesman for the harbour authority.",
            "“Nobody was hurt, and no fuel has leaked,” he said.",
        ),
        (("no fuel has leaked", "Hugo Castellan"),),
    ),
    Case(
        "appos",
        (
            "“We are reviewing every contract,” said Opal Brixton, spokeswoman for the"
            " regional health board, on Wednesday.",
            "She would not name the companies involved. “It would be wrong to prejudge the"
            " review,” she said.",
        ),
        (("reviewing every contract", "Opal Brixton"), ("prejudge the review", "Opal Brixton")),
    ),
    Case(
        "appos",
        (
            "Hospital director Conrad Ilves has resigned, his spokeswoman, Marta Engel, said"
            " on Friday.",
            "“He wants to spend more time with his family,” she said.",
        ),
        (("more time with his family", "Marta Engel"),),
    ),
    Case(
        "appos",
        (
            "In a statement, a spokesman for the Veldt Football Club, Amos Greer, said the"
            " striker had been suspended pending an inquiry.",
            "“The club will not comment further while the inquiry is under way,” he added.",
        ),
        (("not comment further", "Amos Greer"),),
    ),
    # over: a quote over two paragraphs
    Case(
        "over",
        (
            "The lighthouse keeper, Ewan Tolland, remembers the storm of 1987 in detail.",
            "“The waves came over the gallery rail. I could not open the door against the wind.",
            "“When it was over, the lamp was still turning. That was all that mattered,” he said.",
        ),
        (("over the gallery rail", "Ewan Tolland"), ("lamp was still turning", "Ewan Tolland")),
    ),
    Case(
        "over",
        (
            "Entomologist Farida Nkemelu crouched by the stream. “We have found a new species"
            " of beetle,” she said. “It lives only in the moss on these three hills.",
            "“Nobody had looked there before.”",
        ),
        (("only in the moss", "Farida Nkemelu"), ("Nobody had looked there", "Farida Nkemelu")),
    ),
    Case(
        "over",
        (
            "Fisherman Arne Lothar does not trust the new quotas. “They count the fish from an"
            " office in the capital.",
            "“Come out on the boat with me and count them yourself.”",
            "The fisheries minister, Bettina Krall, disagreed. “The science is clear,” she said.",
        ),
        (("count them yourself", "Arne Lothar"), ("science is clear", "Bettina Krall")),
    ),
    Case(
        "over",
        (
            "“The first thing you notice is the silence. There are no birds at all.",
            "“Then you see the trees, all of them grey,” said forester Leopold Atkins, who"
            " walked the burned slopes on Tuesday.",
        ),
        (("no birds at all", "Leopold Atkins"), ("all of them grey", "Leopold Atkins")),
    ),
    # opinion: a first-person piece
    Case(
        "opinion",
        (
            "For eleven years I have driven a school bus in the hills above Tarrow.",
            "On the last day of term a girl in the back row stood up. “Thank you for never"
            " being late,” she said. I had to pull over.",
            "“That is the job,” I told her.",
        ),
        (("never being late", ""), ("That is the job", "Beatrix Ollerenshaw")),
        ("Beatrix Ollerenshaw",),
    ),
    Case(
        "opinion",
        (
            "I voted against the bypass in 1998, and I would vote against it again.",
            "My neighbours called me a crank. “You will thank us when the lorries are gone,”"
            " one of them said.",
            "At the inquiry I said exactly that: “The lorries will simply find another road.”",
        ),
        (("thank us when the lorries", ""), ("find another road", "Constantin Moll")),
        ("Constantin Moll",),
    ),
    Case(
        "opinion",
        (
            "Last winter I interviewed Greta Lindahl, who has swum in the lake every morning"
            " since 1975.",
            "“The cold is a friend once you stop fighting it,” she said.",
            "I tried it the next morning. “Never again,” I wrote in my notebook.",
        ),
        (("cold is a friend", "Greta Lindahl"), ("Never again", "Piers Alcott")),
        ("Piers Alcott",),
    ),
    Case(
        "opinion",
        (
            "As a nurse I have watched three governments promise to fix the waiting lists.",
            "“We will halve the queues in a year,” I heard the health secretary say on the"
            " radio in 2019. “Show me,” I said to the radio.",
        ),
        (("halve the queues", ""), ("Show me", "Winifred Sallow")),
        ("Winifred Sallow",),
    ),
    # report: a report, study or survey that found
    Case(
        "report",
        (
            "A study published on Thursday by the Carrick Sleep Institute found that"
            " teenagers who sleep less than seven hours are twice as likely to be hurt"
            " playing sport.",
            "“Sleep loss was a stronger predictor of injury than training load,” the study found.",
        ),
        (("stronger predictor of injury", "Carrick Sleep Institute"),),
    ),
    Case(
        "report",
        (
            "The inspectors’ report on Marrow Street prison, released on Tuesday, found that"
            " cells were locked for 22 hours a day.",
            "“Prisoners told us they had not been outside in a fortnight,” the report found.",
        ),
        (("not been outside in a fortnight", ""),),
    ),
    Case(
        "report",
        (
            "The Halden Water Company’s annual report, published on Friday, found that leaks"
            " had cost it a fifth of its supply.",
            "“Ageing mains remain the single largest source of loss,” the report said.",
        ),
        (("single largest source of loss", "Halden Water Company"),),
    ),
    Case(
        "report",
        (
            "A survey of 2,000 small businesses by the Federation of Market Traders found that"
            " most had cut staff hours this winter.",
            "“Energy bills are now the largest cost after rent for nine in ten members,” the"
            " survey found.",
        ),
        (("largest cost after rent", "Federation of Market Traders"),),
    ),
    # added: "he added" or "she added" after another speaker's paraphrase
    Case(
        "added",
        (
            "“The bridge is safe to cross,” county engineer Horace Baptiste told the meeting.",
            "Miriam Okoro, who lives beside it, said she had watched the cracks in the east"
            " pier widen all spring.",
            "“We inspect it every month, and it has not moved,” he added.",
        ),
        (("inspect it every month", "Horace Baptiste"),),
    ),
    Case(
        "added",
        (
            "Principal Edwina Scholl said the school would reopen on Monday, once the boiler"
            " is fixed.",
            "The caretaker, Lionel Barrow, said the part had been ordered from Germany.",
            "“Pupils should bring a coat just in case,” she added.",
        ),
        (("bring a coat just in case", "Edwina Scholl"),),
    ),
    Case(
        "added",
        (
            "“Our prices are fair,” said Quentin Harcourt, who owns the Harbour Cinema.",
            "Regular customers wrote to this paper that a ticket had doubled in price in two"
            " years, and one, a pensioner named Elsie Dunmore, said she had stopped going.",
            "“Tuesdays are half price for everyone over sixty,” he added.",
        ),
        (("half price for everyone over sixty", "Quentin Harcourt"),),
    ),
    Case(
        "added",
        (
            "The coach, Ramona Vidal, praised her young side after the draw.",
            "Her opposite number, Ignatius Brell, complained that the pitch was waterlogged"
            " and said the game should never have started.",
            "“We played football in a swamp and we did not lose,” she added.",
        ),
        (("football in a swamp", "Ramona Vidal"),),
    ),
    # qa: an interview's questions and answers
    Case(
        "qa",
        (
            "I met the novelist Perpetua Hale in her garden in Storrington.",
            "“Why did you stop writing for ten years?” I asked.",
            "“I had nothing left to say, and then I had too much,” she said.",
        ),
        (("stop writing for ten years", "Marcus Beale"), ("nothing left to say", "Perpetua Hale")),
        ("Marcus Beale",),
    ),
    Case(
        "qa",
        (
            "Professor Dmitri Vasko has studied glaciers for forty years. We spoke in his"
            " office in Tromsdal.",
            "“Is it too late?”",
            "“For the glaciers in the Alps, yes. For the big ice sheets, not yet.”",
        ),
        (("Is it too late", ""), ("big ice sheets, not yet", "Dmitri Vasko")),
    ),
    Case(
        "qa",
        (
            "At a news conference on Monday, the police commissioner, Gideon Farrow, was asked"
            " whether the investigation would be reopened.",
            "“Not unless new evidence comes forward,” Farrow replied. “Do you have any?” a"
            " reporter shouted back. He did not answer.",
        ),
        (("Not unless new evidence", "Gideon Farrow"), ("Do you have any", "")),
    ),
    Case(
        "qa",
        (
            "We asked the new harbour master, Solveig Brandvold, what would change.",
            "“The ferries will run on time. That is the first thing,” she said. “And the"
            " second?” “The fish market stays where it is.”",
        ),
        (
            ("ferries will run on time", "Solveig Brandvold"),
            ("fish market stays", "Solveig Brandvold"),
        ),
    ),
)
