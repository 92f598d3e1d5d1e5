"""Fit a logistic model of quote kinds (speech or not) on PolNeAR's dev split and measure
it beside the hand rules (reader/analysis/quotes/quote_kinds.py) on folds it never saw.

    .venv/bin/python bench/fit_kinds.py [--threshold P] [--steps N]

Every quoted stretch reader finds in a dev article (the held-out fifth is never read)
becomes a sample: its form (bench/kind_features.py, the rules' verdict among them) and
whether it is a gold quote (the scorer's loose text match). Titles named as works are
left to the rules. Articles in which PolNeAR marks no quote at all are left out of the
fit (most quote with ''…'', which PolNeAR did not annotate). The model is logistic
(bench/softmax_fit.py, a sample of two options); a stretch is speech when its
probability reaches ``--threshold``.

For each dev fold, the weights are fitted on the other three, and the fold left out is
parsed with the model deciding and scored as bench/score_quotes.py --folds scores it,
beside the rules alone on the same fold; then the weights fitted on all four are printed.
The product keeps the rules (see README "Quotes and speakers" for why).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import kind_features
import softmax_fit
from score_quotes import FOLDS, HELD_OUT, figures, gold_rows, line, parsed, predictions, scorer

from reader.analysis.quotes import quote_kinds

L2 = 0.001
Sample = tuple[int, list[float], bool]  # fold, features, a gold quote


def samples(rows: list[dict[str, Any]]) -> list[Sample]:
    """Every quoted stretch of the annotated ``rows``, as the rules read them."""
    match = scorer().match
    found: list[Sample] = []
    current: list[dict[str, Any]] = []

    def kind_of(
        text: str, adjacent: bool, near: bool, inherited: bool, lead: Any = None, trail: str = ""
    ) -> str:
        args = (text, adjacent, near, inherited, lead or [""], trail)
        if not kind_features.names_work(text, lead or [""], trail):
            gold = any(match(q["text"], text) for q in current[0]["quotes"])
            found.append((current[0]["index"] % HELD_OUT, kind_features.features(*args), gold))
        return kind_features.RULES(*args)

    quote_kinds.kind_of = kind_of  # type: ignore[assignment]
    try:
        for row in rows:
            if row["quotes"]:
                current[:] = [row]
                parsed(row)
    finally:
        quote_kinds.kind_of = kind_features.RULES  # type: ignore[assignment]
    return found


def fit(train: list[Sample], steps: int) -> list[float]:
    data = [softmax_fit.binary(row, gold) for _, row, gold in train]
    return softmax_fit.fit(data, kind_features.SIGNS, L2, steps, 1.0)


def scored(rows: list[dict[str, Any]], weights: list[float] | None, threshold: float) -> list[str]:
    """The fold's figures, the model deciding (the rules alone when ``weights`` is None)."""
    if weights is not None:
        quote_kinds.kind_of = kind_features.model_kind(weights, threshold)  # type: ignore[assignment]
    try:
        preds, _ = predictions(rows)
    finally:
        quote_kinds.kind_of = kind_features.RULES  # type: ignore[assignment]
    by_index = {row["index"]: pred for row, pred in zip(rows, preds, strict=True)}
    out = []
    for first in (300, None):
        subset = [r for r in rows if first is None or r["index"] < first]
        scores = figures(subset, [by_index[r["index"]] for r in subset])
        out.append(line("first 300" if first else "all", scores))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=0.7, help="speech from this odds")
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    rows = gold_rows("dev")
    found = samples(rows)
    rule = kind_features.FEATURES.index("rule")
    print(f"{len(found)} stretches in annotated dev articles, {sum(s[2] for s in found)} gold")
    print(f"{'':<20} F1    (P     R)      attrib named         pronoun")
    for fold, name in enumerate(FOLDS):
        test = [s for s in found if s[0] == fold]
        weights = fit([s for s in found if s[0] != fold], args.steps)
        rules = sum((s[1][rule] > 0) == s[2] for s in test) / len(test)
        model = sum(
            (kind_features.odds(s[1], weights) >= args.threshold) == s[2] for s in test
        ) / len(test)
        print(f"{name} left out: stretches right, rules {rules:.3f}, model {model:.3f}")
        fold_rows = [r for r in rows if r["index"] % HELD_OUT == fold]
        for label, chosen in (("rules", None), ("model", weights)):
            for text in scored(fold_rows, chosen, args.threshold):
                print(f"  {label} {text}")
    weights = fit(found, args.steps)
    print("weights fitted on the four dev folds:")
    for name, w in zip(kind_features.FEATURES, weights, strict=True):
        print(f"  {name:14s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
