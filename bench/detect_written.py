"""Score quote detection and kinds on the articles written in session 27
(``bench/detect_cases.py``): the dev half (fixed by its misses) and the held-out half (a
check only, its misses never read).

usage: .venv/bin/python bench/detect_written.py [--half dev|held|all] [--show]

Detection as PolNeAR is scored: reader's quotes not of kind ``scare`` against the
``speech`` quotes; a found quote is right only when its whole text is the quote's (marks,
case, spaces and end punctuation aside), so a quote cut at an apostrophe or run on past
its close is a miss and a stray. Prints P/R/F1, then right / total by pattern (each
written quote and each stray quote reader found is one item); ``--show`` prints the
misses of the half shown.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from case_tally import chosen_half, tally
from detect_cases import CASES, Case, held_out
from quote_helpers import run

_MARKS = re.compile(r"[\"'‘’“”«»„‚‹›]")


def norm(text: str) -> str:
    return " ".join(_MARKS.sub("", text).split()).strip(" ,.;:!?—–-").lower()


def results(case: Case) -> tuple[list[tuple[bool, str]], int, int, int]:
    """Each item (right or not, the line its miss prints) and the true, found and right
    speech quotes."""
    found = [(norm(q.text), q.kind, q.text) for q in run(*case.paragraphs).quotes]
    speech = [norm(q) for q, kind in case.quotes if kind == "speech"]
    spoken = [f for f in found if f[1] != "scare"]
    items = []
    for text, kind in case.quotes:
        hit = [f for f in found if f[0] == norm(text)]
        ok = (
            bool(hit and hit[0][1] != "scare")
            if kind == "speech"
            else not any(f[1] != "scare" for f in hit)
        )
        got = f"found as {hit[0][1]}" if hit else "not found whole"
        items.append((ok, f"{case.pattern:10} {kind:6} {text!r}: {got}"))
    for f in spoken:
        if f[0] not in speech and f[0] not in {norm(t) for t, _ in case.quotes}:
            items.append((False, f"{case.pattern:10} stray  {f[2]!r} found as {f[1]}"))
    right = sum(f[0] in speech for f in spoken)
    return items, len(speech), len(spoken), right


def main() -> None:
    chosen, show = chosen_half(__doc__, CASES, held_out)
    scored = [(case, *results(case)) for case in chosen]
    true = sum(s[2] for s in scored)
    found = sum(s[3] for s in scored)
    right = sum(s[4] for s in scored)
    p, r = right / max(found, 1), right / max(true, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    counts = f"{right} right of {found} found, {true} true"
    print(f"detection F1 {f1:.3f} (P {p:.3f} R {r:.3f}; {counts})")
    tally(((c.pattern, ok, miss) for c, items, *_ in scored for ok, miss in items), show)


if __name__ == "__main__":
    main()
