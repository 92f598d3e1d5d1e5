"""Fifty-six short articles written in session 27 for ``bench/unseen_written.py --set
27n``, on named speakers (the pronoun family of the session is ``unseen_cases_27.py``):
invented people, places and sentences of local and world news, each scored quote with
the speaker a careful reader gives it. Written and scored once with main's code
(4ca7fa0) before any rule was changed for them: dev 21 of 30, held out 21 of 29.

Patterns: ``particle`` names with van der/dos/y/bin; ``suffix`` Jr./Sr./III; ``org`` an
organisation named with "of"/"for"; ``role`` any role word before the name; ``appos``
"X, the Y of Z, said"; ``inverted`` "said X, who …"; ``before`` the speaker named only
in the paragraph before; ``colon`` a quote after a clause and a colon; ``descr`` a
description ("the chef") pointing back at a named person; ``two`` two people in one
sentence; ``gesture`` "X shook his head. “…”"; ``of_org`` "X of the Y"; ``place`` a
place or a building is no speaker; ``scare`` a title or a scare quote is no speaker
quote. Cases come in pairs of a pattern, as in ``bench/unseen_cases.py``: the even one
is dev, the odd one held out (read and fixed never).

The speaker "" means no named speaker (reader's None or a description in lower case);
"-" means no speaker quote at all (not found, a scare quote, or no named speaker).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    # particle: surname particles
    Case(
        "particle",
        (
            "“The dyke held because we raised it in March,” said Marieke van der Berg, who"
            " chairs the polder board.",
            "“Next winter it may not,” van der Berg warned.",
        ),
        (("dyke held", "Marieke van der Berg"), ("Next winter", "Marieke van der Berg")),
    ),
    Case(
        "particle",
        (
            "“Sardines are scarce this year,” João dos Santos said as he weighed the catch.",
            "Dos Santos added: “The boats go farther every season.”",
        ),
        (("Sardines are scarce", "João dos Santos"), ("go farther", "João dos Santos")),
    ),
    Case(
        "particle",
        (
            "Historian Elena Ruiz y Montalvo has catalogued the chapel's murals for six years."
            " “Every saint on these walls was painted twice,” Ruiz y Montalvo said.",
        ),
        (("painted twice", "Elena Ruiz y Montalvo"),),
    ),
    Case(
        "particle",
        (
            "“We have never had a dry season like it,” said Abdul Karim bin Yusof, a rice"
            " grower in the valley.",
        ),
        (("dry season like it", "Abdul Karim bin Yusof"),),
    ),
    # suffix: Jr., Sr., III
    Case(
        "suffix",
        (
            "“My father ran this hardware store for forty years,” said Walter Pruitt Jr., who"
            " took it over in 2011.",
            "“The big chains never scared him,” Pruitt said.",
        ),
        (("hardware store", "Walter Pruitt Jr."), ("never scared him", "Walter Pruitt Jr.")),
    ),
    Case(
        "suffix",
        (
            "Judge Cornelius Abernathy III dismissed the case on Friday. “The county brought"
            " no evidence at all,” Abernathy wrote.",
        ),
        (("no evidence at all", "Cornelius Abernathy III"),),
    ),
    Case(
        "suffix",
        (
            "Rev. Desmond Oyelaran Sr. led the vigil by the river. “We come here to remember,"
            " not to argue,” he told the crowd.",
        ),
        (("remember, not to argue", "Desmond Oyelaran Sr."),),
    ),
    Case(
        "suffix",
        (
            "“Nobody trains harder than my boy,” said Luther Banks Sr., whose son won the"
            " county title on Saturday.",
        ),
        (("trains harder", "Luther Banks Sr."),),
    ),
    # org: an organisation named with "of" or "for"
    Case(
        "org",
        (
            "The Society for the Preservation of Mill Ponds said: “Draining the pond would end"
            " two centuries of history.”",
        ),
        (("two centuries of history", "Society for the Preservation of Mill Ponds"),),
    ),
    Case(
        "org",
        (
            "“Our volunteers answered 9,000 calls last winter,” the Federation of Rural"
            " Helplines said in its annual report.",
        ),
        (("9,000 calls", "Federation of Rural Helplines"),),
    ),
    Case(
        "org",
        (
            "“Tuition will rise by four percent next autumn,” the University of Northmoor"
            " announced on Wednesday.",
        ),
        (("Tuition will rise", "University of Northmoor"),),
    ),
    Case(
        "org",
        (
            "The Coalition for Safer Crossings wants a lower speed limit near the school."
            " “Drivers treat this road like a motorway,” the group said in a letter.",
        ),
        (("like a motorway", "Coalition for Safer Crossings"),),
    ),
    # role: a role word, any, before the name
    Case(
        "role",
        ("“The hives came through the winter better than I feared,” beekeeper Orla Keating said.",),
        (("hives came through", "Orla Keating"),),
    ),
    Case(
        "role",
        ("“Three ships were turned away this week,” harbourmaster Anselm Teague told reporters.",),
        (("Three ships", "Anselm Teague"),),
    ),
    Case(
        "role",
        (
            "“We pulled eleven swimmers out of the rip on Saturday,” lifeguard captain Sefa"
            " Mahoney said.",
        ),
        (("eleven swimmers", "Sefa Mahoney"),),
    ),
    Case(
        "role",
        (
            "Veteran stonemason Idris Pughe-Jenkins has rebuilt the church wall twice. “The"
            " frost gets into the mortar,” said Pughe-Jenkins.",
        ),
        (("frost gets into", "Idris Pughe-Jenkins"),),
    ),
    # appos: "X, the Y of Z, said"
    Case(
        "appos",
        (
            "“The library will open on Sundays from March,” Hortensia Vale, the head of the"
            " county library service, said on Tuesday.",
        ),
        (("open on Sundays", "Hortensia Vale"),),
    ),
    Case(
        "appos",
        (
            "Tariq Mansour, the owner of a bakery on Dock Street, said: “The flood took my"
            " ovens and my savings.”",
        ),
        (("took my ovens", "Tariq Mansour"),),
    ),
    Case(
        "appos",
        (
            "“We have counted more otters than ever,” said Fenella Grieve, the director of"
            " the river trust, who led the survey.",
        ),
        (("more otters", "Fenella Grieve"),),
    ),
    Case(
        "appos",
        (
            "Bogdan Ilescu, president of the tenants' association at Marlow Court, said the"
            " heating had failed for the third winter running. “People are sleeping in their"
            " coats,” Ilescu said.",
        ),
        (("sleeping in their coats", "Bogdan Ilescu"),),
    ),
    # inverted: "said X, who …"
    Case(
        "inverted",
        (
            "“Nobody reads the signs,” said Ann-Marie Coyle, who has walked the cliff path"
            " every morning for a decade.",
        ),
        (("reads the signs", "Ann-Marie Coyle"),),
    ),
    Case(
        "inverted",
        (
            "“The wolves came back on their own,” says Lukas Ferenczi, who counts them for"
            " the park each winter.",
        ),
        (("wolves came back", "Lukas Ferenczi"),),
    ),
    Case(
        "inverted",
        (
            "“I learned to weld before I learned to drive,” explained Dagny Oldervik, whose"
            " workshop builds the town's fishing boats.",
        ),
        (("learned to weld", "Dagny Oldervik"),),
    ),
    Case(
        "inverted",
        (
            "“Every bus was late on Monday,” complained Sunil Varadarajan, a commuter who"
            " waited an hour in the rain.",
        ),
        (("Every bus was late", "Sunil Varadarajan"),),
    ),
    # before: the speaker named only in the paragraph before
    Case(
        "before",
        (
            "Tomasz Wierzba has repaired clocks in the old town since 1979, and he is not"
            " impressed by the new tower clock.",
            "“It loses four minutes a day. A child could set it better.”",
        ),
        (("loses four minutes", "Tomasz Wierzba"),),
    ),
    Case(
        "before",
        (
            "At the harbour, Nkechi Obiora spoke for the fish sellers who lost their stalls"
            " in the storm.",
            "“We want the stalls rebuilt where they were, not behind the car park.”",
        ),
        (("stalls rebuilt", "Nkechi Obiora"),),
    ),
    Case(
        "before",
        (
            "The new head teacher, Philippa Drummond, had a simple message for parents on the"
            " first day.",
            "“Phones stay in the bag. No exceptions, not even for me.”",
        ),
        (("Phones stay in the bag", "Philippa Drummond"),),
    ),
    Case(
        "before",
        (
            "Mountain guide Reto Caflisch turned his group back two hundred metres below the"
            " summit.",
            "“The snow was sliding under our boots. I have buried friends who kept going.”",
        ),
        (("snow was sliding", "Reto Caflisch"),),
    ),
    # colon: a quote after a clause and a colon
    Case(
        "colon",
        (
            "Asked about the closure, Greta Holmqvist did not hesitate: “It is the worst"
            " decision this council has made.”",
        ),
        (("worst decision", "Greta Holmqvist"),),
    ),
    Case(
        "colon",
        ("Emeka Chukwu, who coaches the under-twelves, put it simply: “No pitch, no team.”",),
        (("No pitch, no team", "Emeka Chukwu"),),
    ),
    Case(
        "colon",
        (
            "The ferry captain, Ilse Marquardt, had one complaint about the new pier: “It is"
            " too short for the winter boat.”",
        ),
        (("too short for the winter boat", "Ilse Marquardt"),),
    ),
    Case(
        "colon",
        (
            "After the vote, Councillor Aurelio Benedetti summed up the mood in the chamber:"
            " “We are tired of waiting for the province.”",
        ),
        (("tired of waiting", "Aurelio Benedetti"),),
    ),
    # descr: a description pointing back at a named person
    Case(
        "descr",
        (
            "Ferdinand Rask, 71, has swum in the lake every day since his wife died.",
            "“The water keeps me honest,” the retired postman said.",
        ),
        (("keeps me honest", "Ferdinand Rask"),),
    ),
    Case(
        "descr",
        (
            "Senator Ivy Calloway of Montana voted against the water bill on Thursday.",
            "“This bill takes water from ranchers and gives it to golf courses,” the Montana"
            " Republican said.",
        ),
        (("golf courses", "Ivy Calloway"),),
    ),
    Case(
        "descr",
        (
            "Coach Rudi Gaspard has won four league titles with the club.",
            "“We are not finished,” the 58-year-old told reporters after Saturday's win.",
        ),
        (("not finished", "Rudi Gaspard"),),
    ),
    Case(
        "descr",
        (
            "Hiroko Tanabe opened her noodle shop in a former garage in 2009.",
            "“I could not afford a real kitchen,” the chef said, laughing.",
        ),
        (("real kitchen", "Hiroko Tanabe"),),
    ),
    # two: two people in one sentence
    Case(
        "two",
        (
            "Mayor Colette Ambrose and her deputy, Ravi Sandhu, toured the flooded streets on"
            " Sunday. “We will pay for every pump,” Ambrose said.",
        ),
        (("every pump", "Colette Ambrose"),),
    ),
    Case(
        "two",
        (
            "“The deal is done,” said Hamish Dunbar after meeting union leader Theresa"
            " Quigley on Friday.",
        ),
        (("deal is done", "Hamish Dunbar"),),
    ),
    Case(
        "two",
        (
            "“Our stand was sold out by noon,” Zofia Krawiec told Benedikt Aigner, the"
            " festival's organiser.",
        ),
        (("sold out by noon", "Zofia Krawiec"),),
    ),
    Case(
        "two",
        (
            "Ines Albarrán thanked Gideon Frost, the fire chief, for his crew's work. “They"
            " saved the whole street,” Albarrán said.",
        ),
        (("whole street", "Ines Albarrán"),),
    ),
    # gesture: "X shook his head. “…”" in one paragraph
    Case(
        "gesture",
        ("Pavel Novotny shook his head. “They promised us a bridge in 1998 too.”",),
        (("promised us a bridge", "Pavel Novotny"),),
    ),
    Case(
        "gesture",
        (
            "Maeve Gallagher looked out at the empty pier and laughed. “Twenty boats used to"
            " tie up here.”",
        ),
        (("Twenty boats", "Maeve Gallagher"),),
    ),
    Case(
        "gesture",
        ("Ole Brandt pointed at the crack in the wall. “That was a hairline in January.”",),
        (("hairline in January", "Ole Brandt"),),
    ),
    Case(
        "gesture",
        ("Sister Agnes Mulcahy folded her hands. “We have fed this street for sixty years.”",),
        (("fed this street", "Agnes Mulcahy"),),
    ),
    # of_org: "X of the Y" is one person
    Case(
        "of_org",
        ("“The count was never finished,” said Jenna Philips of the Carden Gazette.",),
        (("count was never finished", "Jenna Philips"),),
    ),
    Case(
        "of_org",
        (
            "“Prices at the pump will fall by spring,” said Marcus Evans of the Lowland"
            " Drivers Club.",
        ),
        (("fall by spring", "Marcus Evans"),),
    ),
    Case(
        "of_org",
        (
            "Adrian Hollis of the Eastvale Rowing Club said the boathouse roof had leaked for"
            " years. “We row in buckets,” Hollis said.",
        ),
        (("row in buckets", "Adrian Hollis"),),
    ),
    Case(
        "of_org",
        (
            "Dr. Simone Kaltenbach of the Institute for Alpine Research said: “The glacier lost"
            " a tenth of its mass in one summer.”",
        ),
        (("glacier lost", "Simone Kaltenbach"),),
    ),
    # place: a place, a building or water is no speaker
    Case(
        "place",
        (
            "Floodwater reached the steps of Carrow Hall on Tuesday morning. “I have lived"
            " here forty years and never seen this,” she said.",
        ),
        (("never seen this", ""),),
    ),
    Case(
        "place",
        (
            "Fog settled over Kestrel Bay for a third day. “I cannot remember a June like it,”"
            " a ferry passenger said.",
        ),
        (("June like it", ""),),
    ),
    Case(
        "place",
        (
            "Heavy snow closed the roads around Lake Mervin on Monday. “Stay at home if you"
            " can,” the police said.",
        ),
        (("Stay at home", ""),),
    ),
    Case(
        "place",
        (
            "The Orlov Bridge reopened to traffic on Friday after two years of repairs. “It"
            " feels like the city is whole again,” he said.",
        ),
        (("city is whole again", ""),),
    ),
    # scare: a title or a scare quote is no speaker quote
    Case(
        "scare",
        ("Lotte Brink read from her new novel, “The Salt Orchard,” at the library on Thursday.",),
        (("The Salt Orchard", "-"),),
    ),
    Case(
        "scare",
        ("Residents have nicknamed the new car park “the Bunker” since it opened in May.",),
        (("the Bunker", "-"),),
    ),
    Case(
        "scare",
        (
            "Bartek Zielinski's band played “Harbour Lights” and two new songs at the festival"
            " on Saturday.",
        ),
        (("Harbour Lights", "-"),),
    ),
    Case(
        "scare",
        (
            "Officials described the leak as “minor”, but fishermen downstream found dead"
            " trout for a week.",
        ),
        (("minor", "-"),),
    ),
)
