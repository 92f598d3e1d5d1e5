"""The tally of the written cases (bench/grammar_cases.py, bench/pronoun_written.py):
right of total by the kind of case, then in all, with each miss on demand."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def chosen_half(
    doc: str,
    cases: Sequence[T],
    held_out: Callable[[int], bool],
    sets: dict[str, Sequence[T]] | None = None,
) -> tuple[list[T], bool]:
    """The cases of the half asked for on the command line (``--half dev|held|all``) and
    whether to print each miss (``--show``, the dev half only: held-out misses are not read);
    with ``sets``, ``--set NAME`` picks the cases among them (``cases`` by default)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    if sets:
        parser.add_argument("--set", choices=tuple(sets), help="which set of cases")
    parser.add_argument("--half", choices=("dev", "held", "all"), default="dev")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    if args.show and args.half != "dev":
        parser.error("the held-out half's misses are not read: --show only with --half dev")
    if sets and args.set:
        cases = sets[args.set]
    chosen = [
        case
        for i, case in enumerate(cases)
        if args.half == "all" or held_out(i) == (args.half == "held")
    ]
    return chosen, args.show


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
