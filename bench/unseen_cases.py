"""Sixty-four short articles written in session 26 for ``bench/unseen_written.py``:
invented people, places and sentences, each scored quote with the speaker a careful
reader gives it. Written and scored once before any rule was changed for them.

Every case has a pattern (``intro`` a speaker introduced in narration just before "he
said"; ``topic`` "she" after two women; ``mention`` "he" after a man merely mentioned;
``i`` the author of a first-person piece; ``body`` "it"/"they" for a company or a body;
``over`` a quote running over paragraphs; ``turn`` a new paragraph's quote with no cue;
``nested`` a quote inside a quote; ``qa`` a question and its answer; ``after`` the
speaker named only in the next paragraph; ``statement`` a body's statement; ``according``
"according to"; ``spokes`` "a spokeswoman for X, Name, said"; ``british`` ‘…’ quotes;
``marks`` «…» and „…“). Cases come in pairs of a pattern: the even one of each pair
(index % 2 == 0) is dev, the odd one held out (read and fixed never; scored as a check).

A scored quote is given by words it contains; the speaker "" means no named speaker
(reader's None or a description in lower case).
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    pattern: str
    paragraphs: tuple[str, ...]
    scored: tuple[tuple[str, str], ...]  # (words of the quote, its speaker)
    authors: tuple[str, ...] = ()
    title: str = ""  # the headline, when the case has one


def held_out(index: int) -> bool:
    """The fixed rule: the second case of each pair is held out."""
    return index % 2 == 1


CASES = (
    # intro: the speaker is introduced in narration, no quote of their own yet
    Case(
        "intro",
        (
            "“The school will stay open,” said Trustee Amelia Varga at the start of the hearing.",
            "Parents had filled the gym by seven. Among them was Dorian Falk, a plumber whose"
            " twins start kindergarten in the fall.",
            "“We heard that promise before the last closure,” he said.",
        ),
        (("heard that promise", "Dorian Falk"),),
    ),
    Case(
        "intro",
        (
            "Warden Ilse Brody said the prison kitchen had passed its inspection. “We fixed"
            " every item on the list,” she said.",
            "The inspector, Conrad Mayhew, spent three days at the site in April.",
            "“The freezers were the worst I have seen,” he said in his report.",
        ),
        (("freezers were the worst", "Conrad Mayhew"),),
    ),
    Case(
        "intro",
        (
            "“Ticket sales are up a third,” said Gus Albrecht, who manages the stadium.",
            "Season-ticket holder Nora Quist has sat in the same row since the stadium opened.",
            "“The seats got smaller and the prices got bigger,” she said.",
        ),
        (("seats got smaller", "Nora Quist"),),
    ),
    Case(
        "intro",
        (
            "The ferry company says the new boats will be faster. “Twenty minutes shorter each"
            " way,” said its director, Lionel Stroud.",
            "Deckhand Bram Oosting has worked the crossing for eleven years and knows every"
            " sandbar.",
            "“Faster boats run aground faster too,” he said.",
        ),
        (("run aground faster", "Bram Oosting"),),
    ),
    Case(
        "intro",
        (
            "“No one will lose their allotment,” Councillor Petra Lund promised last week.",
            "Eliza Turnbull, who grows leeks on plot 14, read the letter from the council"
            " twice before she believed it.",
            "“It says the land is for sale,” she said. “It says it in plain words.”",
        ),
        (("land is for sale", "Eliza Turnbull"), ("in plain words", "Eliza Turnbull")),
    ),
    Case(
        "intro",
        (
            "Chief Ranger Oskar Lindholm closed the north trail on Sunday. “The bridge is"
            " rotten,” he said.",
            "Hiker Tobias Wren had planned the trip for a year and drove six hours to get there.",
            "“Nobody told us anything,” he said. “The website still says it is open.”",
        ),
        (("Nobody told us", "Tobias Wren"), ("website still says", "Tobias Wren")),
    ),
    # topic: "she" after two women, the paragraph's topic speaks
    Case(
        "topic",
        (
            "Bettina Kroll opened her bakery in 1994 with a loan from her aunt, Hilde Sauer.",
            "“We baked bread in a garage for two years,” she said.",
        ),
        (("baked bread in a garage", "Bettina Kroll"),),
    ),
    Case(
        "topic",
        (
            "Dr. Ayesha Farouk took over the ward when her mentor, Dr. Margit Halle, retired.",
            "“I was twenty-nine and terrified,” she said.",
        ),
        (("twenty-nine and terrified", "Ayesha Farouk"),),
    ),
    Case(
        "topic",
        (
            "Commissioner Delia Stone has clashed with the county clerk, Verna Pratt, since"
            " the spring. Stone wants the ballots counted by hand.",
            "“Machines make mistakes that nobody sees,” she said on Monday.",
        ),
        (("Machines make mistakes", "Delia Stone"),),
    ),
    Case(
        "topic",
        (
            "Lucia Brandao coached the swim team for a decade before her assistant, Kim Obi,"
            " took over last year.",
            "“I still go to every meet,” she said.",
        ),
        (("go to every meet", "Lucia Brandao"),),
    ),
    # mention: a man merely mentioned between a speaker and "he said"
    Case(
        "mention",
        (
            "“We will reopen the quarry,” said Gov. Kip Larkin. The plan was first drafted"
            " under his predecessor, Ansel Dow, in 2015. “It is time,” he said.",
        ),
        (("It is time", "Kip Larkin"),),
    ),
    Case(
        "mention",
        (
            "“The orchestra has never sounded better,” conductor Felix Aurand said after the"
            " concert.",
            "The program opened with a symphony by Edvard Lind, a composer from the region.",
            "“The players worked on it for months,” he said.",
        ),
        (("worked on it for months", "Felix Aurand"),),
    ),
    Case(
        "mention",
        (
            "“We are short forty nurses,” said hospital director Samuel Achebe. He said the"
            " gap had grown since Peter Vance left the board in March.",
            "“We cannot run night shifts like this,” he said.",
        ),
        (("night shifts like this", "Samuel Achebe"),),
    ),
    Case(
        "mention",
        (
            "“My brother built this boat,” said fisherman Colm Rourke. The hull was"
            " repaired last winter by a yard owned by Declan Shea.",
            "“She will outlast all of us,” he said.",
        ),
        (("outlast all of us", "Colm Rourke"),),
    ),
    # i: the author of a first-person piece
    Case(
        "i",
        (
            "I have taught chemistry for nineteen years and I have never seen a budget like"
            " this one.",
            "When the principal told us about the cuts, I asked her one question: “Who will"
            " teach the lab classes?”",
        ),
        (("Who will teach", "Hannelore Vick"),),
        ("Hannelore Vick",),
    ),
    Case(
        "i",
        (
            "My grandmother kept chickens until she was ninety.",
            "“You will not find eggs like these in a shop,” I told my neighbour last spring.",
        ),
        (("eggs like these", "Quentin Marsh"),),
        ("Quentin Marsh",),
    ),
    Case(
        "i",
        (
            "I moved to this city for the trains. Last month the night line was cut.",
            "“How do you expect nurses to get home?” I wrote to the transit board.",
        ),
        (("nurses to get home", "Rosalind Achterberg"),),
        ("Rosalind Achterberg",),
    ),
    Case(
        "i",
        (
            "The mayor shook my hand at the fair and asked what I did for a living.",
            "“I fix the roads you promised to fix,” I said.",
        ),
        (("roads you promised", "Ignatius Pell"),),
        ("Ignatius Pell",),
    ),
    # body: "it" or "they" for a company or an organisation
    Case(
        "body",
        (
            "Halvorsen Motors recalled 40,000 vans on Tuesday over a faulty brake line.",
            "“No injuries have been reported,” it said.",
        ),
        (("No injuries have been reported", "Halvorsen Motors"),),
    ),
    Case(
        "body",
        (
            "The Tri-County Nurses Association voted to strike on Friday.",
            "“Our members have run out of patience,” they said in a letter to the hospital.",
        ),
        (("run out of patience", "Tri-County Nurses Association"),),
    ),
    Case(
        "body",
        (
            "“The rent rise will close my shop,” said Ines Moreau, who sells shoes on the square.",
            "Castellan Properties, which owns most of the square, defended the rise. “Rents"
            " here are below the market,” it said.",
        ),
        (("below the market", "Castellan Properties"),),
    ),
    Case(
        "body",
        (
            "The Regional Water Board cut its forecast on Thursday. It said the reservoirs"
            " were at their lowest since 1976.",
            "“Every household must use less,” it said.",
        ),
        (("must use less", "Regional Water Board"),),
    ),
    Case(
        "body",
        (
            "Pinecrest Airlines cancelled 300 flights on Monday. The carrier blamed a"
            " software fault.",
            "“We are working around the clock,” it said.",
        ),
        (("around the clock", "Pinecrest Airlines"),),
    ),
    Case(
        "body",
        (
            "The Lakeshore Residents Council sued the city in June.",
            "“The city ignored every objection we filed,” they said.",
        ),
        (("ignored every objection", "Lakeshore Residents Council"),),
    ),
    # over: one speaker's quote running over two paragraphs
    Case(
        "over",
        (
            "“The first thing you notice is the smell,” said Ottilie Brenner, who has cleaned"
            " the canal for a decade. “Then you see the foam.",
            "“Some days it is a metre high. Nobody from the council comes to look.”",
        ),
        (("first thing you notice", "Ottilie Brenner"), ("metre high", "Ottilie Brenner")),
    ),
    Case(
        "over",
        (
            "Fire Marshal Reuben Cask described the night in detail. “We got the call at"
            " two,” he said. “By the time we arrived, the roof was gone.",
            "“We pulled four people out of the back rooms.",
            "“All four are alive,” he added.",
        ),
        (("roof was gone", "Reuben Cask"), ("four people out", "Reuben Cask")),
    ),
    Case(
        "over",
        (
            "Farmer Wilma Thorsen said: “The rain came in one night and took the topsoil with it.",
            "“We will be replanting until July.”",
        ),
        (("took the topsoil", "Wilma Thorsen"), ("replanting until July", "Wilma Thorsen")),
    ),
    Case(
        "over",
        (
            "“I started the choir with six singers,” said Augustin Merle, 80. “Now there are"
            " sixty.",
            "“Half of them cannot read music and it does not matter at all.”",
        ),
        (("six singers", "Augustin Merle"), ("cannot read music", "Augustin Merle")),
    ),
    # turn: a new paragraph's quote with no cue of its own
    Case(
        "turn",
        (
            "“The bridge closes for a month,” said road engineer Elsa Brandvold.",
            "Shop owners on the east bank were furious. Rolf Ekdahl, who sells bicycles by"
            " the ramp, expects to lose half his trade.",
            "“A month is the whole summer for me.”",
        ),
        (("whole summer for me", "Rolf Ekdahl"),),
    ),
    Case(
        "turn",
        (
            "“We cannot afford another levy,” said Ward Kessler, a retired machinist.",
            "Treasurer Miriam Okafor laid out the numbers at the meeting.",
            "“Without the levy, the pool closes in May.”",
        ),
        (("pool closes in May", "Miriam Okafor"),),
    ),
    Case(
        "turn",
        (
            "Captain Jonas Ferreira has sailed the route for twenty years. “The storms are"
            " stronger now,” he said.",
            "“We used to get one bad winter in ten. Now it is one in three.”",
        ),
        (("one bad winter in ten", "Jonas Ferreira"),),
    ),
    Case(
        "turn",
        (
            "Principal Grace Adeyemi said the new timetable would start in September. “The"
            " day will begin at nine,” she said.",
            "“Later starts mean better grades. The research is clear.”",
        ),
        (("research is clear", "Grace Adeyemi"),),
    ),
    # nested: a quote inside a quote
    Case(
        "nested",
        (
            "“My father told me, ‘Never sign what you have not read,’ and I never have,”"
            " said Judge Ruth Ambrose.",
        ),
        (("My father told me", "Ruth Ambrose"),),
    ),
    Case(
        "nested",
        (
            "“The inspector looked at the beam and said, ‘This will not hold,’ and he was"
            " right,” recalled builder Emil Sandoval.",
        ),
        (("inspector looked at the beam", "Emil Sandoval"),),
    ),
    Case(
        "nested",
        (
            "Mayor Olga Petrenko remembered her first week in office. “A man stopped me in"
            " the street and said, ‘Fix the potholes or go home,’” she said.",
        ),
        (("man stopped me", "Olga Petrenko"),),
    ),
    Case(
        "nested",
        (
            "Coach Desmond Hale smiled at the question. “My players ask me, ‘Coach, why do"
            " we run so much?’ and I tell them to look at the scoreboard,” he said.",
        ),
        (("My players ask me", "Desmond Hale"),),
    ),
    # qa: a question put by a reporter, and the answer
    Case(
        "qa",
        (
            "Director Hollis Brandt took questions after the board meeting.",
            "“Will the plant close?” a reporter asked.",
            "“Not while I am here,” Brandt said.",
        ),
        (("Will the plant close", ""), ("Not while I am here", "Hollis Brandt")),
    ),
    Case(
        "qa",
        (
            "Senator Vivian Ashdown met reporters outside the chamber.",
            "“Do you have the votes?” one asked.",
            "“Ask me on Thursday,” she said.",
        ),
        (("Do you have the votes", ""), ("Ask me on Thursday", "Vivian Ashdown")),
    ),
    Case(
        "qa",
        (
            "Asked whether she would seek a third term, Councillor Ines Varga laughed. “Ask"
            " me in the spring,” she said.",
        ),
        (("Ask me in the spring", "Ines Varga"),),
    ),
    Case(
        "qa",
        (
            "When a reporter asked Police Chief Dale Okoye whether more officers were coming,"
            " he shook his head. “Not this year,” he said.",
        ),
        (("Not this year", "Dale Okoye"),),
    ),
    # after: the speaker named only in the paragraph after the quote
    Case(
        "after",
        (
            "“Nobody should have to drive forty miles to see a doctor.”",
            "That is how Dr. Marisol Ferrante, who runs the only clinic in Alder County, puts it.",
        ),
        (("forty miles to see a doctor", "Marisol Ferrante"),),
    ),
    Case(
        "after",
        (
            "“I have never seen the lake this low.”",
            "The words came from ranger Colm Treacy, who has patrolled the shore for thirty years.",
        ),
        (("lake this low", "Colm Treacy"),),
    ),
    Case(
        "after",
        (
            "“We knew the dam was weak.”",
            "So says Harlan Ostby, a retired engineer who inspected it in 1998.",
        ),
        (("dam was weak", "Harlan Ostby"),),
    ),
    Case(
        "after",
        (
            "“Every winter we lose another family to the city.”",
            "Those are the words of Mayor Agnes Whitcombe, whose village has shrunk by half.",
        ),
        (("lose another family", "Agnes Whitcombe"),),
    ),
    # statement: a body speaking through a statement
    Case(
        "statement",
        (
            "The Pell River Authority closed the weir on Sunday after the flood warning.",
            "“Public safety comes first,” the agency said in a statement.",
        ),
        (("Public safety comes first", "Pell River Authority"),),
    ),
    Case(
        "statement",
        (
            "Orbis Rail cancelled the evening trains for a week.",
            "“We apologise to every passenger affected,” the company said in a statement.",
        ),
        (("apologise to every passenger", "Orbis Rail"),),
    ),
    Case(
        "statement",
        (
            "The Marlow County Library Board voted to keep the branch open.",
            "“Libraries are not a luxury,” the board said in a statement on Tuesday.",
        ),
        (("not a luxury", "Marlow County Library Board"),),
    ),
    Case(
        "statement",
        (
            "Brightwater Housing Trust has paused all evictions until March.",
            "“No family should be homeless this winter,” the trust said in a statement.",
        ),
        (("homeless this winter", "Brightwater Housing Trust"),),
    ),
    # according: "according to"
    Case(
        "according",
        (
            "The ferry will be replaced by 2029, and “the new one will carry twice as many"
            " cars,” according to Transport Minister Aoife Keane.",
        ),
        (("twice as many", "Aoife Keane"),),
    ),
    Case(
        "according",
        ("According to Sheriff Wade Colter, “no one was hurt and the driver has been charged.”",),
        (("no one was hurt", "Wade Colter"),),
    ),
    Case(
        "according",
        ("“The mill will hire two hundred people,” according to Thea Vollmer, the mill’s owner.",),
        (("hire two hundred people", "Thea Vollmer"),),
    ),
    Case(
        "according",
        (
            "Enrollment has fallen for five years running, “and we expect it to fall again,”"
            " according to Registrar Basil Holloway.",
        ),
        (("expect it to fall again", "Basil Holloway"),),
    ),
    # spokes: "a spokeswoman for X, Name, said"
    Case(
        "spokes",
        (
            "A spokeswoman for the Kessler Valley water board, Rosa Quintal, said the pipes"
            " would be replaced by summer. “The work starts on Monday,” she said.",
        ),
        (("work starts on Monday", "Rosa Quintal"),),
    ),
    Case(
        "spokes",
        ("“The trains will run on time,” a spokesman for Northline, Devin Hale, said.",),
        (("trains will run on time", "Devin Hale"),),
    ),
    Case(
        "spokes",
        (
            "“We are reviewing the footage,” said a spokeswoman for the city police,"
            " Lt. Harriet Bayer.",
        ),
        (("reviewing the footage", "Harriet Bayer"),),
    ),
    Case(
        "spokes",
        (
            "A spokesman for the university, Ambrose Kettering, said no decision had been"
            " made. “The committee meets again in June,” he said.",
        ),
        (("committee meets again", "Ambrose Kettering"),),
    ),
    # british: single quotation marks, apostrophes inside words, “…” nested in ‘…’
    Case(
        "british",
        (
            "‘The council’s plan won’t survive the winter,’ said Councillor Nigel Awdry."
            " ‘It’s been drawn up in a hurry.’",
        ),
        (("won’t survive the winter", "Nigel Awdry"), ("drawn up in a hurry", "Nigel Awdry")),
    ),
    Case(
        "british",
        (
            "‘When they told us “the money is coming”, we believed them,’ said Fiona Bexley,"
            " who chairs the parents’ group.",
        ),
        (("we believed them", "Fiona Bexley"),),
    ),
    Case(
        "british",
        (
            "The lifeboat crew’s coxswain, Rhys Pengelly, said the old boat had done its job."
            " ‘She’s saved forty lives in thirty years,’ he said.",
            "‘We’ll miss her, but the new one’s faster.’",
        ),
        (("saved forty lives", "Rhys Pengelly"), ("new one’s faster", "Rhys Pengelly")),
    ),
    Case(
        "british",
        (
            "Headteacher Imogen Tull said: ‘We’ve had three heads in five years.",
            "‘The children deserve someone who’ll stay.’",
        ),
        (("three heads in five years", "Imogen Tull"), ("who’ll stay", "Imogen Tull")),
    ),
    # marks: «…» and „…“ in English text
    Case(
        "marks",
        ("«We will not pay for a war we did not choose», said union leader Pierre Gaudin.",),
        (("will not pay for a war", "Pierre Gaudin"),),
    ),
    Case(
        "marks",
        (
            "„The mine will close by Christmas“, said manager Jurgen Falk. „Nobody is"
            " happy about it.“",
        ),
        (("mine will close by Christmas", "Jurgen Falk"), ("Nobody is happy", "Jurgen Falk")),
    ),
    Case(
        "marks",
        (
            "Mayor Solveig Brandt opened the new bridge on Saturday. „It took nine years“,"
            " she said.",
        ),
        (("took nine years", "Solveig Brandt"),),
    ),
    Case(
        "marks",
        ("Deputy Anselme Roux spoke first. «The law is clear», he said. «We must follow it.»",),
        (("law is clear", "Anselme Roux"), ("must follow it", "Anselme Roux")),
    ),
)
