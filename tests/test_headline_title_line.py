"""A copy of the whole page carries the page's own title line at its top ("Lamplight |
Brindle Valley Gazette"): the line it names, over the byline past a dek, is the headline
however short it is (an article page's title names the article, not its section); a
masthead the title line names, over no byline, is not."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, BYLINE, DEK, TOP

SITE = "Brindle Valley Gazette"


def _title(lines: list[str]) -> str | None:
    return parse_text("\n".join(lines) + "\n").article.title


def test_the_title_line_names_a_short_headline_over_its_dek() -> None:
    for sep in (" | ", " - ", " — "):
        page = [f"Lamplight{sep}{SITE}", *TOP, "Lamplight", DEK, *BYLINE, *BODY]
        assert _title(page) == "Lamplight"


def test_a_short_line_over_a_headline_stays_a_kicker_without_the_title_line() -> None:
    assert _title([*TOP, "Heritage", DEK, *BYLINE, *BODY]) == DEK


def test_a_title_line_naming_the_masthead_takes_no_headline_from_it() -> None:
    page = [f"{SITE} | News from the valley", *TOP, DEK, *BYLINE, *BODY]
    assert _title(page) == DEK
