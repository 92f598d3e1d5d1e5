"""Score the forty paragraphs written for the speaker grammar (tests/quote_grammar_cases.py):
the attribution check on text no rule was tuned on.

usage: .venv/bin/python bench/grammar_cases.py [--show]   (--show: each miss, what reader gave)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from case_tally import tally  # noqa: E402
from quote_grammar_cases import CASES, Case  # noqa: E402
from quote_helpers import run  # noqa: E402


def speaker_given(case: Case) -> str | None:
    """The speaker reader gives the case's quote (None when the quote is not found)."""
    article = run(*case.paragraphs)
    quote = next((q for q in article.quotes if q.text.startswith(case.quote)), None)
    return quote.speaker if quote else None


def main() -> None:
    results = []
    for case in CASES:
        given = speaker_given(case)
        miss = f"MISS {case.grammar}: {case.quote!r} want {case.speaker!r}, got {given!r}"
        results.append((case.grammar, given == case.speaker, miss))
    tally(results, "--show" in sys.argv)


if __name__ == "__main__":
    main()
