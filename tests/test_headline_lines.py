"""A headline the copy broke over two lines is one headline; a dek under it is not its
second line."""

from __future__ import annotations

from conftest import FERRY_BODY, parse_text

MENU = "Home\nNews\nSport\nWeather\nOpinion\n"
BYLINE = "By Ana Ruiz\nMarch 4, 2026\n"


def test_a_headline_wrapped_where_the_second_line_opens_in_lower_case() -> None:
    page = MENU + "Harbour board approves night\nferries for the summer season\n" + BYLINE
    article = parse_text(page + FERRY_BODY).article
    assert article.title == "Harbour board approves night ferries for the summer season"
    assert article.blocks[len(MENU.split())].text == article.title  # one block, both lines


def test_a_headline_broken_after_a_word_that_never_ends_one() -> None:
    page = MENU + "Harbour board approves night ferries for the\nSummer Season\n" + BYLINE
    title = parse_text(page + FERRY_BODY).article.title
    assert title == "Harbour board approves night ferries for the Summer Season"


def test_a_menu_line_ending_on_a_preposition_over_the_headline_is_no_part_of_it() -> None:
    page = "Home\nNews\nSport\nLog in\n" + "Harbour board approves night ferries\n" + BYLINE
    article = parse_text(page + FERRY_BODY).article
    assert article.title == "Harbour board approves night ferries"


def test_a_dek_under_the_headline_stays_the_subtitle() -> None:
    dek = "The first late boats since the crossing opened will run from June.\n"
    page = MENU + "Harbour board approves night ferries\n" + dek + BYLINE
    article = parse_text(page + FERRY_BODY).article
    assert article.title == "Harbour board approves night ferries"
    assert article.subtitle == dek.strip()


def test_a_term_in_lower_case_alone_under_a_sites_name_is_the_headline_alone() -> None:
    body = (
        "A slipway is a ramp of stone or timber that runs from the shore into the water, "
        "so that boats can be hauled out or launched.\n"
        "On the coast a slipway is often shared by the lifeboat and the fishing crews, "
        "who keep its surface clear of weed.\n"
        "Older slipways were built of granite setts; newer ones are poured concrete with "
        "grooves cut across them for grip.\n"
    )
    page = "Harbour Words\nHome\nTerms\nPlaces\nHarbour Words\nslipway\n" + BYLINE + body
    assert parse_text(page).article.title == "slipway"
