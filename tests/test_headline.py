"""The headline among the lines above the body: what the page marks as one, and what it
does not (mastheads, taglines, breadcrumbs, credits, bylines, share panels)."""

from __future__ import annotations

from conftest import FERRY_BODY, parse_text

BODY = FERRY_BODY
MENU = "Home\nNews\nSport\nWeather\nOpinion\nSubscribe\n"


def title(page: str) -> str | None:
    return parse_text(page).article.title


def test_a_short_headline_right_over_the_body() -> None:
    page = "Harbour Courier\n" + MENU + "Night Ferries\n" + BODY
    assert title(page) == "Night Ferries"


def test_a_question_headline_that_reads_like_a_sentence() -> None:
    page = MENU + "Will night ferries bring the island's cafés back to life this summer?\n" + BODY
    article = parse_text(page).article
    assert article.title.startswith("Will night ferries")
    assert article.body()[0].text.startswith("The harbour board voted")


def test_a_headline_with_a_date_word_in_it() -> None:
    page = MENU + "Night ferries to begin today as summer season opens\nBy Ana Ruiz\n" + BODY
    assert title(page) == "Night ferries to begin today as summer season opens"


def test_a_breadcrumb_holding_the_headline_is_not_the_headline() -> None:
    page = (
        MENU + "Home » News » Harbour » Night Ferries Approved\n"
        "Night Ferries Approved\nMarch 4, 2026\n" + BODY
    )
    assert title(page) == "Night Ferries Approved"


def test_a_masthead_printed_at_the_top_and_bottom_is_not_the_headline() -> None:
    page = (
        "The Harbour Daily Courier\nEnglish Edition\nMarch 11, 2026\n" + MENU
        + "Harbour board approves night ferries for the summer season\n"
        "The first late boats since the crossing opened will run from June.\n"
        "By Ana Ruiz\nMarch 4, 2026\n" + BODY + "About us\nThe Harbour Daily Courier\n"
    )  # fmt: skip
    assert title(page) == "Harbour board approves night ferries for the summer season"


def test_a_sites_tagline_over_the_headline_is_not_the_headline() -> None:
    page = (
        "Harbour Blog\nThe latest news and insights from our crossing and the boats on it\n"
        "Harbour board approves night ferries for the summer season\nMarch 4, 2026\n"
        "Posted by Ana Ruiz, Ferry team\n" + BODY
    )
    assert title(page) == "Harbour board approves night ferries for the summer season"


def test_a_photo_credit_and_a_byline_are_never_the_headline() -> None:
    page = (
        MENU + "Night ferries keep the islands awake\n"
        "A summer timetable, at last, for the late crowd.\n"
        "A ferry at the island pier.\nCredit...\nAnna Moneymaker/The Harbour Times\n"
        "Ilham Darwish, Dunya Salem Kassem\nMarch 4 2026, 3:18 p.m.\n" + BODY
    )
    article = parse_text(page).article
    assert article.title == "Night ferries keep the islands awake"
    assert article.authors == ["Ilham Darwish", "Dunya Salem Kassem"]


def test_a_headline_above_a_long_share_panel() -> None:
    panel = "".join(f"Share this with {site}\n" for site in ["Facebook", "Messenger", "Email"]) * 12
    page = (
        MENU + "Harbour board approves night ferries for the summer season\n4 March 2026\n"
        + panel + "Links in this panel lead to other sites\nHide the sharing buttons\n"
        + "This clip cannot be played here\n" + BODY
    )  # fmt: skip
    assert title(page) == "Harbour board approves night ferries for the summer season"


def test_a_plain_article_opens_with_its_title_even_one_ending_in_a_full_stop() -> None:
    """The title line, a blank line, the paragraphs: no chrome, nothing to weigh. Its
    first paragraphs (one asks, one is short) are body, never the headline."""
    page = (
        "Harbour board backs night ferries.\n\n"
        "PORT ELLEN (Wire) — Will the islands' cafés stay open past ten at last?\n\n"
        "The board said yes on Tuesday.\n\n" + BODY.replace("\n", "\n\n")
    )
    article = parse_text(page).article
    assert article.title == "Harbour board backs night ferries."
    assert "Will the islands' cafés" in article.body()[0].text


def test_a_paragraph_is_never_the_headline() -> None:
    """A summary under a label opens the body: a paragraph, however short, is no headline."""
    summary = "The harbour board voted on Tuesday to run ferries until midnight this summer.\n"
    page = "Harbour board backs night ferries.\nSUMMARY.\n" + summary + "FULL TEXT.\n" + BODY
    assert title(page) == "Harbour board backs night ferries."


def test_a_title_case_headline_with_a_slash_is_no_photo_credit() -> None:
    page = "Harbour Board Explains Why Islanders Want A Ferry/Bus Pass.\n\n" + BODY
    assert title(page) == "Harbour Board Explains Why Islanders Want A Ferry/Bus Pass."


def test_a_menu_glued_to_the_headline_over_the_headline_itself() -> None:
    """The copy runs a menu into the headline's line and prints the headline again
    under it: the clean line is the headline."""
    headline = "Harbour board approves night ferries for the summer season"
    page = f"{MENU}News Business {headline}\n{headline}\nMarch 4, 2026\n{BODY}"
    assert title(page) == headline


def test_a_headline_over_a_dek_that_shares_the_bodys_words() -> None:
    """A dek with no full stop, in the body's own words, under the headline and over
    the byline: the line over the dek is the headline."""
    dek = "Members say the trial of the ferries will cost as much as the fireworks it replaces"
    page = f"{MENU}Harbour votes for night ferries\n{dek}\nBy Ana Ruiz\nMarch 4, 2026\n{BODY}"
    article = parse_text(page).article
    assert (article.title, article.subtitle) == ("Harbour votes for night ferries", dek)


def test_a_two_word_headline_over_a_dek_that_reads_as_a_sentence() -> None:
    """A headline of two words over a dek of a full sentence and the byline: the dek,
    long and in the body's words, is no headline."""
    dek = "The harbour board voted to run ferries until midnight, and the crews agreed to it."
    page = f"{MENU}Night Ferries\n{dek}\nBy Ana Ruiz\nMarch 4, 2026\n{BODY}"
    article = parse_text(page).article
    assert (article.title, article.subtitle) == ("Night Ferries", dek)


def test_the_pages_title_with_a_suffix_over_the_headline() -> None:
    """The copy prints the page's title, with a " | …" suffix, over the headline: the
    line under it is the headline."""
    headline = "Harbour Board Votes To Run Ferries Until Midnight From June"
    page = f"{MENU}Late Summer Ferries From The Island Pier | 2026\n{headline}\n"
    page += f"March 4, 2026\nby ANA RUIZ\n{BODY}"
    assert title(page) == headline


def test_a_photos_caption_and_credit_between_the_byline_and_the_body() -> None:
    """Under the date, a photo's caption over its credit ("Name, Agency"), then the
    body: the caption, in the body's words, is no headline."""
    headline = "Island cafés cheer as summer brings late boats home"
    page = f"Welcome to the Harbour Courier\nLearn More\n{headline}\nHarbour Courier staff\n"
    page += "Published 9:12 PM EST Mar 4, 2026\nFerries at the island pier on Tuesday\n"
    page += f"Ola Finch, Sound Press\n{BODY}"
    assert title(page) == headline


STAFF_PIECE = (
    "By Staff Reporter\n"
    "‘We will not close the pier while I am mayor.’\n"
    "The council voted by nine to four to keep the pier open for another year.\n"
    "Members said the work on its timbers would begin in the spring and take three months.\n"
)


def test_a_byline_that_names_no_one_is_no_headline() -> None:
    """A page with no headline line: neither its unnamed byline nor its first paragraph,
    a sentence quoted whole, is the title; the three paragraphs stay the body."""
    for byline in ("By Staff Reporter", "By OUR CORRESPONDENT", "By Staff Reporter, Kelpwick"):
        article = parse_text(STAFF_PIECE.replace("By Staff Reporter", byline)).article
        assert article.title is None
        assert [b.text[:12] for b in article.body()] == [
            "‘We will not",
            "The council ",
            "Members said",
        ]


TOWN = """\
Kelpwick is a fishing town on the north coast, built around a harbour that dries at low tide.
The town grew in the eighteenth century on herring, and its net lofts still stand along the quay.
Today most of its boats land crab and lobster, and the old fish market is a gallery.
"""


def test_a_box_of_label_value_fields_under_a_one_word_headline_is_no_headline() -> None:
    facts = "Population:   4,210\nHarbour master:   Ana Ruiz\nFounded:   1286\n"
    page = "Kelpwick\nHome\nTowns\nVillages\nKelpwick\n" + facts + TOWN
    article = parse_text(page).article
    assert article.title == "Kelpwick"
    assert all(":" not in block.text for block in article.body())


def test_a_headline_after_a_kickers_colon_over_its_byline_stays_the_headline() -> None:
    page = MENU + "Opinion: Why the night ferries must stay\nBy: Ana Ruiz\n" + BODY
    assert title(page) == "Opinion: Why the night ferries must stay"


def test_a_numbered_contents_list_over_the_body_is_no_headline() -> None:
    contents = "Contents\n1 Harbour\n2 History\n2.1 The herring years\n3 Boats today\n"
    page = "Kelpwick\nHome\nTowns\nVillages\nKelpwick\n" + contents + TOWN
    assert title(page) == "Kelpwick"


def test_a_quotations_source_after_a_dash_in_the_body_is_no_headline() -> None:
    quoted = "“The quay was the town, and the town was the quay.”\n— Harbour Notes No. 4\n"
    page = "Kelpwick\nHome\nTowns\nVillages\nKelpwick\n" + quoted + TOWN
    assert title(page) == "Kelpwick"
