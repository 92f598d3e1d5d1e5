"""Sixteen short articles written in session 33 for ``bench/unseen_written.py --set 33``:
invented people, places and sentences. Each breaks one assumption the pronoun search
makes, the way business, court, obituary, sport and council copy breaks it. Written and
scored once with main's code (9e52f02) before any rule: FIRST_SCORE.

Assumptions broken: (1) the nearest sentence naming a person of the pronoun's sex gives
the antecedent (``satellite``: a person the paragraph introduces as "her predecessor",
"his employer" of its topic, who does not speak, sits between the topic and "she said";
``epithet``: "the 23-year-old" takes the topic up again after a rival is named;
``object``: the same sentence names the one who acts and the one acted on); (2) the
paragraph's topic speaks (``obit``: the topic has died, a relative of the same sex
speaks; ``speaksat``: the introduced person speaks, "said the tendon needed rest");
(3) a name is a run of capitalised words (``council``: a party and ward in brackets
after the name; ``particle``: "de", "van" and hyphens inside it); (4) a first name gives
the sex (``titled``: a first name no list holds, the sex given only by "Ms", "Mr").

Patterns, two cases each (the second held out).
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main 9e52f02: dev 6 of 8, held 6 of 8 (12 of 16)"

CASES = (
    Case(
        "satellite",
        (
            "Nadia Ferro took over as chief executive of Calloway Tiles in March. Her"
            " predecessor, Greta Vossberg, left after two profit warnings and a strike at the"
            " Irlam kiln.",
            "“We had to stop the losses before we could think about growth,” she said.",
        ),
        (("stop the losses", "Nadia Ferro"),),
    ),
    Case(
        "satellite",
        (
            "Roland Achebe, 41, of Marsh Lane, Tolby, admitted dangerous driving at Tolby"
            " Magistrates’ Court on Monday. His employer, Derek Swain, had lent him the van"
            " for the weekend.",
            "“I am ashamed of what I did that night,” he told the bench.",
        ),
        (("ashamed of what I did", "Roland Achebe"),),
    ),
    Case(
        "obit",
        (
            "Arthur Pennock, who shod horses at the Cray Valley forge for sixty years, has"
            " died aged 88.",
            "The forge is now run by his son, Daniel Pennock.",
            "“He never took a day off, not even for my wedding,” he said.",
        ),
        (("not even for my wedding", "Daniel Pennock"),),
    ),
    Case(
        "obit",
        (
            "Maud Effingham, the last postmistress of Hallow Green, died on Sunday at the age"
            " of 94. Her niece, Corinne Lask, looked after her in her final years.",
            "“She sorted the village’s letters by smell, or so she claimed,” she said.",
        ),
        (("sorted the village", "Corinne Lask"),),
    ),
    Case(
        "object",
        (
            "Judge Hilary Brandt jailed Sonia Kettering, 52, for three years on Thursday for"
            " taking £40,000 from the parish hall fund she kept.",
            "“You betrayed people who trusted you with their coins,” she told her.",
        ),
        (("betrayed people who trusted", "Hilary Brandt"),),
    ),
    Case(
        "object",
        (
            "Coach Bryn Aldous has dropped winger Kit Morrow for Saturday’s game against"
            " Fenwick after he missed two training sessions.",
            "“Nobody in this squad is bigger than the squad,” he said.",
        ),
        (("bigger than the squad", "Bryn Aldous"),),
    ),
    Case(
        "epithet",
        (
            "Lena Fisk won the Carnmore half marathon in 71 minutes, pushing last year’s winner,"
            " Ana Brodie, into second. The 23-year-old, who trains on the sea wall before"
            " work, was running only her third race at the distance.",
            "“I kept waiting for my legs to go and they never did,” she said.",
        ),
        (("waiting for my legs", "Lena Fisk"),),
    ),
    Case(
        "epithet",
        (
            "Owain Pryce has won the county prize for the best-kept hedge, seeing off the"
            " holder, Gethin Morse. The 67-year-old laid the hedge by hand over two winters.",
            "“My hands have not forgiven me,” he said.",
        ),
        (("hands have not forgiven", "Owain Pryce"),),
    ),
    Case(
        "speaksat",
        (
            "Orla Quist has pulled out of the Redhill Open with a wrist injury. Her physio,"
            " Ines Marrow, said the tendon needed a month of rest.",
            "“Another week of serving would have torn it,” she said.",
        ),
        (("Another week of serving", "Ines Marrow"),),
    ),
    Case(
        "speaksat",
        (
            "Colm Reddy lost forty ewes when the Fane burst its banks. His neighbour, Declan"
            " Fahy, said the water rose a metre in under an hour.",
            "“I have never seen a river move that fast,” he said.",
        ),
        (("river move that fast", "Declan Fahy"),),
    ),
    Case(
        "council",
        (
            "Councillor Priya Banerjee (Green, Ashvale) told the planning committee that the"
            " new car park would send floodwater into the lower town.",
            "“We are paving over the one field that soaks up the rain,” she said.",
        ),
        (("paving over the one field", "Priya Banerjee"),),
    ),
    Case(
        "council",
        (
            "Cllr Tobias Grint (Con, Millbrook North) voted against the budget on Thursday"
            " night, the only member of his group to do so.",
            "“I cannot back a rise of this size in a single year,” he said.",
        ),
        (("back a rise of this size", "Tobias Grint"),),
    ),
    Case(
        "particle",
        (
            "Marie-Claire de Villiers has grown lavender outside Sorrèze for thirty years. Her"
            " husband, Pieter, builds the stills.",
            "“The bees find the field before the buyers do,” she said.",
        ),
        (("bees find the field", "Marie-Claire de Villiers"),),
    ),
    Case(
        "particle",
        (
            "Jan-Willem van der Berg opened the Stolp Street bike workshop after losing his"
            " job at the docks. His wife, Saskia, keeps the books.",
            "“I fix about thirty punctures on a wet Monday,” he said.",
        ),
        (("thirty punctures on a wet Monday", "Jan-Willem van der Berg"),),
    ),
    Case(
        "titled",
        (
            "Tendai Moyo has run the Ashby Road launderette since 2004. Last month Ms Moyo’s"
            " landlord, Victor Crane, doubled the rent.",
            "“I will take it to a tribunal if I have to,” she said.",
        ),
        (("take it to a tribunal", "Tendai Moyo"),),
    ),
    Case(
        "titled",
        (
            "Oluwaseun Bello coached the Larch Park under-twelves for a decade. Mr Bello’s old"
            " assistant, Hannah Pike, runs the team now.",
            "“I still turn up on Sunday mornings out of habit,” he said.",
        ),
        (("turn up on Sunday mornings", "Oluwaseun Bello"),),
    ),
)
