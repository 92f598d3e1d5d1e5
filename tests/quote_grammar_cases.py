"""Short paragraphs written for the speaker grammar, each with the speaker a
careful reader gives one of its quotes: the unseen check of attribution that the rules
were not tuned on (names and sentences invented; none comes from a corpus).

Each case: the grammar it exercises, its paragraphs, the first words of the quote that
is scored, and its speaker as reader should name it (the full name the article gives,
or the organisation). ``tests/test_speakers_grammar.py`` checks them,
``bench/grammar_cases.py`` scores them."""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    grammar: str
    paragraphs: tuple[str, ...]
    quote: str  # the first words of the quote scored
    speaker: str


CASES = [
    # the subject of a say-verb before the quote, in the quote's sentence
    Case(
        "subject before",
        ("Mayor Tilda Brennagh said the levy would “pay for itself within four years.”",),
        "pay for itself",
        "Tilda Brennagh",
    ),
    Case(
        "subject before",
        (
            "Councillor Osric Palmquist wrote on his blog that the new depot was “a monument"
            " to bad planning.”",
        ),
        "a monument",
        "Osric Palmquist",
    ),
    Case(
        "subject before",
        ("Hannelore Vasko tweeted late on Sunday that the vote was “a triumph for common sense.”",),
        "a triumph",
        "Hannelore Vasko",
    ),
    Case(
        "subject before",
        (
            "Dario Fenwick emailed his supporters on Monday night, telling them: “We are not"
            " finished, and we will be back in the spring.”",
        ),
        "We are not finished",
        "Dario Fenwick",
    ),
    Case(
        "subject before",
        (
            "Priya Oduya told reporters after the hearing that the ruling was “deeply flawed"
            " and will not stand.”",
        ),
        "deeply flawed",
        "Priya Oduya",
    ),
    Case(
        "subject before",
        (
            "Gideon Marrow posted a short video on his campaign page, saying, “The bridge stays"
            " open as long as I hold this office.”",
        ),
        "The bridge stays",
        "Gideon Marrow",
    ),
    Case(
        "subject before",
        (
            "After the meeting ended late on Thursday night, Rufus Templeton said the board"
            " had “lost its nerve.”",
        ),
        "lost its nerve",
        "Rufus Templeton",
    ),
    Case(
        "subject before",
        (
            "Speaking to reporters outside the courthouse, Delphine Marchetti said she was"
            " “relieved, and very tired.”",
        ),
        "relieved",
        "Delphine Marchetti",
    ),
    # the speaker after the quote: "…,” X said / said X
    Case(
        "after the quote",
        ("“We will appeal this decision,” Lorcan Abernethy said in a statement.",),
        "We will appeal",
        "Lorcan Abernethy",
    ),
    Case(
        "after the quote",
        (
            "Ferris Quayle, the town treasurer, presented the accounts on Monday.",
            "“The numbers do not add up,” Quayle emailed later that evening.",
        ),
        "The numbers do not",
        "Ferris Quayle",
    ),
    Case(
        "after the quote",
        ("“This is not over,” Senator Idris Wollaston told the Harbour Gazette.",),
        "This is not over",
        "Idris Wollaston",
    ),
    Case(
        "after the quote",
        (
            "Governor Evadne Stroud signed the water bill on Friday.",
            "“It is a historic day for the valley,” Stroud said.",
        ),
        "It is a historic day",
        "Evadne Stroud",
    ),
    Case(
        "after the quote",
        ("“That is the law, and we will follow it,” Jarrah Whitlock added, before leaving.",),
        "That is the law",
        "Jarrah Whitlock",
    ),
    Case(
        "after the quote",
        ("“Ask the nurses what they think,” tweeted Rosalind Achterberg on Sunday.",),
        "Ask the nurses",
        "Rosalind Achterberg",
    ),
    # an appositive between the name and its verb
    Case(
        "appositive",
        (
            "Thea Lindqvist, the director of the Alder Valley Food Bank, said demand had"
            " “doubled since the spring.”",
        ),
        "doubled since",
        "Thea Lindqvist",
    ),
    Case(
        "appositive",
        (
            "Bram Okonkwo, who chairs the county’s transport committee and has sat on it since"
            " 2009, said the plan was “dead on arrival.”",
        ),
        "dead on arrival",
        "Bram Okonkwo",
    ),
    Case(
        "appositive",
        (
            "“We were never consulted,” said Ysolde Carrick, a spokeswoman for the Penrith"
            " Tenants Union, in an email.",
        ),
        "We were never consulted",
        "Ysolde Carrick",
    ),
    Case(
        "appositive",
        (
            "Ansel Drummond, 64, a retired welder from Castlemoor, wrote in a letter to the"
            " council: “Fix the roads first.”",
        ),
        "Fix the roads",
        "Ansel Drummond",
    ),
    Case(
        "appositive",
        ("“We are hiring again,” Oswin Tadlock, the plant manager, said on Friday.",),
        "We are hiring",
        "Oswin Tadlock",
    ),
    Case(
        "appositive",
        (
            "“The river has never been this low,” said Marisol Eze, who has fished it for"
            " thirty years.",
        ),
        "The river has never",
        "Marisol Eze",
    ),
    # a role before the name, after the quote
    Case(
        "role before the name",
        (
            "“The contract was signed in good faith,” the city’s chief procurement officer,"
            " Wendell Ashgrove, wrote in a memo.",
        ),
        "The contract was signed",
        "Wendell Ashgrove",
    ),
    Case(
        "role before the name",
        (
            "“There was no cover-up of any kind,” the county’s senior trial counsel Marguerite"
            " Olabisi wrote in a court filing.",
        ),
        "There was no cover-up",
        "Marguerite Olabisi",
    ),
    Case(
        "role before the name",
        ("“We followed the law at every step,” county administrator Jasper Thornquist said.",),
        "We followed the law",
        "Jasper Thornquist",
    ),
    Case(
        "role before the name",
        ("“Prices will rise before they fall,” Harrowgate Bank economist Leontyne Cabral said.",),
        "Prices will rise",
        "Leontyne Cabral",
    ),
    Case(
        "role before the name",
        ("“It is a good deal for the town,” said the mayor’s spokesman, Niall Ferrante.",),
        "It is a good deal",
        "Niall Ferrante",
    ),
    # an organisation speaking
    Case(
        "organisation",
        (
            "The Merriwether County Water Board voted to raise rates on Tuesday.",
            "“The increase is unavoidable,” the board said in a statement.",
        ),
        "The increase is",
        "Merriwether County Water Board",
    ),
    Case(
        "organisation",
        (
            "Kestrel Freight Lines closed its depot in May. “The site was no longer viable,”"
            " it said.",
        ),
        "The site was no longer",
        "Kestrel Freight Lines",
    ),
    Case(
        "organisation",
        (
            "The Ostrava Teachers Federation said in a statement that the offer was “an insult"
            " to every classroom.”",
        ),
        "an insult",
        "Ostrava Teachers Federation",
    ),
    Case(
        "organisation",
        (
            "The Lowmoor Planning Commission posted on its website that the hearing was"
            " “postponed until further notice.”",
        ),
        "postponed",
        "Lowmoor Planning Commission",
    ),
    Case(
        "organisation",
        (
            "The Fenwick Institute released its annual survey on Monday.",
            "“Confidence has fallen in every region we measure,” the institute wrote.",
        ),
        "Confidence has fallen",
        "Fenwick Institute",
    ),
    # according to
    Case(
        "according to",
        (
            "The tunnel will cost “at least twice the estimate,” according to Corin Maddox, an"
            " engineer who reviewed the plans.",
        ),
        "at least twice",
        "Corin Maddox",
    ),
    Case(
        "according to",
        (
            "According to Sabine Okafor, the regional health commissioner, the clinic was"
            " “never properly staffed.”",
        ),
        "never properly staffed",
        "Sabine Okafor",
    ),
    Case(
        "according to",
        (
            "According to a statement from the Dunmore Ports Authority, the old pier is"
            " “structurally sound.”",
        ),
        "structurally sound",
        "Dunmore Ports Authority",
    ),
    # a long described subject with its name
    Case(
        "long subject",
        (
            "The longest-serving member of the harbour council, Agnes Whitcombe, said the vote"
            " was “a foregone conclusion.”",
        ),
        "a foregone conclusion",
        "Agnes Whitcombe",
    ),
    Case(
        "long subject",
        (
            "Tobias Fennimore, a former deputy director of the state parks department who"
            " resigned last year in protest over the budget, wrote that the cuts were"
            " “reckless and short-sighted.”",
        ),
        "reckless",
        "Tobias Fennimore",
    ),
    Case(
        "long subject",
        (
            "Longtime Brackenridge council member and former fire chief Ulrich Penhallow said"
            " the station was “the heart of the neighbourhood.”",
        ),
        "the heart of",
        "Ulrich Penhallow",
    ),
    # outside the quote's sentence
    Case(
        "another sentence",
        (
            "Cosima Radclyffe put it plainly in a post on Tuesday:",
            "“No deal without the pensions.”",
        ),
        "No deal without",
        "Cosima Radclyffe",
    ),
    Case(
        "another sentence",
        ("“Not now,” Benedikt Lorne said. “Maybe next year, when the money is there.”",),
        "Maybe next year",
        "Benedikt Lorne",
    ),
    Case(
        "another sentence",
        (
            "Halvard Strom told the Lakeside Tribune on Wednesday that the tender had been"
            " “rigged from the start.”",
        ),
        "rigged from the start",
        "Halvard Strom",
    ),
    Case(
        "another sentence",
        ("Ludmila Orsova, in a letter to the editor, wrote: “The library is not a luxury.”",),
        "The library is not",
        "Ludmila Orsova",
    ),
    # the shapes of the dev misses (bench/misses.py named --where), written anew
    Case(
        "subordinate clause",
        (
            "The council wants to cap the rents, while Mattias Grove, the former housing"
            " minister, proposed that tenants “buy their flats outright.”",
        ),
        "buy their flats",
        "Mattias Grove",
    ),
    Case(
        "subordinate clause",
        (
            "Once the spring count was in, Liesl Ondaatje declared that her group “has to"
            " promise less and deliver more.”",
        ),
        "has to promise",
        "Liesl Ondaatje",
    ),
    Case(
        "long subject",
        (
            "And on Tuesday, Cormac Delahunt, chairman of the Senate Harbours and Fisheries"
            " Committee, said that members might “vote on it before the recess.”",
        ),
        "vote on it",
        "Cormac Delahunt",
    ),
    Case(
        "long subject",
        (
            "Yusra Halloran, a doctoral candidate at the Northfield Institute of Technology,"
            " urged students not to rush to judgment: “Read the report before you march.”",
        ),
        "Read the report",
        "Yusra Halloran",
    ),
    Case(
        "role before the name",
        (
            "“The records were never destroyed,” Transport Department senior trial counsel"
            " Philippa Gaunt wrote in a court filing.",
        ),
        "The records were never",
        "Philippa Gaunt",
    ),
    Case(
        "role before the name",
        (
            "Tamsin Oyelaran’s campaign chairman, Rollo Birkett, said in a statement: “Tonight"
            " the voters chose change.”",
        ),
        "Tonight the voters",
        "Rollo Birkett",
    ),
    Case(
        "role before the name",
        (
            "Brixham campaign spokesman Elias Varnham said the candidate would “take every"
            " question from the floor.”",
        ),
        "take every question",
        "Elias Varnham",
    ),
    Case(
        "after the quote",
        (
            "“You do not win by counting counties,” Ottoline Quist responded, before adding"
            " that she would need the cities.",
        ),
        "You do not win",
        "Ottoline Quist",
    ),
    Case(
        "appositive",
        (
            "“It was a war on the harbour itself,” wrote Anselm Rook, president of the"
            " Fishermen’s Guild of Carrowmore. Rook has led the guild since 2011.",
        ),
        "It was a war",
        "Anselm Rook",
    ),
    Case(
        "another sentence",
        (
            "Ilario Benn runs the theatre on Dock Street.",
            "Putting the festival together, Benn said, let him “meet the town all over again.”",
        ),
        "meet the town",
        "Ilario Benn",
    ),
    Case(
        "organisation",
        (
            "The Carrow Valley Rail Trust has fought the closure for a year.",
            "The trust also said in a filing that the line was “the only way out of the"
            " valley in winter.”",
        ),
        "the only way out",
        "Carrow Valley Rail Trust",
    ),
    Case(
        "according to",
        (
            "The ferry “was never inspected,” according to Wilhelmina Sadiq, writing for the"
            " Portside Review.",
        ),
        "was never inspected",
        "Wilhelmina Sadiq",
    ),
    Case(
        "another sentence",
        ("The Gazette, Rosalind Pike said, called the ruling “a disgrace to the bench.”",),
        "a disgrace",
        "Rosalind Pike",
    ),
    Case(
        "organisation",
        (
            "Kellan Voss’s campaign, for example, said he would “support the nominee” in the"
            " autumn.",
        ),
        "support the nominee",
        "Kellan Voss’s campaign",
    ),
    Case(
        "role before the name",
        (
            "The agency “will search any records it finds” that bear on the request, county"
            " senior counsel Harriet Vail wrote in a court filing.",
        ),
        "will search any records",
        "Harriet Vail",
    ),
    Case(
        "appositive",
        (
            "Writing in the party newsletter, the Beacon, and later on the radio, Ines Maro, a"
            " member of the council, urged calm, calling the protests “a misunderstanding.”",
        ),
        "a misunderstanding",
        "Ines Maro",
    ),
    Case(
        "subordinate clause",
        (
            "In an interview with reporter Colm Brady last week, Vesna Ilic said she welcomed"
            " the inquiry and added, “I have nothing to hide.”",
        ),
        "I have nothing to hide",
        "Vesna Ilic",
    ),
    Case(
        "organisation",
        (
            "A spokeswoman for Thornbury Mills declined to discuss the Ledger’s report but said"
            " in a statement that “the plant meets every standard.”",
        ),
        "the plant meets",
        "Thornbury Mills",
    ),
    Case(
        "another sentence",
        (
            "Ilse Brandt was asked by moderator Jonas Kell whether the plan would mean “higher"
            " fares for everyone.”",
        ),
        "higher fares",
        "Jonas Kell",
    ),
]
