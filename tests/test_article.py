"""Article structure on texts that reproduce the layouts of copied pages."""

from __future__ import annotations

from conftest import parse_text

from reader.model import BlockKind

WIRE = """\
Harbour towns brace for a second winter of ferry cuts

Mayors warn the plan could leave islands ‘cut off for days at a time’

Today, 7:02 am

\u00a0Passengers wait for the morning ferry at Lowmoor pier, March 2, 2026. (Ana Ruiz/Coast Press via AP)
Passengers wait for the morning ferry at Lowmoor pier, March 2, 2026. (Ana Ruiz/Coast Press via AP)

LOWMOOR (AP) — Ferry crossings to four island towns will be cut again this winter, the regional transport board said on Tuesday, leaving residents to plan around fewer boats.

The board blamed rising fuel costs and a shortage of trained crews, and said the cuts would last until at least the end of March.

“We are being asked to choose between a timetable and a budget,” said Mara Quint, who chairs the board.

Island councils say the decision was taken without consulting the people who depend on the boats every day.

A deckhand ties up the evening boat at Lowmoor, February 27, 2026. (Ana Ruiz/Coast Press via AP)

Residents plan a public meeting next week, and several councils have asked for an independent review of the board's figures.

March 3, 2026 | 4 Comments »

Subscribe to Coastline Daily Digest

Leave a Reply
"""

NAV_JUNK = """\
Skip to content
Home
News
Sport
Trending: Storm closes the coast road for a third day
Trending: Library opening hours cut again in budget row
Trending: Harbour festival moves to June after complaints
Subscribe
Orchard growers turn to drones as pickers stay away – The Valley Ledger
Share
Tweet
Orchard growers turn to drones as pickers stay away
By Petra Lind and Omar Haddad
March 4, 2026 at 6:30 a.m. EST
Growers in the upper valley say they have little choice but to experiment, after two seasons in which a third of their fruit rotted on the trees for want of hands.
The drones, which cost about as much as a small tractor, shake branches and collect fallen fruit in nets slung beneath them.
“It is not pretty, but it picks,” said one grower, who asked not to be named because of a dispute with his neighbours.
Most Read
A town votes to keep its last bank branch open
Why the river rose so fast last spring
"""


def kinds(document) -> dict[int, str]:
    return {n: b.kind.value for b in document.article.blocks for n in b.lines}


def test_wire_story_header_caption_and_dateline() -> None:
    doc = parse_text(WIRE)
    article = doc.article
    assert article.title == "Harbour towns brace for a second winter of ferry cuts"
    assert article.subtitle.startswith("Mayors warn the plan")
    assert article.timestamp_text == "Today, 7:02 am"
    assert article.dateline == "LOWMOOR (AP)"
    assert article.source == "AP"
    assert article.published == "2026-03-03"  # from the footer line: the timestamp has no date
    assert article.site == "Coastline"
    captions = [b for b in article.blocks if b.kind is BlockKind.CAPTION]
    assert [c.lines for c in captions] == [[7, 8], [18]]  # the repeated caption is one
    assert captions[0].text.startswith("Passengers wait")
    assert len(article.body()) == 5
    by_line = kinds(doc)
    assert by_line[22] == by_line[24] == by_line[26] == "boilerplate"


def test_navigation_before_the_headline_and_a_repeated_headline() -> None:
    doc = parse_text(NAV_JUNK)
    article = doc.article
    assert article.title == "Orchard growers turn to drones as pickers stay away"
    title = next(b for b in article.blocks if b.kind is BlockKind.TITLE)
    assert title.lines == [12]  # the copy nearest the body, not the page-title copy
    assert article.authors == ["Petra Lind", "Omar Haddad"]
    assert article.published == "2026-03-04"
    assert all(kinds(doc)[n] == "boilerplate" for n in range(1, 12))
    assert len(article.body()) == 3


def test_a_stack_of_teasers_is_not_the_headline() -> None:
    text = (
        "Latest stories\n"
        "Council approves new cycle lanes on the ring road\n"
        "School meals price rise delayed until autumn\n"
        "Local bakery wins national bread award again\n"
        "Pensioners rally against bus pass changes\n"
        "Published 9:14 AM EST March 5, 2026\n"
        "Hundreds of pensioners marched through the centre on Saturday to protest changes to "
        "free bus travel that they say will keep them at home.\n"
        "The council says the scheme costs twice what it did five years ago and must be "
        "limited to off-peak hours from next spring.\n"
        "Organisers said they would return every week until the plan was dropped, and "
        "handed in a petition with four thousand names.\n"
    )
    assert parse_text(text).article.title == "Pensioners rally against bus pass changes"


def test_plain_text_title_then_paragraphs() -> None:
    text = (
        "Senate delays vote on water bill.\n\nThe vote was put off until next week.\n\n"
        "Leaders said more time was needed to count support among members.\n"
    )
    article = parse_text(text).article
    assert article.title == "Senate delays vote on water bill."
    assert [b.kind for b in article.blocks] == [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * 2


def test_byline_styles() -> None:
    from reader.ingest.lines import byline_names, name_list

    assert byline_names("By LAURA ONE-TWO and CHRIS PENN") == ["Laura One-Two", "Chris Penn"]
    assert byline_names("By Evan SmithStaff Writer") == ["Evan Smith"]
    assert byline_names("Posted by Kim Ode on May 2, 2026, 6:21 AM EST") == ["Kim Ode"]
    assert byline_names("By Ann Lee March 4 at 9:47 AM Follow @annlee") == ["Ann Lee"]
    assert byline_names("Byzantine walls fall in the storm") is None
    assert name_list("Tom Reyes and Ann Bell Associated Press") == ["Tom Reyes", "Ann Bell"]
    assert name_list("The storm is coming.") is None


def test_promo_cards_and_subheads_inside_the_body() -> None:
    body = "\n".join(
        f"Paragraph {k} of the story carries on with enough words to read as prose here."
        for k in range(4)
    )
    text = (
        "Rail strike halts freight across the north\n\n"
        "By Jo March\n\n"
        + body
        + "\nStrike talks in pictures\nPlay Video\n"
        + body
        + "\nWhat happens next\n"
        + body
        + "\n"
    )
    article = parse_text(text).article
    promos = [b.text for b in article.blocks if b.kind is BlockKind.PROMO]
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert promos == ["Strike talks in pictures", "Play Video"]
    assert headings == ["What happens next"]


def test_author_names_drop_roles_and_refuse_outlets() -> None:
    from reader.ingest.lines import author_name

    assert author_name("Evan Smith Staff Writer") == "Evan Smith"
    assert author_name("Ana Ruiz, Senior Correspondent") == "Ana Ruiz"
    assert author_name("Coast News Updated") is None
    assert author_name("The Harbour") is None
    assert author_name("fisheries ministries") is None
    assert author_name("Mara van Quint") == "Mara van Quint"


def test_a_caption_with_its_credit_on_the_next_line_is_no_subtitle() -> None:
    text = (
        "Council weighs a night bus for the valley towns\n\n"
        "Councillor Ada Brook speaks at the depot last week.\n"
        "(Tom Fell / Valley Echo)\n\n"
        "By Rosa Lind\n\n"
        "March 4, 2026\n\n"
        "The council will decide in April whether to run a night bus between the three valley"
        " towns, after a survey found strong support among shift workers.\n"
    )
    article = parse_text(text).article
    assert article.subtitle is None
    captions = [b.text for b in article.blocks if b.kind is BlockKind.CAPTION]
    assert captions == [
        "Councillor Ada Brook speaks at the depot last week. (Tom Fell / Valley Echo)"
    ]
    assert article.authors == ["Rosa Lind"]


def test_a_line_after_the_share_buttons_is_no_subtitle() -> None:
    text = (
        "Coast News March 4, 2026, 7:02 AM\n"
        "Ferry fares rise for the second time this year\n"
        " Share\n Tweet\n Email\n"
        " Island commuters on the new ferry fares \n\n"
        "Fares on the island ferries will rise by a tenth from May, the operator said on"
        " Monday, the second increase since January.\n"
    )
    article = parse_text(text).article
    assert article.title == "Ferry fares rise for the second time this year"
    assert article.subtitle is None
    assert article.body()[0].text.startswith("Fares on the island ferries")


def test_a_credit_after_a_blank_line_does_not_swallow_the_paragraph_above() -> None:
    text = (
        "Council weighs a night bus for the valley towns\n\n"
        "The council will decide in April whether to run a night bus, after a survey found"
        " strong support among shift workers.\n\n"
        "“We asked for this for years and nobody listened,” said Ada Brook, a nurse.\n\n"
        "Tom Fell / Valley Echo.\n\n"
        "“People should get credit for the work they did on this,” Brook said.\n"
    )
    article = parse_text(text).article
    body = [b.text for b in article.body()]
    assert body[1].startswith("“We asked for this")
    assert body[2].startswith("“People should get credit")  # "credit" in prose: no caption
    assert [b.text for b in article.blocks if b.kind is BlockKind.CAPTION] == [
        "Tom Fell / Valley Echo."
    ]


def test_an_images_file_name_between_paragraphs_is_boilerplate_not_a_promo() -> None:
    lede = (
        "The harbour council voted on Tuesday to rebuild the lighthouse on the northern cliff, "
        "ending a decade of argument over the cost."
    )
    after = (
        "Work on the foundations is due to begin in the autumn, and the lamp should be lit "
        "again within two years."
    )
    for name in ("IMG_2041.JPG", "HARBOUR22-Lamp-1160x768.jpg"):
        text = f"Council backs lighthouse plan\n\nBy Marta Quill\n\n{lede}\n\n{name}\n\n{after}\n"
        assert kinds(parse_text(text))[7] == "boilerplate"
