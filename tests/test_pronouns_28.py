"""Session 28's antecedent rules, each on a text written for it (bench/unseen_written.py
--set 28 scores the written family; these are other sentences of the same shapes)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_contraction_opening_a_sentence_names_no_one() -> None:
    article = run(
        "Don Pruitt, the party’s treasurer, resigned on Monday.",
        "“The books were never clean,” Hal Tobin said. “Everyone knew it.”",
        "But what if the mayor wins again? Don’t voters risk another year of this?",
        "“Voters should do what they like,” he said.",
    )
    assert pairs(article)[-1] == ("Voters should do what they like,", "Hal Tobin")


def test_a_surname_with_its_particle_hyphened_is_one_name() -> None:
    article = run(
        "“We will not be frightened,” said Mayor Rolf Denning.",
        "The video then cuts to a sermon. In it Faisal al-Hakimi, the movement’s preacher,"
        " stands before a black flag.",
        "“The war is not over,” he says.",
    )
    assert pairs(article)[-1] == ("The war is not over,", "Faisal al-Hakimi")


def test_a_person_described_in_apposition_is_an_antecedent_though_only_mentioned() -> None:
    article = run(
        "Mayor Donald Brisk spoke first.",
        "Then the hall stood to applaud Keld Ravn, a grower of barley beyond the ridge, who"
        " had come by tractor.",
        "“I came to be heard,” he said.",
    )
    assert pairs(article) == [("I came to be heard,", "Keld Ravn")]


def test_a_quote_running_on_takes_the_speaker_its_last_paragraph_names() -> None:
    article = run(
        "“The roof fell in on a Tuesday. Nobody was inside, thank God.",
        "“We have been teaching in the gym ever since,” said headteacher Rosa Kemble.",
    )
    assert pairs(article) == [
        ("The roof fell in on a Tuesday. Nobody was inside, thank God.", "Rosa Kemble"),
        ("We have been teaching in the gym ever since,", "Rosa Kemble"),
    ]


def test_a_quote_running_on_to_he_said_is_the_narrated_man_s_throughout() -> None:
    article = run(
        "The ferry captain, Jonas Wehr, has seen worse storms.",
        "“In 1994 we lost a lifeboat off the point. Nobody was in it, luckily.",
        "“Since then I do not sail above force eight,” he said.",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Jonas Wehr", "Jonas Wehr"]
