"""The tally of the written speaker cases (bench/grammar_cases.py, bench/pronoun_written.py):
right of total by the kind of case, then in all, with each miss on demand."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def tally(results: Iterable[tuple[str, bool, str]], show: bool) -> None:
    """`results`: (the case's kind, whether reader was right, the line a miss prints)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for kind, ok, miss in results:
        total[kind] += 1
        right[kind] += ok
        if not ok and show:
            print(miss)
    width = max(map(len, [*total, "all"]))
    for kind in total:
        print(f"{kind:<{width}} {right[kind]:2d} of {total[kind]}")
    print(f"{'all':<{width}} {sum(right.values()):2d} of {sum(total.values())}")
