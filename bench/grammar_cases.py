"""Score the forty paragraphs written for the speaker grammar (tests/quote_grammar_cases.py):
the attribution check on text no rule was tuned on.

usage: .venv/bin/python bench/grammar_cases.py [--show]   (--show: each miss, what reader gave)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from quote_grammar_cases import CASES, Case  # noqa: E402
from quote_helpers import run  # noqa: E402


def speaker_given(case: Case) -> str | None:
    """The speaker reader gives the case's quote (None when the quote is not found)."""
    article = run(*case.paragraphs)
    quote = next((q for q in article.quotes if q.text.startswith(case.quote)), None)
    return quote.speaker if quote else None


def main() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in CASES:
        given = speaker_given(case)
        total[case.grammar] += 1
        right[case.grammar] += given == case.speaker
        if given != case.speaker and "--show" in sys.argv:
            print(f"MISS {case.grammar}: {case.quote!r} want {case.speaker!r}, got {given!r}")
    for grammar in total:
        print(f"{grammar:<22} {right[grammar]:2d} of {total[grammar]}")
    print(f"{'all':<22} {sum(right.values()):2d} of {len(CASES)}")


if __name__ == "__main__":
    main()
