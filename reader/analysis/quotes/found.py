"""A quote as attribution finds it in the body, before it becomes a ``Quote``: where it
is, the speaker and cue it was given, and its kind. Passes after attribution
(``run_on``, ``interviews``) read and amend these."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.quotes.quote_spans import Span
from reader.analysis.quotes.quote_views import View


@dataclass(slots=True)
class Found:
    view: View
    span: Span
    speaker: str | None = None
    cue: str | None = None
    cue_at: int | None = None  # the block the speaker's cue was read in
    kind: str = "direct"
    repeats: tuple[str, int] | None = None  # the body quote a headline quote repeats
