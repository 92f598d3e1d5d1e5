"""Quotes said by the person the narration just before them is about: a sentence in the
same paragraph that tells what someone did ("Dale shook his head. “…”"), and a name set
off by commas after the noun phrase opening its sentence ("Her neighbour, Ann Lee,
agreed."), which a later "he" or "she" stands for."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_narrated_action_with_an_irregular_verb_gives_the_next_quote_its_speaker() -> None:
    article = run(
        "“The bridge is safe for another decade,” said engineer Wanda Klee.",
        "Ferryman Osric Dale shook his head. “Safe for bicycles, maybe.”",
    )
    assert [s for _, s in pairs(article)] == ["Wanda Klee", "Osric Dale"]


def test_a_subject_with_a_who_clause_gives_the_next_quote_its_speaker() -> None:
    article = run(
        "“Donations are up this winter,” said treasurer Ambrose Petit.",
        "Lorna Beck, who runs the shelter on Quay Lane, remembers the flood of 2009. “The"
        " water reached the second step of the stairs.”",
    )
    assert [s for _, s in pairs(article)] == ["Ambrose Petit", "Lorna Beck"]


def test_a_name_after_the_opening_noun_phrase_is_the_next_pronouns_person() -> None:
    article = run(
        "“The orchard has been here since 1890,” said Aurel Vintila, who owns it.",
        "The tenant, Kasimir Bolte, nodded. “Half of those trees were planted in my"
        " time,” he said.",
    )
    assert [s for _, s in pairs(article)] == ["Aurel Vintila", "Kasimir Bolte"]


def test_the_first_clause_of_a_two_clause_sentence_does_not_speak() -> None:
    article = run(
        "“The pier stays open,” said harbour master Teodor Blum.",
        "Corvo Marine won’t buy the pier, but the town still wants a buyer. “Nobody builds"
        " boats here any more.”",
    )
    assert [s for _, s in pairs(article)] == ["Teodor Blum", None]


def test_a_subject_with_a_described_appositive_gives_the_next_quote_its_speaker() -> None:
    article = run(
        "Osvald Trane, the lighthouse’s last keeper, climbed the 140 steps once more. “My"
        " knees remember every one of them.”",
    )
    assert [s for _, s in pairs(article)] == ["Osvald Trane"]


def test_a_she_no_one_named_fits_is_not_the_writer_of_a_first_person_piece() -> None:
    article = run(
        "I asked the harbour master why the slipway had been closed all summer.",
        "“The council stopped paying for repairs,” she told me.",
        authors=["Maren Holt"],
    )
    assert [s for _, s in pairs(article)] == [None]


def test_a_she_no_one_named_fits_is_not_the_man_the_paragraph_before_reports() -> None:
    article = run(
        "Road engineer Thomas Lenz said the coast road would reopen in June.",
        "“That date is a fantasy,” she said.",
    )
    assert [s for _, s in pairs(article)] == [None]
