"""A page past libxml2's default limits is read, and what reader cannot read is said:
an article nested 300 levels deep or after a 10 MB data URI is read whole (with the
defaults it was an empty document); a page nested past even the larger limit, or with
no text at all, gives a one-line warning beside what could be read, never silence."""

from __future__ import annotations

import pytest
from html_pages import ARTICLE

from reader import cli
from reader.ingest.source import from_bytes
from reader.model import Document
from reader.sources import parse_source
from reader.sources.finish import NOTHING_FOUND

SENTENCE = "The council of Portwen voted on Tuesday to rebuild the lighthouse"
HEAD, _, REST = ARTICLE.partition("<body>")
BODY, _, TAIL = REST.partition("</body>")


def nested(depth: int, before: str = "") -> str:
    return f"{HEAD}<body>{before}{'<div>' * depth}{BODY}{'</div>' * depth}</body>{TAIL}"


def parsed(page: str) -> Document:
    return parse_source(from_bytes(page.encode(), "page.html"))


@pytest.mark.parametrize(
    "page",
    [nested(300), nested(1, '<img src="data:image/png;base64,' + "A" * 10_500_000 + '">')],
    ids=["300 levels", "10 MB data URI"],
)
def test_a_page_past_the_parsers_default_limits_is_read(page: str) -> None:
    document = parsed(page)
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"
    assert any(SENTENCE in block.text for block in document.article.blocks)
    assert [c.author for c in document.article.comments][:2] == ["Ossian Brae", "Lina Moor"]
    assert document.warnings == []


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (nested(5000), "the page's markup is past what reader reads"),
        ("<html><body><script>draw()</script></body></html>", NOTHING_FOUND),
    ],
    ids=["5000 levels", "no text"],
)
def test_what_cannot_be_read_is_one_line(
    page: str, said: str, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(page)
    assert cli.main(["parse", "--text", str(path)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: ") and said in lines[0], lines
