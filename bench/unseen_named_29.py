"""Forty short articles written in session 29 for ``bench/unseen_written.py --set 29n``,
on named speakers in the mess of real copy: invented people, places and sentences of
local, world, business, sport, culture and science news, with the page's chrome left in
(share lines, captions, advertisement markers, reading links, author bios, odd spacing).
Written and scored once with main's code (6b604dd) before any rule was changed for them
(the figure is in README.md, issue 14).

Patterns, four cases each: ``appos`` a long apposition between the name and its cue;
``two`` two people named in the sentence of the cue; ``split`` a quote broken around its
cue, both parts scored; ``next`` the cue or the name in the paragraph after the quote;
``role`` a title or a role before the name, the surname alone later; ``particle`` names
with particles (van, de la, al-, bin, von); ``org`` an organisation speaking; ``nested``
a quote inside a quote (the outer speaker scored); ``chrome`` a caption, share line or
advertisement between the speaker and the quote; ``scare`` a critic's word, a title or a
nickname in quotation marks, no speaker quote. As in ``bench/unseen_cases.py``, the
second case of each pair (odd index) is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all (not found, a scare quote, or no named speaker).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # appos: a long apposition between the name and its cue
    Case(
        "appos",
        (
            "The ferry to Inchmurran will stop running in October.",
            "Cormac Delahunt, who has skippered the boat since his father retired in 1994 and"
            " who once carried a piano across in a gale, said the hull could not pass another"
            " inspection. “She is older than I am, and I am tired,” Delahunt said.",
        ),
        (("older than I am", "Cormac Delahunt"),),
    ),
    Case(
        "appos",
        (
            "“Nobody in this building has been paid since March,” said Ingrid Solheim, a"
            " lab technician at the Vasskar Institute of Marine Biology, where she has"
            " counted plankton for nineteen years, on Tuesday.",
        ),
        (("paid since March", "Ingrid Solheim"),),
    ),
    Case(
        "appos",
        (
            "Thaddeus Mbeki-Oyelaran, a former goalkeeper for Corvale Rovers and now, at 52,"
            " the oldest coach in the second division, watched the match from the stand.",
            "“We defended like men waiting for a bus,” he said afterwards.",
        ),
        (("waiting for a bus", "Thaddeus Mbeki-Oyelaran"),),
    ),
    Case(
        "appos",
        (
            "Priscilla Undset, the novelist whose second book, about a family of glassblowers,"
            " sold more copies last year than any other debut in the country, will not write a"
            " third.",
            "“I said what I had to say,” she told an audience in Harrowgate on Saturday.",
        ),
        (("what I had to say", "Priscilla Undset"),),
    ),
    # two: two people named in the sentence of the cue
    Case(
        "two",
        (
            "Grocer Wendell Asante said his rent had tripled since Jasper Kowalczyk bought"
            " the parade of shops in 2021.",
            "“I would like to meet him once,” Asante said. “Just once.”",
        ),
        (("meet him once", "Wendell Asante"), ("Just once", "Wendell Asante")),
    ),
    Case(
        "two",
        (
            "“The numbers do not add up,” Councillor Marguerite Falk told Mayor Oskar Renwick"
            " during a heated budget session on Monday night.",
        ),
        (("numbers do not add up", "Marguerite Falk"),),
    ),
    Case(
        "two",
        (
            "After the final whistle, midfielder Lorcan Ibbotson embraced his captain, Dario"
            " Pellegrini, who had missed the penalty.",
            "“I told him nobody will remember it by Christmas,” Ibbotson said.",
        ),
        (("nobody will remember it", "Lorcan Ibbotson"),),
    ),
    Case(
        "two",
        (
            "Asked about the report written by her deputy, Hamish Tolliver, the chief"
            " constable, Beatrix Amadi, was blunt: “I have not read it, and I will not.”",
        ),
        (("I have not read it", "Beatrix Amadi"),),
    ),
    # split: a quote broken around its cue, both parts scored
    Case(
        "split",
        (
            "“The soil here is mostly clay,” said archaeologist Rosalind Achterberg, kneeling"
            " at the edge of the trench, “which is why the timbers survived at all.”",
        ),
        (("mostly clay", "Rosalind Achterberg"), ("timbers survived", "Rosalind Achterberg")),
    ),
    Case(
        "split",
        (
            "“When the mill closed,” Florentyna Wozniak recalled, “half the street left within"
            " a year. My mother stayed.”",
        ),
        (("When the mill closed", "Florentyna Wozniak"), ("half the street", "Florentyna Wozniak")),
    ),
    Case(
        "split",
        (
            "Investors were not convinced.",
            "“We have heard about the turnaround for six quarters,” said Benedikt Sauer, who"
            " manages a pension fund in Linzberg. “At some point,” he added, “you stop"
            " listening.”",
        ),
        (("six quarters", "Benedikt Sauer"), ("you stop listening", "Benedikt Sauer")),
    ),
    Case(
        "split",
        (
            "“Every species we lose,” the botanist Caspian Lyle wrote in his field diary, "
            "“is a book burned before anyone read it.”",
        ),
        (("Every species we lose", "Caspian Lyle"), ("book burned", "Caspian Lyle")),
    ),
    # next: the cue or the name in the paragraph after the quote
    Case(
        "next",
        (
            "“This is the worst season for ticks I have seen in thirty years.”",
            "That is the verdict of Moira Castellanos, a vet in the market town of Drumlee,"
            " who has treated more than two hundred dogs since June.",
        ),
        (("worst season for ticks", "Moira Castellanos"),),
    ),
    Case(
        "next",
        (
            "“We will not be bullied by a landlord.”",
            "The words, spoken by tenant leader Ezekiel Harrowby outside the housing office on"
            " Friday, drew cheers from the crowd.",
        ),
        (("bullied by a landlord", "Ezekiel Harrowby"),),
    ),
    Case(
        "next",
        (
            "The vote was closer than anyone expected.",
            "“It is a mandate, even if it is a thin one.”",
            "So said Reinhold Abara, the union's general secretary, as the count finished"
            " shortly after midnight.",
        ),
        (("even if it is a thin one", "Reinhold Abara"),),
    ),
    Case(
        "next",
        (
            "“The bees came back before the farmers did.”",
            "Ecologist Sunniva Haraldsen, who has surveyed the meadows above Gorran since the"
            " flood, says the recovery surprised her.",
        ),
        (("bees came back", "Sunniva Haraldsen"),),
    ),
    # role: a title or a role before the name, the surname alone later
    Case(
        "role",
        (
            "Deputy Fire Chief Agnieszka Borowicz led the crews into the warehouse at 3 a.m.",
            "The roof fell in twenty minutes later. Nobody was inside.",
            "“We pulled everyone back in time,” Borowicz said. “That is the only good news.”",
        ),
        (("pulled everyone back", "Agnieszka Borowicz"), ("only good news", "Agnieszka Borowicz")),
    ),
    Case(
        "role",
        (
            "Dr. Ottoline Varga-Nemeth, head of paediatrics at St Columba's, warned that the"
            " ward was turning away children.",
            "“We had to send a boy with pneumonia two hours down the road,” Varga-Nemeth said.",
        ),
        (("pneumonia two hours", "Ottoline Varga-Nemeth"),),
    ),
    Case(
        "role",
        (
            "Tour director and former cyclist Ambrose Kettering announced the new route on"
            " Wednesday.",
            "Stage nine will climb the Col de Verrieres twice. “The riders will hate me,”"
            " Kettering said, smiling.",
        ),
        (("riders will hate me", "Ambrose Kettering"),),
    ),
    Case(
        "role",
        (
            "Chief Justice Hortensia Mbeya opened the new court building in Kaloro.",
            "“Justice delayed in a leaking room is still justice delayed,” Mbeya told the guests.",
        ),
        (("leaking room", "Hortensia Mbeya"),),
    ),
    # particle: names with particles
    Case(
        "particle",
        (
            "The conductor Joris van der Meulen has cancelled his autumn tour after a fall.",
            "“My wrist is in plaster and my diary is in pieces,” van der Meulen said in a"
            " statement.",
        ),
        (("wrist is in plaster", "Joris van der Meulen"),),
    ),
    Case(
        "particle",
        (
            "“The drought is not coming, it is here,” said Amira al-Haddad, who farms dates"
            " outside the oasis town of Qasr Nabil.",
            "Al-Haddad has dug her well deeper twice this year.",
            "“Next time there will be nothing to reach,” she said.",
        ),
        (("not coming, it is here", "Amira al-Haddad"), ("nothing to reach", "Amira al-Haddad")),
    ),
    Case(
        "particle",
        (
            "Inés de la Torre, the striker who scored twice on Sunday, was substituted with a"
            " sore hamstring.",
            "“I will be ready for Thursday,” de la Torre said.",
        ),
        (("ready for Thursday", "Inés de la Torre"),),
    ),
    Case(
        "particle",
        (
            "Physicist Konstantin von Ahlefeldt has spent six years building a clock that"
            " loses a second every billion years.",
            "“Nobody needs it yet,” von Ahlefeldt admitted. “That is how it always starts.”",
        ),
        (("Nobody needs it yet", "Konstantin von Ahlefeldt"),),
    ),
    # org: an organisation speaking
    Case(
        "org",
        (
            "The Corrigan Rail Company has apologised for a week of cancellations on the"
            " coast line.",
            "“We fell short of what our passengers deserve,” the company said in a statement"
            " on Monday.",
        ),
        (("fell short", "Corrigan Rail Company"),),
    ),
    Case(
        "org",
        (
            "“The allegations are without foundation,” Stellmark Foods said on Thursday,"
            " after a newspaper reported that its ovens had failed two safety checks.",
        ),
        (("without foundation", "Stellmark Foods"),),
    ),
    Case(
        "org",
        (
            "The Ossory Wildlife Trust bought the marsh for one pound in 2019.",
            "“Within five years the bitterns should be back,” the trust said.",
        ),
        (("bitterns should be back", "Ossory Wildlife Trust"),),
    ),
    Case(
        "org",
        (
            "Talbrook University has suspended its rowing programme.",
            "“The decision was not taken lightly,” the university said in an email to students,"
            " adding that the boathouse would be sold.",
        ),
        (("not taken lightly", "Talbrook University"),),
    ),
    # nested: a quote inside a quote, the outer speaker scored
    Case(
        "nested",
        (
            "Bakery owner Perpetua Oduya remembers the morning the inspector arrived.",
            "“He looked at the ovens and said, ‘I have never seen cleaner,’ and left,” Oduya said.",
        ),
        (("looked at the ovens", "Perpetua Oduya"),),
    ),
    Case(
        "nested",
        (
            "“My grandmother used to say ‘the river takes one every year,’ and I never"
            " believed her,” said Tobiah Ferrante, whose cousin drowned in August.",
        ),
        (("never believed her", "Tobiah Ferrante"),),
    ),
    Case(
        "nested",
        (
            "Referee Gunnhild Aasen explained the red card after the match.",
            "“The player told me, ‘You are blind,’ so I showed him what I could see,” Aasen said.",
        ),
        (("what I could see", "Gunnhild Aasen"),),
    ),
    Case(
        "nested",
        (
            "“The minister told us, ‘The money is in the post,’ in January,” said head teacher"
            " Leopold Marchbanks. “It is November.”",
        ),
        (("money is in the post", "Leopold Marchbanks"),),
    ),
    # chrome: a caption, share line or advertisement between the speaker and the quote
    Case(
        "chrome",
        (
            "Lifeguard Saoirse Blackwood pulled three swimmers from the rip on Saturday.",
            "Share on Facebook   Share on X   Email",
            "Saoirse Blackwood on Pennock beach. Photo: Aled Morgan / Coast News",
            "“The flags were up, and they swam anyway,” she said.",
        ),
        (("swam anyway", "Saoirse Blackwood"),),
    ),
    Case(
        "chrome",
        (
            "Beekeeper Alphonse Drury lost forty hives to the cold snap.",
            "ADVERTISEMENT",
            "Read more: Frost warning for the valley this weekend",
            "“I found them in clusters, frozen to the comb,” he said.",
        ),
        (("frozen to the comb", "Alphonse Drury"),),
    ),
    Case(
        "chrome",
        (
            "Violinist Hedda Kristiansen played her last concert at the Arvo Hall on Friday.",
            "Hedda Kristiansen takes a bow. (Image: Tobias Lund)",
            "Advertisement",
            "“I have played in this hall since I was eleven,” Kristiansen said.",
            "Nils Brekke is arts correspondent for the Tidewater Courier. Follow him @nbrekke",
        ),
        (("since I was eleven", "Hedda Kristiansen"),),
    ),
    Case(
        "chrome",
        (
            "Town planner Rupert Okonjo presented the new bridge design on Thursday.",
            "  Related:  Bridge closure to last until spring  ",
            "“  It will carry bikes and buses, and nothing else  ,” Okonjo said.",
        ),
        (("carry bikes and buses", "Rupert Okonjo"),),
    ),
    # scare: a critic's word, a title or a nickname in quotation marks
    Case(
        "scare",
        (
            "Critics called the new opera house “brutal” and “cold” when it opened, but the"
            " architect, Magnus Oyelowo, says he has stopped reading reviews.",
        ),
        (("brutal", "-"), ("cold", "-")),
    ),
    Case(
        "scare",
        (
            "The striker, known to fans as “the Heron” for his long legs, signed a new"
            " contract with Bellhaven Athletic on Tuesday, according to his agent, Solomon"
            " Pryce.",
        ),
        (("the Heron", "-"),),
    ),
    Case(
        "scare",
        (
            "Eloise Marchetti's documentary “The Salt Roads” won the jury prize at the"
            " Kessendorf festival. Reviewers praised its “patient” camera.",
        ),
        (("The Salt Roads", "-"), ("patient", "-")),
    ),
    Case(
        "scare",
        (
            "The so-called “quiet zone” around the hospital will be extended, said council"
            " leader Barnaby Quist, who described the old limits as “a joke”.",
        ),
        (("quiet zone", "-"),),
    ),
)
