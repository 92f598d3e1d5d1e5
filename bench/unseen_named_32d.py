"""Twenty short articles written in session 32 for ``bench/unseen_written.py --set 32d``:
a description as the speaker ("the ferryman", "the 43-year-old"), each case breaking one
assumption the description link makes, the way real copy does, with invented people,
places, bodies and sentences. Written and scored with main's code (e086c3f) before any
rule was changed for them (first score in the commit that adds them).

The link's assumptions broken, four cases each: ``pre-role`` the role sits before a name
whose first name no list holds ("veteran ferryman Aurelio Quist"), as local news and
sport copy write it; ``appos`` the role in apposition after such a name ("Ysolde Brannagh,
a potter,"); ``paren-age`` the age in brackets after the name ("Zdenka Morrow (43)"), as
tabloid, regional and court copy write it, then "the 43-year-old"; ``verb-role`` the
person described by what they do, in a relative clause or the sentence's verb ("X, who
has coached the junior squad for ten years,", "X coaches …"), then "the coach"; ``org``
the last name before a lower-case role is a company or club (a body word ends it, or
the article calls it "it"), so the role is someone new and unnamed ("the manager"): no
named speaker. As in ``bench/unseen_cases.py``, the second case of each pair (odd index)
is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "pre-role",
        (
            "Veteran ferryman Aurelio Quist has crossed the estuary at Dunmarrow twice a day"
            " since the bridge closed in April.",
            "“People wave at me now like I am the postman,” the ferryman said.",
        ),
        (("wave at me now like I am", "Aurelio Quist"),),
    ),
    Case(
        "pre-role",
        (
            "Lock keeper Tiberiu Falk spent the weekend clearing reeds from the upper gate at"
            " Hollins Cut.",
            "“If the gate jams, forty boats sit here until Monday,” the lock keeper said.",
        ),
        (("forty boats sit here", "Tiberiu Falk"),),
    ),
    Case(
        "pre-role",
        (
            "Head groundsman Eamonn Strick was out with a fork at six on Saturday morning"
            " after a night of rain at Ashby Lane.",
            "“The square drains well, the outfield does not,” the groundsman said.",
        ),
        (("square drains well", "Eamonn Strick"),),
    ),
    Case(
        "pre-role",
        (
            "Local beekeeper Marisol Threadgold lost half her hives to the cold snap in"
            " February, she told the parish meeting.",
            "“I have never seen them die in clusters like that,” the beekeeper said.",
        ),
        (("never seen them die in clusters", "Marisol Threadgold"),),
    ),
    Case(
        "appos",
        (
            "Ysolde Brannagh, a potter, has run the kiln behind the old creamery at Lisdarragh"
            " for nine years.",
            "“The rent went up by half and the clay did not get any cheaper,” the potter said.",
        ),
        (("rent went up by half", "Ysolde Brannagh"),),
    ),
    Case(
        "appos",
        (
            "Caspian Ferreday, a falconer who flies birds at the castle on Sundays, found the"
            " injured kite on the ring road.",
            "“She had flown into a wire and could barely stand,” the falconer said.",
        ),
        (("flown into a wire and could barely", "Caspian Ferreday"),),
    ),
    Case(
        "appos",
        (
            "Perpetua Nwosu-Lund, the club’s kit manager, washes forty shirts after every home"
            " game.",
            "“Mud is fine. It is the grass stains that break me,” the kit manager said.",
        ),
        (("grass stains that break me", "Perpetua Nwosu-Lund"),),
    ),
    Case(
        "appos",
        (
            "Ottoline Vasquez-Brae, a harpist with the county orchestra, had her instrument"
            " stolen from a car park in Wendham.",
            "“It is worth less than the car, but it cannot be replaced,” the harpist said.",
        ),
        (("worth less than the car", "Ottoline Vasquez-Brae"),),
    ),
    Case(
        "paren-age",
        (
            "Zdenka Morrow (43) of Tullen Road admitted driving without insurance at the"
            " magistrates’ court on Tuesday.",
            "“I thought my husband had renewed it,” the 43-year-old told the bench.",
        ),
        (("husband had renewed it", "Zdenka Morrow"),),
    ),
    Case(
        "paren-age",
        (
            "Hollis Quaintance (67) has knitted a blanket for every baby born at Carnmore"
            " cottage hospital since 2009.",
            "“I stopped counting at six hundred,” the 67-year-old said.",
        ),
        (("stopped counting at six hundred", "Hollis Quaintance"),),
    ),
    Case(
        "paren-age",
        (
            "Teenager Radomir Okafor (17) was named young volunteer of the year at the awards"
            " in Pellbridge on Friday night.",
            "“I only went along because my mate did,” the 17-year-old said.",
        ),
        (("only went along because my mate", "Radomir Okafor"),),
    ),
    Case(
        "paren-age",
        (
            "Grandmother Elspeth Rademacher (81) completed the five-mile charity walk around"
            " Loxley reservoir in just under three hours.",
            "“My knees will tell me about it tomorrow,” the 81-year-old said.",
        ),
        (("knees will tell me about it", "Elspeth Rademacher"),),
    ),
    Case(
        "verb-role",
        (
            "Lorcan Abernethy, who has coached the under-14s at Greyfield for a decade, was"
            " given the club’s first life membership.",
            "“Half of them are taller than me now,” the coach said.",
        ),
        (("taller than me now", "Lorcan Abernethy"),),
    ),
    Case(
        "verb-role",
        (
            "Wilhelmina Sorrentino farms sixty acres of barley on the edge of Crossmere and"
            " lost most of it to the floods.",
            "“We will be buying seed on credit this year,” the farmer said.",
        ),
        (("buying seed on credit", "Wilhelmina Sorrentino"),),
    ),
    Case(
        "verb-role",
        (
            "Fintan Okonkwo-Reilly, who drives the 42 bus between Harrowgate and the hospital,"
            " has been nominated for the council’s community award.",
            "“I know most of them by the stop they get off at,” the driver said.",
        ),
        (("by the stop they get off at", "Fintan Okonkwo-Reilly"),),
    ),
    Case(
        "verb-role",
        (
            "Ignatius Pellow teaches chemistry at Bramwell High and has written the new exam"
            " board syllabus.",
            "“We took out the bits nobody remembers a week later,” the teacher said.",
        ),
        (("bits nobody remembers a week later", "Ignatius Pellow"),),
    ),
    Case(
        "org",
        (
            "Brackwater Haulage will close its depot at Fenby in the spring, with the loss of"
            " thirty jobs.",
            "“We were told on Friday with no warning at all,” one driver said. The manager"
            " said the firm had “run out of road”.",
        ),
        (("run out of road", ""),),
    ),
    Case(
        "org",
        (
            "Tallis Ironworks said it had cut its night shift after the price of gas doubled.",
            "“Nobody wants to do this,” the foreman said outside the gates.",
        ),
        (("Nobody wants to do this", ""),),
    ),
    Case(
        "org",
        (
            "Kilnsey Wanderers lost at home for the first time since August.",
            "“We gave them two goals and you cannot do that,” the manager said.",
        ),
        (("gave them two goals", ""),),
    ),
    Case(
        "org",
        (
            "Marrowby Preserves has stopped making its damson jam because it cannot find"
            " enough fruit.",
            "“The trees just did not crop this year,” the owner said.",
        ),
        (("trees just did not crop", ""),),
    ),
)
