"""Authors and dates a page prints away from its headline: under "By" alone, under the
body's last paragraph, in the footer, in a personal site's copyright."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

HEADLINE = FERRY_HEADLINE + "\n"
TAIL = "Share this story\nMore news\nContact us\n"


def test_by_alone_over_the_name_its_role_and_a_timestamp() -> None:
    header = "By\nTova Rendquist - Staff Writer 2026-05-02T09:30:00Z\n"
    assert parse_text(HEADLINE + header + FERRY_BODY).article.authors == ["Tova Rendquist"]


def test_a_footer_date_line_that_prints_the_update_first() -> None:
    footer = "Author notes\nUpdated May 5, 2026 | Published May 3, 2026\nContact us\n"
    assert parse_text(HEADLINE + FERRY_BODY + footer).article.published == "2026-05-03"


def test_a_name_alone_under_the_last_paragraph_signs_the_post() -> None:
    assert parse_text(HEADLINE + FERRY_BODY + "Marta\nFerry timetables\n").article.authors == [
        "Marta"
    ]
    signed = HEADLINE + FERRY_BODY + "Nora Quellmann.\n" + TAIL
    assert parse_text(signed).article.authors == ["Nora Quellmann"]


def test_a_byline_under_the_last_paragraph() -> None:
    for byline in ("By Tova Rendquist", "Tova Rendquist | May 2, 2026"):
        page = HEADLINE + FERRY_BODY + byline + "\nMore stories\nHarbour ferries\n"
        assert parse_text(page).article.authors == ["Tova Rendquist"]


def test_the_first_of_a_list_of_signatories_is_no_author() -> None:
    names = "Nora Quellmann\nPaul Ostrander, Harbour College\nLeah Vintry\nAnna Brisk\n"
    assert parse_text(HEADLINE + FERRY_BODY + names + TAIL).article.authors == []


def test_a_personal_sites_copyright_names_its_author() -> None:
    footer = TAIL + "© Zoltan Prexwick\n"
    assert parse_text(HEADLINE + FERRY_BODY + footer).article.authors == ["Zoltan Prexwick"]
    for company in ("© 2026 Harbour Mills. All rights reserved.\n", "© 2026 Quay Holdings\n"):
        page = HEADLINE + FERRY_BODY + TAIL + company + "© Zoltan Prexwick\n"
        assert parse_text(page).article.authors == []


def test_a_date_under_the_last_paragraph_dates_the_post() -> None:
    question = "Will the board keep the late ferries running next summer?\n"
    page = HEADLINE + FERRY_BODY + question + "May 2, 2026\nMore stories\n"
    assert parse_text(page).article.published == "2026-05-02"
