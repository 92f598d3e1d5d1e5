"""Forty-two short articles written in session 31 for ``bench/unseen_written.py --set 31n``:
each breaks one assumption named attribution makes (README.md, issue 14, session 31's
list), in shapes sets 26-30o do not hold, the way real copy breaks it: court and sport
reports, wire copy, vox pops and Q&As, statements and letters, with invented people,
bodies, places and sentences. Written and scored once with main's code (5ffd7ff) before
any rule was changed for them (the figure is in README.md).

Patterns, six cases each: ``body`` an organisation or institution whose name holds a
function word (of, for, the, and, de, &); ``court`` a court report (the judge, the
prosecution, "counsel for X", "Prosecuting, X said"); ``sport`` a match report whose
later cues are descriptions ("the striker", "the 31-year-old", "the Dane"); ``wire`` wire
copy whose cue comes first ("X said on Tuesday that …") and whose quote follows with no
cue of its own; ``subhead`` speakers named in a subheading (a vox pop, a Q&A's name
line); ``written`` words from a written statement, letter, note or post by a named
person; ``parts`` a name of three or more parts or with non-English particles (del, van
den, bin, ap, degli, Nguyen's family-name-first order). As in ``bench/unseen_cases.py``,
the second case of each pair (odd index) is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all (not found, a scare quote, or no named speaker).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # body: an organisation's name with a function word inside
    Case(
        "body",
        (
            "Plans to fill in the old quarry lake at Dunmerrow drew a crowd of two hundred to"
            " the parish hall on Thursday.",
            "“Nobody who swims there was asked a single question,” said the Alliance for"
            " Safer Open Water, which organised the meeting.",
        ),
        (("swims there was asked", "Alliance for Safer Open Water"),),
    ),
    Case(
        "body",
        (
            "The Guild of Clockmakers and Bellfounders has refused to restore the tower clock"
            " at Pennick free of charge.",
            "“Our members are craftsmen, not a charity,” the Guild of Clockmakers and"
            " Bellfounders said in reply to the town council.",
        ),
        (("craftsmen, not a charity", "Guild of Clockmakers and Bellfounders"),),
    ),
    Case(
        "body",
        (
            "Tenants in the Ashgrove flats say the heating has failed four times since October.",
            "Hallam & Voss, the agents who manage the block, said: “A new boiler is on order"
            " and will be fitted before the end of the month.”",
        ),
        (("new boiler is on order", "Hallam & Voss"),),
    ),
    Case(
        "body",
        (
            "Savers at the regional lender will see their rates cut from March.",
            "“The decision reflects the cost of funding, not a change of heart,” Banco de"
            " Vallemora said in a note to customers.",
        ),
        (("cost of funding", "Banco de Vallemora"),),
    ),
    Case(
        "body",
        (
            "A rare orchid has flowered on the verge of the Tarrow bypass for the first time"
            " in thirty years.",
            "“We would ask drivers to leave it where it is,” the Friends of the Tarrow"
            " Meadows said, adding that volunteers would mark the spot with canes.",
        ),
        (("leave it where it is", "Friends of the Tarrow Meadows"),),
    ),
    Case(
        "body",
        (
            "The museum will close its east wing for two years while the roof is replaced.",
            "The Society for the History of Printing, which holds its archive there, said:"
            " “We have been promised a temporary reading room, and we will hold the museum"
            " to that.”",
        ),
        (("temporary reading room", "Society for the History of Printing"),),
    ),
    # court: a court report's speakers
    Case(
        "court",
        (
            "A van driver who fell asleep at the wheel and hit a bus shelter in Corby Vale"
            " has been banned from driving for two years.",
            "Judge Marisa Holloway told Wrexford Crown Court that Dean Pettifer, 44, had"
            " been working a nineteen-hour shift.",
            "“You were tired, and you knew you were tired,” the judge said. “That is what"
            " makes this so serious.”",
        ),
        (
            ("you knew you were tired", "Marisa Holloway"),
            ("makes this so serious", "Marisa Holloway"),
        ),
    ),
    Case(
        "court",
        (
            "A former treasurer of a bowls club took more than £18,000 from its accounts"
            " over six years, a court heard.",
            "Prosecuting, Leonie Bramwell said: “The club trusted her with everything, and"
            " she treated its money as her own.”",
            "Defending, Oswin Clay said his client had repaid half the sum.",
        ),
        (("treated its money as her own", "Leonie Bramwell"),),
    ),
    Case(
        "court",
        (
            "A landlord accused of ignoring damp in a family's flat told a tribunal he had"
            " never been shown the mould.",
            "Counsel for the tenants, Gideon Achterberg, said: “There are photographs, there"
            " are emails, and there is a doctor's letter.”",
        ),
        (("there is a doctor's letter", "Gideon Achterberg"),),
    ),
    Case(
        "court",
        (
            "The trial of two men accused of stealing lead from the roof of St Aldric's"
            " church entered its third day.",
            "“They were caught with the lead in their van and the church's ladder on the"
            " roof rack,” the prosecution said in its opening.",
        ),
        (("caught with the lead", ""),),
    ),
    Case(
        "court",
        (
            "A farmer whose dog killed eleven sheep has been ordered to pay compensation.",
            "Sentencing, District Judge Alun Merrick said: “A dog that has done this once"
            " will do it again unless it is kept on a lead.”",
        ),
        (("kept on a lead", "Alun Merrick"),),
    ),
    Case(
        "court",
        (
            "Rosalind Oduya, for the defence, told the jury the case rested on one witness.",
            "“She saw a man in a blue coat from a hundred yards away, at night, in the"
            " rain,” Ms Oduya said. “That is the whole of the case against my client.”",
        ),
        (
            ("blue coat from a hundred", "Rosalind Oduya"),
            ("whole of the case", "Rosalind Oduya"),
        ),
    ),
    # sport: descriptions after the player or manager is named
    Case(
        "sport",
        (
            "Fenwick Rovers 3 Castlebrook 1",
            "Ibrahim Sesay scored twice in the first half as Rovers climbed to third.",
            "“I just kept running into the gaps,” the striker said. “The manager told me"
            " they would be there.”",
        ),
        (("kept running into the gaps", "Ibrahim Sesay"), ("they would be there", "Ibrahim Sesay")),
    ),
    Case(
        "sport",
        (
            "Goalkeeper Torben Halvorsen signed a one-year extension at Millbay on Monday,"
            " the week he turned 36.",
            "“I still enjoy training more than anyone in the building,” the 36-year-old said.",
        ),
        (("enjoy training more", "Torben Halvorsen"),),
    ),
    Case(
        "sport",
        (
            "Kestrels manager Lorna Vickery was left furious by the penalty decision that"
            " cost her side a point at Harwood Park.",
            "“I have watched it six times and it is still not a foul,” the Kestrels boss said.",
        ),
        (("still not a foul", "Lorna Vickery"),),
    ),
    Case(
        "sport",
        (
            "Mikkel Rasmussen won the coastal stage of the Tour of the Vales by forty seconds.",
            "“The wind was behind us for the last twenty kilometres, so I went,” the Dane"
            " said at the finish.",
        ),
        (("so I went", "Mikkel Rasmussen"),),
    ),
    Case(
        "sport",
        (
            "Sophie Eckhardt-Lunn, 29, hit an unbeaten 104 as Westmarch chased down 261"
            " with an over to spare.",
            "“I have not slept properly since the last game, so this feels good,” the"
            " 29-year-old said. “The pitch did a bit early on.”",
        ),
        (
            ("not slept properly", "Sophie Eckhardt-Lunn"),
            ("pitch did a bit", "Sophie Eckhardt-Lunn"),
        ),
    ),
    Case(
        "sport",
        (
            "Castlebrook captain Danny Okafor lifted the county cup for the second year running.",
            "“We are a better side than last year and we were made to prove it today,” the"
            " skipper said.",
        ),
        (("better side than last year", "Danny Okafor"),),
    ),
    # wire: the cue first, its quote after with no cue
    Case(
        "wire",
        (
            "PORT ELLARD, March 4 - Transport Minister Rasmus Ekdahl said on Tuesday that"
            " the northern border crossings would reopen within a week.",
            "“The engineers have finished their checks and we see no reason to wait any longer.”",
        ),
        (("engineers have finished", "Rasmus Ekdahl"),),
    ),
    Case(
        "wire",
        (
            "VELDHAVEN (Newswire) - The chief executive of Tarsk Shipping, Hiroko Tanabe,"
            " told analysts on Wednesday that freight rates had bottomed out.",
            "“The second half will look very different from the first,” she said on a call"
            " with investors.",
        ),
        (("second half will look", "Hiroko Tanabe"),),
    ),
    Case(
        "wire",
        (
            "Opposition leader Greta Mandeville said on Friday that her party would vote"
            " against the budget. “There is nothing in it for a family renting a flat in"
            " any of our cities.”",
        ),
        (("family renting a flat", "Greta Mandeville"),),
    ),
    Case(
        "wire",
        (
            "The head of the national weather service, Anselm Korhonen, warned on Sunday"
            " that the flood peak had not yet reached the lower valley.",
            "“Anyone living below the weir should be ready to leave tonight.”",
        ),
        (("below the weir", "Anselm Korhonen"),),
    ),
    Case(
        "wire",
        (
            "Defence Secretary Okello Baine said talks with the rebel commanders had"
            " stalled, speaking to reporters in Valmora.",
            "“We are not going to negotiate with people who shell a market.”",
            "Baine did not say when the talks might resume.",
        ),
        (("shell a market", "Okello Baine"),),
    ),
    Case(
        "wire",
        (
            "Central bank governor Ludmila Varga said on Thursday that rates would stay"
            " where they are until the summer, and perhaps longer.",
            "“We would rather be late than wrong.”",
        ),
        (("rather be late than wrong", "Ludmila Varga"),),
    ),
    # subhead: the speaker named in a subheading
    Case(
        "subhead",
        (
            "We asked people in Harlow Cross what they made of the new parking charges.",
            "Dorothea Fenwick, retired teacher",
            "“I used to pop into the chemist twice a week. Now I wait until I need three things.”",
            "Kasim Raza, café owner",
            "“Tuesday was the quietest day we have had since we opened.”",
        ),
        (
            ("pop into the chemist", "Dorothea Fenwick"),
            ("quietest day we have had", "Kasim Raza"),
        ),
    ),
    Case(
        "subhead",
        (
            "Three parents on the school's plan to drop its Saturday sports fixtures.",
            "Beatrix Olawale, mother of two",
            "“My son lives for those matches. I do not know what he will do instead.”",
            "Ciaran Hendley, father",
            "“Honestly, I will be glad of the lie-in.”",
        ),
        (
            ("lives for those matches", "Beatrix Olawale"),
            ("glad of the lie-in", "Ciaran Hendley"),
        ),
    ),
    Case(
        "subhead",
        (
            "Five minutes with Marisol Quenby, who has written the ferry timetables for the"
            " islands for twenty years",
            "How did you end up doing this?",
            "“By accident. I was a clerk in the harbour office and the man who did it"
            " retired the week I started.”",
            "What is the hardest part?",
            "“The tides. They do not care about anyone's connecting bus.”",
        ),
        (("By accident", "Marisol Quenby"), ("connecting bus", "Marisol Quenby")),
    ),
    Case(
        "subhead",
        (
            "In their own words: the volunteers who kept the library open",
            "Harriet Mbeki, 68",
            "“We took turns on the desk, and nobody ever missed a shift, not once in five years.”",
            "Tomasz Wierzbicki, 19",
            "“I came for the community service hours and stayed for the people.”",
        ),
        (
            ("took turns on the desk", "Harriet Mbeki"),
            ("community service hours", "Tomasz Wierzbicki"),
        ),
    ),
    Case(
        "subhead",
        (
            "What the candidates say",
            "Edwin Charnock (Independent)",
            "“The bypass should have been built ten years ago and I will keep saying so.”",
            "Priya Lakhani (Green)",
            "“A bypass fills up with cars within five years. Every study says so.”",
        ),
        (
            ("bypass should have been built", "Edwin Charnock"),
            ("fills up with cars", "Priya Lakhani"),
        ),
    ),
    Case(
        "subhead",
        (
            "Ten questions for the new harbour master, Gwilym Rowntree",
            "Q. What is the first thing you will change?",
            "“The signage. Half the visiting yachts cannot find the fuel berth.”",
            "Q. And the thing you will never change?",
            "“The bell at noon. It has rung every day since 1911.”",
        ),
        (("cannot find the fuel berth", "Gwilym Rowntree"), ("bell at noon", "Gwilym Rowntree")),
    ),
    # written: a statement, letter, note or post by a named person
    Case(
        "written",
        (
            "Parents at Holmfirth Lane Primary were told on Friday that the school would"
            " close early every Wednesday from next term.",
            "In a letter sent home with pupils, head teacher Bronwen Askew wrote: “This is"
            " not a decision we have taken lightly, and we will review it at Easter.”",
        ),
        (("not a decision we have taken lightly", "Bronwen Askew"),),
    ),
    Case(
        "written",
        (
            "“I will not be standing again, and I want to thank everyone who knocked on a"
            " door for me,” Tobias Wrenfield posted on his campaign page on Sunday night.",
        ),
        (("not be standing again", "Tobias Wrenfield"),),
    ),
    Case(
        "written",
        (
            "Councillor Abel Minto has resigned from the planning committee.",
            "His letter of resignation, seen by the Gazette, reads: “I can no longer sit on"
            " a committee whose decisions are made before it meets.”",
        ),
        (("decisions are made before it meets", "Abel Minto"),),
    ),
    Case(
        "written",
        (
            "The novelist Ines Varga has withdrawn her book from the Kellerton prize.",
            "Writing on her blog, Varga said: “A prize that cannot say who funds it is not a"
            " prize I want my name next to.”",
        ),
        (("cannot say who funds it", "Ines Varga"),),
    ),
    Case(
        "written",
        (
            "A note left on the door of the Corner Larder on Tuesday told customers the shop"
            " had closed for good.",
            "“Thirty-one years, and we loved nearly every one of them,” read the note,"
            " signed by its owner, Ferdinand Oyelaran.",
        ),
        (("loved nearly every one", "Ferdinand Oyelaran"),),
    ),
    Case(
        "written",
        (
            "The chair of the hospital trust, Ellery Haskins, issued a statement after the"
            " inspection report was published.",
            "“We accept every one of the findings. Patients deserved better, and they will"
            " get it,” the statement said.",
        ),
        (("accept every one of the findings", "Ellery Haskins"),),
    ),
    # parts: names of three or more parts, or with particles
    Case(
        "parts",
        (
            "The new director of the botanical garden, María del Carmen Ibarra Solís, wants"
            " visitors to touch the plants.",
            "“A garden you can only look at is a museum,” said Ibarra Solís.",
        ),
        (("only look at is a museum", "María del Carmen Ibarra Solís"),),
    ),
    Case(
        "parts",
        (
            "“We measured the dyke every week for forty years,” said Jan-Willem van den"
            " Heuvel, the retired engineer who led the survey.",
            "Van den Heuvel added: “It has sunk eleven centimetres.”",
        ),
        (
            ("measured the dyke", "Jan-Willem van den Heuvel"),
            ("sunk eleven centimetres", "Jan-Willem van den Heuvel"),
        ),
    ),
    Case(
        "parts",
        (
            "Khalid bin Saeed al-Marzouqi, who chairs the desalination board, opened the"
            " third plant on the coast road.",
            "“Every glass of water in this city will soon come from the sea,” al-Marzouqi said.",
        ),
        (("glass of water", "Khalid bin Saeed al-Marzouqi"),),
    ),
    Case(
        "parts",
        (
            "Nguyen Thi Lan Anh runs the only noodle stall left on Carver Street.",
            "“My mother cooked here, and her mother before her,” Nguyen Thi Lan Anh said.",
        ),
        (("My mother cooked here", "Nguyen Thi Lan Anh"),),
    ),
    Case(
        "parts",
        (
            "The harpist Dafydd ap Rhys Tudor will play at the festival's closing concert.",
            "“I learned on my grandmother's harp, which is older than the chapel,” ap Rhys"
            " Tudor said.",
        ),
        (("grandmother's harp", "Dafydd ap Rhys Tudor"),),
    ),
    Case(
        "parts",
        (
            "“Restoration is mostly patience and a very small brush,” said Ludovica degli"
            " Uberti Contarini, who spent three years on the ceiling.",
        ),
        (("very small brush", "Ludovica degli Uberti Contarini"),),
    ),
)
