"""Quotation styles: ‘…’ as British outlets write, with apostrophes inside words and
“…” nested inside; «…», „…“ and »…«; a quote running on over paragraphs."""

from __future__ import annotations

from quote_helpers import pairs, run

from reader.ingest.source import from_bytes
from reader.sources import parse_source


def test_single_quotes_as_the_outer_marks() -> None:
    article = run(
        "‘We won’t close the library,’ said Councillor Amy Booth. ‘It’s the heart of the town.’",
        "The residents’ group was not convinced. ‘They told us “nothing will change” last year,’"
        " said Tom Reid, who chairs it.",
    )
    assert pairs(article) == [
        ("We won’t close the library,", "Amy Booth"),
        ("It’s the heart of the town.", "Amy Booth"),
        ("They told us “nothing will change” last year,", "Tom Reid"),
    ]


def test_a_single_quoted_stretch_runs_on_over_paragraphs() -> None:
    article = run(
        "Ms Booth said: ‘The budget is tight and every service has been asked to save.",
        "‘But the library is not a luxury, and we will keep it open.’",
    )
    assert [s for _, s in pairs(article)] == ["Booth", "Booth"]
    assert pairs(article)[0][0].startswith("The budget is tight")


def test_guillemets_and_low_marks() -> None:
    french = run("« Nous ne fermerons pas la bibliothèque », a déclaré le maire, Paul Roux.")
    assert [q.text.strip() for q in french.quotes] == ["Nous ne fermerons pas la bibliothèque"]
    german = run("„Wir schließen die Bibliothek nicht“, sagte Bürgermeisterin Anna Roth.")
    assert [q.text for q in german.quotes] == ["Wir schließen die Bibliothek nicht"]
    reversed_ = run("»Wir schließen die Bibliothek nicht«, sagte Bürgermeisterin Anna Roth.")
    assert [q.text for q in reversed_.quotes] == ["Wir schließen die Bibliothek nicht"]


def test_guillemets_and_low_marks_in_one_article() -> None:
    article = run(
        "«We have no choice», said Henri Lavalle, the mayor.",
        "His deputy, Anna Vogt, said: „We must save, but not on the children.“",
        "„It is a good day“, Vogt said. „Nobody will lose a job.“",
    )
    assert pairs(article) == [
        ("We have no choice", "Henri Lavalle"),
        ("We must save, but not on the children.", "Anna Vogt"),
        ("It is a good day", "Anna Vogt"),
        ("Nobody will lose a job.", "Anna Vogt"),
    ]


def test_double_quotes_stay_the_outer_marks_with_singles_nested() -> None:
    article = run(
        "“She told me ‘we are done’ and left,” said Tom Reid.",
        "“The voters’ choice was clear,” Reid added.",
    )
    assert pairs(article) == [
        ("She told me ‘we are done’ and left,", "Tom Reid"),
        ("The voters’ choice was clear,", "Tom Reid"),
    ]


def test_an_opening_mark_that_faces_closed_closes_the_quote() -> None:
    article = run("“The reality is that we could lose this district,“ said Jim Clay, a strategist.")
    assert pairs(article) == [("The reality is that we could lose this district,", "Jim Clay")]


def test_a_plurals_apostrophe_does_not_close_a_quote_running_on() -> None:
    article = run(
        "‘Nobody here wants the depot, but nobody asked us,’ said Nell Garvie, a shopkeeper.",
        "‘The planners ignored the traders’ petition for a whole year.",
        "‘Now they want us to applaud,’ Ms Garvie said.",
    )
    texts = [q.text for q in article.quotes]
    assert texts[1] == "The planners ignored the traders’ petition for a whole year."
    assert [q.speaker for q in article.quotes] == ["Nell Garvie"] * 3


def test_a_short_quote_paragraph_read_as_a_subhead_is_still_a_quote() -> None:
    text = (
        "Council rejects plan for new bridge tolls\n\nBy Ada Merrow\n\n"
        "The council voted down the toll plan on Monday after a long debate.\n\n"
        "Mayor Iris Calloway said drivers should not pay a third time for the bridge.\n\n"
        "“Tolls? Not on my watch.”\n\n"
        "The vote was seven to two, with the harbour ward voting for the plan.\n"
    )
    article = parse_source(from_bytes(text.encode(), "tolls.txt")).article
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Tolls? Not on my watch.", "Iris Calloway")
    ]


def test_a_british_page_double_marks_in_its_narration_still_quote() -> None:
    text = (
        "Islanders say ferry timetable ‘a shambles’\n\nBy Fiona Gallacher\n\n"
        "‘It’s a shambles,’ said Morag Lindsay. ‘The Smiths’ shop can’t get its bread.’\n\n"
        "Angus Dalziel said the operator had promised islanders a “full consultation”.\n\n"
        "‘They told us, “Nothing changes without your say,” and then this,’ he said.\n"
    )
    article = parse_source(from_bytes(text.encode(), "ferry.txt")).article
    body = [q for q in article.quotes if not q.repeats]  # the headline's repeats the body's
    assert [(q.text, q.speaker) for q in body] == [
        ("It’s a shambles,", "Morag Lindsay"),
        ("The Smiths’ shop can’t get its bread.", "Morag Lindsay"),
        ("full consultation", "Angus Dalziel"),
        ("They told us, “Nothing changes without your say,” and then this,", "Angus Dalziel"),
    ]


def test_a_name_opening_with_an_accented_capital_speaks() -> None:
    article = run(
        "«We cannot pass this on to our customers», said Étienne Roussel, a baker.",
        "Roussel said the bakers would close again. «Every Tuesday», he said.",
        "“We will see,” said Łukasz Nowak. Örjan Berg disagreed. “No,” he said.",
    )
    assert pairs(article) == [
        ("We cannot pass this on to our customers", "Étienne Roussel"),
        ("Every Tuesday", "Étienne Roussel"),
        ("We will see,", "Łukasz Nowak"),
        ("No,", "Örjan Berg"),
    ]


def test_a_one_paragraph_article_with_a_single_quote_in_single_marks() -> None:
    article = run(
        "The ferry board met on Tuesday. ‘We cannot keep the old fares,’ said Mira Tolland,"
        " its chair, after the board’s vote."
    )
    assert pairs(article) == [("We cannot keep the old fares,", "Mira Tolland")]


def test_one_single_quoted_term_or_straight_nested_quote_is_no_style() -> None:
    term = run("The board’s so-called ‘fair share’ rule starts in May, the port said.")
    nested = run("A: It scares people when you tell them, 'We have to close the pier!'")
    assert term.quotes == [] and nested.quotes == []


def test_a_say_verb_of_the_quotes_own_language_after_it() -> None:
    german = run("„Wir bauen die Brücke im Frühjahr“, sagte Anna Roth, die Bürgermeisterin.")
    french = run("« Nous construirons le pont au printemps », a déclaré Paul Roux, le maire.")
    spanish = run("“Construiremos el puente en primavera”, dijo Ana Ruiz, la alcaldesa.")
    assert pairs(german) == [("Wir bauen die Brücke im Frühjahr", "Anna Roth")]
    assert [s for _, s in pairs(french)] == ["Paul Roux"]
    assert pairs(spanish) == [("Construiremos el puente en primavera", "Ana Ruiz")]


def test_a_place_or_day_after_the_name_in_the_quotes_language_is_no_name() -> None:
    german = run("„Die Fähre fährt weiter“, sagte Lotte Brenner am Mittwoch.")
    spanish = run("“El puerto abrirá en mayo”, dijo Inés Calvo en Valparaíso.")
    particle = run("„Die Fähre fährt weiter“, sagte Karl van der Heide am Mittwoch.")
    assert [s for _, s in pairs(german)] == ["Lotte Brenner"]
    assert [s for _, s in pairs(spanish)] == ["Inés Calvo"]
    assert [s for _, s in pairs(particle)] == ["Karl van der Heide"]


def test_a_sentence_in_the_quotes_language_after_it_is_no_signature() -> None:
    article = run(
        "Anna Roth sagte: „Die Brücke wird im Frühjahr gebaut.",
        "„Und die Fähre fährt weiter, bis sie fertig ist.“",
        "Das sagte sie am Montag.",
    )
    assert [s for _, s in pairs(article)] == ["Anna Roth", "Anna Roth"]


def test_a_paragraph_closing_on_a_guillemet_is_body_text() -> None:
    text = (
        "Beekeepers count their winter losses\n\n"
        "Hives across the valley lost more colonies this winter than in any year since 2010.\n\n"
        "Apiarist Liesel Ambrosetti-Kahn keeps forty hives above the village. «A third of them"
        " were empty by February,» she said. «The cold came after a warm week.»\n\n"
        "The county association will share its figures at a meeting in April.\n"
    )
    article = parse_source(from_bytes(text.encode(), "bees.txt")).article
    assert any("Apiarist" in b.text for b in article.body())  # a paragraph, not boilerplate
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("A third of them were empty by February,", "Liesel Ambrosetti-Kahn"),
        ("The cold came after a warm week.", "Liesel Ambrosetti-Kahn"),
    ]
