"""Lists of other stories' teasers, told by their repeated shape: under the body they are
no part of it; near the headline their titles are not the headline."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

from reader.model import BlockKind

HEADER = f"{FERRY_HEADLINE}\nBy Ana Ruiz\nMarch 4, 2026\n"
TEASERS = [
    ("Island school trust rejects the new bus lane plan", "Why the bus lane matters to parents."),
    ("Kelpwick council delays its sea wall repairs again", "The storm put the work back a year."),
    ("Pier lighting returns to the old town in spring", "Lamps will be lit from April onwards."),
    ("Mooring fees double for visiting yachts this summer", "Skippers say they will sail on by."),
]


def body_texts(page: str) -> list[str]:
    return [
        b.text
        for b in parse_text(page).article.blocks
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
    ]


def test_teasers_in_a_repeated_shape_under_the_body_are_no_part_of_it() -> None:
    """A kicker, a title, a one-line summary, again and again: the summaries are sentences,
    but the list is other stories'."""
    listed = [line for title, summary in TEASERS for line in ("Harbour Notes", title, summary)]
    texts = body_texts(HEADER + FERRY_BODY + "\n".join(listed) + "\nPrivacy policy\n")
    assert texts == FERRY_BODY.splitlines()


def test_subheads_over_short_paragraphs_stay_in_the_body() -> None:
    """A subhead over a short paragraph repeats a shape too, but holds no date and no line
    printed word for word in every item."""
    items = [line for title, summary in TEASERS for line in (title, summary)]
    texts = body_texts(HEADER + FERRY_BODY + "\n".join(items) + "\n")
    assert texts[-len(items) :] == items


MORE = [
    "Crews at the island pier said the extra shifts would be shared out by a ballot in May.",
    "The town's pubs and the cinema have asked to stay open until the last boat has left.",
    "A review of the trial is due in September, when the board sets next year's timetable.",
]


def test_a_sidebar_of_dated_teasers_inside_the_body_neither_cuts_nor_heads_it() -> None:
    """Titles with their ages ("2h ago") between paragraphs: the body goes on under them,
    and the last one's age is no byline over it."""
    side = ["Latest"] + [line for title, _ in TEASERS[:3] for line in (title, "2h ago")]
    paragraphs = [*FERRY_BODY.splitlines(), *MORE]
    page = HEADER + "\n".join([*paragraphs[:3], *side, *paragraphs[3:]]) + "\nShare\n"
    article = parse_text(page).article
    assert article.title == FERRY_HEADLINE
    texts = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert texts == paragraphs


def test_dated_teasers_between_the_byline_and_the_body_are_not_its_headline() -> None:
    """Under the byline, other stories' kickers, titles and dates, then the body: the
    titles stand nearer the body, but in a list."""
    between = ["More stories like this one"]
    for title, _ in TEASERS:
        between += ["HARBOUR", title, "March 2, 2026"]
    page = HEADER + "\n".join(between) + "\n" + FERRY_BODY + "\n".join(MORE) + "\n"
    assert parse_text(page).article.title == FERRY_HEADLINE
