"""The JSON output and docs/json-format.md agree, field for field."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, parse_text

from reader.render import json_out
from reader.render.json_out import document_dict, to_json
from reader.sources import demo_source, parse_source, read_input

DOC = Path(__file__).resolve().parent.parent / "docs" / "json-format.md"


def documented() -> dict[str, set[str]]:
    """Field names per "## Section" table in the doc."""
    tables: dict[str, set[str]] = {}
    section = ""
    for line in DOC.read_text().splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        match = re.match(r"^\| `(\w+)` \|", line)
        if match:
            tables.setdefault(section, set()).add(match.group(1))
    return tables


def test_demo_output_has_exactly_the_documented_fields() -> None:
    tables = documented()
    data = document_dict(parse_source(demo_source()))
    assert set(data) == tables["Document"]
    article = data["article"]
    assert set(article) == tables["Article"]
    for block in article["blocks"]:
        assert set(block) <= tables["Block"] and {"id", "kind", "text", "lines"} <= set(block)
    assert article["comments"], "the demo article has comments"
    for comment in article["comments"]:
        assert set(comment) == tables["Comment"]
        for pasted in comment["articles"]:
            assert set(pasted) == tables["Article"]
        for evidence in comment["reply_evidence"]:
            assert set(evidence) == tables["Evidence"]
    for quote in article["quotes"]:
        assert set(quote) == tables["Quote"]
    for speaker in article["speakers"]:
        assert set(speaker) == tables["Speaker"]


def test_block_kinds_are_the_documented_ones() -> None:
    text = DOC.read_text()
    kinds_line = text[text.index("Kinds:") : text.index("Every non-blank")]
    documented_kinds = set(re.findall(r"`(\w+)`", kinds_line))
    from reader.model import BlockKind

    assert documented_kinds == {k.value for k in BlockKind}


def test_one_line_per_document() -> None:
    line = to_json(parse_text("A headline for the test\n\nA paragraph that is here.\n"))
    assert "\n" not in line
    assert json.loads(line)["version"] == 1


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_json_is_the_document_dict_encoded(name: str) -> None:
    """to_json writes comments itself, for speed: byte for byte what json.dumps gives."""
    document = parse_source(read_input(str(FIXTURES / name)))
    encoded = json.dumps(
        document_dict(document), ensure_ascii=False, separators=(",", ":"), check_circular=False
    )
    assert to_json(document) == encoded


@pytest.mark.parametrize("name", ["wordpress_says.txt", "plain_article.txt"])
def test_json_written_a_few_blocks_and_comments_at_a_time_is_the_same_line(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_out, "_A_WRITE", 2)  # blocks and comments, two at a time
    document = parse_source(read_input(str(FIXTURES / name)))
    out = io.StringIO()
    json_out.write_json(document, out)
    assert out.getvalue() == to_json(document) + "\n"


def test_a_discussion_has_exactly_the_documented_fields() -> None:
    """A thread (an Ask HN saved answer: nothing to fetch) adds the Discussion table."""
    tables = documented()
    path = FIXTURES / "discussions" / "hn_ask.json"
    document = parse_source(read_input(str(path)))
    data = document_dict(document)
    assert set(data) == tables["Document"] and data["source_kind"] == "hackernews"
    assert set(data["discussion"]) == tables["Discussion"]
    for comment in data["article"]["comments"]:
        assert set(comment) == tables["Comment"]
        for evidence in comment["reply_evidence"]:
            assert set(evidence) == tables["Evidence"]
    assert data["article"]["comments"][1]["time"] == "2024-06-10T08:30:00Z"
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    assert to_json(document) == encoded
