"""One way in (reader.sources): every kind of input one entry, every caller one path."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

from reader import sources
from reader.ingest.source import SourceText, from_bytes
from reader.sources import KINDS, Kind, load_document, parse_source, preview

PAGE = b"""Gulls return to the Lark Sound pier

PORT WREN \xe2\x80\x94 The gulls are back on the pier after two quiet winters, and the fishers are glad.

\xe2\x80\x9cWe missed the noise,\xe2\x80\x9d said Tamsin Reyes, who runs the bait shop.
"""


def test_each_kind_is_one_entry_and_text_takes_what_no_other_does() -> None:
    assert [k.name for k in KINDS] == ["discussion", "html", "text"]
    assert KINDS[-1].recognise(from_bytes(b"<anything>, {or this}", "x"))


@pytest.mark.parametrize(
    ("name", "kind", "title"),
    [
        ("page.txt", "text", "Gulls return to the Lark Sound pier"),
        ("page.html", "html", "Gulls return to the pier"),
        (str(FIXTURES / "discussions" / "hn_ask.json"), "hackernews", None),
    ],
)
def test_the_preview_is_the_kinds_and_nothing_is_analysed(
    name: str, kind: str, title: str | None
) -> None:
    if name == "page.html":
        data = b"<!doctype html><title>Gulls return | News</title><h1>Gulls return to the pier</h1>"
    else:
        data = Path(name).read_bytes() if Path(name).exists() else PAGE
    first = preview(from_bytes(data, name))
    assert first is not None and first.source_kind == kind
    assert first.article.quotes == [] and first.article.speakers == []
    if title:
        assert first.article.title == title


def test_parse_gives_the_finished_document_of_the_kind() -> None:
    document = parse_source(from_bytes(PAGE, "page.txt"))
    assert document.source_kind == "text" and document.article.speakers
    saved = load_document(str(FIXTURES / "discussions" / "hn_ask.json"))
    assert saved.source_kind == "hackernews" and saved.article.comments


def test_a_brace_that_opens_no_thread_is_read_as_a_page() -> None:
    document = parse_source(from_bytes(b"{Braces} open this page\n\nAnd then prose.\n", "x"))
    assert document.source_kind == "text"


def test_a_kind_may_claim_a_name_and_read_it_its_own_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """How a discussion site's address (``hn:123``) comes in: one more entry."""
    read: list[tuple[str, bool]] = []

    def fetch_thread(name: str, refresh: bool) -> SourceText:
        read.append((name, refresh))
        return from_bytes(PAGE, name)

    site = Kind(
        "site",
        lambda source: source.name.startswith("site:"),
        lambda source, refresh: KINDS[-1].parse(source, refresh),
        KINDS[-1].preview,
        claims=lambda name: name.startswith("site:"),
        read=fetch_thread,
    )
    monkeypatch.setattr(sources, "KINDS", (site, *KINDS))
    document = load_document("site:42", refresh=True)
    assert read == [("site:42", True)] and document.article.title.startswith("Gulls")


def test_reading_a_page_does_not_import_the_fetch_and_fetch_does_not_import_reading() -> None:
    """ingest/source.py and ingest/fetch.py imported each other; names are read in sources."""
    imports = {
        path.name: {
            node.module
            for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.ImportFrom)
        }
        for path in (ROOT / "reader" / "ingest").glob("*.py")
    }
    assert "reader.ingest.fetch" not in imports["source.py"]
    assert not any(m and m.startswith("reader.sources") for ms in imports.values() for m in ms)


def test_whether_a_name_is_a_web_address_is_asked_in_one_place() -> None:
    """``ingest.source.is_url``: the checks that disagreed ("Http://…" a file to one, a
    URL to another; a file named "httpbin.txt" a web address to the app) are gone."""
    spelled = re.compile(r"""startswith\(\(?["']https?\b""")
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "reader").rglob("*.py")
        if spelled.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def _big_page(tmp_path: Path, name: str = "big.txt") -> Path:
    """A page over the head's size: an article, then a long log of numbered lines."""
    from reader.sources.head import HEAD_BYTES

    lines = [PAGE.decode()]
    number = 0
    while sum(map(len, lines)) <= 2 * HEAD_BYTES:
        number += 1
        lines.append(f"Entry {number}: the harbour log notes one more boat at the pier.\n\n")
    path = tmp_path / name
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_big_text_file_paints_from_its_head_and_reads_the_whole_after(tmp_path: Path) -> None:
    path = _big_page(tmp_path)
    head, whole = sources.read_first(str(path))
    assert whole is not None
    assert head.text.startswith("Gulls return to the Lark Sound pier")
    assert head.text.rstrip().endswith("pier.")  # whole lines
    assert len(head.text) < len(path.read_text()) * 0.6
    assert whole() == sources.read_input(str(path))  # the whole, read as the command line does


def test_small_files_markup_and_other_names_are_read_whole_at_once(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_bytes(PAGE)
    markup = _big_page(tmp_path, "big.html")
    for name in (str(small), str(markup), None):
        source, whole = sources.read_first(name)
        assert whole is None and source == sources.read_input(name)
