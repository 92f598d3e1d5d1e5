"""Paragraphs written for the pronoun benchmark (``bench/pronoun_written.py``): invented
people and sentences, one case a short article whose last quote has a pronoun cue (or
runs on from one), with the speaker a careful reader gives it.

Shapes: ``intro`` a speaker introduced in narration, no quote of their own yet, just
before "he said"; ``topic`` two women, the paragraph's topic speaks; ``body`` "it" or
"they" for a company or an agency; ``i`` the writer of a first-person piece; ``turn`` a
new speaker at a new paragraph; ``stay`` someone merely mentioned between a speaker's
quotes, the speaker going on; ``unnamed`` someone the article does not name ("A
spokesman for …") between a named speaker and "he said".
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    shape: str
    paragraphs: tuple[str, ...]
    speaker: str
    authors: tuple[str, ...] = ()


CASES = (
    Case(
        "intro",
        (
            "“The budget is a fantasy,” said Councilman Theo Brandt.",
            "Mayor Victor Alvey defended the plan on Tuesday, pointing to the new bus lines.",
            "“Every dollar here is accounted for,” he said.",
        ),
        "Victor Alvey",
    ),
    Case(
        "intro",
        (
            "“We are not moving the depot,” Harold Finch, the transit director, told the board.",
            "Gene Pardo, who chairs the riders’ union, was unconvinced.",
            "“They said the same thing last year,” he said.",
        ),
        "Gene Pardo",
    ),
    Case(
        "intro",
        (
            "“Nobody asked us,” said Marcus Leigh, a farmer in the valley. Down the road,"
            " Walter Ngata has already sold half his herd. “I could not wait for them,”"
            " he said.",
        ),
        "Walter Ngata",
    ),
    Case(
        "intro",
        (
            "Rep. Dana Whitlow said the bill would pass. “We have the votes,” she said.",
            "But Sen. Carla Menendez, a Democrat from the coast, has spent weeks lobbying"
            " against it.",
            "“It is a giveaway to the insurers,” she said on Wednesday.",
        ),
        "Carla Menendez",
    ),
    Case(
        "intro",
        (
            "“The fire started in the kitchen,” Fire Chief Owen Dakers said.",
            "Neighbor Pete Kowalczyk watched from across the street as crews arrived.",
            "“The smoke was everywhere,” he said. “I grabbed my dog and ran.”",
        ),
        "Pete Kowalczyk",
    ),
    Case(
        "intro",
        (
            "Gov. Russell Thane signed the order on Friday. “This protects our rivers,” he said.",
            "Industry groups were quick to respond. Brian Oakes, president of the state"
            " mining council, called the order reckless.",
            "“It will cost thousands of jobs,” he said in an interview.",
        ),
        "Brian Oakes",
    ),
    Case(
        "intro",
        (
            "“Prices have doubled,” said Martin Greer, who runs a bakery downtown.",
            "His neighbor, the florist Adam Sowell, has cut his hours.",
            "“I cannot afford to stay open late anymore,” he said.",
        ),
        "Adam Sowell",
    ),
    Case(
        "intro",
        (
            "Lawyers for the city argued the suit should be dismissed. “The claims are"
            " baseless,” said Ted Varon, the city attorney.",
            "Judge Samuel Okoro did not seem persuaded at Monday’s hearing.",
            "“I want to hear more about the contracts,” he said from the bench.",
        ),
        "Samuel Okoro",
    ),
    Case(
        "topic",
        (
            "Helen Marsh has taught at Ridgeview Elementary for twenty years. Her principal,"
            " Joan Weller, calls her the heart of the school.",
            "“I never planned to stay this long,” she said.",
        ),
        "Helen Marsh",
    ),
    Case(
        "topic",
        (
            "Nadia Rahim met with Priya Das, the county health officer, on Thursday to"
            " discuss the clinic closures.",
            "“We cannot lose another clinic,” she said after the meeting.",
        ),
        "Nadia Rahim",
    ),
    Case(
        "topic",
        (
            "Sen. Ellen Garvey questioned Secretary Maria Toft for nearly two hours.",
            "“You have not answered a single question,” she told Toft.",
        ),
        "Ellen Garvey",
    ),
    Case(
        "topic",
        (
            "Carmen Ruiz says she was fired after she complained to her manager, Linda Shaw."
            " Ruiz filed a complaint with the state in March.",
            "“They wanted me gone,” she said.",
        ),
        "Carmen Ruiz",
    ),
    Case(
        "topic",
        (
            "Rachel Imbert, the district’s new superintendent, inherited a deficit from her"
            " predecessor, Gloria Fenn.",
            "“The numbers were worse than I was told,” she said.",
        ),
        "Rachel Imbert",
    ),
    Case(
        "topic",
        (
            "Joyce Ambler, 71, has lived alone since her friend Edna Pruitt moved to Ohio.",
            "“The winters are long now,” she said.",
        ),
        "Joyce Ambler",
    ),
    Case(
        "body",
        (
            "The Federal Aviation Administration grounded the jets on Monday.",
            "“Safety is our only concern,” it said in a statement.",
        ),
        "Federal Aviation Administration",
    ),
    Case(
        "body",
        (
            "“We lost three shipments,” said Lena Fogg, who owns a shop in town.",
            "Northwind Freight blamed the storms for the delays. “We regret the"
            " inconvenience to our customers,” it said.",
        ),
        "Northwind Freight",
    ),
    Case(
        "body",
        (
            "The Harbor Commission voted to raise fees on Thursday. “The port must pay for"
            " itself,” it said in a release.",
        ),
        "Harbor Commission",
    ),
    Case(
        "body",
        (
            "The Carver County Teachers Union rejected the offer on Friday.",
            "“This is not a serious proposal,” they said in a letter to the board.",
        ),
        "Carver County Teachers Union",
    ),
    Case(
        "body",
        (
            "“It is a disaster for small growers,” said Abe Linden, a farmer.",
            "Granite Foods, which buys most of the valley’s apples, disagreed. “Our"
            " contracts are fair,” it said.",
        ),
        "Granite Foods",
    ),
    Case(
        "body",
        (
            "The Department of Labor released its report on Wednesday. It found that wages"
            " rose in every state. “Workers are seeing real gains,” it said.",
        ),
        "Department of Labor",
    ),
    Case(
        "i",
        (
            "I grew up in a mill town.",
            "When the mill closed, my father looked worried. “We will be fine,” I said.",
        ),
        "Miriam Kale",
        ("Miriam Kale",),
    ),
    Case(
        "i",
        (
            "Last week I sat down with the mayor in her office.",
            "“Is the budget balanced?” I asked.",
        ),
        "Tobias Renn",
        ("Tobias Renn",),
    ),
    Case(
        "i",
        (
            "“Nobody reads the fine print,” my landlord told me when I signed.",
            "“I do,” I said.",
        ),
        "Opal Greaves",
        ("Opal Greaves",),
    ),
    Case(
        "i",
        (
            "I have voted in every election since 1990.",
            "“This one matters more,” I wrote to my readers last month.",
        ),
        "Ravi Sethu",
        ("Ravi Sethu",),
    ),
    Case(
        "turn",
        (
            "“The road is not safe,” said Ida Morrow, who lives on Route 9.",
            "State engineer Paul Redd said the road met federal standards.",
            "“We inspect it twice a year,” he said.",
        ),
        "Paul Redd",
    ),
    Case(
        "turn",
        (
            "Sheriff Tom Healy said his deputies were stretched thin. “We need twelve more"
            " officers,” he said.",
            "County Executive Brenda Fox said the money was not there.",
            "“I would love to give him the officers,” she said.",
        ),
        "Brenda Fox",
    ),
    Case(
        "turn",
        (
            "Coach Ray Dillard said his team was ready. “We have worked all summer,” he said.",
            "Across town, Coach Luis Parra was less sure about his own players.",
            "“We are young,” he said. “Very young.”",
        ),
        "Luis Parra",
    ),
    Case(
        "turn",
        (
            "“We want a vote,” said Omar Haddad, a union steward.",
            "Plant manager Kurt Wendel told reporters that talks would resume on Monday.",
            "“Our door is open,” he said.",
        ),
        "Kurt Wendel",
    ),
    Case(
        "turn",
        (
            "“I will not resign,” said Mayor Lena Porter.",
            "Her rival on the council, Grace Ndiaye, said she would call for a vote of no"
            " confidence.",
            "“The city deserves better,” she said.",
        ),
        "Grace Ndiaye",
    ),
    Case(
        "turn",
        (
            "“The count was fair,” said Hugh Boyle, the election clerk.",
            "Dennis Crowe, who lost the race by 40 votes, has asked for a recount.",
            "“I just want every ballot counted,” he said.",
        ),
        "Dennis Crowe",
    ),
    Case(
        "stay",
        (
            "“We will rebuild,” said Mayor Frank Dorsey.",
            "The storm destroyed the house of Allen Pike and flooded the library.",
            "“This town has been through worse,” he said.",
        ),
        "Frank Dorsey",
    ),
    Case(
        "stay",
        (
            "“Our numbers are up,” said Joel Sterne, the campaign manager.",
            "Sterne said the campaign had raised more than its rival, Bart Kimble, in every month.",
            "“We are not worried about him,” he said.",
        ),
        "Joel Sterne",
    ),
    Case(
        "unnamed",
        (
            "“The timetable is fair,” said Angus Dalziel, a councillor.",
            "A spokesman for Western Isles Ferries said demand had fallen over the winter.",
            "“We will look at it again in March,” he said.",
        ),
        "Western Isles Ferries",
    ),
    Case(
        "unnamed",
        (
            "“We were promised a new school,” said Tariq Hassan, a parent.",
            "An aide to the education minister, who asked not to be named, said the plans"
            " had been delayed by the tender.",
            "“Nobody has forgotten the school,” he said.",
        ),
        "",
    ),
    Case(
        "unnamed",
        (
            "“The pool should stay open,” said Bea Lindqvist, who swims there daily.",
            "A spokeswoman for the leisure trust, Ida Moss, said repairs would cost millions.",
            "“We cannot find that money this year,” she said.",
        ),
        "Ida Moss",
    ),
)
