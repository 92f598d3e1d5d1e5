"""Eighteen articles written in session 36 for ``bench/unseen_written.py --set 36``:
invented people, places, bodies and sentences, in four writing styles (wire copy with a
dateline, a UK broadsheet's ‘…’ and "Ms"/"Mrs", a local paper, a first-person feature or
column). Each breaks one assumption about how a writer carries a speaker by pronoun.
Written and scored once with main's code (b40add2) before any rule: FIRST_SCORE.

Assumptions (how writers carry a speaker; what the search assumes instead):
(1) ``itsaid``: a body that led the story speaks again as "it" or "the company" after
one of its people and someone else were quoted by name; the search assumes the body was
named in the pronoun's paragraph or the one before.
(2) ``theygroup``: "they said (in a statement)" stands for a group the text names by a
common noun only (the trustees, his family, the residents' association, the girl's
parents), brought in by the sentence before; the search assumes "they" is a named body,
a pair or the last speaker, so it hands the group's words to a person or a body named
earlier. The careful reader gives no named speaker.
(3) ``tellsme``: in a first-person feature the writer speaks as "I" ("I ask") and the
interviewee as "she tells me", "she says"; the search assumes "me" or "I" in the cue
bring in the writer only as "I".
(4) ``column``: an opinion column quotes others by name and its writer by "I said",
"I told him".
(5) ``orglead``: a body leads the story (its decision, its cancellation), a member of the
public is quoted after it, and the body's "it said" ends the piece: the body was named
two or more paragraphs back, a person since.
(6) ``between``: the story's subject (a woman) is named in the lead, a second woman is
quoted by name in between, and the next paragraph's "she said" returns to the subject
(what she says is about her own work); the search assumes the nearest woman.
(7) ``intro``: a man is brought in by narration after a preposition ("came from X, whose
…"), no quote of his own yet, and "he said" follows; a man quoted just before is the
search's fallback.
(8) ``theyorg``: "they said" for a body named by a place and a service ("Vale Police",
"X Fire and Rescue Service") after a person was quoted.

Patterns, two cases each (the second held out); ``theygroup`` has two pairs.
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main b40add2: dev 14 of 20, held 14 of 19 (28 of 39)"

CASES = (
    Case(
        "itsaid",
        (
            "FRANKFURT (Wire) — Brenner Logistik will cut 1,200 jobs at its German depots by"
            " the end of next year, the freight company said on Tuesday.",
            "Chief executive Ulrike Sandhaus told analysts the cuts were painful but overdue.",
            "“We built for a volume that has not come back,” Sandhaus said.",
            "Works council leader Dieter Quast called the plan a betrayal of staff who had kept"
            " the trucks running through the pandemic.",
            "“Every employee affected will be offered a role elsewhere in the group where one"
            " exists,” it said in a statement.",
        ),
        (
            ("built for a volume", "Ulrike Sandhaus"),
            ("offered a role elsewhere", "Brenner Logistik"),
        ),
    ),
    Case(
        "itsaid",
        (
            "Marlowe & Finch, the department store chain, is to close eleven of its 40 shops,"
            " putting about 900 jobs at risk.",
            "Its chairman, Sir Peregrine Hollis, said the decision had been taken with great"
            " reluctance.",
            "‘Our customers have moved online faster than we could follow,’ he said.",
            "Shop workers’ union official Carys Mabry said staff had learned of the closures"
            " from the news.",
            "‘We will be talking to every colleague affected over the coming days,’ the company"
            " said.",
        ),
        (
            ("moved online faster", "Peregrine Hollis|Sir Peregrine Hollis"),
            ("talking to every colleague", "Marlowe & Finch"),
        ),
    ),
    Case(
        "theygroup",
        (
            "The trustees of Pellbrook village hall have voted to close it for good after the"
            " roof failed its survey.",
            "Treasurer Malcolm Dunstable, who has sat on the committee since 1987, said the"
            " bill for repairs ran to £180,000.",
            "“We simply do not have it, and no grant covers a roof,” he said.",
            "In a statement, the trustees thanked villagers for forty years of support.",
            "“We know how much the hall has meant to so many families, and this was the"
            " hardest decision we have taken,” they said.",
        ),
        (
            ("no grant covers a roof", "Malcolm Dunstable"),
            ("hardest decision we have taken", ""),
        ),
    ),
    Case(
        "theygroup",
        (
            "A cyclist who died after a collision on the Yarrow Road on Sunday has been named"
            " as Owain Pritchard, 34, of Lessingham.",
            "Sergeant Hannah Coles of Norland Police said officers wanted to hear from anyone"
            " with dashcam footage.",
            "“No detail is too small,” she said.",
            "His family said they were devastated.",
            "“Owain lived for his bike and for his two girls. We ask for privacy while we"
            " grieve,” they said in a statement released through police.",
        ),
        (
            ("No detail is too small", "Hannah Coles"),
            ("lived for his bike", ""),
        ),
    ),
    Case(
        "theygroup",
        (
            "Residents of a tower block in Leaside evacuated after a fire in January have been"
            " told they cannot return before the summer.",
            "Housing officer Paulette Gbadamosi said temporary flats had been found for every"
            " household.",
            "“Nobody will be left in a hotel,” she said.",
            "The residents’ association has written to the mayor.",
            "“We were promised weeks. Now it is months, and nobody will tell us why,” they said"
            " in a statement.",
        ),
        (
            ("Nobody will be left in a hotel", "Paulette Gbadamosi"),
            ("nobody will tell us why", ""),
        ),
    ),
    Case(
        "theygroup",
        (
            "The parents of a teenager who died after taking an unlicensed diet pill have"
            " called for online sales to be banned.",
            "Coroner Alistair Menzies recorded a narrative verdict at Kirkwell on Friday."
            " ‘These tablets should never have reached her,’ he said.",
            "Outside the court the girl’s parents read a short statement.",
            "‘We do not want any other family to go through what we have,’ they said.",
        ),
        (
            ("should never have reached her", "Alistair Menzies"),
            ("any other family to go through", ""),
        ),
    ),
    Case(
        "tellsme",
        (
            "The first thing Mirela Stanescu does when I arrive at her allotment is hand me a"
            " trowel.",
            "“Nobody talks on my plot unless they are weeding,” she tells me.",
            "I weed. “How long have you grown vegetables here?” I ask.",
            "“Since my husband died. Twenty-two years,” she says. “The beans were his idea.”",
            "I tell her my own beans never climb. “You plant them too close,” she says,"
            " without looking up.",
        ),
        (
            ("Nobody talks on my plot", "Mirela Stanescu"),
            ("How long have you grown", "Rosalind Achterberg"),
            ("Twenty-two years", "Mirela Stanescu"),
            ("plant them too close", "Mirela Stanescu"),
        ),
        authors=("Rosalind Achterberg",),
    ),
    Case(
        "tellsme",
        (
            "Agnieszka Wolny has been cutting hair in the same chair on Fenner Street for"
            " thirty years, and she cuts mine while we talk.",
            "“Men tell me things here they would not tell their wives,” she tells me, snipping.",
            "“Do they tell you the truth?” I ask.",
            "“Mostly about the football,” she says.",
        ),
        (
            ("tell me things here", "Agnieszka Wolny"),
            ("tell you the truth", "Dominic Frayling"),
            ("Mostly about the football", "Agnieszka Wolny"),
        ),
        authors=("Dominic Frayling",),
    ),
    Case(
        "column",
        (
            "Last week I went to the planning meeting about the old bank building on Corn Street.",
            "Councillor Derek Amberley chaired it. “Footfall is footfall, whatever form it"
            " takes,” he said.",
            "I put my hand up. “Has anyone on this committee actually bought anything in a"
            " vape shop?” I said.",
            "Nobody answered.",
        ),
        (
            ("Footfall is footfall", "Derek Amberley"),
            ("bought anything in a vape shop", "Harriet Olumide"),
        ),
        authors=("Harriet Olumide",),
        title="Our high street deserves better than another vape shop",
    ),
    Case(
        "column",
        (
            "My daughter’s school has banned phones from the gates to the last bell, and I am"
            " all for it.",
            "Her head teacher, Fiona Pargeter, explained the rule at a parents’ evening."
            " “Children are calmer by the second week,” she said.",
            "A father behind me muttered that it was a human rights issue. “It is a phone,” I"
            " told him.",
        ),
        (
            ("calmer by the second week", "Fiona Pargeter"),
            ("It is a phone", "Callum Ostrowski"),
        ),
        authors=("Callum Ostrowski",),
        title="Phones out of school? About time",
    ),
    Case(
        "orglead",
        (
            "Harrowgate Council has refused planning permission for a 40-home estate on the"
            " edge of Millbeck.",
            "Dozens of residents had written to object, most of them about flooding.",
            "Ottilie Marchetti, whose garden backs onto the site, said the fields had been"
            " under water three times this year.",
            "“We sent photographs with every letter,” she said.",
            "“The drainage plans would not have coped with a heavy storm,” it said in the"
            " decision notice.",
        ),
        (
            ("sent photographs", "Ottilie Marchetti"),
            ("would not have coped", "Harrowgate Council"),
        ),
    ),
    Case(
        "orglead",
        (
            "Northvale Rail has cancelled all services between Ashby and Corrin until Thursday"
            " after a landslip near Tarrow.",
            "Engineers were on site overnight, and buses would replace trains for at least"
            " three days.",
            "Passenger Imogen Treacy said she had waited two hours for a bus that never came.",
            "“Nobody on the platform knew anything,” she said.",
            "“We are sorry for the disruption and are working around the clock to reopen the"
            " line,” it said.",
        ),
        (
            ("Nobody on the platform", "Imogen Treacy"),
            ("working around the clock", "Northvale Rail"),
        ),
    ),
    Case(
        "between",
        (
            "Morwenna Penhaligon, 64, has run the Trewin post office for 31 years and says she"
            " will not be the one to close it.",
            "Her oldest customer, Mrs Edith Carne, 93, walks there every morning for her paper."
            " ‘I would be lost without it,’ Mrs Carne said.",
            "The shop has lost money for four years. ‘I would sooner work for nothing than hand"
            " in the keys,’ she said.",
        ),
        (
            ("lost without it", "Edith Carne"),
            ("hand in the keys", "Morwenna Penhaligon"),
        ),
    ),
    Case(
        "between",
        (
            "Dr Anjali Varma has been the only GP in Glenmorrow for eleven years.",
            "Practice nurse Bronagh Devlin, who joined her in 2019, said the waiting list had"
            " doubled since the second surgery closed. ‘People are queueing before we open,’"
            " Ms Devlin said.",
            "The health board has advertised the second GP post four times. ‘I have not had a"
            " full week off since 2016,’ she said.",
        ),
        (
            ("queueing before we open", "Bronagh Devlin"),
            ("full week off since 2016", "Anjali Varma"),
        ),
    ),
    Case(
        "intro",
        (
            "“The bypass will take 4,000 lorries a day out of the town centre,” said"
            " Councillor Gareth Pimlott, who chairs the transport committee.",
            "The loudest objection came from Radomir Kessling, whose family has farmed beside"
            " the route for four generations.",
            "“They are putting a road through the middle of my best field,” he said.",
        ),
        (
            ("4,000 lorries a day", "Gareth Pimlott"),
            ("middle of my best field", "Radomir Kessling"),
        ),
    ),
    Case(
        "intro",
        (
            "BUCHAREST (Wire) — “This budget will bankrupt the regions,” opposition leader"
            " Teodor Marinescu told parliament on Wednesday.",
            "The sharpest reply came from Finance Minister Sorin Albu, who has defended the"
            " plan as the only way to keep the deficit under 3 percent.",
            "“The regions have been bankrupt for years. We are the first to admit it,” he said.",
        ),
        (
            ("bankrupt the regions", "Teodor Marinescu"),
            ("bankrupt for years", "Sorin Albu"),
        ),
    ),
    Case(
        "theyorg",
        (
            "Two men have been arrested after a cash machine was ripped from the wall of a"
            " supermarket in Brindley overnight.",
            "Shop manager Lewis Okwuosa arrived at six to find the front of the building missing.",
            "“There was glass across the whole car park,” he said.",
            "Vale Police said the men, aged 29 and 34, were being held in custody.",
            "“We would still like to hear from anyone who saw a pickup truck in the area after"
            " midnight,” they said.",
        ),
        (
            ("glass across the whole car park", "Lewis Okwuosa"),
            ("saw a pickup truck", "Vale Police"),
        ),
    ),
    Case(
        "theyorg",
        (
            "Fire crews spent six hours at a blaze at a recycling plant on the Hallam"
            " industrial estate on Monday.",
            "Site owner Priyanka Desai said nobody had been hurt. “Our night shift got out in"
            " two minutes,” she said.",
            "Wexcombe Fire and Rescue Service said the cause was not yet known.",
            "“Crews will remain at the scene overnight to damp down hot spots,” they said.",
        ),
        (
            ("got out in two minutes", "Priyanka Desai"),
            ("damp down hot spots", "Wexcombe Fire and Rescue Service"),
        ),
    ),
)
