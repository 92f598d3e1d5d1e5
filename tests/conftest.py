"""Shared test helpers: the ../shared test data (skipped when absent) and parsing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.ingest.source import from_bytes
from reader.model import Document
from reader.sources import parse_source

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFERENCE = SHARED / "samples" / "000_eba45ebe7d5b167d.txt"
CORPUS = SHARED / "corpus"


# A short article's body, for tests that put page furniture around it.
FERRY_BODY = """\
The harbour board voted on Tuesday to run ferries until midnight from June to August, the first late service since the crossing opened.
Members said the trial would cost about as much as the fireworks it replaces, and that the crews had agreed to the extra shifts.
“People have asked for this every summer for ten years,” said the board's chair, Mara Quint.
The last boat will leave the island pier at twenty to midnight and the town pier at midnight.
"""
FERRY_HEADLINE = "Harbour board approves night ferries for the summer season"


def parse_text(text: str, name: str = "test") -> Document:
    return parse_source(from_bytes(text.encode("utf-8"), name))


def shared_file(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is absent)")
    return path


@pytest.fixture
def reference() -> Document:
    path = shared_file(REFERENCE)
    return parse_source(from_bytes(path.read_bytes(), str(path)))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fetched pages and threads go to a folder of the test's own."""
    from reader import locations

    monkeypatch.setattr(locations, "cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache"


@pytest.fixture
def site(cache: Path) -> Iterator[str]:
    """The discussion sites' answers from a local server (tests/discussion_server.py)."""
    from discussion_server import running

    with running() as url:
        yield url
