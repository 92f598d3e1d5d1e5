"""The kept patterns' entries (reader/pattern_cache.py, pattern_preload.py) are let go
once built, and the file still keeps them all when it is written again at exit."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from reader import pattern_cache, pattern_preload
from reader.pattern_cache import Patterns

FIRST = r"(?P<day>\d{1,2}) (?P<month>(?i:mar|apr))\w* (?P<year>20\d\d)"
SECOND = r"(?P<hour>\d{1,2}):(?P<minute>\d\d) ?(?:am|pm)"


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    (tmp_path / "__pycache__").mkdir()
    return str(tmp_path / "__pycache__" / "module.cpython-311.pyc")


def test_a_kept_entry_goes_once_its_pattern_is_built(cached: str) -> None:
    first = Patterns(cached)
    first.compile(FIRST)
    first.save()
    again = Patterns(cached)
    built = again.compile(FIRST)
    assert built == re.compile(FIRST)
    assert (FIRST, 0) not in again._load()  # its opcodes are the engine's now
    assert again.compile(FIRST) is built  # asked again: the same pattern, not compiled anew


def test_the_file_written_again_keeps_the_patterns_read_from_it(cached: str) -> None:
    first = Patterns(cached)
    first.compile(FIRST)
    first.save()
    again = Patterns(cached)
    again.compile(FIRST)  # from the file, its entry let go
    again.compile(SECOND)  # new: the file is written again
    again.save()
    kept = pattern_cache.read_kept(again.path)
    assert set(kept) == {(FIRST, 0), (SECOND, 0)}
    built = Patterns(cached).compile(FIRST)
    assert built == re.compile(FIRST)
    assert built.match("4 March 2026").groupdict() == {  # type: ignore[union-attr]
        "day": "4",
        "month": "Mar",
        "year": "2026",
    }


HELD = "reader._kept_for_memory_test"  # a module of the package's name, holding a pattern


def test_the_package_file_written_at_exit_keeps_what_it_held(
    cached: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start keeps only the keys of the patterns it read (the run's end writes the
    file from the file again): a pattern of a module this run did not import stays."""
    path = pattern_cache.kept_path(cached)
    assert path is not None
    pattern_cache.write_kept(path, {(FIRST, 0): pattern_cache.entry_of(FIRST, 0)})
    module = type(sys)(HELD)
    module.PATTERN = re.compile(SECOND)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, HELD, module)
    pattern_preload._keep(path, {(FIRST, 0)})
    kept = pattern_cache.read_kept(path)
    assert (FIRST, 0) in kept and (SECOND, 0) in kept
    assert kept[(FIRST, 0)] == pattern_cache.entry_of(FIRST, 0)
