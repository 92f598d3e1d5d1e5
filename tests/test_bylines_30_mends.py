"""Lines at the article's end or under its headline that name people who did not write it:
a credit for something other than the writing ("Organised by …", "Hosted by …"), a way
to reach someone who is not said to be a writer, a sentence about what someone writes,
a sponsor's label over the body. Each page is written for its test, with invented names."""

from __future__ import annotations

import pytest
from byline_pages import CHROME_BOTTOM, CHROME_TOP, FOOTER, PARAGRAPHS

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article

_HEADLINE = "Lantern walk returns to the canal towpath"
_DEK = "Volunteers said the first walk of the autumn drew twice the usual crowd."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    lines = [*CHROME_TOP, _HEADLINE, _DEK, *header, *PARAGRAPHS, *closing, *CHROME_BOTTOM]
    text = "\n\n".join([*lines, *FOOTER]) + "\n"
    return parse_page(SourceText("written.txt", text, "utf-8"))


@pytest.mark.parametrize(
    "label",
    [
        "Sponsored by Canal Lanterns",
        "Brought to you by Varrow Mutual",
        "In association with and supported by Varrow Mutual",
        "Paid for by Orrin Pelgate",
    ],
)
def test_a_sponsors_label_under_the_headline_is_no_byline(label: str) -> None:
    assert _page([label, "April 9, 2025"]).authors == []
