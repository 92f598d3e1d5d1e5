"""A notice the site puts to the reader (a consent box, an app bar) and the choices it
offers under it, worded as no list of buttons words them: neither the notice nor a choice
is the headline or the body's first paragraph, when the box stands right over a headline
that has no byline under it. An article's own sentence addressed to the reader, with a
single subhead under it, stays the body's."""

from __future__ import annotations

from conftest import parse_text

from reader.model import BlockKind

TITLE = "Ferry timetable cut to two crossings a day for the winter"
STORY = [
    (
        "The island ferry will run only twice a day from November, its operator said on "
        "Monday, after a season in which half the sailings left with fewer than ten people."
    ),
    (
        "Wilhelmina Osterby, who runs the guest house by the slipway, said the morning "
        "boat was the only one her guests ever used, and she could live with the change."
    ),
    (
        "The operator said the summer timetable would return in April if bookings held up, "
        "and that season tickets bought before the cut would be honoured."
    ),
    "Written by Caspar Lindqvist",
]
TOP = ["The Island Gazette", "News", "Sport", "Weather"]


def _article(box: list[str]) -> tuple[str | None, list[str]]:
    article = parse_text("\n".join([*TOP, *box, TITLE, *STORY]) + "\n").article
    body = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    return article.title, body


def test_a_consent_boxs_choices_over_the_headline_are_neither_title_nor_body() -> None:
    notice = "We use cookies so the site works for you and to see how you use it."
    title, body = _article(
        ["Cookies on this site", notice, "Only the needed ones", "Allow them all"]
    )
    assert title == TITLE
    assert notice not in body and "Allow them all" not in body
    assert body[0] == STORY[0]


def test_an_app_bars_choices_over_the_headline_are_no_title() -> None:
    notice = "Read the Island Gazette in our app, where your saved stories wait for you."
    title, body = _article([notice, "Open the app", "Not right now"])
    assert title == TITLE
    assert body[0] == STORY[0]


def test_a_cookie_question_and_its_answers_over_the_headline_are_no_title() -> None:
    ask = ["Are you happy with cookies?", "Yes, I'm happy", "No, take me to the settings"]
    assert _article(ask)[0] == TITLE


def test_a_bars_last_choice_right_over_the_headline_is_no_title() -> None:
    bar = ["This site uses cookies to give you a better experience."]
    assert _article([*bar, "Accept and close the box", "Take me to the settings"])[0] == TITLE


def test_a_storys_sentence_to_the_reader_over_one_subhead_stays_the_body() -> None:
    lines = [
        *TOP,
        TITLE,
        "By Caspar Lindqvist",
        STORY[0],
        "If you travel at dawn you will see no change.",
        "Season tickets",
        *STORY[1:3],
    ]
    article = parse_text("\n".join(lines) + "\n").article
    body = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert article.title == TITLE
    assert "If you travel at dawn you will see no change." in body


def test_a_question_headline_to_the_reader_over_its_desk_and_byline_stays_the_title() -> None:
    ask = "Will your bin still be emptied over the long weekend?"
    dek = "Collections move by a day but the tip at Kestrel Lane keeps its hours"
    lines = [*TOP, ask, "Local news", "Perpetua Vane", "4 min read", dek, *STORY[:3]]
    article = parse_text("\n".join(lines) + "\n").article
    assert article.title == ask


def test_a_list_a_storys_sentence_opens_stays_in_the_body() -> None:
    items = ["Two tent pegs", "A length of cord", "Dry matches", "A tin mug"]
    opener = "Pack just these few things before you set out, and you will want for nothing."
    lines = [*TOP, TITLE, "By Caspar Lindqvist", "May 3, 2026", opener, *items, *STORY[:3]]
    article = parse_text("\n".join(lines) + "\n").article
    body = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert article.title == TITLE
    assert body[:6] == [opener, *items, STORY[0]]


SHORT = "Island ferry cut to two crossings"  # six words at most: as short as a choice


def _short_under_box(box: list[str], under: str) -> str | None:
    lines = [*TOP, *box, SHORT, under, "By Caspar Lindqvist", *STORY[:3]]
    return parse_text("\n".join(lines) + "\n").article.title


def test_a_short_headline_under_a_boxs_choices_ends_them_and_is_the_title() -> None:
    notice = "We use cookies so the site works for you and to see how you use it."
    box = [notice, "Allow them all", "Only the needed ones"]
    assert _short_under_box(box, "Transport") == SHORT


def test_a_short_headline_with_a_short_dek_under_an_offer_is_the_title() -> None:
    offer = "Would you like our morning letter in your inbox?"
    box = [offer, "Yes please", "Not today"]
    assert _short_under_box(box, "A harbour counts the cost") == SHORT


def test_a_third_choice_the_story_does_not_tell_stays_a_choice() -> None:
    # Four short lines under the notice (five would be a menu); neither the third nor the
    # link under it is told again by the story, so all four are the box's, and the third,
    # right over the byline of a page whose headline was not copied, is no headline.
    notice = "We use cookies so the site works for you and to see how you use it."
    box = [notice, "Allow them all", "Only the needed ones", "Manage my settings"]
    box.append("https://islandgazette.example/privacy")
    lines = [*TOP, *box, "By Caspar Lindqvist", *STORY[:3]]
    assert parse_text("\n".join(lines) + "\n").article.title not in box
