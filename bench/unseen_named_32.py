"""Thirty-six short articles written in session 32 for ``bench/unseen_written.py --set
32n``: each breaks one assumption named attribution makes, the way real copy does, with
invented people, places, bodies and sentences. Written and scored with main's code
(306405d, round four 34b7477) before any rule was changed for them: rounds one and two
dev 14/14, held 14/14; round three dev 0/2, held 0/2; round four dev 0/2, held 0/2.

Patterns, four cases each. Round one: ``surname`` a speaker the copy names by a surname
only, never introduced by a full name (wire sport, a follow-up item); ``verb`` a
reporting verb of the long tail before the quote ("grumbled that", "reckoned"), with no
comma or colon; ``foreign`` a name not built as the lists expect (diacritics, lower-case
particles, a patronymic, a family name first); ``of-body`` a speaker bounded by "of" and
a body ("Ilse Marten of the Coastal Institute said"). Round two: ``common`` a surname
that is a common word ("Best said"); ``nickname`` a nickname in quotes inside the name;
``role-first`` the role, then the name after a comma. Round three: ``unlisted`` a first
name no list holds, the person later called by a lower-case role ("the sprinter").
Round four: ``asked-by`` a quote inside the question an agent asks ("was asked by Holt
whether the depot would “…”"). As in ``bench/unseen_cases.py``, the second case of
each pair (odd index) is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all.
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "surname",
        (
            "The top seed needed four sets to get past the qualifier on Court Three.",
            "Kovalenko told a television interviewer afterwards that he felt “a great deal"
            " of pressure” in the second set.",
        ),
        (("great deal of pressure", "Kovalenko"),),
    ),
    Case(
        "surname",
        (
            "Rain held up the second round at Bellmoor for almost two hours on Saturday.",
            "Ashdown admitted the delay had “ruined my rhythm completely” and said she would"
            " rest before the final day.",
        ),
        (("ruined my rhythm completely", "Ashdown"),),
    ),
    Case(
        "surname",
        (
            "The council’s planning committee met again on Tuesday night to hear objections.",
            "“We were told this was settled a year ago,” Pettigrew said, holding up a copy of"
            " the minutes.",
        ),
        (("told this was settled a year ago", "Pettigrew"),),
    ),
    Case(
        "surname",
        (
            "The ferry service to the outer islands will run at half its timetable until March.",
            "“The engines are older than most of the crew,” Mackintosh told the meeting.",
        ),
        (("engines are older than most of the crew", "Mackintosh"),),
    ),
    Case(
        "verb",
        (
            "Councillor Renata Ferreira has opposed the bus timetable since it was first drafted.",
            "Ferreira grumbled that the new routes were “a mess from start to finish” and"
            " asked for a fresh survey.",
        ),
        (("a mess from start to finish", "Renata Ferreira"),),
    ),
    Case(
        "verb",
        (
            "Engineer Tobias Wendling inspected the old stone bridge at Harrowby last week.",
            "Wendling reckoned the arches would “hold for another fifty years” with modest"
            " repairs.",
        ),
        (("hold for another fifty years", "Tobias Wendling"),),
    ),
    Case(
        "verb",
        (
            "Orchard owner Philippa Drummond lost most of her pear crop to the late frost.",
            "Drummond shrugged off the loss, joking that the trees had “taken a year off to"
            " think about things.”",
        ),
        (("taken a year off", "Philippa Drummond"),),
    ),
    Case(
        "verb",
        (
            "Goalkeeper Idris Mallory kept a clean sheet for the fourth game running.",
            "Mallory gushed that the defence in front of him was “the best I have ever"
            " played behind.”",
        ),
        (("the best I have ever played behind", "Idris Mallory"),),
    ),
    Case(
        "foreign",
        (
            "Siobhán Ní Bhraonáin, who runs the island’s only pharmacy, said deliveries had"
            " been “hit and miss since the autumn.”",
        ),
        (("hit and miss since the autumn", "Siobhán Ní Bhraonáin"),),
    ),
    Case(
        "foreign",
        (
            "“Nobody asked the fishermen,” said Tomás de la Fuente, who chairs the harbour"
            " cooperative in Puerto Aldán.",
        ),
        (("Nobody asked the fishermen", "Tomás de la Fuente"),),
    ),
    Case(
        "foreign",
        (
            "Nguyễn Thị Lan opened her noodle stall on the corner of Fenwick Road in 2009.",
            "“The rent has doubled and the customers have not,” Lan said.",
        ),
        (("rent has doubled", "Nguyễn Thị Lan"),),
    ),
    Case(
        "foreign",
        (
            "Halldóra Sigurðardóttir, a geologist, has measured the glacier’s edge every"
            " spring for twenty years.",
            "“It moves back further each time I come,” Sigurðardóttir said.",
        ),
        (("moves back further each time", "Halldóra Sigurðardóttir"),),
    ),
    Case(
        "of-body",
        (
            "Ilse Marten of the Institute for Coastal Studies said the sea wall was “built"
            " for a climate we no longer have.”",
        ),
        (("built for a climate we no longer have", "Ilse Marten"),),
    ),
    Case(
        "of-body",
        (
            "“We have had no answer in eight months,” said Bartholomew Quayle of the Friends"
            " of Linfield Common.",
        ),
        (("no answer in eight months", "Bartholomew Quayle"),),
    ),
    Case(
        "of-body",
        (
            "Dr Anwen Pryce, of the Royal College of Midwives, said staff were “stretched"
            " past the point of safety.”",
        ),
        (("stretched past the point of safety", "Anwen Pryce"),),
    ),
    Case(
        "of-body",
        (
            "Professor Lucian Abara of the University of Westmarch warned that the figures"
            " were “far worse than anyone has said in public.”",
        ),
        (("far worse than anyone has said", "Lucian Abara"),),
    ),
    Case(
        "common",
        (
            "Veteran strategist Harlan Best has advised three governors and lost only one race.",
            "“You win a county by showing up in it,” Best said.",
        ),
        (("win a county by showing up", "Harlan Best"),),
    ),
    Case(
        "common",
        (
            "Shopkeeper Maureen Little has sold newspapers on Gorse Street since 1988.",
            "“People still want the paper in their hand,” Little said on Friday.",
        ),
        (("want the paper in their hand", "Maureen Little"),),
    ),
    Case(
        "common",
        (
            "Coach Dennis Strong watched his side lose on penalties for the second year.",
            "Strong said the players had given “everything they had and a bit more.”",
        ),
        (("everything they had and a bit more", "Dennis Strong"),),
    ),
    Case(
        "common",
        (
            "Librarian Oriel Hope has kept the village library open on donations alone.",
            "Hope told the parish meeting that the roof was “one storm away from giving up.”",
        ),
        (("one storm away from giving up", "Oriel Hope"),),
    ),
    Case(
        "nickname",
        (
            "Trawlerman Robert “Bobby” Keaveney has fished out of Caddon Bay for forty years.",
            "“The quotas were drawn up by people who get seasick,” Keaveney said.",
        ),
        (("drawn up by people who get seasick", "Robert Keaveney|Bobby Keaveney"),),
    ),
    Case(
        "nickname",
        (
            "Former sergeant Margaret “Peg” Oyelaran said the station had been “left to rot”"
            " since the merger.",
        ),
        (("left to rot", "Margaret Oyelaran|Peg Oyelaran"),),
    ),
    Case(
        "nickname",
        (
            "The race was won by Anselm “Sonny” Varga, who led from the second lap.",
            "“I could hear the crowd over the engine,” Varga said.",
        ),
        (("hear the crowd over the engine", "Anselm Varga|Sonny Varga"),),
    ),
    Case(
        "nickname",
        (
            "Club founder Winifred “Freddie” Castellane still opens the gates at six every"
            " morning.",
            "“Somebody has to and the key is mine,” Castellane said.",
        ),
        (("the key is mine", "Winifred Castellane|Freddie Castellane"),),
    ),
    Case(
        "role-first",
        (
            "Plans for a waste plant at Morrow Fen drew four hundred objections.",
            "“The smell alone would empty the village,” said the residents’ group chairman,"
            " Aldous Finchley.",
        ),
        (("smell alone would empty the village", "Aldous Finchley"),),
    ),
    Case(
        "role-first",
        (
            "The museum will close its west wing for repairs from next month.",
            "“The damp has reached the paintings,” said its director, Cosima Vell.",
        ),
        (("damp has reached the paintings", "Cosima Vell"),),
    ),
    Case(
        "role-first",
        (
            "The hospital trust has cancelled two hundred operations this winter.",
            "Its chief executive, Pieter Lorrimer, said the wards were “full to the doors.”",
        ),
        (("full to the doors", "Pieter Lorrimer"),),
    ),
    Case(
        "role-first",
        (
            "The union says its members will walk out on Monday.",
            "“Nobody takes this step lightly,” the union’s regional organiser, Thandi Moyo,"
            " told reporters.",
        ),
        (("Nobody takes this step lightly", "Thandi Moyo"),),
    ),
    Case(
        "unlisted",
        (
            "Magda Orrell won the women’s 400 metres at Carrow Park in a championship record.",
            "“My legs were gone with fifty metres left,” the sprinter said.",
        ),
        (("legs were gone with fifty metres", "Magda Orrell"),),
    ),
    Case(
        "unlisted",
        (
            "Thorvald Eskildsen has taken the lifeboat out of Skarre for eleven winters.",
            "“The sea does not care how tired you are,” the skipper said.",
        ),
        (("sea does not care how tired", "Thorvald Eskildsen"),),
    ),
    Case(
        "unlisted",
        (
            "Oluwaseun Adeyemi-Hart opened a second bakery on Kettle Street this spring.",
            "“Bread is the cheapest thing I sell and the hardest to get right,” the baker said.",
        ),
        (("cheapest thing I sell", "Oluwaseun Adeyemi-Hart"),),
    ),
    Case(
        "unlisted",
        (
            "Ingvild Rasmussen led the inquiry into the flooding at Brennick for two years.",
            "“Every warning was on paper long before the water came,” the chairwoman said.",
        ),
        (("Every warning was on paper", "Ingvild Rasmussen"),),
    ),
    Case(
        "asked-by",
        (
            "The mayor was asked by Councillor Brennan Holt whether the new depot would “cost"
            " the town more than it saves.”",
        ),
        (("cost the town more than it saves", "Brennan Holt"),),
    ),
    Case(
        "asked-by",
        (
            "At the hustings, Ms Ferrante was asked by a student, Joel Amadi, if the college"
            " would “ever see a penny of that money.”",
        ),
        (("ever see a penny of that money", "Joel Amadi"),),
    ),
    Case(
        "asked-by",
        (
            "Varga was pressed by the interviewer Lise Aumont on whether the tour was “worth"
            " the risk to your health.”",
        ),
        (("worth the risk to your health", "Lise Aumont"),),
    ),
    Case(
        "asked-by",
        (
            "The minister was questioned by Dafydd Rhys about why the report had been “left in"
            " a drawer for a year.”",
        ),
        (("left in a drawer for a year", "Dafydd Rhys"),),
    ),
)
