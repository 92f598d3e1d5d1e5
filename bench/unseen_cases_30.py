"""Thirty-two short articles written in session 30 for ``bench/unseen_written.py --set 30``:
invented people, places and sentences, each case breaking one assumption the pronoun
search makes, the way copied pages break it. Written and scored once, with main's code
(4b9eb19), before any rule was changed for them: FIRST_SCORE below.

Patterns, four cases each: ``narr`` the person of "he said" brought in by narration only,
after someone else of that sex was quoted (the speaker need not have spoken before);
``desc`` a person brought in by a description ("a retired teacher who …") then "she said"
after a named woman (no named speaker: the antecedent need not be a name); ``topic`` two
people of one sex, the paragraph's subject the speaker and the other named nearer (the
nearest name is not always the antecedent); ``they`` "they" for a couple, a family, a
council or a team; ``it`` "it" for a firm no list knows; ``run3`` a quote run on over
three paragraphs; ``caption`` a caption or photo credit naming someone between the
person and "he said" (a caption is not narration); ``column`` a first-person column, its
writer given by metadata, a byline line or a closing bio. As in ``unseen_cases.py``, the
second case of each pair (odd index) is held out.
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main 4b9eb19: dev 10 of 20, held 10 of 19 (20 of 39)"

CASES = (
    # narr: brought in by narration only, after another man or woman was quoted
    Case(
        "narr",
        (
            "“We will reopen the pool by June,” said the mayor, Colm Brannagh, at Tuesday's"
            " meeting.",
            "Not everyone believes it. Ruairí Tennant has swum there every morning since 1978"
            " and keeps a log of every closure in a school exercise book.",
            "“That is the fourth promise in my book,” he said.",
        ),
        (("fourth promise in my book", "Ruairí Tennant"),),
    ),
    Case(
        "narr",
        (
            "Councillor Petra Lusk told the meeting the bus depot would close in the autumn."
            " “The numbers do not add up,” she said.",
            "Drivers learned of the plan from a notice pinned up in the canteen. Wynne"
            " Calloway, who has driven the number 9 for twenty-two years, read it twice.",
            "“Nobody came to tell us to our faces,” he said.",
        ),
        (("to our faces", "Wynne Calloway"),),
    ),
    Case(
        "narr",
        (
            "“The dredger is booked until May,” the harbour master, Kit Ellory, said last week.",
            "Fishermen have started landing their catch at the slipway in Porth Enna instead,"
            " a forty-minute drive away. Jory Penhallow makes the trip twice a day in a"
            " borrowed van.",
            "“The diesel costs more than the crabs some weeks,” he said.",
        ),
        (("diesel costs more than the crabs", "Jory Penhallow"),),
    ),
    Case(
        "narr",
        (
            "“It comes back every March,” said Aldo Finchley, who runs the cafe opposite the"
            " Pinfold Street fire station, where a heron has nested on the roof for three springs.",
            "Crews have named it Sergeant. Station manager Idris Vaughan-Bell keeps the ladder"
            " truck parked outside so the engine does not disturb it.",
            "“She lays two eggs every year, and we have never seen a chick leave,” he said.",
        ),
        (("never seen a chick leave", "Idris Vaughan-Bell"),),
    ),
    # desc: brought in by a description, after a named person of the same sex
    Case(
        "desc",
        (
            "Ottilie Brannock, who chairs the parish council, said the footbridge would be"
            " repaired by the end of the month.",
            "A retired teacher who crosses the bridge every morning to feed the ducks was less"
            " sure.",
            "“They said the end of last month too,” she said.",
        ),
        (("end of last month too", ""),),
    ),
    Case(
        "desc",
        (
            "The Greystone Road clinic will stop taking new patients from Monday, its practice"
            " manager, Harriet Oyelaran, confirmed.",
            "Outside, a mother of three who had queued since half past seven with a feverish"
            " toddler shook her head.",
            "“Where are we supposed to go now?” she said.",
        ),
        (("supposed to go now", ""),),
    ),
    Case(
        "desc",
        (
            "Lorcan Devitt, the owner of the Quayside Hotel, said the flood barrier had saved"
            " his ground floor.",
            "Further along the front, a man who has sold ice cream from the same kiosk since"
            " 1989 was sweeping mud out of his freezer.",
            "“Nobody built a barrier for me,” he said.",
        ),
        (("built a barrier for me", ""),),
    ),
    Case(
        "desc",
        (
            "The coroner, Sebastian Marwick, recorded a verdict of misadventure on Thursday.",
            "A neighbour who pulled the boy from the canal gave evidence by video link.",
            "“I could hear him but I could not see him,” he told the inquest.",
        ),
        (("could not see him", ""),),
    ),
    # topic: the paragraph's subject speaks; someone of the same sex is named nearer
    Case(
        "topic",
        (
            "Margit Salo has taught the violin in Westerby for forty years. She still gives"
            " lessons in the front room of the house where she was born. Last spring one of"
            " her pupils, Clara Dunmore, won a place at the conservatoire in Arlen.",
            "“I cried more than her parents did,” she said.",
        ),
        (("cried more than her parents", "Margit Salo"),),
    ),
    Case(
        "topic",
        (
            "Bernard Oakes opened the Corner Cycle Shop in 1994 with a loan from his brother."
            " He has fixed punctures for three generations of Millbrook children. In January"
            " his apprentice, Kieran Stott, passed his mechanic's exam.",
            "“He is better with wheels than I ever was,” he said.",
        ),
        (("better with wheels", "Bernard Oakes"),),
    ),
    Case(
        "topic",
        (
            "Detective Inspector Rowena Kaye led the search for the missing hikers for eleven"
            " days. She slept in a tent at the foot of the ridge for most of them. On the"
            " ninth day a volunteer, Agnes Mirren, spotted a red jacket in a gully.",
            "“I had told the families to prepare for the worst,” she said.",
        ),
        (("prepare for the worst", "Rowena Kaye"),),
    ),
    Case(
        "topic",
        (
            "Father Anselm Duarte has rung the bell at St Wilfrid's every Sunday since 1971."
            " He climbs the ninety steps of the tower himself. His curate, Father Tobias"
            " Lund, offered to take over last year.",
            "“I told him I would stop when my knees do,” he said.",
        ),
        (("when my knees do", "Anselm Duarte"),),
    ),
    # they: a couple, a family, a council, a team
    Case(
        "they",
        (
            "The Thorpes have run the post office in Little Harwick for thirty-one years."
            " This week they sold the last stamp before it closes for good.",
            "“We knew every family by their parcels,” they said.",
        ),
        (("by their parcels", "Thorpes"),),
    ),
    Case(
        "they",
        (
            "The Okonedos moved to Farrow Lane in 1998 and planted the cherry trees the"
            " council now wants to fell.",
            "“Those trees are older than our grandchildren,” they said.",
        ),
        (("older than our grandchildren", "Okonedos"),),
    ),
    Case(
        "they",
        (
            "Westmere Borough Council has voted to switch off half of the town's street lights"
            " after midnight to save money. Residents of the Cressley estate have started a"
            " petition.",
            "“The lights that stay on were chosen with the police,” they said.",
        ),
        (("chosen with the police", "Westmere Borough Council"),),
    ),
    Case(
        "they",
        (
            "Halvard Athletic have not won at home since September. On Saturday the squad"
            " stayed on the pitch after the final whistle to applaud the few hundred fans who"
            " had stayed.",
            "“We owe these people a win,” they said in a message on the club's page.",
        ),
        (("owe these people a win", "Halvard Athletic"),),
    ),
    # it: a firm no list knows
    Case(
        "it",
        (
            "Brightwater Provisions, which supplies dinners to forty primary schools in the"
            " county, will raise its prices by nine pence a meal in September.",
            "“Flour and oil cost twice what they did two years ago,” it said.",
        ),
        (("Flour and oil cost twice", "Brightwater Provisions"),),
    ),
    Case(
        "it",
        (
            "Tessaly, the app that lets neighbours lend each other tools, has shut down after"
            " four years. Users were told by email on Monday night.",
            "“We could not find a way to make it pay,” it said.",
        ),
        (("make it pay", "Tessaly"),),
    ),
    Case(
        "it",
        (
            "Hollin & Crane, the Ashby printers that have made the town's bus tickets since"
            " 1952, lost the contract to a rival in Penhurst last week.",
            "Forty staff work at the plant. “We will look for other customers before we look"
            " at jobs,” it said in a statement.",
        ),
        (("look for other customers", "Hollin & Crane"),),
    ),
    Case(
        "it",
        (
            "Quillon Labs has withdrawn its bid to build a data centre on farmland near"
            " Edgecombe after villagers complained about the noise of its cooling fans.",
            "Share this article",
            "“We listened to the community,” it said.",
        ),
        (("listened to the community", "Quillon Labs"),),
    ),
    # run3: a quote run on over three paragraphs
    Case(
        "run3",
        (
            "Agatha Fenwick, 84, remembers the night the mill burned.",
            "“My father woke us at two in the morning and carried my sister down the stairs in"
            " a blanket.",
            "“By the time we reached the bridge the roof had gone, and the whole sky was orange.",
            "“Nobody in the village slept, and in the morning half of them had no work,” she said.",
        ),
        (("carried my sister", "Agatha Fenwick"), ("whole sky was orange", "Agatha Fenwick")),
    ),
    Case(
        "run3",
        (
            "The lifeboat's coxswain, Desmond Achary, described the rescue to reporters on the"
            " quay.",
            "“The yacht was on its side when we got to it and the swell was six metres.",
            "“We got a line across on the third go, and the crew came over one at a time.",
            "“The last one over was the skipper, and he would not let go of his dog,” he said.",
        ),
        (("swell was six metres", "Desmond Achary"), ("third go", "Desmond Achary")),
    ),
    Case(
        "run3",
        (
            "Hester Quaile said she had found the letters in a biscuit tin under the floorboards.",
            "“There were sixty of them, all from the same man, all posted from the same port.",
            "“Some of them were never opened. My grandmother must have hidden them from her"
            " own mother.",
            "“I read them all in one night,” she said.",
        ),
        (("sixty of them", "Hester Quaile"), ("never opened", "Hester Quaile")),
    ),
    Case(
        "run3",
        (
            "Ambrose Kettley, who ran the Palace cinema from 1961 until it closed, was asked"
            " what he missed most.",
            "“The smell of the place, first of all. Dust and oranges and cigarettes.",
            "“Then the sound of four hundred people laughing at the same moment.",
            "“You do not get that in front of a television,” he said.",
        ),
        (
            ("Dust and oranges", "Ambrose Kettley"),
            ("four hundred people laughing", "Ambrose Kettley"),
        ),
    ),
    # caption: a caption or photo credit names someone between the person and the pronoun
    Case(
        "caption",
        (
            "Miriam Achebe has kept bees on the roof of the Grainger Street library since 2016.",
            "Honey from the library hives on sale at the Saturday market. Photo: Fenella Crisp",
            "“The bees do not care that it is a library, but the readers love it,” she said.",
        ),
        (("readers love it", "Miriam Achebe"),),
    ),
    Case(
        "caption",
        (
            "Rajan Castellano spent four years restoring the steam tug Margery, which sank at"
            " her moorings in 2009.",
            "The Margery leaving Colborne dock under her own steam last week. (Photo: Darius"
            " Whitlock)",
            "“Every rivet below the waterline is new,” he said.",
        ),
        (("rivet below the waterline", "Rajan Castellano"),),
    ),
    Case(
        "caption",
        (
            "Delphine Marsh was nine when she wrote to the council asking for a zebra crossing"
            " outside her school. Last week, at fourteen, she cut the ribbon on it.",
            "Councillor Judith Penrose with Delphine Marsh at the new crossing on Abbot Road."
            " Image: Supplied",
            "“I did not think anyone would read my letter,” she said.",
        ),
        (("anyone would read my letter", "Delphine Marsh"),),
    ),
    Case(
        "caption",
        (
            "Tomasz Keeble, 71, has walked the coast path from Hurst Point to Sallow Head every"
            " day for a year to raise money for the hospice that cared for his wife.",
            "Hospice chaplain Owen Pryce walks the last mile with Tomasz Keeble. Photograph:"
            " Lewis Ambrose",
            "“On the wet days I talked to her the whole way,” he said.",
        ),
        (("talked to her the whole way", "Tomasz Keeble"),),
    ),
    # column: a first-person column; its writer from metadata, a byline line or a bio
    Case(
        "column",
        (
            "I have driven the school bus on the Marley route for nine winters, and I have"
            " never seen a morning like last Tuesday.",
            "The snow had drifted across the lane at Cobb's Corner. A girl of about twelve"
            " stood at the stop in her slippers. “Where are your boots?” I asked. “They are"
            " at my dad's,” she said.",
            "“Then you sit by the heater,” I told her.",
        ),
        (
            ("Where are your boots", "Gethin Morrow"),
            ("at my dad's", ""),
            ("sit by the heater", "Gethin Morrow"),
        ),
        ("Gethin Morrow",),
    ),
    Case(
        "column",
        (
            "By Philippa Tarrant",
            "My father never threw anything away. When he died last spring I found forty years"
            " of seed catalogues in his shed, each one marked in pencil.",
            "“Why keep them?” I asked my brother. He had no idea either.",
        ),
        (("Why keep them", "Philippa Tarrant"),),
    ),
    Case(
        "column",
        (
            "The first time I stood up at a planning meeting my hands shook so much I could"
            " not read my own notes.",
            "“I live next to the site,” I said, and sat down again. The chairman thanked me.",
            "Marisol Ingram is a retired nurse and a member of the Friends of Cutler's Meadow.",
        ),
        (("live next to the site", "Marisol Ingram"),),
    ),
    Case(
        "column",
        (
            "Every Friday I take my neighbour, Walter Ferris, to the market in Hambleby. He is"
            " ninety-three and he drives a hard bargain.",
            "Last week he held up a cabbage and asked the stallholder what it cost. “Two"
            " pounds,” she said. “I remember when they were a penny,” he said. “So do I,” I said.",
        ),
        (("when they were a penny", "Walter Ferris"), ("So do I", "Cormac Lindqvist")),
        ("Cormac Lindqvist",),
    ),
)
