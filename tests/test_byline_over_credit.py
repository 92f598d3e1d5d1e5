"""A byline over a photo's credit line is the byline, not the photo's caption."""

from __future__ import annotations

from conftest import parse_text

from reader.model import BlockKind

PAGE = """Lanterns return to the harbour festival
By Corisande Mbeki-Holt
Picture: Evander Quist / Tidewater Images
14 June 2026

Organisers of the harbour festival say the paper lantern parade will return this summer after a break of three years.

The parade's route will run along the old quay, the committee said on Friday.
"""


def test_a_byline_over_a_photo_credit_names_the_writer() -> None:
    article = parse_text(PAGE).article
    assert article.authors == ["Corisande Mbeki-Holt"]
    kinds = {block.text: block.kind for block in article.blocks}
    assert kinds["By Corisande Mbeki-Holt"] == BlockKind.BYLINE
    assert kinds["Picture: Evander Quist / Tidewater Images"] == BlockKind.CAPTION
