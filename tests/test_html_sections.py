"""HTML input: an article whose body the page sets in boxes parted by an ad is read
whole, not cut at the ad."""

from __future__ import annotations

from test_html_page import parse_html_text

from reader.model import BlockKind

FIRST = [
    "The council of Portwen voted on Tuesday to rebuild the lighthouse that has stood dark"
    " on the northern cliff since the storm, ending a decade of argument over its cost.",
    "The campaign began with a petition signed by nearly every fisher in the town, and it"
    " grew into a fund that paid for the surveys the council had asked for in the spring.",
    "Harriet Vell, the harbour master, said the vote was the best news the harbour had"
    " heard in years, and that the boats would be glad of the light on winter nights.",
]
SECOND = [
    "Work on the foundations is due to begin in the autumn, and the council expects the"
    " lamp to be lit again within two years, weather permitting, the engineers said.",
    "The old lens, kept in the town museum since the storm, will go back into the lantern"
    " room once it has been cleaned and its brass frame has been mended by hand.",
    "The harbour master hopes the first ship to see the new light will be the ferry from"
    " the islands, whose crews have asked for the lighthouse back for many years.",
]


def box(texts: list[str]) -> str:
    return "<div class='article__body'>" + "".join(f"<p>{t}</p>" for t in texts) + "</div>"


def test_the_body_after_an_ad_between_two_boxes() -> None:
    # extraction takes the first element of a body's class ("article__body") for the body
    ad = "<div class='ad-slot'><p>Advertisement</p></div>"
    page = (
        "<!DOCTYPE html><html><head><title>Lighthouse vote</title></head><body><main><article>"
        f"<h1>Harbour town votes to rebuild the old lighthouse</h1>{box(FIRST)}{ad}"
        f"{box(SECOND)}</article></main><footer><p>About us</p></footer></body></html>"
    )
    article = parse_html_text(page).article
    body = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert body[-3:] == SECOND
    assert body.index(FIRST[-1]) < body.index(SECOND[0])


def test_a_box_with_a_form_is_no_part_of_the_body() -> None:
    form = (
        "<div class='article__body'><form action='/comment'>"
        + "".join(f"<p>{t}</p>" for t in SECOND)
        + "<input name='c'></form></div>"
    )
    page = (
        "<!DOCTYPE html><html><head><title>Lighthouse vote</title></head><body><main><article>"
        f"<h1>Harbour town votes to rebuild the old lighthouse</h1>{box(FIRST)}{form}"
        "</article></main></body></html>"
    )
    body = [b.text for b in parse_html_text(page).article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert SECOND[0] not in body
