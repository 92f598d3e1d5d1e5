"""Twenty short articles written in session 33 for ``bench/unseen_written.py --set 33n``:
a description or a titled name as the speaker, each case breaking one assumption of how
a description maps to the person the article introduced (session 33's table, in the
commit that adds this set), the way real copy does, with invented people, places, bodies
and sentences. Written and scored with main's code (9e52f02) before any rule was changed
for them (first score in the commit that adds them).

The assumptions broken, four cases each: ``age-appos`` an age stands between the name
and its appositive ("Name, 61, a retired teacher from Calder Vale, …"), as local news and
wire copy introduce the public; ``end-appos`` the appositive closes the sentence, not a
comma ("…, said Name, a commuter from Alder Bank."), and the person, heard already,
speaks again as the description; ``of-body`` the description's noun comes before "of"
and a body ("the chair of the parish council", "the owner of the bakery"), so its last
word is the body, not the person; ``title`` a council, police, church or academic title
heads the name ("Cllr", "Insp", "Canon", "Prof"): the panel shows the person, not the
title; ``predicate`` the role is the sentence's predicate ("Name is the treasurer of the
bowls club.", "Name has been the village postmistress since 1998.") and the person then
speaks as that role. Some quotes want no named speaker: a description no one in the
article was given. As in ``bench/unseen_cases.py``, the second case of each pair (odd
index) is held out and its misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "age-appos",
        (
            "Wilhelmina Ostrander, 61, a retired teacher from Calder Vale, had queued since"
            " dawn for the first ferry of the season.",
            "“Nobody told us the timetable had changed,” the retired teacher said.",
        ),
        (("timetable had changed", "Wilhelmina Ostrander"),),
    ),
    Case(
        "age-appos",
        (
            "Residents of Marrow Close say the bins have not been emptied for a month.",
            "Idris Quellwater, 47, a taxi driver who has lived on the close since 2009, keeps"
            " a diary of every missed collection.",
            "“I have written down forty-one dates,” the taxi driver said. “Forty-one.”",
        ),
        (("forty-one dates", "Idris Quellwater"),),
    ),
    Case(
        "age-appos",
        (
            "A cyclist was taken to hospital after a collision on the Brackley Road on"
            " Tuesday evening.",
            "Witness Anouk Demarchelier, 29, an off-duty paramedic, stopped to help before the"
            " ambulance arrived.",
            "“He was talking, which is always a good sign,” the paramedic said.",
            "A police spokesman said enquiries were continuing.",
        ),
        (("always a good sign", "Anouk Demarchelier"),),
    ),
    Case(
        "age-appos",
        (
            "Gustavo Ferreira-Lindqvist (52), a beekeeper from Hob Lane, lost four hives in"
            " the floods.",
            "“The water came up in an hour and took the lot,” the beekeeper said.",
            "“We are assessing every claim,” an insurer said.",
        ),
        (("took the lot", "Gustavo Ferreira-Lindqvist"), ("assessing every claim", "")),
    ),
    Case(
        "end-appos",
        (
            "“We were stuck for three hours outside Penhallow,” said Lucinda Marchetti, a"
            " commuter from Alder Bank.",
            "The line reopened shortly before nine after engineers cleared a fallen tree.",
            "“The carriages were packed and there was no water,” the commuter added.",
        ),
        (
            ("stuck for three hours", "Lucinda Marchetti"),
            ("carriages were packed", "Lucinda Marchetti"),
        ),
    ),
    Case(
        "end-appos",
        (
            "The plan was backed on Wednesday by Osric Vandermeer, an architect who sits on"
            " the civic society’s committee.",
            "“It keeps the old frontage and adds nothing taller than the church,” the"
            " architect said.",
        ),
        (("keeps the old frontage", "Osric Vandermeer"),),
    ),
    Case(
        "end-appos",
        (
            "“It is the busiest spring we have had,” said Harriet Okonjo-Blake, a volunteer"
            " at the Fellside wildlife rescue.",
            "The centre has taken in sixty hedgehogs since March, most of them underweight.",
            "“Some of them weigh less than an apple,” the volunteer said.",
        ),
        (("less than an apple", "Harriet Okonjo-Blake"),),
    ),
    Case(
        "end-appos",
        (
            "The crossing was closed after a lorry struck the barrier, according to Piers"
            " Alderwick, a signaller at Dunholm.",
            "“The barrier is bent but the lights still work,” the signaller said.",
            "“We will open it when it is safe,” a railway spokeswoman said.",
        ),
        (("lights still work", "Piers Alderwick"), ("open it when it is safe", "")),
    ),
    Case(
        "of-body",
        (
            "Tamsin Achterberg, owner of the Pellow Street Bakery, said the new parking"
            " charges had cut trade by a third.",
            "“We bake at four and used to sell out by ten,” the owner of the bakery said.",
        ),
        (("sell out by ten", "Tamsin Achterberg"),),
    ),
    Case(
        "of-body",
        (
            "The chair of Holloway Parish Council, Benedikt Aaltonen, said the village hall"
            " roof would be replaced in the summer.",
            "“We have patched it nine times,” the chair of the parish council said.",
        ),
        (("patched it nine times", "Benedikt Aaltonen"),),
    ),
    Case(
        "of-body",
        (
            "Marguerite Oyelowo-Hart is the head of the Riverside Learning Trust, which runs"
            " six schools in the district.",
            "“No school will close this year,” the head of the trust said.",
            "“We will believe that when we see it,” the chair of the parents’ forum said.",
        ),
        (("No school will close", "Marguerite Oyelowo-Hart"), ("believe that when", "")),
    ),
    Case(
        "of-body",
        (
            "Ravindra Castellane, manager of the Quayside Hotel, said bookings were up on"
            " last year.",
            "“Every room is taken for the regatta weekend,” the manager of the hotel said.",
        ),
        (("Every room is taken", "Ravindra Castellane"),),
    ),
    Case(
        "title",
        (
            "Cllr Desmond Arkwright said the plan would go to a full council vote in March.",
            "“It is the right thing for the town,” Cllr Arkwright said.",
        ),
        (("right thing for the town", "Desmond Arkwright"),),
    ),
    Case(
        "title",
        (
            "Insp Fionnuala Brackenbury said officers had been called to the park at 11pm.",
            "“We will be patrolling there every weekend,” Insp Brackenbury said.",
        ),
        (("patrolling there every weekend", "Fionnuala Brackenbury"),),
    ),
    Case(
        "title",
        (
            "The Rev Canon Ysolde Penwarden will lead the service on Sunday.",
            "“The bells have rung here for six hundred years,” Canon Penwarden said.",
        ),
        (("bells have rung here", "Ysolde Penwarden"),),
    ),
    Case(
        "title",
        (
            "Prof Anselm Drachmann, who led the survey, said the moss had spread north.",
            "“It is a small change that tells us something big,” Prof Drachmann said.",
        ),
        (("tells us something big", "Anselm Drachmann"),),
    ),
    Case(
        "predicate",
        (
            "Bartholomew Ingle is the treasurer of the Linsey Bowls Club.",
            "“We have eleven pounds in the account and a mower to fix,” the treasurer said.",
        ),
        (("eleven pounds in the account", "Bartholomew Ingle"),),
    ),
    Case(
        "predicate",
        (
            "Rosalind Achebe-Marr has been the village postmistress in Thornby since 1998.",
            "“This counter is the only place some people speak to anyone all week,” the"
            " postmistress said.",
        ),
        (("only place some people speak", "Rosalind Achebe-Marr"),),
    ),
    Case(
        "predicate",
        (
            "Hollis Vantongeren became the club’s head coach in January after eight years"
            " with the under-18s.",
            "“The young lads are ready, I have seen them every week,” the head coach said.",
            "“We need a striker,” a supporter said.",
        ),
        (("young lads are ready", "Hollis Vantongeren"), ("need a striker", "")),
    ),
    Case(
        "predicate",
        (
            "Oksana Delacroix-Reid was named the festival’s director last autumn.",
            "“We sold more tickets in a week than in the whole of last year,” the director said.",
        ),
        (("sold more tickets in a week", "Oksana Delacroix-Reid"),),
    ),
)
