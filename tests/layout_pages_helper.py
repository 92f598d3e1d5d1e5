"""The invented comment layouts of bench/ (layout_families.py, layout_pages.py) and
their scorer (comment_layouts.py), for tests: one generator for the benchmark and the
tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from comment_layouts import Score, score
from layout_families import DEV, HELD_OUT, READ, Family
from layout_pages import Page, page

__all__ = ["DEV", "HELD_OUT", "READ", "Family", "Page", "Score", "page", "score"]
