"""The pure-Python fitter the bench's learned weights share (headline lines, quote kinds):
a softmax over each sample's options, weights maximising the log-probability of the
right options minus an L2 penalty, each weight kept on the side of zero its feature may
count on (a sign of +1 or -1; 0 leaves it free).

A sample is its options' feature rows and which of them are right. A yes/no decision
(is this quoted stretch speech?) is a sample of two options, its features and a row of
zeros (``binary``): the softmax of the two is the logistic of the weighted sum.
"""

from __future__ import annotations

import math

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
    size = len(signs)
    weights = [0.0] * size
    for _ in range(steps):
        grad = [-2 * l2 * w * len(samples) for w in weights]
        for rows, gold in samples:
            scores = [score(weights, row) for row in rows]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            gold_total = sum(e for e, g in zip(exp, gold, strict=True) if g)
            for row, e, g in zip(rows, exp, gold, strict=True):
                weight = (e / gold_total if g else 0.0) - e / total
                if weight:
                    for k in range(size):
                        grad[k] += weight * row[k]
        weights = [
            _signed(w + rate * g / len(samples), sign)
            for w, g, sign in zip(weights, grad, signs, strict=True)
        ]
    return weights


def _signed(weight: float, sign: int) -> float:
    """A weight kept on the side of zero its feature may count on."""
    return max(weight, 0.0) if sign > 0 else min(weight, 0.0) if sign < 0 else weight
