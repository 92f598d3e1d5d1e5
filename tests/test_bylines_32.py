"""Bylines where an assumption of the reading is relaxed in session 32: a signature's
mark opens its line with the names on it ("By Ann Lee"); here a dash before a name of any
first name signs too, a marker may stand alone over the names after the body, and a
sentence about the piece may hold its writing credit. A byline's pieces part where the
copy glued them (any role's or outlet's words, a weekday, not only a short list of
words) and at a bullet as at a bar. Each page here is written for its
test, with invented names."""

from __future__ import annotations

from byline_pages import header_page

from reader.ingest.byline_signatures import signed_under
from reader.model import Article, Block, BlockKind

_HEADLINE = "Night buses to run again on the hill route from May"
_DEK = "The operator said two drivers had been hired and the depot reopened."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    return header_page(_HEADLINE, _DEK, header, closing)


def test_a_dash_before_a_name_under_the_body_signs_the_post() -> None:
    """ "— Ysolde Maravec" under the last paragraph: the dash marks the signature, so the
    first name need not be one the lists know."""
    assert _page(["June 2, 2025"], ("— Ysolde Maravec",)).authors == ["Ysolde Maravec"]


def test_two_hyphens_before_a_name_sign_too() -> None:
    assert _page(["June 2, 2025"], ("--Pell Ostrand",)).authors == ["Pell Ostrand"]


def test_a_dashed_name_under_the_body_leaves_the_header_s_byline() -> None:
    """The byline under the headline names the writer: a name under the body is asked for
    only when none does, though alone it signs."""
    assert _page(["June 2, 2025"], ("— Pell Ostrand",)).authors == ["Pell Ostrand"]
    article = _page(["By Ysolde Maravec", "June 2, 2025"], ("— Pell Ostrand",))
    assert article.authors == ["Ysolde Maravec"]


def test_a_dash_signs_one_person_s_name_only() -> None:
    """After a dash, a name of any first name signs only in one person's shape: a club, a
    saying's source, the first of a dashed list of names do not."""
    for closing in (
        ("— Hillside Rowing Club",),
        ("— Old Harbour Proverb",),
        ("- Ysolde Maravec", "- Pell Ostrand", "- Quin Arbery"),
    ):
        assert _page(["June 2, 2025"], closing).authors == []


def test_a_signature_marker_alone_over_the_name_after_the_body() -> None:
    """ "Written by" on its line, the name under it, the role under that: an author's box."""
    article = _page(["June 2, 2025"], ("Written by", "Ysolde Maravec", "Reporter, Hill Courier"))
    assert article.authors == ["Ysolde Maravec"]


def test_a_sentence_crediting_the_piece_names_its_writers() -> None:
    closing = ("This story was reported by Ysolde Maravec and Pell Ostrand.",)
    article = _page(["June 2, 2025"], closing)
    assert article.authors == ["Ysolde Maravec", "Pell Ostrand"]


def test_a_sentence_crediting_an_editor_names_no_writer() -> None:
    """Editing or reading the piece aloud is no writing of it, whatever "by" says."""
    article = _page(["June 2, 2025"], ("This story was edited by Pell Ostrand.",))
    assert article.authors == []
    article = _page(["June 2, 2025"], ("This story was narrated by Pell Ostrand.",))
    assert article.authors == []


def test_a_sentence_crediting_another_text_names_no_writer() -> None:
    """The credit names the piece itself ("This story", "This was"): a bylaw, a survey or
    a suspect the story tells of was written, compiled or interviewed by someone else."""
    for closing in (
        "The ferry timetable was written by Councillor Tova Marsh.",
        "The first survey was compiled by Inspector Tova Marsh and sent to the council.",
        "The driver was interviewed by Sergeant Oren Blay.",
    ):
        assert _page(["June 2, 2025"], (closing,)).authors == []
    closing = "This was written by Ysolde Maravec."
    assert _page(["June 2, 2025"], (closing,)).authors == ["Ysolde Maravec"]


def test_a_teaser_s_credit_under_the_body_names_no_writer() -> None:
    """Under the body, among related stories, a sentence crediting a story is the
    teaser's: the credit is the article's only in its last paragraphs."""
    closing = (
        "Share this article",
        "Related stories",
        "Hill walkers find a lost path above the quarry",
        "This story was reported by Mira Lund.",
        "Tram fares frozen for the winter",
    )
    assert _page(["June 2, 2025"], closing).authors == []


def test_a_role_the_copy_glued_to_the_name_is_no_part_of_it() -> None:
    """ "Ysolde MaravecHealth Reporter": the name and its role were elements of their own,
    the copy left no space between; any desk's words before the role part there."""
    article = _page(["Ysolde MaravecHealth Reporter", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec"]


def test_an_outlet_or_a_weekday_glued_to_the_name_is_no_part_of_it() -> None:
    assert _page(["Pell OstrandHill Courier", "June 2, 2025"]).authors == ["Pell Ostrand"]
    assert _page(["By Pell OstrandMonday, June 2, 2025"]).authors == ["Pell Ostrand"]


def test_a_name_s_own_capitals_are_no_glue() -> None:
    """ "McKenzie", "DeShawn": a capital inside a name, after its prefix."""
    assert _page(["By Pell McKenzieNews Editor", "June 2, 2025"]).authors == ["Pell McKenzie"]
    assert _page(["DeShawn LeBlanc", "June 2, 2025"]).authors == ["DeShawn LeBlanc"]


def test_a_role_after_a_bullet_is_no_part_of_the_name() -> None:
    """ "·" parts a byline's pieces as "|" and "," do: the role after it is dropped."""
    article = _page(["Ysolde Maravec · Senior Health Reporter", "June 2, 2025"])
    assert article.authors == ["Ysolde Maravec"]


def test_a_dashed_signature_with_its_place_names_the_writer() -> None:
    """A signature "— Ann Lee, in Lisbon" under the last paragraph: the place needs its dash."""
    blocks = [
        Block("b0", BlockKind.PARAGRAPH, "The council will review the ferry in April."),
        Block("b1", BlockKind.PARAGRAPH, "— Ottoline Brackwater, in Lisbon"),
    ]
    assert signed_under(blocks, 1) == ["Ottoline Brackwater"]
