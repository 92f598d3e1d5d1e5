"""Each theme element is declared once, and no colour is written outside a theme."""

from __future__ import annotations

import re
import tokenize
from pathlib import Path

from reader.config.theme_spec import ELEMENTS, TEXT_ELEMENTS
from reader.config.themes import load_themes
from reader.render.tokens import ELEMENT_TOKENS

UI = Path(__file__).parents[2] / "reader" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
NAMED = re.compile(r":\s*(?:black|white|red|green|yellow|blue|magenta|cyan)\b")


def test_the_lexer_colours_exactly_the_text_elements():
    assert set(ELEMENT_TOKENS) == set(TEXT_ELEMENTS)


def test_every_shipped_theme_styles_every_element_itself():
    for path in sorted((UI.parent.parent / "themes").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        written = set(re.findall(r"^([a-z-]+) = ", text.split("[styles]")[1], re.MULTILINE))
        assert written == set(ELEMENTS), path.name
        assert "threads = [" in text, path.name
    assert all(len(spec.threads) >= 4 for spec in load_themes().themes.values())


def _strings(path: Path) -> list[str]:
    with path.open("rb") as source:
        tokens = tokenize.tokenize(source.readline)
        return [t.string for t in tokens if t.type == tokenize.STRING]


def test_no_colour_is_written_in_the_ui_code_or_its_css():
    found = {}
    for path in sorted(UI.rglob("*.py")):
        if hits := [c for text in _strings(path) for c in HEX.findall(text)]:
            found[path.name] = hits
    for path in sorted(UI.rglob("*.tcss")):
        css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        if hits := HEX.findall(css) + NAMED.findall(css):
            found[path.name] = hits
    assert found == {}
