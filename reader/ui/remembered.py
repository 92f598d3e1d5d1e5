"""What reader keeps of one document between runs: the place read (by its content), the
comments seen (by where it came from, so that new ones show next time), and its line in
the history. Plain Python: the app calls it at the start, after the parse (the history's
line, at once), while reading when the place moved and on the way out (the place and
where the reader stopped); the history and the comments seen are read only after the
first paint."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.config.state import DocumentState, document_key, load_state, save_state
from reader.ingest.source import SourceText, is_url

if TYPE_CHECKING:
    from reader.model import Document


class Remembered:
    def __init__(self, source: SourceText | None) -> None:
        self.source_name = source.name if source is not None else None
        self.name = _reopenable(source.name) if source is not None else None
        self.state_key = document_key(source.text) if source is not None else None
        self.saved = load_state(self.state_key) if self.state_key else DocumentState()
        self.opened = ""  # when it was shown (ISO 8601, UTC): the history's time
        self.kept: tuple[DocumentState, str] | None = None  # what was last written
        self.seen_kept = False  # the comments seen: written once, when they are threaded

    def mark_new(self, document: Document) -> list[int]:
        """The comments not there at the last visit, marked new (none on a first visit)."""
        from reader.config.visits import mark_new, place_key, seen_before

        key = place_key(self.source_name) if self.source_name is not None else None
        seen = seen_before(key) if key else None
        return mark_new(document.article.comments, seen) if seen is not None else []

    def visit(self, document: Document) -> None:
        """When the document is shown: its line in the history at once (a killed terminal
        keeps it); where the reader stopped comes on the way out (`keep`)."""
        from reader.config.history import Visit, record_visit

        self.opened = datetime.now(UTC).isoformat(timespec="seconds")
        if self.name is not None:
            record_visit(Visit(self.name, self._title(document), self.opened))

    def keep(
        self, state: DocumentState, document: Document, stopped: str, threaded: bool = True
    ) -> None:
        """The place, the comments seen, the history's line: on the way out, and while
        reading whenever the place moved (nothing is written when it did not). The
        comments seen are known by author, which threading may reveal: kept once
        ``threaded`` (else the next visit would count them new)."""
        from reader.config.history import Visit, record_visit
        from reader.config.visits import place_key, remember_seen

        seen_due = threaded and not self.seen_kept
        if (state, stopped) == self.kept and not seen_due:
            return
        if self.state_key is not None:
            save_state(self.state_key, state)
        key = place_key(self.source_name) if self.source_name is not None else None
        if key is not None and seen_due:  # all of them shown: once is enough
            remember_seen(key, document.article.comments)
            self.seen_kept = True
        self.kept = (state, stopped)
        if self.name is not None:
            opened = self.opened or datetime.now(UTC).isoformat(timespec="seconds")
            record_visit(Visit(self.name, self._title(document), opened, stopped))

    def _title(self, document: Document) -> str:
        return document.article.title or os.path.basename(self.name or "")


def _reopenable(name: str) -> str | None:
    """What opens this document again: an address, a file's absolute path, the demo."""
    if name == "-":
        return None  # standard input is gone once read
    if name == "demo" or is_url(name):
        return name
    return os.path.abspath(name)
