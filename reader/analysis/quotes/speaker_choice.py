"""Which of a quote's speaker options it gets: the one whose features weigh most
(``speaker_weights``, fitted by bench/fit_speakers.py); the first of equal scores."""

from __future__ import annotations

from reader.analysis.quotes.speaker_options import FEATURES, Option, Setting, features
from reader.analysis.quotes.speaker_weights import WEIGHTS
from reader.analysis.quotes.speakers import Cast

_weights = [WEIGHTS.get(name, 0.0) for name in FEATURES]


def use(weights: list[float]) -> None:
    """Weigh with ``weights`` from now on (bench/fit_speakers.py scores a fold's fit)."""
    _weights[:] = weights


def pick(options: list[Option], setting: Setting, cast: Cast) -> Option:
    """The option the weights rank first."""
    if len(options) == 1:
        return options[0]
    scores = [
        sum(w * f for w, f in zip(_weights, features(o, setting, cast), strict=True))
        for o in options
    ]
    return options[scores.index(max(scores))]
