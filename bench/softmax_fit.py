"""The pure-Python fitter the bench's learned weights share (headline lines, quote kinds, speakers):
a softmax over each sample's options, weights maximising the log-probability of the
right options minus an L2 penalty, each weight kept on the side of zero its feature may
count on (a sign of +1 or -1; 0 leaves it free).

A sample is its options' feature rows and which of them are right. A yes/no decision
(is this quoted stretch speech?) is a sample of two options, its features and a row of
zeros (``binary``): the softmax of the two is the logistic of the weighted sum.
"""

from __future__ import annotations

import math
from pathlib import Path

Sample = tuple[list[list[float]], list[bool]]  # options' features, which are right


def score(weights: list[float], row: list[float]) -> float:
    return sum(w * f for w, f in zip(weights, row, strict=True))


def binary(row: list[float], right: bool) -> Sample:
    """A yes/no sample: ``row`` is the yes, a row of zeros the no."""
    return [row, [0.0] * len(row)], [right, not right]


def fit(
    samples: list[Sample],
    signs: list[int],
    l2: float = 0.003,
    steps: int = 400,
    rate: float = 2.0,
) -> list[float]:
    """Weights maximising the softmax log-likelihood of the right options, minus L2."""
    weights = [0.0] * len(signs)
    sparse = [
        ([[(k, f) for k, f in enumerate(row) if f] for row in rows], gold) for rows, gold in samples
    ]  # each row's features that are not zero
    for _ in range(steps):
        grad = [-2 * l2 * w * len(samples) for w in weights]
        for rows, gold in sparse:
            scores = [sum(weights[k] * f for k, f in row) for row in rows]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            gold_total = sum(e for e, g in zip(exp, gold, strict=True) if g)
            for row, e, g in zip(rows, exp, gold, strict=True):
                weight = (e / gold_total if g else 0.0) - e / total
                for k, f in row:
                    grad[k] += weight * f
        weights = [
            _signed(w + rate * g / len(samples), sign)
            for w, g, sign in zip(weights, grad, signs, strict=True)
        ]
    return weights


def _signed(weight: float, sign: int) -> float:
    """A weight kept on the side of zero its feature may count on."""
    return max(weight, 0.0) if sign > 0 else min(weight, 0.0) if sign < 0 else weight


def right(weights: list[float], item: Sample | None) -> bool:
    """The top-scoring option is a right one (the first of equal scores)."""
    if item is None:
        return False
    rows, gold = item
    scores = [score(weights, row) for row in rows]
    return gold[scores.index(max(scores))]


def keep(weights: list[float], names: tuple[str, ...], path: Path, what: str, write: bool) -> None:
    """Print the weights; with ``write``, write them as a Python module of data at
    ``path``, ``what`` they weigh, where fitted and by which script its docstring."""
    for name, w in zip(names, weights, strict=True):
        print(f"  {name:18s} {w:+.3f}")
    if not write:
        return
    items = "".join(f'    "{n}": {w:.3f},\n' for n, w in zip(names, weights, strict=True))
    doc = f"{what}. Data: regenerate, do not edit by hand."
    path.write_text(f'"""{doc}"""\n\nWEIGHTS = {{\n{items}}}\n', encoding="utf-8")
    print(f"wrote {path}")
