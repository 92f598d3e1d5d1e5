"""Sixteen articles written in session 35 for ``bench/unseen_written.py --set 35``:
invented people, places and sentences. Each breaks one assumption the carry of a speaker
by pronoun makes, the way long local-news, wire, council and press-release copy breaks it.
Written and scored once with main's code (d312dcf) before any rule: FIRST_SCORE.

Assumptions broken: (1) the speaker of "he said" is the last speaker of that sex
(``alternate``: a man and a woman take turns over many paragraphs by pronoun only;
``takeover``: a second man heads the narration between, then speaks by "he", then the
first man is named again by surname and speaks by "he"); (2) narration between two quotes
does not change who is talked about (``aside``: a paragraph names a man only as the
object of a sentence about a thing; the "he said" after it is still the interviewee's);
(3) a sex mismatch ends nothing (``sexes``: a woman's run of "she said" across a man who
heads a paragraph between); (4) a description speaks for the person it describes
(``age``: "the 47-year-old said" for the person given that age; ``relation``: "her
brother said" is someone unnamed, and the woman's "she said" after it is still hers);
(5) "it said" is the body last named (``itsaid``: a firm's statement with its chief
executive named between); (6) every quote has a speaker (``sign``: a banner's slogan, a
film's title, a sign's words: no speaker).

Patterns, two cases each (the second held out).
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main d312dcf: dev 17 of 19, held 14 of 19 (31 of 38)"

CASES = (
    Case(
        "alternate",
        (
            "Ingrid Soleway and Marek Dunphy have run rival bakeries on Pellow Street since"
            " 2011. Both now face the same rent rise.",
            "Soleway opened at five on Thursday, as she has every weekday for thirteen years.",
            "“I bake four hundred loaves before the first bus comes,” she said.",
            "Dunphy, across the road, is less sure he will see the year out.",
            "“The landlord wants double, and my ovens are older than my apprentice,” he said.",
            "“We have never agreed on sourdough,” she said, “but we agree on this.”",
            "“If she goes, I go,” he said.",
        ),
        (
            ("four hundred loaves", "Ingrid Soleway"),
            ("older than my apprentice", "Marek Dunphy"),
            ("never agreed on sourdough", "Ingrid Soleway"),
            ("If she goes, I go", "Marek Dunphy"),
        ),
    ),
    Case(
        "alternate",
        (
            "The Carrowmore ferry will stop running in March. Skipper Aled Brannagh has"
            " crossed the lough for twenty-two years; his deckhand, Siobhan Tierney, for six.",
            "Brannagh checked the ropes while the last cars rolled on.",
            "“Every farmer on the far shore knows my number,” he said.",
            "Tierney was counting tickets in the wheelhouse.",
            "“People keep asking what I will do next, and I keep not answering,” she said.",
            "“She will be fine. I am the one who knows nothing else,” he said.",
            "“He says that every winter,” she said.",
        ),
        (
            ("knows my number", "Aled Brannagh"),
            ("keep not answering", "Siobhan Tierney"),
            ("knows nothing else", "Aled Brannagh"),
            ("every winter", "Siobhan Tierney"),
        ),
    ),
    Case(
        "takeover",
        (
            "Councillor Rupert Akinola wants the Hadley Road depot sold by the summer.",
            "“We are paying to heat an empty shed,” he said at Tuesday’s meeting.",
            "Councillor Stellan Brooke, who leads the opposition group, said the depot could"
            " house the gritting lorries instead.",
            "“Sell it now and we will be renting space back within two winters,” he said.",
            "Akinola was not persuaded.",
            "“The lorries have their own yard already,” he said.",
        ),
        (
            ("heat an empty shed", "Rupert Akinola"),
            ("renting space back", "Stellan Brooke"),
            ("their own yard already", "Rupert Akinola"),
        ),
    ),
    Case(
        "takeover",
        (
            "Head teacher Colm Radley says the Fairweather Primary roof has leaked since October.",
            "“We have buckets in three classrooms,” he said.",
            "Neville Ashdown, the county’s property manager, told parents on Monday that"
            " repairs were booked for the half-term break.",
            "“The contractor has the scaffolding on order,” he said.",
            "Radley said he had heard that before.",
            "“We were promised the summer holidays, then Christmas,” he said.",
        ),
        (
            ("buckets in three classrooms", "Colm Radley"),
            ("scaffolding on order", "Neville Ashdown"),
            ("then Christmas", "Colm Radley"),
        ),
    ),
    Case(
        "aside",
        (
            "Ewan Castellan has kept the Ardmoss lighthouse log for forty years, one line a night.",
            "“Nothing much happens most nights, and you write that down too,” he said.",
            "The tower itself was designed by the engineer Robert Haldane and first lit in 1883.",
            "“The lamp has outlived three keepers and it will outlive me,” he said.",
        ),
        (
            ("write that down too", "Ewan Castellan"),
            ("outlive me", "Ewan Castellan"),
        ),
    ),
    Case(
        "aside",
        (
            "Beatrix Lowell runs the only pharmacy left in Dunmere.",
            "“People drive twenty miles for a prescription if I close for a day,” she said.",
            "The building was bought from the estate of the late Margaret Quill in 1994 and"
            " still has her name over the door.",
            "“Customers still call me Mrs Quill and I have stopped correcting them,” she said.",
        ),
        (
            ("twenty miles for a prescription", "Beatrix Lowell"),
            ("stopped correcting them", "Beatrix Lowell"),
        ),
    ),
    Case(
        "sexes",
        (
            "Judge Harriet Okonkwo-Shaw spent thirty years on the county bench and retires on"
            " Friday.",
            "“The cases have not changed much; the paperwork has,” she said.",
            "Clerk Desmond Pryce, who has sat below her since 2009, has organised a dinner for"
            " the court staff.",
            "“I will miss the arguments about commas most of all,” she said.",
        ),
        (
            ("the paperwork has", "Harriet Okonkwo-Shaw"),
            ("arguments about commas", "Harriet Okonkwo-Shaw"),
        ),
    ),
    Case(
        "sexes",
        (
            "Farmer Glenys Marwood lost forty ewes when the Tawe burst its banks last week.",
            "“The water came up through the yard faster than I could open the gates,” she said.",
            "Her neighbour Idris Penhallow towed two of her tractors clear with his own.",
            "“Without him I would have lost the machinery too,” she said.",
        ),
        (
            ("open the gates", "Glenys Marwood"),
            ("lost the machinery too", "Glenys Marwood"),
        ),
    ),
    Case(
        "age",
        (
            "Dunmore Rovers have signed striker Kayode Ferrante, 27, from Ashvale Town on a"
            " two-year deal.",
            "Manager Phil Greaves said the club had watched him for a season.",
            "“I came here to play every week, not to sit on a bench,” the 27-year-old said.",
        ),
        (("sit on a bench", "Kayode Ferrante"),),
    ),
    Case(
        "age",
        (
            "Rosalind Achebe-Hart, 64, has walked the Harrowdale coast path every morning"
            " since she retired from nursing.",
            "Ranger Tom Exley said the path had lost two metres to the sea this winter.",
            "“I have watched the cliff come closer to the bench year by year,” the 64-year-old"
            " said.",
        ),
        (("closer to the bench", "Rosalind Achebe-Hart"),),
    ),
    Case(
        "relation",
        (
            "Nadia Kestrel was the first in her family to go to university. She graduated in"
            " medicine from Halbury on Friday.",
            "“My grandmother could not read, and now I can write prescriptions,” she said.",
            "“She phoned every one of us at six in the morning,” her brother said.",
            "“I did not sleep at all,” she said.",
        ),
        (
            ("write prescriptions", "Nadia Kestrel"),
            ("at six in the morning", ""),
            ("did not sleep at all", "Nadia Kestrel"),
        ),
    ),
    Case(
        "relation",
        (
            "Bernard Oyelaran has repaired clocks in the same Corve Street shop since 1971.",
            "“A clock tells you how it was treated,” he said.",
            "“He brings the broken ones home and we eat round them,” his wife said.",
            "“She exaggerates. Mostly,” he said.",
        ),
        (
            ("how it was treated", "Bernard Oyelaran"),
            ("eat round them", ""),
            ("She exaggerates", "Bernard Oyelaran"),
        ),
    ),
    Case(
        "itsaid",
        (
            "Brannock Foods will close its Tillingham packing plant in June, putting 140 jobs"
            " at risk.",
            "Chief executive Laurence Hebden told staff of the decision on Monday morning.",
            "“Demand for tinned vegetables has fallen for six years in a row,” it said in a"
            " statement.",
        ),
        (("fallen for six years", "Brannock Foods"),),
    ),
    Case(
        "itsaid",
        (
            "Corveth Water has been fined £2.1m for pumping sewage into the River Lyne.",
            "Managing director Alison Trewin attended the hearing at Penmarrow Crown Court.",
            "“We accept the court’s decision and apologise to everyone who uses the river,” it"
            " said.",
        ),
        (("apologise to everyone who uses the river", "Corveth Water"),),
    ),
    Case(
        "sign",
        (
            "About two hundred people marched through Eastbury on Saturday against the"
            " closure of the town’s swimming pool.",
            "Many carried banners reading “Our pool, our town”, and a child held up a cardboard"
            " sign saying “I learned to swim here”.",
            "Organiser Dilys Fenwick said the council had ignored a petition of 4,000 names.",
            "“They counted the money and forgot the children,” she said.",
        ),
        (
            ("Our pool, our town", "-"),
            ("I learned to swim here", "-"),
            ("forgot the children", "Dilys Fenwick"),
        ),
    ),
    Case(
        "sign",
        (
            "Director Osric Malvane’s first feature, “The Salt Road”, opens at the Harbour"
            " cinema on Friday.",
            "The poster carries a single line: “Some roads only go one way.”",
            "Malvane shot it over nineteen days on the Kilbrannan peninsula.",
            "“We had one camera and a van that would not start in the rain,” he said.",
        ),
        (
            ("The Salt Road", "-"),
            ("Some roads only go one way", "-"),
            ("would not start in the rain", "Osric Malvane"),
        ),
    ),
)
