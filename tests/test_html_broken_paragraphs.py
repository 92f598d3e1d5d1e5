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


def test_sentences_set_apart_by_one_br_are_paragraphs() -> None:
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}<br>{OTHER}</p>")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == [LONG, OTHER]


def test_a_line_going_on_with_its_sentence_stays_joined() -> None:
    wrapped = (
        "<p>The skipper said the rope<br>had snapped twice before noon.<br>"
        "Nobody on the slipway<br>believed a word of it.</p>"
    )
    article = _page("", "<h1>Pontoon late again</h1>", body=wrapped + f"<p>{LONG}</p>")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    said = "The skipper said the rope had snapped twice before noon."
    assert paragraphs[:2] == [said, "Nobody on the slipway believed a word of it."]


def test_a_line_ending_no_sentence_goes_on_into_the_sentence_it_opens_in_any_case() -> None:
    told = "<p>The ferryman warned us<br>Ines Tallack had seen it.<br>The gate was left open.</p>"
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}</p>{told}")
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    said = "The ferryman warned us Ines Tallack had seen it."
    assert paragraphs[-2:] == [said, "The gate was left open."]


def test_short_lines_of_one_box_under_no_byline_are_its_list_not_captions_or_a_stamp() -> None:
    hours = "<p>Weekdays<br>8.15 A.M. / 6.45 P.M.<br>Saturdays<br>10.00 A.M. / 4.30 P.M.</p>"
    tour = "<p>Photo: 12 May, Quillby Corn Exchange<br>Photo: 19 May, Hesketh Drill Hall</p>"
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}</p>{hours}{tour}")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["8.15 A.M. / 6.45 P.M."] is BlockKind.PARAGRAPH
    assert kinds["Photo: 12 May, Quillby Corn Exchange"] is BlockKind.PARAGRAPH
    assert not any(b.kind is BlockKind.TIMESTAMP for b in article.blocks)


def test_a_source_line_end_after_each_br_breaks_a_line_not_a_paragraph() -> None:
    hours = (
        "<p>Weekdays<br>\n8.15 A.M. / 6.45 P.M.<br>\n  Saturdays<br>\n10.00 A.M. / 4.30 P.M.</p>"
    )
    wrapped = "<p>The skipper said the rope<br>\nhad snapped twice before noon.</p>"
    article = _page("", "<h1>Pontoon late again</h1>", body=f"<p>{LONG}</p>{hours}{wrapped}")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["8.15 A.M. / 6.45 P.M."] is BlockKind.PARAGRAPH
    assert not any(b.kind is BlockKind.TIMESTAMP for b in article.blocks)
    assert kinds["The skipper said the rope had snapped twice before noon."] is BlockKind.PARAGRAPH


def test_short_lines_over_prose_in_one_br_box_stand_alone() -> None:
    box = f"<p>Weekdays<br>8.15 A.M. / 6.45 P.M.<br>{LONG}<br>{OTHER}</p>"
    article = _page("", "<h1>Pontoon late again</h1>", body=box)
    texts = [b.text for b in article.blocks]
    assert "8.15 A.M. / 6.45 P.M." in texts
    assert texts[-2:] == [LONG, OTHER]
