"""A short form of a name links back to the one full name that can own it, whatever words
it keeps (``short_forms``): a word inside the name, the name less a middle initial, a title
the article gave the person, whole or abbreviated, before its surname or its given name.
Two full names that could own it, or a given name that is no abbreviation, link nothing."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_first_surname_of_two() -> None:
    article = run(
        "The tramway's chief engineer, Rocío Valdivia Ostos, inspected the new rails.",
        "“The old sleepers were rotten through,” Valdivia said.",
    )
    assert pairs(article) == [("The old sleepers were rotten through,", "Rocío Valdivia Ostos")]


def test_a_name_less_its_middle_initial() -> None:
    article = run(
        "Lifeboat coxswain Idris K. Penhallow led the crew out at dawn.",
        "“The swell was the worst I have seen,” Idris Penhallow said.",
    )
    assert pairs(article) == [("The swell was the worst I have seen,", "Idris K. Penhallow")]


def test_an_abbreviated_title_before_the_surname() -> None:
    article = run(
        "Councillor Merryn Oakhurst opposed the new bin rota.",
        "“Nobody asked the people who carry the bins,” Cllr Oakhurst said.",
    )
    assert pairs(article) == [("Nobody asked the people who carry the bins,", "Merryn Oakhurst")]


def test_an_abbreviated_title_before_the_given_name() -> None:
    article = run(
        "Father Anselm Drozdowski blessed the fishing boats on Sunday.",
        "“May they all come home full,” said Fr Anselm.",
    )
    assert pairs(article) == [("May they all come home full,", "Anselm Drozdowski")]


def test_two_full_names_that_could_own_it_link_neither() -> None:
    article = run(
        "The twins Rocío Valdivia Ostos and Amparo Valdivia Ostos run the tram museum.",
        "“We found the ticket machine in a barn,” Valdivia said.",
    )
    assert pairs(article) == [("We found the ticket machine in a barn,", "Valdivia")]


def test_a_listed_given_name_is_no_abbreviation() -> None:
    article = run(
        "Editor Marisol Quenby wrote the paper's last front page on Friday.",
        "“I drove the vans to the printers for thirty years,” Ed Quenby, her husband, said.",
    )
    assert pairs(article) == [("I drove the vans to the printers for thirty years,", "Ed Quenby")]


def test_a_name_less_its_suffix_is_another_person() -> None:
    article = run(
        "Dairy farmer Emrys Caddick Jr. took over the herd from his father in May.",
        "“The cows knew him before they knew me,” Emrys Caddick said.",
    )
    assert pairs(article) == [("The cows knew him before they knew me,", "Emrys Caddick")]


def test_a_given_name_no_list_knows_is_no_abbreviation_either() -> None:
    """An abbreviation keeps the word's beginning, then consonants only ("Supt", "Cllr"):
    "Seren" begins as "sergeant" does but goes on with a vowel, so she is herself."""
    article = run(
        "Sergeant Tamsin Rowe led the cadets along the river path.",
        "“I have wanted to march since I was six,” Seren Rowe, her niece, said.",
    )
    assert pairs(article) == [("I have wanted to march since I was six,", "Seren Rowe")]


def test_a_title_of_the_other_sex_links_no_given_name_word() -> None:
    """ "Mr Wren" is no "Helen Wren Pollard": the title says a man, her first name a woman."""
    article = run(
        "Florist Helen Wren Pollard won the show's gold medal.",
        "“The tulips opened a day early,” Mr Wren said.",
    )
    assert pairs(article) == [("The tulips opened a day early,", "Wren")]
