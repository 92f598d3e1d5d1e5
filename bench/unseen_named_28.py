"""Fifty-six short articles written in session 28 for ``bench/unseen_written.py --set
28n``, on named speakers in sentence shapes the sets of sessions 26 and 27 do not use:
invented people, places and sentences of local, world, business, sport and culture news,
each scored quote with the speaker a careful reader gives it. Written and scored once
with main's code (5b6a29f) before any rule was changed for them (the figure is in
README.md, issue 14).

Patterns: ``verb`` a speech verb other than "said" (conceded, joked, recalled …);
``split`` a quote broken by its cue, the second part scored; ``age`` an age or a town
after the name ("X, 34, said"); ``hyphen`` hyphenated names and names with O'/Mc/D';
``initials`` initials in the name; ``told`` "X told the paper/the court"; ``wrote``
written words ("X wrote in a letter: …"); ``title`` an honorific or rank before the
name, the surname alone later; ``number`` a description with an age or a count ("the
23-year-old") pointing back at a named person; ``verdict`` the speaker named after the
quote in a sentence of its own ("That was the view of X"); ``possess`` the speaker in a
possessive ("X's answer was short: …"); ``crowd`` a quote of an unnamed person among
named things; ``place`` a place, a building or water is no speaker; ``scare`` a title,
a nickname or a scare quote is no speaker quote. Cases come in pairs of a pattern, as in
``bench/unseen_cases.py``: the even one is dev, the odd one held out (read and fixed
never).

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all (not found, a scare quote, or no named speaker).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # verb: speech verbs other than "said"
    Case(
        "verb",
        (
            "“We lost the vote but not the argument,” conceded Tamsin Orrell, whose motion"
            " to keep the library open fell by two votes.",
        ),
        (("lost the vote", "Tamsin Orrell"),),
    ),
    Case(
        "verb",
        (
            "Bettina Lindqvist remembers the first harvest on the terraces. “We carried"
            " every basket down by hand,” Lindqvist recalled.",
        ),
        (("every basket", "Bettina Lindqvist"),),
    ),
    Case(
        "verb",
        (
            "“If the roof leaks again, we will hold rehearsals in my kitchen,” joked"
            " choirmaster Pavel Hruska.",
        ),
        (("roof leaks again", "Pavel Hruska"),),
    ),
    Case(
        "verb",
        (
            "“Nobody told us the bus route would end,” Odile Fontenay complained at"
            " Thursday's meeting of the parish council.",
        ),
        (("bus route would end", "Odile Fontenay"),),
    ),
    # split: the cue in the middle of one quote
    Case(
        "split",
        ("“The bakery opens at five,” Rasmus Elkjaer said, “and by seven the rye is gone.”",),
        (("by seven the rye", "Rasmus Elkjaer"), ("bakery opens", "Rasmus Elkjaer")),
    ),
    Case(
        "split",
        (
            "“A referee can only see one side of the pitch,” argued Gideon Mbatha, “so we"
            " asked for a second one.”",
        ),
        (("asked for a second", "Gideon Mbatha"),),
    ),
    Case(
        "split",
        (
            "“Prices went up in spring,” explained Yusra Haddad, who runs the corner shop on"
            " Fennel Street. “Then they went up again.”",
        ),
        (("went up again", "Yusra Haddad"), ("Prices went up", "Yusra Haddad")),
    ),
    Case(
        "split",
        (
            "“The score is finished,” the composer Ilario Benedetti said on Sunday, “but the"
            " orchestra has not seen it.”",
        ),
        (("orchestra has not seen", "Ilario Benedetti"),),
    ),
    # age: an age or a town after the name
    Case(
        "age",
        ("“I sold my first painting at the market when I was twelve,” said Corentin Abadie, 67.",),
        (("first painting", "Corentin Abadie"),),
    ),
    Case(
        "age",
        (
            "Lucinda Marsh, 41, of Weyford, queued from dawn. “The tickets were gone in"
            " eleven minutes,” Marsh said.",
        ),
        (("eleven minutes", "Lucinda Marsh"),),
    ),
    Case(
        "age",
        (
            "“Nobody swims here after the storms,” Keoni Palakiko, 29, a surf instructor from"
            " Hale Point, said on Monday.",
        ),
        (("Nobody swims here", "Keoni Palakiko"),),
    ),
    Case(
        "age",
        (
            "Winifred Osei, 83, has lived on the estate since it was built. “The lifts worked"
            " then,” she said. “Now I count the stairs.”",
        ),
        (("lifts worked", "Winifred Osei"), ("count the stairs", "Winifred Osei")),
    ),
    # hyphen: hyphenated names and O'/Mc/D'
    Case(
        "hyphen",
        (
            "“The mill will run on river power by autumn,” said Siobhan O'Rourke-Dunne, the"
            " project's engineer.",
            "O'Rourke-Dunne said the turbine had arrived from Bremen.",
            "“It is older than I am,” O'Rourke-Dunne added.",
        ),
        (("river power", "Siobhan O'Rourke-Dunne"), ("older than I am", "Siobhan O'Rourke-Dunne")),
    ),
    Case(
        "hyphen",
        (
            "“We will appeal,” said Fergal McAteer, the club's chairman, after the league"
            " docked six points.",
            "“Six points is the season,” McAteer said.",
        ),
        (("We will appeal", "Fergal McAteer"), ("Six points is", "Fergal McAteer")),
    ),
    Case(
        "hyphen",
        (
            "Anne-Sophie Lacroix-Meyer took the gold by a tenth of a second. “I did not look"
            " at the clock,” Lacroix-Meyer said.",
        ),
        (("look at the clock", "Anne-Sophie Lacroix-Meyer"),),
    ),
    Case(
        "hyphen",
        ("“The grant pays for one nurse, not three,” said Rohan D'Costa, who manages the clinic.",),
        (("one nurse", "Rohan D'Costa"),),
    ),
    # initials: initials in the name
    Case(
        "initials",
        (
            "“The bridge was never designed for lorries,” said T.J. Wrexham, a structural"
            " engineer who inspected it.",
        ),
        (("never designed", "T.J. Wrexham"),),
    ),
    Case(
        "initials",
        (
            "“Our sales doubled once the ferry came back,” M. K. Ranasinghe, the owner of a"
            " tea shop by the pier, said.",
        ),
        (("sales doubled", "M. K. Ranasinghe"),),
    ),
    Case(
        "initials",
        (
            "Novelist R. Alvarez Quiroga read from the new book in the cathedral cloister."
            " “I wrote most of it on trains,” Quiroga said.",
        ),
        (("on trains", "R. Alvarez Quiroga"),),
    ),
    Case(
        "initials",
        (
            "“The vines need another week of sun,” said J. P. Moreau, whose family has farmed"
            " the slope since 1890.",
        ),
        (("another week of sun", "J. P. Moreau"),),
    ),
    # told: "X told the paper / the court / reporters"
    Case(
        "told",
        (
            "“The contract was signed in a car park,” Dermot Flaherty told the tribunal on"
            " Wednesday.",
        ),
        (("car park", "Dermot Flaherty"),),
    ),
    Case(
        "told",
        (
            "Ingrid Sandvik told the Fjordposten that the shipyard would hire again."
            " “We have orders for four hulls,” she said.",
        ),
        (("four hulls", "Ingrid Sandvik"),),
    ),
    Case(
        "told",
        (
            "Speaking to supporters outside the ground, Kwabena Asante was blunt. “We were"
            " second to every ball,” the captain told them.",
        ),
        (("second to every ball", "Kwabena Asante"),),
    ),
    Case(
        "told",
        (
            "“Nobody at the depot knew the brakes were worn,” mechanic Lorcan Deasy told"
            " investigators.",
        ),
        (("brakes were worn", "Lorcan Deasy"),),
    ),
    # wrote: written words
    Case(
        "wrote",
        (
            "Augusta Pemberton wrote to every household on the street in May. “The hedge is"
            " not mine to cut,” her letter said.",
        ),
        (("hedge is not mine", "Augusta Pemberton"),),
    ),
    Case(
        "wrote",
        (
            "In a post on the club's website, manager Stellan Bergkvist wrote: “This squad"
            " deserved better than a draw.”",
        ),
        (("deserved better", "Stellan Bergkvist"),),
    ),
    Case(
        "wrote",
        (
            "“The orchestra will not tour this year,” Marguerite Delorme wrote in an email to"
            " subscribers.",
        ),
        (("will not tour", "Marguerite Delorme"),),
    ),
    Case(
        "wrote",
        (
            "Halvard Strand, the museum's director, put it plainly in his annual report: “We"
            " cannot heat every room.”",
        ),
        (("heat every room", "Halvard Strand"),),
    ),
    # title: an honorific or a rank, the surname alone later
    Case(
        "title",
        (
            "“The outbreak is over,” Dr. Femi Adebanjo said on Friday.",
            "Adebanjo warned that the clinic would keep testing until March. “One case can"
            " start it again,” Adebanjo said.",
        ),
        (("outbreak is over", "Femi Adebanjo"), ("One case can", "Femi Adebanjo")),
    ),
    Case(
        "title",
        (
            "Sgt. Morwenna Tregear led the search through the night. “We found him by the"
            " second lock,” Tregear said.",
        ),
        (("second lock", "Morwenna Tregear"),),
    ),
    Case(
        "title",
        (
            "“The stone came from a quarry forty miles north,” Prof. Anselma Ruhl told the"
            " visitors.",
            "“Nobody knows how they moved it,” Ruhl said.",
        ),
        (("forty miles north", "Anselma Ruhl"), ("Nobody knows how", "Anselma Ruhl")),
    ),
    Case(
        "title",
        (
            "Mrs Oyelaran has taught at the village school for thirty years. “The children"
            " have not changed,” Mrs Oyelaran said. “The paperwork has.”",
        ),
        (("children have not changed", "Oyelaran"),),
    ),
    # number: a description with an age or a count pointing back
    Case(
        "number",
        (
            "Teodora Vasquez scored twice in the second half.",
            "“I felt the cramp coming and kept running,” the 19-year-old said.",
        ),
        (("felt the cramp", "Teodora Vasquez"),),
    ),
    Case(
        "number",
        (
            "Barnaby Quist opened the hardware shop in 1974 and has not missed a day since.",
            "“People still want a single screw, not a packet of fifty,” the 80-year-old said.",
        ),
        (("single screw", "Barnaby Quist"),),
    ),
    Case(
        "number",
        (
            "Yevgenia Kotova finished her fourth marathon of the year in Lisbon.",
            "“The last ten kilometres were all wind,” said the 52-year-old teacher.",
        ),
        (("all wind", "Yevgenia Kotova"),),
    ),
    Case(
        "number",
        (
            "Dario Esposito has coached the under-twelves since his own son played.",
            "“Some of my first players bring their children now,” the father of three said.",
        ),
        (("bring their children", "Dario Esposito"),),
    ),
    # verdict: the speaker named after the quote, in a sentence of its own
    Case(
        "verdict",
        (
            "“The new timetable is worse than the old one.” That was the verdict of Ottilie"
            " Brannigan, who commutes from Harrow Vale every morning.",
        ),
        (("worse than the old", "Ottilie Brannigan"),),
    ),
    Case(
        "verdict",
        (
            "“Half the orchard was lost to frost.” So says Caspar Wyndham, whose family"
            " presses cider on the hill.",
        ),
        (("lost to frost", "Caspar Wyndham"),),
    ),
    Case(
        "verdict",
        (
            "“Every town needs a cinema that shows old films.” The words are those of Lena"
            " Marchetti, who reopened the Rialto last spring.",
        ),
        (("shows old films", "Lena Marchetti"),),
    ),
    Case(
        "verdict",
        (
            "“We are a fishing town without fish.” So says Eamon Gilvarry, the last skipper"
            " working out of the harbour.",
        ),
        (("fishing town without fish", "Eamon Gilvarry"),),
    ),
    # possess: the speaker in a possessive
    Case(
        "possess",
        (
            "Asked whether the factory would close, Henrike Baumann's answer was short: “Not"
            " while I run it.”",
        ),
        (("Not while I run it", "Henrike Baumann"),),
    ),
    Case(
        "possess",
        ("In Thaddeus Okoro's words, “the river decides, not the council.”",),
        (("river decides", "Thaddeus Okoro"),),
    ),
    Case(
        "possess",
        ("Marisol Ybarra's reply to the critics came in one line: “Read the book first.”",),
        (("Read the book first", "Marisol Ybarra"),),
    ),
    Case(
        "possess",
        (
            "Councillor Edwin Thorne's view of the plan has not changed: “It puts the car"
            " park where the market should be.”",
        ),
        (("car park where the market", "Edwin Thorne"),),
    ),
    # crowd: an unnamed speaker among named things
    Case(
        "crowd",
        (
            "The Ferrand Street Market closed its doors on Saturday after ninety years."
            " “My grandmother bought her fish here,” one shopper said.",
        ),
        (("grandmother bought", ""),),
    ),
    Case(
        "crowd",
        (
            "Supporters of Caldmoor Rovers waited outside the stadium until midnight."
            " “We will be back next season,” a man in a scarf shouted.",
        ),
        (("back next season", ""),),
    ),
    Case(
        "crowd",
        (
            "At the Linwood Arts Festival, queues stretched past the town hall."
            " “I came for the puppets,” said a girl of about seven.",
        ),
        (("came for the puppets", ""),),
    ),
    Case(
        "crowd",
        (
            "Passengers on the Northern Star ferry were stuck at sea for six hours."
            " “Nobody told us anything,” said one woman with two toddlers.",
        ),
        (("Nobody told us anything", ""),),
    ),
    # place: a place, a building or water is no speaker
    Case(
        "place",
        (
            "The tide rose over the sea wall at Brackwater Point before dawn. “We moved the"
            " boats up the slip at three,” a harbour worker said.",
        ),
        (("moved the boats", ""),),
    ),
    Case(
        "place",
        (
            "Smoke was still rising from the Ashgrove Theatre on Sunday. “The costumes are"
            " all gone,” said a stagehand.",
        ),
        (("costumes are all gone", ""),),
    ),
    Case(
        "place",
        (
            "The Tamsk River burst its banks near Oldham Mills. “Our cellar filled in an"
            " hour,” a resident said.",
        ),
        (("cellar filled", ""),),
    ),
    Case(
        "place",
        (
            "At Pelham Cathedral, the bells rang for the first time in a decade. “I cried"
            " when I heard them,” one parishioner said.",
        ),
        (("cried when I heard", ""),),
    ),
    # scare: a title, a nickname or a scare quote is no speaker quote
    Case(
        "scare",
        (
            "Her third novel, “The Salt Orchard,” sold out in a week, said the publisher,"
            " Ramona Ekwueme.",
        ),
        (("The Salt Orchard", "-"),),
    ),
    Case(
        "scare",
        ("Winger Eduardo “Lalo” Ferreira signed a two-year deal with the club on Monday.",),
        (("Lalo", "-"),),
    ),
    Case(
        "scare",
        (
            "The council calls the new parking rules a “fairness measure,” Oren Kalman, a"
            " shopkeeper, said, but the traders call them a tax.",
        ),
        (("fairness measure", "-"),),
    ),
    Case(
        "scare",
        (
            "Critics called the sculpture “a rusty mistake,” but Ivo Brankovic, who made it,"
            " says he does not mind.",
        ),
        (("rusty mistake", "-"),),
    ),
)
