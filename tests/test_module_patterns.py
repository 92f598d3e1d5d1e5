"""Each module's patterns are in re's cache before its code runs (reader/pattern_preload.py).

Assumption: a module compiles the same patterns at its top level in every run (its
text does not change between runs), so what it held at the last run's end is what it
will ask ``re`` for; a run imports only some of the package's modules (a parse never
the app's), so only theirs are built. Each test imports an invented package of its own
from a temporary folder, through a finder of that package's modules.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader import pattern_cache
from reader.pattern_cache import Entry
from reader.pattern_preload import HELD, ModulePatterns

PACKAGE = "kept_patterns_pkg"
PATTERN = r"(?P<m>(?i:jan|feb|mar)\w*)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)"
OTHER = r"(?P<hour>\d{1,2}):(?P<minute>\d\d) ?(?:am|pm)"
TEXT = "Posted MAR 3rd, 2026 and Jan 12 2027"


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    folder = tmp_path / PACKAGE
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "dated.py").write_text(
        "import re\n"
        f"PATTERN = re.compile({PATTERN!r}, re.MULTILINE)\n"
        f"MADE = (re.compile({PATTERN + '|x'!r}),)\n"
    )
    (folder / "timed.py").write_text(f"import re\nTIME = {{'t': re.compile({OTHER!r})}}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield folder
    _forget()


def _forget() -> None:
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()


def _run(monkeypatch: pytest.MonkeyPatch, *modules: str) -> ModulePatterns:
    """A new run: re's cache empty, the package imported afresh through its finder."""
    _forget()
    re.purge()
    finder = ModulePatterns(PACKAGE)
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    for module in modules:
        importlib.import_module(f"{PACKAGE}.{module}")
    return finder


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(re._compiler, "compile", refuse)  # type: ignore[attr-defined]


def _kept(folder: Path, module: str) -> dict[Any, Entry]:
    cached = importlib.util.cache_from_source(str(folder / f"{module}.py"))
    return pattern_cache.read_kept(pattern_cache.kept_path(cached, HELD))


def test_a_module_pattern_kept_at_exit_is_built_before_the_module_runs_again(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(monkeypatch, "dated").keep()
    expected = sys.modules[f"{PACKAGE}.dated"]
    _refuse_compiling(monkeypatch)
    _run(monkeypatch, "dated")  # compiles nothing: each pattern found built in re's cache
    again = sys.modules[f"{PACKAGE}.dated"]
    for built, pattern in [(again.PATTERN, expected.PATTERN), (again.MADE[0], expected.MADE[0])]:
        assert built is not pattern and built == pattern  # == compares the opcodes
        assert built.groupindex == pattern.groupindex
        found = [m.groupdict() for m in built.finditer(TEXT)]
        assert found and found == [m.groupdict() for m in pattern.finditer(TEXT)]


def test_a_run_builds_only_the_patterns_of_the_modules_it_imports(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(monkeypatch, "dated", "timed").keep()
    assert set(_kept(package, "timed")) == {(OTHER, 0)}
    _run(monkeypatch, "dated")
    cached = {(key[1], key[2]) for key in re._cache}  # type: ignore[attr-defined]
    assert (PATTERN, re.MULTILINE) in cached
    assert (OTHER, 0) not in cached  # timed.py's pattern: not imported, never built


def test_a_pattern_no_module_holds_is_not_kept(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finder = _run(monkeypatch, "dated")
    re.compile(PATTERN, re.IGNORECASE)  # made at run time (from a page's words, say)
    finder.keep()
    kept = _kept(package, "dated")
    assert (PATTERN, re.MULTILINE) in kept
    assert (PATTERN, re.IGNORECASE) not in kept


def test_an_edited_module_keeps_only_the_patterns_it_holds_now(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(monkeypatch, "timed").keep()
    (package / "timed.py").write_text(f"import re\nTIME = re.compile({OTHER + '$'!r})\n")
    _run(monkeypatch, "timed").keep()
    assert set(_kept(package, "timed")) == {(OTHER + "$", 0)}


def test_no_file_of_module_patterns_when_python_writes_no_bytecode(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finder = _run(monkeypatch, "dated")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    finder.keep()
    assert _kept(package, "dated") == {}


def test_a_broken_file_is_compiled_again(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(monkeypatch, "dated").keep()
    cached = importlib.util.cache_from_source(str(package / "dated.py"))
    Path(pattern_cache.kept_path(cached, HELD) or "").write_bytes(b"\x00broken")
    _run(monkeypatch, "dated")
    assert sys.modules[f"{PACKAGE}.dated"].PATTERN.search(TEXT)


def test_the_package_installs_its_finder_once() -> None:
    finders = [f for f in sys.meta_path if isinstance(f, ModulePatterns)]
    assert len(finders) == 1 and finders[0].prefix == "reader."
