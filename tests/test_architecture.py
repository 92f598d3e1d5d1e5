"""The layers hold: the contracts of pyproject.toml (`lint-imports`), mypy (strict on the whole
package, the app included, pyproject's `[tool.mypy]`), and the model, the parsers and the analysis run
without Textual; modules and functions stay small enough to read."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from tools import ROOT, run_tool

MODULE_LINES = 200  # a module longer than this holds two things: split it by what it holds
FUNCTION_LINES = 50  # a function longer than this does several steps: name them

MODULES = [
    "reader.model",
    "reader.ingest.page",
    "reader.ingest.source",
    "reader.render.json_out",
    "reader.render.markdown",
    "reader.render.plain",
    "reader.sources",
    "reader.config",
    "reader.config.state",
    "reader.render.highlight",
    "reader.cli_config",
    "reader.cli",
]


def test_import_contracts_are_kept() -> None:
    result = run_tool("lint-imports", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_error() -> None:
    result = run_tool("mypy")  # its cache (.mypy_cache) keeps a second run short
    assert result.returncode == 0, result.stdout + result.stderr


def test_reading_a_page_and_the_settings_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + "from reader.sources import load_document\n"
        + "load_document(None)\n"
        + "reader.config.load_themes()\n"
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    "unneeded",
    [
        ("ssl", "socket", "http.client"),  # the network code: only for URLs
        # the package's files (and tempfile, random through them): only for the demo (a
        # quarter of a megabyte of a big page's traced peak)
        ("importlib.resources", "tempfile"),
    ],
)
def test_a_file_is_read_and_parsed_without_loading_what_it_does_not_use(
    tmp_path, unneeded: tuple[str, ...]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A headline over a page\n\nIts one paragraph, a sentence of words.\n")
    code = (
        "import sys\n"
        "from reader.sources import load_document\n"
        f"load_document({str(page)!r})\n"
        f"print(','.join(m for m in {unneeded!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_modules_and_functions_stay_small() -> None:
    """No module of the package over MODULE_LINES lines, no function (its decorators
    included) over FUNCTION_LINES."""
    long: list[str] = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        if (lines := len(text.splitlines())) > MODULE_LINES:
            long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                size = (node.end_lineno or node.lineno) - start + 1
                if size > FUNCTION_LINES:
                    long.append(f"{name}:{start} {node.name}: {size} lines")
    assert not long, "\n".join(long)
