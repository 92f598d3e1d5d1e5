"""Patterns kept between runs (reader/pattern_cache.py) are the patterns re compiles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import reader.analysis.quotes.subjects_before as subjects_before
import reader.ingest.date_patterns as date_patterns
import reader.ingest.dates as dates
from reader import pattern_cache
from reader.pattern_cache import Patterns

# A pattern of the shapes the date patterns have: named groups, scoped flags, classes.
PATTERN = r"(?P<m>(?i:jan|feb|mar)\w*)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)"
TEXT = "Posted MAR 3rd, 2026 and Jan 12 2027"


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    (tmp_path / "__pycache__").mkdir()
    return str(tmp_path / "__pycache__" / "module.cpython-311.pyc")


def _same(built: re.Pattern[str], flags: int) -> None:
    expected = re.compile(PATTERN, flags)
    assert built == expected  # == compares the opcodes
    assert built.groupindex == expected.groupindex
    assert [m.groupdict() for m in built.finditer(TEXT)] == [
        m.groupdict() for m in expected.finditer(TEXT)
    ]


def test_a_pattern_read_back_is_built_without_compiling(
    cached: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Patterns(cached)
    _same(first.compile(PATTERN, re.MULTILINE), re.MULTILINE)
    first.save()
    assert first.path is not None and Path(first.path).is_file()

    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(pattern_cache._parser, "parse", refuse)
    _same(Patterns(cached).compile(PATTERN, re.MULTILINE), re.MULTILINE)


def test_another_flag_is_another_pattern(cached: str) -> None:
    first = Patterns(cached)
    first.compile(PATTERN)
    first.save()
    _same(Patterns(cached).compile(PATTERN, re.IGNORECASE), re.IGNORECASE)


def test_a_broken_file_is_compiled_again(cached: str) -> None:
    path = Patterns(cached).path
    assert path is not None
    Path(path).write_bytes(b"\x00not marshal")
    _same(Patterns(cached).compile(PATTERN), 0)


def test_no_file_when_python_writes_no_bytecode(
    cached: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    patterns = Patterns(cached)
    patterns.compile(PATTERN)
    patterns.save()
    assert patterns.path is not None and not Path(patterns.path).exists()


def test_no_bytecode_path_compiles_as_re_does() -> None:
    patterns = Patterns(None)
    assert patterns.path is None
    _same(patterns.compile(PATTERN), 0)


@pytest.mark.parametrize("module", [dates, date_patterns, subjects_before])
def test_the_kept_patterns_are_the_ones_re_compiles(module: object) -> None:
    found = [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert len(found) >= 5
    for pattern in found:
        assert pattern == re.compile(pattern.pattern, pattern.flags)


def test_the_kept_patterns_are_the_same_text_in_every_run() -> None:
    """A pattern built from a set in its iteration order differs from run to run (hash
    randomisation): never found in the file, it is compiled at every start."""
    script = (
        "import hashlib, reader.ingest.dates as d, reader.ingest.date_patterns as p\n"
        "from reader.analysis.quotes import sentence_subjects, subjects, subjects_after\n"
        "from reader.analysis.quotes import subjects_before\n"
        "mods = (d, p, subjects, subjects_after, subjects_before, sentence_subjects)\n"
        "keys = sorted(k for m in mods for k in m._COMPILED._used)\n"
        "print(hashlib.sha256(repr(keys).encode()).hexdigest())"
    )
    assert len(_printed_in_runs(script)) == 1


def _printed_in_runs(script: str) -> set[str]:
    """What the script prints in three runs of different hash randomisation."""
    return {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }


# reader/pattern_preload.py (tests/test_module_patterns.py): what the modules hold.


def test_the_package_patterns_kept_are_the_same_text_in_every_run() -> None:
    """Else the file would be written again at every exit, and its patterns missed."""
    script = (
        "import hashlib, reader.cli, reader.sources.page_text, reader.analysis.quotes\n"
        "import reader.analysis.threads, reader.render.json_out, reader.ingest.html_page\n"
        "from reader.pattern_preload import _held\n"
        "keys = sorted(repr((p.pattern, p.flags)) for p in _held())\n"
        "print(len(keys), hashlib.sha256(repr(keys).encode()).hexdigest())"
    )
    seen = _printed_in_runs(script)
    assert len(seen) == 1
    assert int(seen.pop().split()[0]) >= 100
