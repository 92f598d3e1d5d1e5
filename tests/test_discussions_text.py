"""A post's HTML into paragraphs, quotes and code; times made UTC; nothing from a
site's answer reaches the terminal as a control sequence."""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from pathlib import Path

from reader.ingest.discussions.comment_html import pieces
from reader.ingest.discussions.times import iso_utc
from reader.sources import load_document


def test_hacker_news_paragraphs_quotes_and_code() -> None:
    html = "One<p>&gt; quoted<p>Two<p><pre><code>  a = 1\n  b = 2\n</code></pre>Three"
    assert pieces(html) == [
        ("paragraph", "One"),
        ("quote", "quoted"),
        ("paragraph", "Two"),
        ("code", "  a = 1\n  b = 2"),
        ("paragraph", "Three"),
    ]


def test_line_breaks_stay_and_quoted_lines_among_them_are_quotes() -> None:
    html = "<p>first line<br>&gt; said before<br>&gt; and more<br>last line</p>"
    assert pieces(html) == [
        ("paragraph", "first line"),
        ("quote", "said before and more"),
        ("paragraph", "last line"),
    ]


def test_links_mentions_and_tags() -> None:
    html = (
        '<p><a href="https://x.social/@ann" class="u-url mention">@<span>ann</span></a> see '
        '<a href="https://example.org/a/long/path">https://example.org/a/lo...</a> and '
        '<a href="https://example.org/b">this page</a> '
        '<a href="https://x.social/tags/boats" class="mention hashtag">#<span>boats</span></a></p>'
    )
    assert pieces(html) == [
        (
            "paragraph",
            "@ann see https://example.org/a/long/path and this page (https://example.org/b) #boats",
        )
    ]


def test_blockquotes_lists_and_scripts() -> None:
    html = "<blockquote><p>a</p><p>b</p></blockquote><ul><li>one</li><li>two</li></ul><script>x()</script>"
    assert pieces(html) == [
        ("quote", "a"),
        ("quote", "b"),
        ("paragraph", "• one"),
        ("paragraph", "• two"),
    ]


def test_times_become_utc() -> None:
    assert iso_utc("2024-03-01T08:05:09.000-06:00") == "2024-03-01T14:05:09Z"
    assert iso_utc("Fri, 01 Mar 2024 14:05:09 +0000") == "2024-03-01T14:05:09Z"
    assert iso_utc(1709301909) == "2024-03-01T14:05:09Z"
    assert iso_utc("yesterday") is None and iso_utc(True) is None


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _strings(value: object) -> list[str]:
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, list):
            stack.extend(item)
        elif is_dataclass(item):
            stack.extend(getattr(item, f.name) for f in fields(item))
    return found


def test_no_control_character_from_a_sites_answer(tmp_path: Path) -> None:
    evil = "\x1b]0;pwned\x07\x1b[31mred\x9b2J"
    item = {
        "id": 1,
        "type": "story",
        "created_at_i": 1,
        "author": evil,
        "title": f"Title {evil}",
        "url": None,
        "text": "Text &#27;[31m&#7; &#x9b;",
        "points": 1,
        "children": [
            {
                "id": 2,
                "type": "comment",
                "created_at": evil,
                "author": evil,
                "text": f"<p>{evil}<pre><code>{evil}</code></pre><a href='https://e.org/{evil}'>x</a>",
                "children": [],
            }
        ],
    }
    path = tmp_path / "item.json"
    path.write_text(json.dumps(item))
    document = load_document(str(path))
    strings = _strings(document)
    assert "red" in " ".join(strings)
    assert [s for s in strings if _CONTROL.search(s)] == []


def test_the_quick_path_for_plain_paragraphs_gives_what_the_parser_gives() -> None:
    from reader.ingest.discussions import comment_html

    for html in ("One<p>&gt; quoted &amp; kept<p>Two\nlines", "  <p><p>x  y", "&gt;a<p>b"):
        parser = comment_html._Pieces()
        parser.feed(html)
        parser.close()
        assert comment_html.pieces(html) == parser.finish()
