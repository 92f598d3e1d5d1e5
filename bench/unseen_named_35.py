"""Twenty short articles written in session 35 for ``bench/unseen_written.py --set 35n``:
a named speaker written later in a shorter or other form than the one the article
introduced, each case breaking one assumption of how a short form is linked back to the
full name (session 35's table, in the commit that adds this set), the way council reports,
parish and school newsletters, wire copy, obituaries, court copy and feature interviews
write people, with invented people, places, bodies and sentences. Written and scored with
main's code (d312dcf) before any rule was changed for them (first score in the commit
that adds them).

The assumptions broken, four cases each: ``middle`` the short form is a word inside the
full name, not its first or its last (an Iberian first surname, "Ferrer" of "Lucía Ferrer
Albán"; a middle name someone goes by); ``dropped`` a later mention of two words leaves
out (or adds) a middle initial or name ("Ann Cole" of "Ann B. Cole"); ``abbrev`` a title
is written abbreviated the lists do not know ("Cllr", "Brig", "Fr") before a surname or
a given name; ``given`` a title stands before the given name alone ("Sister Agnes",
"Dame Ottoline"); ``guard`` a short form some other full name could also own, or a new
person sharing one word of a name: no link to the wrong one. As in
``bench/unseen_cases.py``, the second case of each pair (odd index) is held out and its
misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "middle",
        (
            "The new head of the Puerto Lobos port authority, Lucía Ferrer Albán, toured"
            " the container berths on Monday.",
            "“Half of these cranes are older than I am,” Ferrer said, pointing across the quay.",
        ),
        (("older than I am", "Lucía Ferrer Albán"),),
    ),
    Case(
        "middle",
        (
            "SANTA INÉS DEL VALLE, March 3 - Coffee growers in the highlands"
            " lost a third of the harvest to frost, their cooperative said on Tuesday.",
            "Cooperative president Héctor Ruiz Maldonado said members would ask the"
            " ministry for emergency credit.",
            "“Without credit, many families will not plant again,” Ruiz told reporters.",
        ),
        (("will not plant again", "Héctor Ruiz Maldonado"),),
    ),
    Case(
        "middle",
        (
            "Obituary: Margaret Wynne Hollister, 1931-2026",
            "Margaret Wynne Hollister, who taught at the village school for forty years,"
            " died on Sunday. Everyone called her Wynne.",
            "A former pupil, Deri Onslow, remembered her strictness with affection.",
            "She once told the school magazine: “A child who is bored has been let down by"
            " an adult.” Wynne said it again at her retirement.",
            "“I never had a favourite,” Wynne told the magazine. “I had thirty every year.”",
        ),
        (("I never had a favourite", "Margaret Wynne Hollister"),),
    ),
    Case(
        "middle",
        (
            "Judge Ana Paula Sequeira Brandão dismissed the appeal on Thursday.",
            "“The contract was clear and both parties signed it,” Sequeira wrote in a"
            " twelve-page ruling.",
        ),
        (("both parties signed it", "Ana Paula Sequeira Brandão"),),
    ),
    Case(
        "dropped",
        (
            "Planning committee chair Ann B. Cole said the bypass would not be discussed"
            " until the spring.",
            "Residents of Thornmere Lane packed the public gallery.",
            "“We have no money for it this year, and I will not pretend otherwise,” Ann Cole said.",
        ),
        (("no money for it this year", "Ann B. Cole"),),
    ),
    Case(
        "dropped",
        (
            "Head teacher Dorothea M. Quayle wrote to parents on Friday about the new uniform.",
            "Posted by admin | School news",
            "“The blazers will be optional from September,” Dorothea Quayle said in the letter.",
        ),
        (("blazers will be optional", "Dorothea M. Quayle"),),
    ),
    Case(
        "dropped",
        (
            "Robert James Tindall, 58, of Oxley Road, pleaded guilty to two counts of"
            " handling stolen goods.",
            "Defending, Sunniva Reyes said her client had cared for his mother for ten years.",
            "“I am ashamed of what I did,” Robert Tindall told the court.",
        ),
        (("ashamed of what I did", "Robert James Tindall"),),
    ),
    Case(
        "dropped",
        (
            "The Harrowgate Tigers won their third straight game on Saturday.",
            "Quarterback Jaylen T. Okafor threw for 240 yards.",
            "“The line gave me all day,” Jaylen Okafor said afterwards.",
        ),
        (("gave me all day", "Jaylen T. Okafor"),),
    ),
    Case(
        "abbrev",
        (
            "Councillor Petra Lingard has called for the closure of the Brook Street car"
            " park to be delayed.",
            "Cllr Lingard said: “Traders were told nothing until the signs went up.”",
        ),
        (("Traders were told nothing", "Petra Lingard"),),
    ),
    Case(
        "abbrev",
        (
            "Brigadier Olwen Tregarth commanded the relief column that reached the valley"
            " on the fourth day.",
            "“We had eleven trucks and one road, and the road was half gone,” Brig Tregarth said.",
        ),
        (("road was half gone", "Olwen Tregarth"),),
    ),
    Case(
        "abbrev",
        (
            "Parish news, March",
            "Father Dominic Okonjo has run the night shelter at St Brendan’s for eleven years.",
            "“Nobody is turned away, whatever state they arrive in,” said Fr Okonjo.",
        ),
        (("Nobody is turned away", "Dominic Okonjo"),),
    ),
    Case(
        "abbrev",
        (
            "Superintendent Gareth Pellow said extra patrols would run over the holiday weekend.",
            "“Most of the trouble starts after midnight,” Supt. Pellow said.",
            "Inspector Wendy Carrow added that two arrests had been made.",
        ),
        (("after midnight", "Gareth Pellow"),),
    ),
    Case(
        "given",
        (
            "Sister Agnes Mulcahy, who has run the convent kitchen garden since 1989, is retiring.",
            "“The beans never failed me once,” said Sister Agnes.",
        ),
        (("beans never failed me", "Agnes Mulcahy"),),
    ),
    Case(
        "given",
        (
            "Dame Ottoline Graye opened the new wing of the Morrow Gallery on Wednesday.",
            "The wing holds forty paintings that have not been shown for a century.",
            "“They were in a basement, and now they are in the light,” Dame Ottoline said.",
        ),
        (("now they are in the light", "Ottoline Graye"),),
    ),
    Case(
        "given",
        (
            "Parish news, May",
            "Fr Dominic Okonjo thanked everyone who gave to the roof appeal.",
            "“We are three thousand pounds short, but the rain is staying outside,” said"
            " Fr Dominic.",
        ),
        (("rain is staying outside", "Dominic Okonjo"),),
    ),
    Case(
        "given",
        (
            "Imam Yusuf Haddadi led the interfaith walk through the town centre on Sunday.",
            "About two hundred people took part.",
            "“We walked together because we live together,” Imam Yusuf said.",
        ),
        (("because we live together", "Yusuf Haddadi"),),
    ),
    Case(
        "guard",
        (
            "Lucía Ferrer Albán chairs the port authority’s board.",
            "A dock worker, Hal Ferrer, said the night shifts were the hardest.",
            "“You cannot see the edge of the quay in fog,” Hal Ferrer said.",
        ),
        (("edge of the quay in fog", "Hal Ferrer"),),
    ),
    Case(
        "guard",
        (
            "Brigadier Olwen Tregarth commanded the relief column.",
            "Her younger brother, a farmer, drove one of the trucks.",
            "“I had never driven anything that big,” Cy Tregarth said.",
        ),
        (("never driven anything that big", "Cy Tregarth"),),
    ),
    Case(
        "guard",
        (
            "Ann B. Cole and her sister-in-law Ann D. Cole both sit on the parish council.",
            "The council voted on the bypass on Tuesday.",
            "“I voted against it and I would again,” said Ann D. Cole.",
        ),
        (("I would again", "Ann D. Cole"),),
    ),
    Case(
        "guard",
        (
            "Mary Ann Whitlow runs the bakery on Clay Street.",
            "Her neighbour, the florist Ann Perrin, said the street had lost two shops this year.",
            "“People drive to the retail park now,” said Ann.",
        ),
        (("drive to the retail park", "Ann Perrin"),),
    ),
)
