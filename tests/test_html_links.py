"""An HTML page's links stay with its article: on the paragraph that holds them."""

from __future__ import annotations

from reader.ingest.source import from_bytes
from reader.model import Link
from reader.sources import parse_source

PAGE = """<!doctype html><html><head><title>Tide tables move online | Harbour Post</title>
<link rel="canonical" href="https://harbour.example/tides-online">
</head><body>
<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Tide tables move online</h1>
<p>By Ola Finch</p>
<p>The harbour office will stop printing its tide tables in May, and the
<a href="/tables">new online tables</a> will be updated every week, the office said.</p>
<p>Fishers who want paper copies can ask at the
<a href="https://library.example/branches">library branches</a> along the coast, which
will print them on request for a small fee.</p>
<p>Readers mentioned Facebook groups where the old tables are shared as photographs.</p>
<p><a href="javascript:void(0)">Print this page</a> <a href="https://[no-host]/x">Odd link</a></p>
</article>
<div class="share"><a href="https://facebook.example/share">Facebook</a></div>
</body></html>"""


def test_links_sit_on_their_paragraphs_and_the_page_knows_its_address():
    article = parse_source(from_bytes(PAGE.encode(), "tides.html")).article
    assert article.url == "https://harbour.example/tides-online"
    linked = {link: b.text[:20] for b in article.blocks for link in b.links}
    assert linked == {
        Link("new online tables", "https://harbour.example/tables"): "The harbour office w",
        Link("library branches", "https://library.example/branches"): "Fishers who want pap",
    }  # not the menu, not the share button's "Facebook", no javascript: or broken address
