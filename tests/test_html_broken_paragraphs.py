"""HTML input, session 30: a body of ``<br>``s in one ``div`` reads as its text copy would,
a blank line parting paragraphs and a head of short lines (byline, role, date) its lines."""

from __future__ import annotations

from test_html_dates_30 import LONG, _page

from reader.model import BlockKind

OTHER = (
    "Passengers waited on the slipway with flasks of tea while the skipper argued with the"
    " harbour master about whose rope had snapped first."
)


def test_a_body_of_brs_is_its_paragraphs_with_its_byline_and_date() -> None:
    body = f"<div class='copy'>By Orla Penhale<br>Correspondent<br>06/21/2023<br><br>{LONG}"
    article = _page("", "<h1>Pontoon late again</h1>", body=f"{body}<br><br>{OTHER}</div>")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs[-2:] == [LONG, OTHER]
    assert article.authors == ["Orla Penhale"]
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["By Orla Penhale"] is BlockKind.BYLINE
    assert kinds["06/21/2023"] is BlockKind.TIMESTAMP


def test_lines_of_prose_broken_by_one_br_stay_one_paragraph() -> None:
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}<br>{OTHER}</p>")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == [f"{LONG} {OTHER}"]


def test_a_line_going_on_with_its_sentence_stays_joined() -> None:
    wrapped = (
        "<p>The skipper said the rope<br>had snapped twice before noon.<br>"
        "Nobody on the slipway<br>believed a word of it.</p>"
    )
    article = _page("", "<h1>Pontoon late again</h1>", body=wrapped + f"<p>{LONG}</p>")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    said = "The skipper said the rope had snapped twice before noon."
    assert paragraphs[0] == f"{said} Nobody on the slipway believed a word of it."


def test_a_line_ending_no_sentence_goes_on_into_the_sentence_it_opens_in_any_case() -> None:
    told = "<p>The ferryman warned us<br>Ines Tallack had seen it.<br>The gate was left open.</p>"
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}</p>{told}")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    said = "The ferryman warned us Ines Tallack had seen it. The gate was left open."
    assert paragraphs[-1] == said


def test_short_lines_of_one_box_under_no_byline_are_its_list_not_captions_or_a_stamp() -> None:
    hours = "<p>Weekdays<br>8.15 A.M. / 6.45 P.M.<br>Saturdays<br>10.00 A.M. / 4.30 P.M.</p>"
    tour = "<p>Photo: 12 May, Quillby Corn Exchange<br>Photo: 19 May, Hesketh Drill Hall</p>"
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}</p>{hours}{tour}")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["8.15 A.M. / 6.45 P.M."] is BlockKind.PARAGRAPH
    assert kinds["Photo: 12 May, Quillby Corn Exchange"] is BlockKind.PARAGRAPH
    assert not any(b.kind is BlockKind.TIMESTAMP for b in article.blocks)
