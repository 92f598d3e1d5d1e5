"""Pronouns: a person the paragraph has just made its topic, not the last quoted
speaker, says the quote a pronoun frames, before or after it."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_narrative_pronoun_takes_the_paragraph_topic() -> None:
    article = run(
        "Governor Tomas Rieger arrived in the valley on Monday.",
        "“The dam is safe,” said Lucia Varga, an engineer.",
        "It is not the first time Rieger has visited. Last spring, he toured the dam and"
        " vowed to “rebuild every bridge” before the winter.",
    )
    assert pairs(article)[-1] == ("rebuild every bridge", "Tomas Rieger")


def test_pronoun_after_the_quote_stays_with_the_last_speaker() -> None:
    article = run(
        "“We inspected it twice,” said Oskar Lind.",
        "Lind said that Rieger has promised funds. “We will hold him to it,” he added.",
    )
    assert pairs(article)[-1] == ("We will hold him to it,", "Oskar Lind")


def test_a_place_is_no_topic() -> None:
    article = run(
        "“Turnout will be high,” said Pablo Ruiz.",
        "At a rally in Denver stands were full. He said the crowd was “electric.”",
    )
    assert pairs(article)[-1] == ("electric.", "Pablo Ruiz")


def test_sentence_subject_skips_a_place_set_off_by_commas() -> None:
    article = run(
        "Speaking in Leeds, West Yorkshire, Mona Patel took aim at the plan, calling it"
        " “a gift to landlords.”"
    )
    assert pairs(article) == [("a gift to landlords.", "Mona Patel")]


def test_name_after_a_description_is_the_speaker() -> None:
    article = run(
        "In a note to the Courier, her chief of staff, Rob Anand, said: “We stand by it.”"
    )
    assert pairs(article) == [("We stand by it.", "Rob Anand")]
    assert article.speakers[0].description == "her chief of staff"


def test_a_pronoun_after_the_quote_takes_the_paragraph_topic_too() -> None:
    article = run(
        "“We will carry this district,” said Ann Lowe, the county chair.",
        "Reached by phone, state Sen. Greta Moll conceded that she had never trusted Lowe."
        " “I am backing someone else entirely,” she said.",
    )
    assert pairs(article)[-1] == ("I am backing someone else entirely,", "Greta Moll")


def test_a_name_in_an_asked_or_imagined_clause_is_no_topic() -> None:
    article = run(
        "“We will be fine either way,” said Ada Quill, the actress.",
        "Asked about her next step supposing that Nora Ross takes the council seat, she"
        " replied:"
        " “I cannot say yet. We will see how the day goes.”",
    )
    assert pairs(article)[-1] == ("I cannot say yet. We will see how the day goes.", "Ada Quill")


def test_the_topic_of_the_paragraph_before_speaks_after_a_pronoun() -> None:
    article = run(
        "“We are ready for the vote,” said Tom Lowe, the party chairman.",
        "Rep. Lee Zell backs the plan as well, though few in the north of the state do.",
        "“I do not think it is do or die for anyone,” he said.",
    )
    assert pairs(article)[-1] == ("I do not think it is do or die for anyone,", "Lee Zell")


def test_a_person_introduced_in_narration_before_he_said_is_he() -> None:
    article = run(
        "“The budget is balanced,” said Mayor Karl Voss.",
        "Tobias Brandt, 58, who runs a bakery on Elm Street, says he has heard it before.",
        "“Every year they promise the same thing,” he said.",
    )
    assert pairs(article)[-1] == ("Every year they promise the same thing,", "Tobias Brandt")


def test_she_after_two_women_is_the_paragraphs_topic() -> None:
    article = run(
        "“We will appeal,” said Nadia Okafor, the plaintiffs’ lawyer.",
        "Judge Helen Marsh heard the case on Monday. Marsh told Okafor's team to file by"
        " Friday. “I will not wait a day longer,” she said.",
    )
    assert pairs(article)[-1] == ("I will not wait a day longer,", "Helen Marsh")


def test_she_continues_her_own_earlier_pronoun() -> None:
    article = run(
        "Senator Ingrid Falk has criticised the plan for weeks.",
        "In an interview on Sunday, she praised Governor Rosa Lind and then turned to the plan."
        " She called it reckless, telling reporters it was “a gamble with the water supply.”",
    )
    assert pairs(article)[-1] == ("a gamble with the water supply.", "Ingrid Falk")


def test_the_speaker_of_the_sentence_before_beats_its_narrated_subject() -> None:
    article = run(
        "Mayor Dan Harlan, Vic Moreau said, had created “a strange new mood in the town.”",
        "“People feel they can say anything now,” he said.",
    )
    assert pairs(article)[-1] == ("People feel they can say anything now,", "Vic Moreau")


def test_a_lone_surname_opening_a_sentence_is_a_topic_once_it_has_spoken() -> None:
    article = run(
        "“We will not wait,” President Reyes said on Monday.",
        "Reyes also addressed Tom Vance’s concerns on Thursday.",
        "“We take our duty seriously,” he added.",
    )
    assert pairs(article)[-1] == ("We take our duty seriously,", "Reyes")


def test_a_capitalised_phrase_without_a_gender_or_a_verb_is_no_antecedent() -> None:
    article = run(
        "“Counting goes on all night,” said Mark Ellis, the county clerk.",
        "All times are Pacific Daylight Time, and polls close at eight.",
        "“It will be close,” he said.",
    )
    assert pairs(article)[-1] == ("It will be close,", "Mark Ellis")


def test_a_word_only_opening_sentences_is_no_one() -> None:
    article = run(
        "Zane Holt, the band’s drummer, plays the club on Friday.",
        "Audiences can expect “a loud night and no encores.”",
        "“It comes straight from the gut,” he said.",
    )
    assert pairs(article)[-1] == ("It comes straight from the gut,", "Zane Holt")


def test_a_heading_names_only_its_people() -> None:
    article = run(
        "The season brought a crowd of new records.",
        "Gloria Estrada On Why Radio Leaves Singers Feeling “Small.”",
        "In a talk with a podcast host, the singer spoke about her first album. “Nobody"
        " played it, not once, not even my mother,” she said.",
        "Ray Cole On Why Singers Can’t Quit Touring.",
    )
    assert pairs(article)[-1][1] == "Gloria Estrada"


def test_the_articles_own_his_beats_the_first_name_lists() -> None:
    article = run(
        "On Friday Sen. Lindsey Marr (R-SC) faulted his colleague Dan Toll over the delay.",
        "Marr said, “We keep losing these towns because they think we forgot them.”",
        "He continued, “The job now is mending what that delay broke.”",
    )
    assert pairs(article)[-1][1] == "Lindsey Marr"


def test_he_after_someone_was_asked_a_question_is_the_one_asked() -> None:
    article = run(
        "Last month, the Harbour Times’s Sam Colby asked Senator Ned Varro whether his age"
        " mattered in the race.",
        "“Fair enough. I still row every morning,” he said.",
    )
    assert pairs(article) == [("Fair enough. I still row every morning,", "Ned Varro")]


def test_a_lone_surname_opening_a_sentence_is_someone_once_a_title_named_it() -> None:
    article = run(
        "Aides say the senator backs President Kern on the port.",
        "In a statement, her adviser, Jake Sull, said: “She values a strong harbour.”",
        "Kern departs for Ohio today, where crowds will greet him.",
        "Conceding that a deal would come “down the line” he warned: “It will not happen soon.”",
    )
    assert pairs(article)[-1] == ("It will not happen soon.", "Kern")


def test_a_name_that_only_owns_a_noun_is_no_antecedent() -> None:
    article = run(
        "“The harbour needs dredging this year,” said Councillor Piet Varga.",
        "Walter Ames ended his campaign for mayor on Tuesday and thanked his volunteers.",
        "The crowd at the town hall cheered loudly at the mention of Varga’s plan.",
        "“We fought for every street,” he said.",
    )
    assert pairs(article)[-1] == ("We fought for every street,", "Walter Ames")
