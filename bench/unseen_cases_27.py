"""Forty short articles written in session 27 for ``bench/unseen_written.py --set 27``:
invented people, places and sentences, each scored quote with the speaker a careful
reader gives it. Written and scored once, with main's code, before any rule was changed
for them (dev half 17 of 22, held half 13 of 23: 30 of 45).

Patterns, four cases each: ``intro`` a speaker brought in by narration, then "he said";
``topic`` "she" after two women, the topic of the sentences before deciding; ``they``
"they" for a council or a firm; ``itsaid`` "it said" for a company; ``appos`` a
spokeswoman or spokesman named in apposition; ``report`` a report, audit, review or
filing that "found" or "says" (its named author speaks, else no named speaker); ``opinion``
the author of a first-person piece; ``over`` a quote running over two paragraphs;
``action`` a narrated action just before an uncued quote in the same paragraph;
``added`` "he added" or "she added" after another speaker's paraphrase. As in
``unseen_cases.py``, the second case of each pair (odd index) is held out.
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # intro
    Case(
        "intro",
        (
            "“The ferry timetable is a mess,” said Harriet Sol, who crosses twice a day.",
            "The ferry company sent its operations chief, Bertrand Okonjo, to face the"
            " crowd on Tuesday night.",
            "“We lost two boats to engine faults in one week,” he said.",
        ),
        (("two boats to engine faults", "Bertrand Okonjo"),),
    ),
    Case(
        "intro",
        (
            "Library hours will be cut from March, the county announced.",
            "Librarian Mateo Quist has worked the front desk in Dunmore for eleven years"
            " and knows most readers by name.",
            "“Some of them come here because it is the only warm room they have,” he said.",
        ),
        (("only warm room", "Mateo Quist"),),
    ),
    Case(
        "intro",
        (
            "“Nobody asked the tenants,” said Yolanda Pierce, who chairs the tenants’ association.",
            "The building’s new owner, a pension fund, hired an architect, Leopold Varnay,"
            " to draw up the refit.",
            "“Every flat gets a new kitchen and the rents stay where they are for two"
            " years,” he said.",
        ),
        (("new kitchen", "Leopold Varnay"),),
    ),
    Case(
        "intro",
        (
            "The hospice opened its garden to the public on Sunday.",
            "Volunteers planted it over two summers. Their leader, a retired teacher named"
            " Gustav Ebbe, drew the plan on the back of an envelope.",
            "“We wanted somewhere you could sit and not think about medicine,” he said.",
        ),
        (("not think about medicine", "Gustav Ebbe"),),
    ),
    # topic
    Case(
        "topic",
        (
            "Agnes Holloway took over the bakery from her mother, Ruth, in 2019. Business"
            " has doubled since then, and Holloway has hired four bakers.",
            "“I never planned to stay in this town,” she said.",
        ),
        (("never planned to stay", "Agnes Holloway"),),
    ),
    Case(
        "topic",
        (
            "Councillor Dana Whitlock met the school’s head, Priya Raman, on Monday to"
            " discuss the roof. Raman has asked for repairs for three years.",
            "“Buckets in the corridors every time it rains,” she said.",
        ),
        (("Buckets in the corridors", "Priya Raman"),),
    ),
    Case(
        "topic",
        (
            "Marisol Duarte wants the quay rebuilt before winter. She has the backing of the"
            " fishing crews, though not of the mayor, Lena Korhonen.",
            "“The quay is the reason this town exists,” she said.",
        ),
        (("reason this town exists", "Marisol Duarte"),),
    ),
    Case(
        "topic",
        (
            "Nurse Beatrix Lund found the baby on the clinic steps at dawn. She called her"
            " supervisor, Imogen Tate, and the two of them kept the child warm until the"
            " ambulance came.",
            "“I had never held a baby that small,” she said.",
        ),
        (("baby that small", "Beatrix Lund"),),
    ),
    # they: a council or a firm
    Case(
        "they",
        (
            "The Dunmore Town Council voted on Monday to close the outdoor pool for a season.",
            "“Repairs would cost more than the pool earns in ten years,” they said in a"
            " notice posted at the gate.",
        ),
        (("more than the pool earns", "Dunmore Town Council"),),
    ),
    Case(
        "they",
        (
            "Brightwater Foods has shut its packing plant in Ellery after a listeria finding.",
            "“We will not reopen until every test comes back clean,” they said.",
        ),
        (("every test comes back clean", "Brightwater Foods"),),
    ),
    Case(
        "they",
        (
            "The Ambrey Parish Council has refused to fly any flag but the county’s.",
            "Residents who asked for a rainbow flag in June were told no. “The pole is for"
            " the county flag and nothing else,” they wrote back.",
        ),
        (("county flag and nothing else", "Ambrey Parish Council"),),
    ),
    Case(
        "they",
        (
            "Corvin Logistics, the parcel firm, lost its biggest contract in March.",
            "“We wish the council well with its new supplier,” they said in a short note.",
        ),
        (("new supplier", "Corvin Logistics"),),
    ),
    # itsaid: "it said" for a company
    Case(
        "itsaid",
        (
            "Orla Telecom raised its prices by nine percent on Wednesday, its second rise"
            " this year.",
            "“Energy costs at our masts have tripled,” it said.",
        ),
        (("masts have tripled", "Orla Telecom"),),
    ),
    Case(
        "itsaid",
        (
            "Customers of Greyling Bank could not log in for most of Friday.",
            "The bank apologised in the evening. “The fault was in a routine update and has"
            " been fixed,” it said.",
        ),
        (("routine update", "Greyling Bank"),),
    ),
    Case(
        "itsaid",
        (
            "A fire broke out at a mill owned by Kestrel Paper late on Saturday. No one was"
            " hurt, the company said.",
            "“Production will resume on Thursday,” it said in an update on Sunday.",
        ),
        (("resume on Thursday", "Kestrel Paper"),),
    ),
    Case(
        "itsaid",
        (
            "Vantoro, the scooter rental firm, pulled its fleet from the city centre after"
            " a string of crashes.",
            "“Safety comes before growth,” it said, adding that the scooters would return"
            " in spring.",
        ),
        (("Safety comes before growth", "Vantoro"),),
    ),
    # appos: a spokeswoman or spokesman named in apposition
    Case(
        "appos",
        (
            "The hospital’s spokeswoman, Delphine Arroyo, said visiting hours would return"
            " to normal next week. “We are grateful for the patience of families,” she said.",
        ),
        (("patience of families", "Delphine Arroyo"),),
    ),
    Case(
        "appos",
        (
            "A spokesman for Harrow Rail, Callum Ridge, blamed the delays on a signal fault.",
            "“Engineers are on site and trains should run normally by the evening,” he said.",
        ),
        (("Engineers are on site", "Callum Ridge"),),
    ),
    Case(
        "appos",
        (
            "Ilario Benz, spokesman for the county sheriff, said deputies had searched the"
            " woods overnight.",
            "“We have not found anything yet,” he said.",
        ),
        (("not found anything yet", "Ilario Benz"),),
    ),
    Case(
        "appos",
        (
            "The airline’s spokeswoman, Freya Lindqvist, would not say how many flights"
            " were affected.",
            "“We will publish a full list tomorrow,” she said.",
        ),
        (("full list tomorrow", "Freya Lindqvist"),),
    ),
    # report: a document speaks
    Case(
        "report",
        (
            "An audit of the county roads department, published on Tuesday, found that a"
            " third of its trucks were past their service date.",
            "“Maintenance records were incomplete or missing in most depots,” the audit said.",
        ),
        (("incomplete or missing", ""),),
    ),
    Case(
        "report",
        (
            "Dunmore Quarry Ltd said in a court filing on Monday that its blasting met every"
            " legal limit.",
            "“The company has never exceeded the permitted vibration levels,” the filing says.",
        ),
        (("permitted vibration levels", "Dunmore Quarry Ltd"),),
    ),
    Case(
        "report",
        (
            "A report by the Tidewater Institute, a think tank, found that rents had risen"
            " faster than wages in every coastal town.",
            "“Young families are being priced out of the places they grew up in,” the report says.",
        ),
        (("priced out", "Tidewater Institute"),),
    ),
    Case(
        "report",
        (
            "A review ordered by the school board found that the district’s buses ran late"
            " on two days in three.",
            "“Drivers were routinely given routes that could not be completed on time,” the"
            " review found.",
        ),
        (("could not be completed on time", ""),),
    ),
    # opinion: the author of a first-person piece
    Case(
        "opinion",
        (
            "I have taught maths at Hillcrest for twenty-two years, and I have never seen a"
            " class as tired as this one.",
            "Last week a boy asked me why he should bother. “Because you are better at this"
            " than you think,” I told him.",
        ),
        (("better at this than you think", "Rosalind Achebe"),),
        ("Rosalind Achebe",),
    ),
    Case(
        "opinion",
        (
            "My father ran a hardware shop on Mill Street until the bypass opened.",
            "“The cars just stopped coming,” he told me once. I did not understand then"
            " what he meant.",
            "“Nobody needs a shop they cannot park at,” I wrote in this paper in 2011.",
        ),
        (("cars just stopped coming", ""), ("cannot park at", "Tobias Wren")),
        ("Tobias Wren",),
    ),
    Case(
        "opinion",
        (
            "When the council asked for views on the new bus lanes, I filled in the form."
            " Then I went to the meeting.",
            "“Who here rides the bus?” I asked. Two hands went up.",
        ),
        (("Who here rides the bus", "Mirela Stanek"),),
        ("Mirela Stanek",),
    ),
    Case(
        "opinion",
        (
            "Five years ago I stood up at the planning meeting and said my piece. “This"
            " stadium will bring nothing but traffic,” I said.",
            "I was wrong, and I owe the club an apology.",
        ),
        (("nothing but traffic", "Desmond Achterberg"),),
        ("Desmond Achterberg",),
    ),
    # over: a quote running over two paragraphs
    Case(
        "over",
        (
            "“The food bank fed 300 families last month,” said volunteer Colm Avery.",
            "Hester Quayle, who runs it, remembers when the mine closed. “The town lost its"
            " reason to get up in the morning.",
            "“Some men still walk to the gate every morning out of habit.”",
        ),
        (("reason to get up", "Hester Quayle"), ("walk to the gate", "Hester Quayle")),
    ),
    Case(
        "over",
        (
            "Judge Ivo Pranjic read his sentence slowly. “I have read every letter sent to"
            " this court on your behalf.",
            "“Not one of them explains what you did,” he said.",
        ),
        (("every letter sent", "Ivo Pranjic"), ("explains what you did", "Ivo Pranjic")),
    ),
    Case(
        "over",
        (
            "“We moved here for the schools,” said Anneliese Korb. “Now they want to merge"
            " ours with the one across the river.",
            "“My daughter would spend an hour a day on a bus.”",
            "Her neighbour, Pietro Salas, agreed. “Nobody asked us,” he said.",
        ),
        (("hour a day on a bus", "Anneliese Korb"), ("Nobody asked us", "Pietro Salas")),
    ),
    Case(
        "over",
        (
            "Chef Ulla Brant has cooked at the inn since 1998. “The menu has hardly changed.",
            "“People come back for the same pie their parents ate. Why would I change it?”",
        ),
        (("menu has hardly changed", "Ulla Brant"), ("same pie", "Ulla Brant")),
    ),
    # action: a narrated action before an uncued quote in the same paragraph
    Case(
        "action",
        (
            "“The budget is balanced,” said Finance Director Carla Montague.",
            "Alderman Rufus Ogden shook his head. “Balanced on paper, with the pension fund"
            " raided to do it.”",
        ),
        (("Balanced on paper", "Rufus Ogden"),),
    ),
    Case(
        "action",
        (
            "The judge asked whether anyone wished to speak. Marguerite Osei stood up and"
            " unfolded a sheet of paper. “My son was nineteen years old.”",
        ),
        (("nineteen years old", "Marguerite Osei"),),
    ),
    Case(
        "action",
        (
            "“We were the better side,” said the visiting captain, Omar Reyes.",
            "Coach Bram Tillman folded his arms. “They were better for ten minutes. We were"
            " better for eighty.”",
        ),
        (("better for eighty", "Bram Tillman"),),
    ),
    Case(
        "action",
        (
            "Priscilla Vane led reporters through the flooded ground floor of her guesthouse,"
            " pointing at the line on the wallpaper. “That is where it stopped, at my"
            " shoulder.”",
        ),
        (("at my shoulder", "Priscilla Vane"),),
    ),
    # added: "he added" after another speaker's paraphrase
    Case(
        "added",
        (
            "“The station will not close while I am in charge,” said Fire Chief Dominic Strand.",
            "Union representative Keira Lomax said the crews had heard such promises before.",
            "“We will find the money,” he added.",
        ),
        (("find the money", "Dominic Strand"),),
    ),
    Case(
        "added",
        (
            "“Our water is safe to drink,” said utilities manager Greta Holm.",
            "Residents of Alder Row said their taps had run brown for a week, and their"
            " councillor, Simon Pryce, called for an inquiry.",
            "“Brown water is rust from old pipes, not a health risk,” she added.",
        ),
        (("rust from old pipes", "Greta Holm"),),
    ),
    Case(
        "added",
        (
            "Headteacher Lionel Marsh defended the phone ban. “Lessons are calmer already,”"
            " he said.",
            "Some parents, led by Ruth Abernathy, argue that children need phones to get"
            " home safely.",
            "“Every pupil can use the office phone at any time,” he added.",
        ),
        (("office phone", "Lionel Marsh"),),
    ),
    Case(
        "added",
        (
            "“The race will go ahead,” said organiser Tamsin Rook.",
            "Police had warned of heavy traffic, and a local cyclist, Jarek Nowak, said the"
            " route was too narrow for 2,000 riders.",
            "“We have closed the roads and hired 80 marshals,” she added.",
        ),
        (("hired 80 marshals", "Tamsin Rook"),),
    ),
)
