"""`reader parse`: JSON lines, Markdown and text, files and standard input."""

from __future__ import annotations

import json
import subprocess
import sys

TEXT = (
    "Lighthouse keeper retires after forty years\n\n"
    "The keeper of the Saltmarsh light handed over the keys on Sunday.\n\n"
    "“It was never lonely,” said Edda Voss, who kept the light since the 1980s.\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "parse", *args],
        input=stdin,
        capture_output=True,
        text=True,
    )


def test_json_lines_one_document_per_file_in_order(tmp_path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT)
    second.write_text(TEXT.replace("Lighthouse keeper", "Ferry captain"))
    result = run("--json", str(first), str(second))
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["input"] for d in documents] == [str(first), str(second)]
    assert documents[1]["article"]["title"].startswith("Ferry captain")


def test_standard_input() -> None:
    result = run("--json", "-", stdin=TEXT)
    article = json.loads(result.stdout)["article"]
    assert article["title"] == "Lighthouse keeper retires after forty years"
    assert [b["kind"] for b in article["blocks"]] == ["title", "paragraph", "paragraph"]


def test_markdown_and_text() -> None:
    markdown = run("--markdown", "-", stdin=TEXT).stdout
    assert markdown.startswith("# Lighthouse keeper retires after forty years\n")
    text = run("--text", "-", stdin=TEXT).stdout
    assert text.startswith("LIGHTHOUSE KEEPER RETIRES AFTER FORTY YEARS\n=====")
    assert "The keeper of the Saltmarsh light" in text


def test_no_file_parses_the_demo_article() -> None:
    result = run("--json")
    assert result.returncode == 0
    article = json.loads(result.stdout)["article"]
    assert article["title"] and article["comments"]


def test_a_bad_file_among_good_ones_is_reported_and_the_rest_printed(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    result = run("--json", str(tmp_path / "missing.txt"), str(good))
    assert result.returncode == 1
    assert result.stderr.startswith("reader:") and len(result.stdout.splitlines()) == 1
