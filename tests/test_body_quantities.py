"""A list of quantities over the body's first paragraph (a recipe's ingredients over its
steps) is the body's: each item a paragraph, the amount on a line of its own joined to
the rest under it."""

from __future__ import annotations

from conftest import parse_text

from reader.model import BlockKind

MENU = "Kelpwick Kitchen\nRecipes\nDinners\nBaking\nSign in\n"
HEADER = "Smoked haddock and leek pie\nBy Odile Moreau\nMarch 4, 2026\n"
STEPS = (
    "1\nWarm the milk with the bay leaf, then poach the haddock in it for six minutes and "
    "lift it out onto a plate.\n"
    "2\nSoften the leeks in the butter, stir in the flour and add the warm milk a little "
    "at a time until the sauce is thick.\n"
    "3\nFlake the fish into the sauce, spoon it into a dish, cover it with the mash and "
    "bake it for half an hour until golden.\n"
)
ONE_LINE = ["400 g smoked haddock", "2 leeks, sliced", "1½ cups whole milk", "30 g butter"]
SPLIT = ["1/2\ncup plain flour", "3\nlarge potatoes, mashed", "1\nbay leaf"]


def body_of(page: str) -> dict[str, BlockKind]:
    return {b.text: b.kind for b in parse_text(page).article.blocks}


def test_ingredients_over_the_steps_are_the_bodys_one_item_a_paragraph() -> None:
    page = MENU + HEADER + "Ingredients\n" + "\n".join(ONE_LINE) + "\nMethod\n" + STEPS
    for copy in (page, page.replace("\n", "\n\n")):  # a blank line between lines or none
        kinds = body_of(copy)
        for item in ONE_LINE:
            assert kinds[item] is BlockKind.PARAGRAPH, (copy[-1:], item)
        assert parse_text(copy).article.title == "Smoked haddock and leek pie"


def test_an_amount_alone_on_its_line_is_joined_to_the_item_under_it() -> None:
    page = MENU + HEADER + "Ingredients\n" + "\n".join(SPLIT) + "\nMethod\n" + STEPS
    kinds = body_of(page)
    for item in ("1/2 cup plain flour", "3 large potatoes, mashed", "1 bay leaf"):
        assert kinds[item] is BlockKind.PARAGRAPH, item


def test_numbered_teasers_over_the_body_stay_out_of_it() -> None:
    teasers = "1. Ferry fares rise again\n2. Quay wall repairs start\n3. Lighthouse sold\n"
    page = MENU + "Most read\n" + teasers + HEADER + STEPS
    kinds = body_of(page)
    assert kinds["1. Ferry fares rise again"] is not BlockKind.PARAGRAPH
