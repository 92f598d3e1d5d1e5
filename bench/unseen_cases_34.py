"""Sixteen short articles written in session 34 for ``bench/unseen_written.py --set 34``:
invented people, places and sentences. Each breaks one assumption the pronoun search
makes, the way roundups, court, council, sport, business and wire copy break it. Written
and scored once with main's code (ad59105) before any rule: FIRST_SCORE.

Assumptions broken: (1) the text just before a pronoun is its story (``listhead``: a
roundup's item heads, "He said …", stand for the piece's subject, not the last person of
the item before; ``promo``: a "Read more:" line naming someone else sits between the
person and "she said"); (2) the nearest name of the sex heads its sentence or is the
topic (``modifier``: a name used as a noun's modifier, "the Bellamy administration";
``question``: the writer's own question names someone else; ``ifclause``: the topic heads
a clause opened by "if" or "though", an object named after it); (3) a person merely
mentioned and of no known sex is no antecedent (``ofname``: "a clip of Asante-Doe",
the name no list gives a sex); (4) a bare surname stands for the last full name with
it (``surname``: husband and wife, father and son share it, "she said" picks the one the
sex fits); (5) a name after an opening participle is a subject (``counsel``:
"Defending, Simon Tarrant said …" and later "he added").

Patterns, two cases each (the second held out).
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "main ad59105: dev 5 of 9, held 4 of 9 (9 of 18)"

CASES = (
    Case(
        "listhead",
        (
            "Councillor Ruth Amberley has never been shy of a microphone. Here are four things"
            " she told the Westmoor planning committee this year.",
            "She called the bus station “a shed with timetables”.",
            "The station was built in 1978. Its manager, Colin Dray, said the roof was"
            " repaired in the spring. “It keeps the rain off,” Dray said.",
            "She said the new car park would be “empty by Christmas”.",
        ),
        (("a shed with timetables", "Ruth Amberley"), ("empty by Christmas", "Ruth Amberley")),
        title="Four things Ruth Amberley said about Westmoor",
    ),
    Case(
        "listhead",
        (
            "Tobias Venn, the Harlow Mills chairman, spoke for two hours at the annual meeting."
            " These were the lines shareholders remembered.",
            "He called the pension deficit “a rounding error”.",
            "Actuaries put the deficit at £40m. The fund’s trustee, Graham Ilsley, wrote to"
            " members last month. “The gap is real and growing,” Ilsley said.",
            "He promised a dividend “bigger than last year’s, whatever happens”.",
        ),
        (("a rounding error", "Tobias Venn"), ("whatever happens", "Tobias Venn")),
        title="What Tobias Venn told shareholders",
    ),
    Case(
        "promo",
        (
            "Maureen Oduya has run the food bank at St Columba’s church hall for six years."
            " Demand has doubled since the winter.",
            "READ MORE: Councillor Janet Pryor resigns over library closures",
            "“We gave out 300 parcels last week and ran out of tinned fish by Tuesday,” she said.",
        ),
        (("ran out of tinned fish", "Maureen Oduya"),),
    ),
    Case(
        "promo",
        (
            "Gareth Mullins, 58, has rowed across the Solway Firth to raise money for the"
            " lifeboat station that pulled his brother from the water.",
            "Related: Fisherman Dennis Hobb rescued after eleven hours clinging to buoy",
            "“My hands are finished but the station has its new engine,” he said.",
        ),
        (("station has its new engine", "Gareth Mullins"),),
    ),
    Case(
        "modifier",
        (
            "Mayor Arthur Bellamy took office in May promising to fix the roads. Rhys Tandy ran"
            " the highways department for eleven years.",
            "On Monday the Bellamy administration cut his budget by a third.",
            "“You cannot fill potholes with press releases,” he said.",
        ),
        (("fill potholes with press releases", "Rhys Tandy"),),
    ),
    Case(
        "modifier",
        (
            "Senator Grace Holloway chairs the rural affairs committee. Nina Castell has farmed"
            " sheep above Cwm Tarren for thirty years.",
            "Last week the Holloway report recommended closing the upland grant scheme.",
            "“Nobody from that committee has ever walked my hill,” she said.",
        ),
        (("ever walked my hill", "Nina Castell"),),
    ),
    Case(
        "question",
        (
            "“The court backlog will not clear before 2029 at this rate,” said Professor Ian"
            " Whitcombe, who studies the justice system at Larkfield University.",
            "But what if the government hires more judges? Will Justice Minister Paul Osgood"
            " find the money in the spring budget?",
            "“Judges take ten years to make, not ten months,” he said.",
        ),
        (("Judges take ten years", "Ian Whitcombe"),),
    ),
    Case(
        "question",
        (
            "“Most of the shops on this street will be gone in five years,” said Lorna Beck,"
            " who chairs the Kessingham traders’ association.",
            "Could the new mayor, Delia Furness, change that? Would lower rents be enough?",
            "“Rent is only half of it; people have stopped coming into town,” she said.",
        ),
        (("stopped coming into town", "Lorna Beck"),),
    ),
    Case(
        "ifclause",
        (
            "Pilar Ostend and Rhona Vale fought a bitter campaign for the Ashcombe seat.",
            "If Ostend had promised to stay polite towards Vale, she did not keep it up on"
            " Tuesday.",
            "“My opponent has not read her own manifesto,” she told supporters.",
        ),
        (("has not read her own manifesto", "Pilar Ostend"),),
    ),
    Case(
        "ifclause",
        (
            "Desmond Achterberg and Felix Maule have coached rival sides in the Tarn valley"
            " league for a decade.",
            "Though Achterberg has always praised Maule in public, he was in no mood for it"
            " after Saturday’s defeat.",
            "“They kicked us off the park and the referee watched,” he said.",
        ),
        (("referee watched", "Desmond Achterberg"),),
    ),
    Case(
        "ofname",
        (
            "Tomas Reyes produced the documentary about the Bellfield mine. The film follows"
            " Kwabena Asante-Doe, who led the strike committee in 1984.",
            "Halfway through, the film cuts to grainy footage of Asante-Doe at a picket line.",
            "“We were not fighting for ourselves but for our sons,” he says.",
        ),
        (("fighting for ourselves", "Kwabena Asante-Doe"),),
    ),
    Case(
        "ofname",
        (
            "Martin Quayle wrote the new biography of the composer. It opens with Oyelaran"
            " Adekunle-Smith, the choir master who taught him to read music.",
            "A photograph of Adekunle-Smith at the organ fills the second chapter.",
            "“Music is arithmetic that makes you cry,” he tells his pupils in one letter.",
        ),
        (("arithmetic that makes you cry", "Oyelaran Adekunle-Smith"),),
    ),
    Case(
        "surname",
        (
            "Helen Grieve is standing for the Marlow Fields seat for the third time. Her"
            " husband, Tom Grieve, ran her first campaign in 2015.",
            "Grieve told supporters on Friday that the by-pass would be her first fight.",
            "“I have lived beside that road for twenty years,” she said.",
        ),
        (("lived beside that road", "Helen Grieve"),),
    ),
    Case(
        "surname",
        (
            "Albert Penhale founded the Penhale boatyard in 1961. His son, Simon Penhale, runs"
            " it now with his daughter, Ellen Penhale.",
            "Penhale said the yard would build its last wooden hull this summer.",
            "“Nobody will pay for oak any more,” she said.",
        ),
        (("pay for oak any more", "Ellen Penhale"),),
    ),
    Case(
        "counsel",
        (
            "Darren Hollis, 34, of Wren Close, Harbury, admitted stealing copper cable from the"
            " railway at Harbury Crown Court on Wednesday.",
            "Defending, Simon Tarrant said his client had been out of work since March.",
            "“He has three children and no savings,” he added.",
        ),
        (("three children and no savings", "Simon Tarrant"),),
    ),
    Case(
        "counsel",
        (
            "Karen Lusk, 47, of Mill Street, Dunholme, was fined £600 at Dunholme Magistrates’"
            " Court for running an unlicensed taxi.",
            "Mitigating, Philippa Grange said her client had been told the licence was in the"
            " post.",
            "“She has driven for twelve years without a complaint,” she added.",
        ),
        (("driven for twelve years", "Philippa Grange"),),
    ),
)
