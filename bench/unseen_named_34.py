"""Sixteen short articles written in session 34 for ``bench/unseen_written.py --set 34n``:
a quote with no cue of its own after narration about two people, each case breaking one
assumption of how the narration hands its speaker on (session 34's table, in the commit
that adds this set), the way interview write-ups, radio and council reports, court copy
and feature profiles do, with invented people, places, bodies and sentences. Written and
scored with main's code (ad59105) before any rule was changed for them (first score in
the commit that adds them).

The assumptions broken, four cases each: ``asked-obj`` the narration's subject asks
someone named a question ("Host Ann Lee asked Bo Park whether …") and the next quote is
the answer, the one asked speaks, not the sentence's subject; ``was-asked`` the one
named is asked in the passive or a participle ("Park was asked how …", "Pressed on the
cost, Park …"), and answers; ``sub-clause`` a subordinate clause opens the sentence
with someone else in it ("When Lee raised the fares, Park …"): the main clause's subject
speaks; ``guard`` the narration does not hand the words over: "told" (the teller goes
on), a question put to a body, a quoted question after "asked" (the asker's). As in
``bench/unseen_cases.py``, the second case of each pair (odd index) is held out and its
misses are never read.

The speaker "" means no named speaker (reader's None or a description in lower case).
"""

from __future__ import annotations

from unseen_cases import Case

CASES = (
    Case(
        "asked-obj",
        (
            "Flooding closed the lower road at Pennock Ford for the third time this winter.",
            "On her Tuesday phone-in, presenter Rhoswen Gadd asked the county roads chief,"
            " Albrecht Tamsett, whether the raised causeway promised in 2019 would ever be"
            " built.",
            "“It is in next year’s programme, and this time the money is ringfenced.”",
        ),
        (("money is ringfenced", "Albrecht Tamsett"),),
    ),
    Case(
        "asked-obj",
        (
            "The inquest into the death of a climber on Skelder Crag resumed on Monday.",
            "Counsel for the family, Perpetua Lowndes, asked the mountain rescue leader Emyr"
            " Balcombe how long the team took to reach the gully.",
            "“Just under two hours. The cloud was down to the road.”",
        ),
        (("cloud was down to the road", "Emyr Balcombe"),),
    ),
    Case(
        "asked-obj",
        (
            "Members of Hollin Vale parish council met in the school hall.",
            "Councillor Bathsheba Ordway asked the clerk, Ignatius Fenwick-Rae, about the"
            " overspend on the new bus shelter.",
            "“The glass panels were not in the original quote. I take responsibility for that.”",
            "The council voted to cap next year’s budget.",
        ),
        (("glass panels were not in the original quote", "Ignatius Fenwick-Rae"),),
    ),
    Case(
        "asked-obj",
        (
            "Episode 41 of the Windrow podcast is out now.",
            "This week Casimir Delacourt asks the potter Yevgenia Strand why she gave up a"
            " law career at thirty.",
            "“I was good at it and I hated every minute. Clay doesn’t argue back.”",
        ),
        (("Clay doesn’t argue back", "Yevgenia Strand"),),
    ),
    Case(
        "was-asked",
        (
            "The new manager of Tolworth Athletic, Fenella Quarrie, faced reporters for the"
            " first time on Friday.",
            "Quarrie was asked whether she had been promised money for new players.",
            "“Promised is a strong word. We have talked about the squad and I am happy.”",
        ),
        (("Promised is a strong word", "Fenella Quarrie"),),
    ),
    Case(
        "was-asked",
        (
            "Shop owners on Garnet Row have complained about the new parking charges.",
            "Pressed on the cost at Thursday’s meeting, the council leader, Osric Pennefather,"
            " paused before answering.",
            "“Nobody likes paying to park. But the car park has to pay for itself.”",
        ),
        (("car park has to pay for itself", "Osric Pennefather"),),
    ),
    Case(
        "was-asked",
        (
            "The head teacher of Brindle Hill Primary, Ottoline Vasey, met parents after the"
            " inspection report was published.",
            "When asked about the low mark for reading, Vasey did not hesitate.",
            "“We knew. We had already changed the phonics scheme before they came.”",
        ),
        (("already changed the phonics scheme", "Ottoline Vasey"),),
    ),
    Case(
        "was-asked",
        (
            "Lifeboat volunteers in Carrow Bay were called out nine times in August.",
            "Coxswain Leopold Haverkamp was questioned by the harbour board about the cost"
            " of the new engines.",
            "“They will last twenty years. The old ones were failing every month.”",
        ),
        (("old ones were failing every month", "Leopold Haverkamp"),),
    ),
    Case(
        "sub-clause",
        (
            "The bus company cut the evening service to Mardle End in March.",
            "When the operator’s director, Hyacinth Lamorna, announced the cut, passenger"
            " group chair Theodric Ashworth wrote to every councillor in the county.",
            "“Forty people use that last bus. Some of them work nights at the hospital.”",
        ),
        (("Forty people use that last bus", "Theodric Ashworth"),),
    ),
    Case(
        "sub-clause",
        (
            "The Wenlow Players staged their first show since the fire.",
            "After director Marisol Penhaligon thanked the volunteers, the stage manager,"
            " Kazimierz Oddie, took the microphone.",
            "“Every flat on that stage was painted by someone in this room.”",
        ),
        (("painted by someone in this room", "Kazimierz Oddie"),),
    ),
    Case(
        "sub-clause",
        (
            "Residents packed the chapel for the meeting about the quarry extension.",
            "Although the quarry’s manager, Barnaby Coldwell, offered new screening,"
            " Wilhelmina Ardagh was not persuaded.",
            "“Trees take thirty years to grow. The dust starts next spring.”",
        ),
        (("dust starts next spring", "Wilhelmina Ardagh"),),
    ),
    Case(
        "sub-clause",
        (
            "The county show returned to Hatherby after two wet years.",
            "Once judge Evander Tolley had handed out the rosettes, the winning breeder,"
            " Clemency Rusk, led her ram round the ring again.",
            "“He has never stood still that long in his life.”",
        ),
        (("never stood still that long", "Clemency Rusk"),),
    ),
    Case(
        "guard",
        (
            "The ferry between Orme Quay and Little Salter will stop for a month.",
            "The operator’s manager, Sebastian Threlkeld, told the harbour master, Delphine"
            " Rook, that the hull needed new plates.",
            "“We found corrosion on the port side. We cannot sail until it is done.”",
        ),
        (("found corrosion on the port side", "Sebastian Threlkeld"),),
    ),
    Case(
        "guard",
        (
            "Hobbs Lane Community Garden has lost its water supply.",
            "Volunteer coordinator Araminta Foxley asked the water board for a standpipe.",
            "“We have two hundred seedlings and a heatwave coming.”",
        ),
        (("two hundred seedlings", "Araminta Foxley"),),
    ),
    Case(
        "guard",
        (
            "The planning committee heard the appeal for the Weir Mill flats.",
            "Committee chair Gideon Halloran asked the developer, Petronella Sykes, one question.",
            "“Where will the children play?”",
            "“There is a park across the road, and we will fund a new play area.”",
        ),
        (("Where will the children play", "Gideon Halloran"),),
    ),
    Case(
        "guard",
        (
            "Cricket at Ashby Moor will go on despite the new houses, the club says.",
            "Club secretary Leofric Amberley asked the builder, Sunniva Clay, for taller"
            " nets behind the bowler’s arm.",
            "“Otherwise a six lands in somebody’s kitchen.”",
        ),
        (("six lands in somebody’s kitchen", "Leofric Amberley"),),
    ),
)
