"""Score pronoun speakers on paragraphs written for the purpose (``bench/pronoun_cases.py``):
the one pronoun figure on text no rule was tuned on before it was written.

usage: .venv/bin/python bench/pronoun_written.py [--show]

Each case is a short article; its last quote is scored against the speaker a careful
reader gives it ("The" and case aside). Prints right / total by shape, and with
``--show`` every miss with what reader gave.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from case_tally import tally
from pronoun_cases import CASES, Case
from quote_helpers import direct, run


def speaker(case: Case) -> str | None:
    direct_quotes = direct(run(*case.paragraphs, authors=list(case.authors)))
    return direct_quotes[-1].speaker if direct_quotes else None


def _norm(name: str | None) -> str:
    name = (name or "").lower()
    return name.removeprefix("the ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    results = []
    for case in CASES:
        got = speaker(case)
        miss = f"{case.shape:6} want {case.speaker!r}, got {got!r}: {case.paragraphs[-1]}"
        results.append((case.shape, _norm(got) == _norm(case.speaker), miss))
    tally(results, args.show)


if __name__ == "__main__":
    main()
