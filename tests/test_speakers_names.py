"""Names of speakers: the person's own name, not the role, organisation or place written
before it; particles and suffixes kept; the full name the article gave, not a surname."""

from __future__ import annotations

from quote_helpers import pairs, run

from reader.analysis.quotes.names import parse_mention


def test_any_capitalised_role_before_a_name_is_a_role() -> None:
    for run_, name, role in [
        ("Registrar Tunde Bakare", "Tunde Bakare", "Registrar"),
        ("Selectwoman Ann Fogg", "Ann Fogg", "Selectwoman"),
        (
            "Investigative Correspondent Cynthia Marsh",
            "Cynthia Marsh",
            "Investigative Correspondent",
        ),
        ("Pastor Kevin Dorn", "Kevin Dorn", "Pastor"),
    ]:
        mention = parse_mention(run_)
        assert mention is not None
        assert (mention.name, mention.role) == (name, role)


def test_particles_and_suffixes_stay_in_the_name() -> None:
    assert parse_mention("Ursula von der Leyen").name == "Ursula von der Leyen"
    assert parse_mention("Marine Le Pen").name == "Marine Le Pen"
    assert parse_mention("Martin Luther King Jr.").name == "Martin Luther King Jr."
    assert parse_mention("Brent Bozell III").kind == "person"


def test_an_organisation_before_a_surname_is_not_part_of_it() -> None:
    assert parse_mention("Northern Valley Urban League Scott").name == "Scott"


def test_a_sentence_end_or_a_possessive_ends_a_name() -> None:
    article = run(
        "The family had moved to Leeds from Cairo. Alastair Omar said: “He was a kind man.”",
        "The Harbour Times’s Scott Conroy asked Sanders about it. “We were friends,” Omar said.",
    )
    assert [s for _, s in pairs(article)] == ["Alastair Omar", "Alastair Omar"]
    mention = parse_mention("The Harbour Times")
    assert mention is not None and mention.kind == "organisation"


def test_a_surname_is_the_person_quoted_not_a_namesake_named_since() -> None:
    article = run(
        "“We back him,” said Brent Dorsey III, who leads the council.",
        "His father, Brent Dorsey, founded the group in 1970.",
        "“Times have changed,” Dorsey says.",
    )
    assert pairs(article)[-1] == ("Times have changed,", "Brent Dorsey III")


def test_a_description_names_the_person_introduced_with_it() -> None:
    article = run(
        "Oregon Sen. Piet Varga spoke first. Former Secretary of State Ilse Dunn followed.",
        "“We have the votes,” the Oregon senator said.",
        "“We will see about that,” said the former secretary of state.",
    )
    assert [s for _, s in pairs(article)] == ["Piet Varga", "Ilse Dunn"]


def test_a_surname_that_is_also_a_title_names_the_person() -> None:
    article = run(
        "Tennis champion Nora Jean King met him in 1971.",
        "King says he “talked the talk and walked the walk.”",
    )
    assert pairs(article) == [("talked the talk and walked the walk.", "Nora Jean King")]


def test_a_place_alone_is_no_speaker() -> None:
    article = run("Ohio warned that it would “fight every single one of these rules.”")
    assert [q.speaker for q in article.quotes] == [None]
    article = run(
        "Actress Kerry Ohio spoke to the crowd.",
        "Ohio warned that she would “fight every single one of these rules.”",
    )
    assert [q.speaker for q in article.quotes] == ["Kerry Ohio"]


def test_an_adverb_opening_the_sentence_is_not_part_of_the_name() -> None:
    article = run(
        "Christa Holt has led the party since 1999.",
        "Interestingly Holt stated that the party “must be careful with its strength.”",
    )
    assert pairs(article) == [("must be careful with its strength.", "Christa Holt")]


def test_a_place_word_opening_a_name_stays_in_it() -> None:
    article = run("“We wish him well,” the New Haven Water Board said.")
    assert article.quotes[0].speaker == "New Haven Water Board"
    assert parse_mention("North Valley Water Board").name == "North Valley Water Board"
    assert parse_mention("But Hill").name == "Hill"


def test_initials_stay_in_the_name_and_alone_name_no_one() -> None:
    article = run(
        "“Without her the dam would never have been built,” says J.J. Marsh, an expert on"
        " rivers. “It was her project.”"
    )
    assert [s for _, s in pairs(article)] == ["J.J. Marsh", "J.J. Marsh"]
    assert parse_mention("Caucus Chairman G.K. Barrow").name == "G.K. Barrow"
    article = run(
        "MANCHESTER, N.H. — The campaign sent a memo to donors on Monday.",
        "The memo stated: “Our teams are on the ground in every county.”",
    )
    assert [q.speaker for q in article.quotes] != ["N.H."]


def test_a_word_after_ms_or_dr_is_a_surname_even_an_organisations_word() -> None:
    article = run(
        "Ms. House told the board the figures were wrong. “They are wrong,” Ms. House said.",
        "“We will check them,” Dr. Office replied.",
    )
    assert [(s.name, s.kind) for s in article.speakers] == [
        ("House", "person"),
        ("Office", "person"),
    ]


def test_a_couple_sharing_a_surname_are_two_speakers() -> None:
    article = run(
        "Mr. and Mrs. Varga spoke at the hall. “The shop stays open,” Mrs. Varga said. “Every"
        " day,” Mr. Varga said.",
        "Later she laughed. “He means weekdays,” she said.",
        "Lena Ostrow and her husband Paul Ostrow came too. “We are here,” Mrs. Ostrow said."
        " “So are we,” Mr. Ostrow said.",
    )
    assert [s for _, s in pairs(article)] == [
        "Mrs. Varga",
        "Mr. Varga",
        "Mrs. Varga",
        "Lena Ostrow",
        "Paul Ostrow",
    ]


def test_a_party_and_state_after_a_name_are_not_in_the_way() -> None:
    article = run(
        "“The plan is sound,” Senate Majority Leader Tom Hardy, R-Ky., said.",
        "“It will pass,” Rep. Lisa Marr, D-Calif., told reporters.",
    )
    assert [s for _, s in pairs(article)] == ["Tom Hardy", "Lisa Marr"]


def test_a_surname_ending_in_ing_before_a_verb_is_a_name() -> None:
    article = run(
        "Ada Fleming, the club’s director, spoke on Friday.",
        "Fleming said the choir would keep singing, but added, “We need a new hall by spring.”",
        "Citing the delay, the board called the plan “dead.”",
    )
    assert [s for _, s in pairs(article)] == ["Ada Fleming", None]


def test_letters_after_a_name_are_no_part_of_it() -> None:
    article = run(
        "Maelle Quarrington, 44, denies two counts of theft.",
        "Her barrister, Crispin Delahaye KC, said she would give evidence.",
        "“Ms Quarrington made errors, but she took nothing,” he told the court.",
        "“The roads in my ward are a disgrace,” said Fenella Roscoe MP.",
        "“We will mend them,” said Idris Penhale OBE, who leads the opposition.",
    )
    assert pairs(article) == [
        ("Ms Quarrington made errors, but she took nothing,", "Crispin Delahaye"),
        ("The roads in my ward are a disgrace,", "Fenella Roscoe"),
        ("We will mend them,", "Idris Penhale"),
    ]


def test_a_surname_that_spells_a_post_nominal_stays() -> None:
    article = run(
        "“The effect held in nine studies,” said Daryl Bem.",
        "“It did not hold in mine,” said Pradeep KC, a statistician.",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Daryl Bem", "Pradeep KC"]
