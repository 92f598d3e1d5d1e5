"""A big page's parse in a process of its own (reader/sources/apart.py): the app gets the
very document its worker would have parsed, flat first and threaded after."""

from __future__ import annotations

import io
import signal
from pathlib import Path

import pytest

from reader.ingest.source import read_file
from reader.model import Document
from reader.render.json_out import write_json
from reader.sources import apart, load_document
from reader.sources.head import HEAD_BYTES

NAMES = ("Tamsin Reyes", "Odo Marlowe", "Priya Falk", "Bram Okafor")
HEAD = """Gulls return to the Lark Sound pier

Fishers say the birds came back with the herring

March 3, 2026

PORT WREN — The gulls are back on the pier after two quiet winters.

Harbour staff counted four hundred birds on Sunday.

Comments
"""


def big_page(folder: Path) -> Path:
    """A copied page past the app's head: an article, then thousands of comments, a
    third of them answering the one before by name."""
    parts = []
    for n in range(3200):
        said = f"Saw {n % 50} boats out today, more than last week."
        if n % 3 == 1:
            said = f"@{NAMES[(n - 1) % 4]} the gulls woke me at five again, {n} mornings now."
        parts.append(f"\n{NAMES[n % 4]}\nMarch 3, 2026 at 9:{n % 60:02d} am\n{said}\nReply\n")
    path = folder / "gulls.txt"
    path.write_text(HEAD + "".join(parts), encoding="utf-8")
    assert path.stat().st_size > HEAD_BYTES
    return path


def as_json(document: Document) -> str:
    out = io.StringIO()
    write_json(document, out)
    return out.getvalue()


@pytest.fixture
def a_free_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(apart, "free_core", lambda: True)


def test_the_other_process_gives_the_document_flat_first_then_threaded(tmp_path, a_free_core):
    path = big_page(tmp_path)
    started = apart.start(str(path))
    assert started is not None
    replies_when_shown: list[int] = []

    def shown(document: Document) -> None:
        replies_when_shown.append(sum(c.parent is not None for c in document.article.comments))

    document = started.document(read_file(str(path)), shown)
    assert document is not None
    assert as_json(document) == as_json(load_document(str(path)))  # the same reading
    comments = document.article.comments
    assert len(comments) == 3200
    assert replies_when_shown == [0]  # shown before its threading, once
    assert sum(c.parent is not None for c in comments) > 1000


def test_a_failed_parse_gives_nothing_and_the_app_parses_itself(tmp_path, a_free_core):
    path = big_page(tmp_path)
    source = read_file(str(path))
    path.unlink()  # gone before the other process reads it
    started = apart.start(str(path))
    assert started is not None
    assert started.document(source, lambda document: None) is None


def test_a_file_changed_between_the_two_reads_is_parsed_in_the_app(tmp_path, a_free_core):
    path = big_page(tmp_path)
    source = read_file(str(path))  # what the app read and shows
    with path.open("a", encoding="utf-8") as file:  # still being written, say
        file.write("\nOdo Marlowe\nMarch 3, 2026 at 11:02 am\nOne more gull.\nReply\n")
    started = apart.start(str(path))
    assert started is not None
    assert started.document(source, lambda document: None) is None


def test_no_free_core_parses_in_the_app(tmp_path, monkeypatch):
    monkeypatch.setattr(apart, "free_core", lambda: False)
    assert apart.start(str(big_page(tmp_path))) is None


@pytest.mark.parametrize(
    ("cores", "load", "free"),
    [
        (4, 0.3, True),
        (4, 2.5, True),
        (4, 2.6, False),  # under half a core idle beside the app
        (2, 0.4, True),
        (2, 0.6, False),
        (1, 0, False),
    ],
)
def test_a_core_is_free_beside_the_app_and_the_machine_load(monkeypatch, cores, load, free):
    monkeypatch.setattr(apart.os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(apart.os, "getloadavg", lambda: (load, load, load))
    assert apart.free_core() is free


def test_an_app_quitting_first_ends_the_other_process(tmp_path, a_free_core):
    started = apart.start(str(big_page(tmp_path)))
    assert started is not None
    started.stop()
    assert started.process.returncode == -signal.SIGKILL  # ended, not finished
