"""Attributing quotes: cue patterns, surnames, titles, pronouns, organisations and the
speaker index; and the traps the issue lists."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_x_said_and_said_x() -> None:
    article = run(
        "“Rents keep rising,” Maria Lopez said.",
        "“Wages do not,” said Peter Novak.",
    )
    assert pairs(article) == [
        ("Rents keep rising,", "Maria Lopez"),
        ("Wages do not,", "Peter Novak"),
    ]


def test_appositive_before_the_verb_gives_the_role() -> None:
    article = run(
        "“The data are clear,” Karen Walsh, a senior fellow at the Harbor Institute, said."
    )
    (speaker,) = article.speakers
    assert speaker.name == "Karen Walsh"
    assert speaker.description == "a senior fellow at the Harbor Institute"


def test_inverted_verb_with_appositive_after_the_name() -> None:
    article = run("“We are ready,” said Hugo Brandt, director of the port authority.")
    assert article.speakers[0].description == "director of the port authority"


def test_according_to_told_wrote_added_noted_argued() -> None:
    article = run(
        "According to Nina Petrova, “the count was wrong from the start.”",
        "“It was a mistake,” Leo Marsh told reporters.",
        "“The river is rising,” Amy Chen wrote in a letter.",
        "“And it will keep rising,” she added.",
        "“Nobody listened,” Leo Marsh noted.",
        "“They should have,” Amy Chen argued.",
    )
    speakers = [s for _, s in pairs(article)]
    assert speakers == [
        "Nina Petrova",
        "Leo Marsh",
        "Amy Chen",
        "Amy Chen",
        "Leo Marsh",
        "Amy Chen",
    ]


def test_asked_x() -> None:
    article = run("“Who pays for this?” asked Ruth Ellison, a retired teacher.")
    assert pairs(article) == [("Who pays for this?", "Ruth Ellison")]


def test_surname_resolves_to_full_name_and_titles_are_dropped() -> None:
    article = run(
        "Sen. Walter Quinn spoke first.",
        "“We need the bill,” Quinn said.",
    )
    (speaker,) = article.speakers
    assert speaker.name == "Walter Quinn" and speaker.aliases == ["Quinn"]
    assert speaker.description == "Sen."


def test_statement_said_resolves_to_the_body_named_before() -> None:
    article = run(
        "The Northern Water Agency issued a statement on Friday. “Supplies are safe,”"
        " the statement said."
    )
    (speaker,) = article.speakers
    assert speaker.name == "Northern Water Agency" and speaker.kind == "organisation"


def test_trap_a_name_inside_a_quote_is_not_its_speaker() -> None:
    article = run("“If Victor Hale wants a fight, he will get one,” Sara Lind said.")
    assert pairs(article)[0][1] == "Sara Lind"


def test_trap_he_after_two_men_is_the_last_named_speaker() -> None:
    article = run(
        "“The budget is late,” Daniel Frey said.",
        "“It is not late,” said George Abbott.",
        "Abbott said he respected Frey’s work. “But he is wrong on this,” he said.",
    )
    assert pairs(article)[-1][1] == "George Abbott"


def test_she_skips_a_more_recent_man() -> None:
    article = run(
        "“We will appeal,” said Helen Brooks.",
        "“So will we,” said Mark Doyle.",
        "“Then we will see them in court,” she said.",
    )
    assert pairs(article)[-1][1] == "Helen Brooks"


def test_trap_quote_before_its_speaker_is_named() -> None:
    article = run(
        "“Nobody told us the school would close,” Moreau said.",
        "Alice Moreau, a mother of two, has lived on the street for ten years.",
    )
    assert pairs(article)[0][1] == "Alice Moreau"


def test_trap_paragraph_with_two_speakers() -> None:
    article = run("“Prices will fall,” said Ken Ito. “They will not,” Maya Kaur replied.")
    assert pairs(article) == [("Prices will fall,", "Ken Ito"), ("They will not,", "Maya Kaur")]


def test_participle_takes_the_sentence_subject() -> None:
    article = run(
        "Rep. Felix Duarte (D-Ore.), a member of the transport committee, objected,"
        " saying “this plan was written in a hurry.”"
    )
    assert pairs(article)[0][1] == "Felix Duarte"


def test_speaker_index_ids_and_quote_order() -> None:
    article = run(
        "“The first point is money,” said Jonas Lund. “The second is time,” he said.",
        "“Both are short,” said Greta Cole.",
    )
    assert [(s.id, s.name, s.quotes) for s in article.speakers] == [
        ("s1", "Jonas Lund", ["q1", "q2"]),
        ("s2", "Greta Cole", ["q3"]),
    ]
