"""The kept patterns' entries (reader/pattern_cache.py) are let go
once built, and the file still keeps them all when it is written again at exit."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from reader import pattern_cache
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
