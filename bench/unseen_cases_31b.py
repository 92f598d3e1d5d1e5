"""Session 31's second round for ``bench/unseen_written.py --set 31b``: twelve short
articles, invented, each naming a person by a first name only, as local news does when
it names a relative or a partner ("his wife, Nadia,", "her son Piet", "Jonas and Ilse
Brandt"), then quoting them with "he said", "she said" or "they said". They break the
assumption that a person is introduced by a full name (or a listed first name beside a
full name). Written and scored once, with the code of commit FIRST_SCORE names, before any
rule was changed for them.

Patterns, six cases each: ``kin`` a first name in apposition to a kinship or role noun
after a possessive; ``couple`` two people named together sharing one surname, the first
name of the first not in any list, quoted alone or as "they". As in ``unseen_cases.py``,
the second case of each pair (odd index) is held out.
"""

from __future__ import annotations

from unseen_cases import Case

FIRST_SCORE = "branch pronoun ae888cd (main 5ffd7ff and the headline rule): dev 3 of 6, held 3 of 6"

CASES = (
    # kin: a first name in apposition to a kinship or role noun after a possessive
    Case(
        "kin",
        (
            "Hamid Zarif has repaired shoes in the arcade on Leigh Road since 1986. His"
            " daughter, Soraya, joined him after she finished school.",
            "“He still will not let me touch the stitching machine,” she said.",
        ),
        (("touch the stitching machine", "Soraya|Soraya Zarif"),),
    ),
    Case(
        "kin",
        (
            "Councillor Wilma Stroud's husband, Cedric, has run the allotment shop for"
            " fifteen years without taking a penny.",
            "“The shop pays for the water, and that is all it needs to do,” he said.",
        ),
        (("pays for the water", "Cedric|Cedric Stroud"),),
    ),
    Case(
        "kin",
        (
            "The Kestrel Inn has a new landlord. Dafydd Rhys took over the lease from his"
            " uncle, Emlyn, who ran the pub for thirty-eight years.",
            "“I told him the quiz stays, the karaoke goes,” he said of his nephew.",
        ),
        (("the quiz stays", "Emlyn|Emlyn Rhys"),),
    ),
    Case(
        "kin",
        (
            "Marguerite Osei's grandson, Kwabena, found her wedding ring in a flowerbed at"
            " the care home, three years after she lost it.",
            "“I was weeding for pocket money and there it was,” he said.",
        ),
        (("weeding for pocket money", "Kwabena|Kwabena Osei"),),
    ),
    Case(
        "kin",
        (
            "Piet Hendriks drove the first tram into the new depot on Monday. His"
            " partner, Annelies, watched from the platform with a flask of coffee.",
            "“He practised the whole route on his bike last week,” she said.",
        ),
        (("practised the whole route", "Annelies|Annelies Hendriks"),),
    ),
    Case(
        "kin",
        (
            "Rosalind Achterberg's eldest son, Joost, has taken over the dairy herd after"
            " her knee operation.",
            "“The cows know she is not the one milking, they sulk,” he said.",
        ),
        (("they sulk", "Joost|Joost Achterberg"),),
    ),
    # couple: two people named together, one surname, the first first name unlisted
    Case(
        "couple",
        (
            "Anselm and Greta Vogt have kept the lock cottage on the Derne canal since"
            " 1990. They open the gates for about four hundred boats a summer.",
            "“The boats got bigger and the crews got younger,” Anselm said.",
        ),
        (("crews got younger", "Anselm Vogt|Anselm"),),
    ),
    Case(
        "couple",
        (
            "Thorvald and Ingrid Lunde sold their fishing boat last month after forty years"
            " working out of Skarvik harbour.",
            "“We could not find anyone young enough to crew it,” they said.",
        ),
        (("young enough to crew it", "Thorvald and Ingrid Lunde|Lundes"),),
    ),
    Case(
        "couple",
        (
            "Zephyrin and Marie Okafor opened the first Nigerian grocery in Dunmere in"
            " 1979, in a converted garage.",
            "Their son now runs the shop. Zephyrin still does the buying.",
            "“I know every yam by its face,” he said.",
        ),
        (("every yam by its face", "Zephyrin Okafor|Zephyrin"),),
    ),
    Case(
        "couple",
        (
            "Brothers Casimir and Lukas Wendt have restored the bandstand in Haller Park"
            " with their own money.",
            "“Our grandfather played the cornet on it in 1952,” Casimir said.",
        ),
        (("played the cornet", "Casimir Wendt|Casimir"),),
    ),
    Case(
        "couple",
        (
            "Evander and Ruth Mallory, both 81, finished the coastal path walk on Sunday,"
            " twelve years after they started it.",
            "“We did it in bits, a weekend at a time,” they said.",
        ),
        (("a weekend at a time", "Evander and Ruth Mallory|Mallorys"),),
    ),
    Case(
        "couple",
        (
            "Sisters Odalys and Carmen Ferrer have run the launderette on Bell Street for"
            " twenty years.",
            "“People tell us things here they would not tell a priest,” Odalys said.",
        ),
        (("would not tell a priest", "Odalys Ferrer|Odalys"),),
    ),
)
