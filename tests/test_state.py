"""Per-document state: keyed by the content's hash, restored on reopening, never fatal."""

from __future__ import annotations

import pytest
from config_helpers import isolate

from reader import locations
from reader.config.state import DocumentState, document_key, load_state, save_state

TEXT = "Lighthouse keeper retires\n\nThe keeper handed over the keys.\n"


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch) -> None:
    isolate(tmp_path, monkeypatch)


def test_a_new_document_has_a_fresh_state() -> None:
    assert load_state(document_key(TEXT)) == DocumentState()


def test_state_round_trip() -> None:
    state = DocumentState(position=42.5, closed_comments=frozenset({3, 7}), last_speaker="Edda")
    key = document_key(TEXT)
    assert save_state(key, state)
    assert load_state(key) == state
    assert (locations.state_dir() / "documents" / f"{key}.json").is_file()


def test_a_renamed_or_moved_file_keeps_its_state(tmp_path) -> None:
    first, moved = tmp_path / "a.txt", tmp_path / "elsewhere" / "b.txt"
    first.write_text(TEXT)
    save_state(document_key(first.read_bytes()), DocumentState(position=9))
    moved.parent.mkdir()
    first.rename(moved)
    assert load_state(document_key(moved.read_bytes())).position == 9
    assert document_key(TEXT) == document_key(TEXT.encode())
    assert document_key(TEXT + "more") != document_key(TEXT)


def test_a_broken_state_file_is_no_state() -> None:
    key = document_key(TEXT)
    path = locations.state_dir() / "documents" / f"{key}.json"
    path.parent.mkdir(parents=True)
    for text in ("{not json", '{"position": "top"}', '{"closed_comments": [1, "x"]}', "[]"):
        path.write_text(text)
        assert load_state(key) == DocumentState()


def test_an_unwritable_state_folder_is_reported_not_raised(monkeypatch) -> None:
    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("reader.config.atomic.os.replace", refuse)
    assert save_state(document_key(TEXT), DocumentState(position=1)) is False
    assert list((locations.state_dir() / "documents").iterdir()) == []


def test_a_key_is_a_hash_not_a_path() -> None:
    assert load_state("../../settings") == DocumentState()
    with pytest.raises(ValueError, match="not a document key"):
        save_state("../../settings", DocumentState())
