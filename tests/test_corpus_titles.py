"""On each real page in ../shared/corpus, the title is the article's headline.

Each headline was found by hand once (checked against the page's <h1>); the test
keeps its line number, not its words.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, parse_text, shared_file

HEADLINE_LINE = {
    "aclu-facebook-tracking-comments": 64,
    "californiaglobe-amazon-comments": 12,
    "cbsnews-impeachment-volker-morrison": 74,
    "cbsnews-sc-black-voters": 28,
    "cnn-harry-meghan-interview": 12,
    "deccanherald-impeachment-sham": 164,
    "detroitnews-indiana-teachers": 3,
    "hearya-metal-list-comments": 10,
    "intercept-gaza-births": 28,
    "latimes-bloomberg-campaign": 108,
    "nervousbreakdown-heart-comments": 10,
    "nytimes-deficit-tax-cuts": 12,
    "nytimes-trump-trade-war": 11,
    "pft-chargers-lynn-comments": 93,
    "polygraph-russia-syria-tanf": 30,
    "timesofisrael-montoya-lewis": 56,
    "usatoday-epstein-guards-charged": 3,
    "wapo-obama-netanyahu": 48,
    "wptavern-stackoverflow-comments": 24,
}


@pytest.mark.parametrize("name", sorted(HEADLINE_LINE))
def test_title_is_the_headline(name: str) -> None:
    path = shared_file(CORPUS / f"{name}.txt")
    text = path.read_text(encoding="utf-8")
    article = parse_text(text).article
    title_blocks = [b for b in article.blocks if b.kind.value == "title"]
    assert [b.lines for b in title_blocks] == [[HEADLINE_LINE[name]]]
    headline = text.split("\n")[HEADLINE_LINE[name] - 1]
    assert article.title == " ".join(headline.replace("\u00a0", " ").split())
