"""Bylines where session 31's families broke an assumption of the reading: the writer's
role before the names ("Political correspondent Ann Lee"). Each page here is written for
its test, with invented names."""

from __future__ import annotations

from byline_pages import header_page

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article, BlockKind

_HEADLINE = "Tram depot to become a covered market by autumn"
_DEK = "The council said the roof would be kept and the rails left in the floor."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    return header_page(_HEADLINE, _DEK, header, closing)


def test_a_role_before_the_name_makes_the_line_a_byline() -> None:
    """No "By": the writer's role opens the line, the name follows, the date under it."""
    article = _page(["City hall reporter Ysolde Maravec", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec"]
    assert article.published == "2025-06-02"


def test_a_role_before_the_name_with_the_date_after_a_bar() -> None:
    assert _page(["Markets editor Ysolde Maravec | June 2, 2025"]).authors == ["Ysolde Maravec"]


def test_a_role_between_by_and_the_name_is_no_part_of_the_name() -> None:
    """ "By Depot Weekly food writer Ysolde Maravec": the role and outlet are dropped."""
    article = _page(["By Depot Weekly food writer Ysolde Maravec", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec"]


def test_an_editor_credited_by_role_is_no_author() -> None:
    """ "Edited by senior editor …": the role follows a credit that names no writer."""
    article = _page(["Ysolde Maravec", "Edited by senior editor Pell Ostrand", "June 2, 2025"])
    assert "Pell Ostrand" not in article.authors


def test_by_one_name_with_another_is_two_writers() -> None:
    """ "By A with B": "with" joins the writers as "and" does."""
    article = _page(["By Ysolde Maravec with Pell Ostrand", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec", "Pell Ostrand"]


def test_a_labelled_list_of_names_parted_by_semicolons() -> None:
    article = _page(["Authors: Ysolde Maravec; Pell Ostrand", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec", "Pell Ostrand"]


def test_with_photos_by_someone_else_adds_no_writer() -> None:
    article = _page(["By Ysolde Maravec with photographs by Pell Ostrand", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec"]


def test_a_reading_time_line_under_the_byline_names_the_outlet_not_a_writer() -> None:
    """ "Ysolde Maravec", "Follow", then "Depot Notes · 4 min read · June 2, 2025": the
    name-like piece beside the reading time is where the post was published."""
    header = ["Ysolde Maravec", "Follow", "Depot Notes · 4 min read · June 2, 2025"]
    article = _page(header)
    assert article.authors == ["Ysolde Maravec"]
    assert article.published == "2025-06-02"


def test_a_reading_time_line_alone_still_names_its_writer() -> None:
    article = _page(["Ysolde Maravec · 4 min read · June 2, 2025"])
    assert article.authors == ["Ysolde Maravec"]


def test_a_one_word_signer_before_and_keeps_the_person_after_it() -> None:
    """ "Posted by Quillon and Ysolde Maravec": a pen name of one word, then a person."""
    article = _page(["Posted by Quillon and Ysolde Maravec", "June 2, 2025"])
    assert article.authors == ["Quillon", "Ysolde Maravec"]


def test_a_newsroom_before_and_keeps_the_person_after_it() -> None:
    article = _page(["By Depot Staff and Ysolde Maravec | June 2, 2025"])
    assert article.authors == ["Depot Staff", "Ysolde Maravec"]


def test_a_role_that_says_who_the_person_was_makes_no_byline() -> None:
    """ "Former editor …", "The late critic …", "Children's author …" under the dek are
    a caption about the article's subject: the words before the role are the person's
    past or fame, no desk a writer works at."""
    for line in ["Former editor Ysolde Maravec", "The late critic Ysolde Maravec"]:
        assert _page([line, "June 2, 2025"]).authors == []
    assert _page(["Children's author Ysolde Maravec", "June 2, 2025"]).authors == []


def test_a_role_and_a_name_with_more_after_it_makes_no_byline() -> None:
    """ "Harbour author Ysolde Maravec with her dog": a caption; a byline's line holds
    nothing after the names but a date, a place or an outlet."""
    article = _page(["Harbour author Ysolde Maravec with her dog", "June 2, 2025"])
    assert article.authors == []
    line = "Weather correspondent Ysolde Maravec for Depot Weekly"
    assert _page([line, "June 2, 2025"]).authors == ["Ysolde Maravec"]


def test_a_newsroom_credited_after_with_is_no_writer() -> None:
    """ "By A with Wire Services", "… with Agencies": help from a newsroom, no second
    writer; "with" a person still adds them."""
    for credit in ["Wire Services", "Agencies", "Depot Staff"]:
        article = _page([f"By Ysolde Maravec with {credit}", "June 2, 2025"])
        assert article.authors == ["Ysolde Maravec"]


def test_a_role_and_a_name_between_paragraphs_is_no_byline() -> None:
    """A photo's caption between the body's first paragraphs ("Chief reporter Odile
    Varsk"), under the article's own byline: no second writer, a line of the body."""
    lines = [
        "Ysolde Maravec, who drew the town's maps for forty years, dies at 91",
        "By Pell Ostrand",
        "June 2, 2025",
        "Ysolde Maravec drew every street of the old quarter by hand before she moved to a"
        " cottage by the weir. She trained a dozen surveyors and told them to walk each lane.",
        "Chief reporter Odile Varsk",
        "Neighbours said she kept her first compass on the kitchen shelf, beside a jar of"
        " pencils worn down to stubs, and lent it to any child who asked to borrow it.",
    ]
    article = parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))
    assert article.authors == ["Pell Ostrand"]
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["Chief reporter Odile Varsk"] is BlockKind.PARAGRAPH
