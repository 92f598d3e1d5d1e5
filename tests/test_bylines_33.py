"""Bylines where an assumption of the reading is relaxed in session 33: two names joined
by "and" in capitals, neither of a first name the lists know, were one organisation's
name; now capitals alone make no organisation (an organisation's word must end the
names, or stand among them). A label over the names ("Author:", "Text:", "Reporter:")
was one of a few words; now any writer's role labels them ("Contributor:", "Columnist:",
"Correspondents:"), an editor's none. A byline among the body's first blocks was read
with fewer of the header's rules (a lone name needed a first name the lists know); now
with all of them. Each page here is written for its test, with
invented names."""

from __future__ import annotations

from byline_pages import header_page

from reader.model import Article

_HEADLINE = "Lantern festival moves to the quay after the square floods twice"
_DEK = "Organisers said the stalls would keep their places along the water."


def _page(header: list[str]) -> Article:
    return header_page(_HEADLINE, _DEK, header, ())


def test_two_names_in_capitals_are_two_people() -> None:
    """A byline in capitals (a CMS's upper-case style, copied): "BY MIRELA OSTVAN AND
    KEPA URRITZ" is two writers, not one organisation, though no list knows "Mirela" or
    "Kepa"."""
    article = _page(["BY MIRELA OSTVAN AND KEPA URRITZ", "June 2, 2025"])
    assert [a.casefold() for a in article.authors] == ["mirela ostvan", "kepa urritz"]


def test_a_writing_credit_in_capitals_names_two_people() -> None:
    article = _page(["REPORTING BY DRAGA VELLIN AND OSKO TARRANT", "June 2, 2025"])
    assert [a.casefold() for a in article.authors] == ["draga vellin", "osko tarrant"]


def test_an_organisation_in_capitals_stays_one() -> None:
    """An organisation's word among the capitals ("TRUST") keeps the names one."""
    article = _page(["BY QUAYSIDE LANTERNS AND LIGHTS TRUST", "June 2, 2025"])
    assert article.authors == ["Quayside Lanterns and Lights Trust"]


def test_a_contributor_label_names_the_writer() -> None:
    """ "Contributor: Name" over the date: the role labels the byline as "Author:" does."""
    assert _page(["Contributor: Yaretzi Olumbe", "June 2, 2025"]).authors == ["Yaretzi Olumbe"]


def test_a_columnist_label_on_the_date_line() -> None:
    article = _page(["Columnist: Bertil Nyqvarn | June 2, 2025"])
    assert article.authors == ["Bertil Nyqvarn"]


def test_an_editor_label_names_no_writer() -> None:
    """ "Editor: Name" credits the editing: the byline under it names the writer."""
    article = _page(["Editor: Saoirse Mallin", "By Tomasz Wierzb", "June 2, 2025"])
    assert article.authors == ["Tomasz Wierzb"]


def test_a_name_glued_to_its_date_opening_the_body() -> None:
    """ "Ysolde Maravec2 June 2025": the glued date unseen, the line opens the body; the
    name over the body is still its byline."""
    assert _page(["Ysolde Maravec2 June 2025"]).authors == ["Ysolde Maravec"]
