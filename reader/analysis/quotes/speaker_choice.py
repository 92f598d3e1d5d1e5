"""Which of a quote's speaker options it gets: the one whose features weigh most
(``speaker_weights``, fitted by bench/fit_speakers.py), the first of equal scores. The
weights kept give the hand rule's choice alone (a fitted ranker gained no dev fold
without giving speakers to quotes that have none: README, "Quotes and speakers"); then
no feature is computed."""

from __future__ import annotations

from reader.analysis.quotes.speaker_options import FEATURES, Option, Setting, features
from reader.analysis.quotes.speaker_weights import WEIGHTS
from reader.analysis.quotes.speakers import Cast

_RULE = FEATURES.index("rule")
_weights = [WEIGHTS.get(name, 0.0) for name in FEATURES]
_RULE_ONLY = not any(w for i, w in enumerate(_weights) if i != _RULE)
_RESOLVED = [1 if _RULE_ONLY else 3]  # how many cues to resolve: the rule needs the first


def use(weights: list[float], resolved: int = 3) -> None:
    """Weigh with ``weights`` from now on, among at most ``resolved`` cues that resolve
    (bench/fit_speakers.py records every option and scores a fold's fit)."""
    _weights[:] = weights
    _RESOLVED[0] = resolved


def reset() -> None:
    """Back to the kept weights."""
    use([WEIGHTS.get(name, 0.0) for name in FEATURES], 1 if _RULE_ONLY else 3)


def resolved() -> int:
    """How many of a quote's cues that resolve are options, at most."""
    return _RESOLVED[0]


def pick(options: list[Option], setting: Setting, cast: Cast) -> Option:
    """The option the weights rank first."""
    if not any(w for i, w in enumerate(_weights) if i != _RULE):
        return next(o for o in options if o.rule)
    scores = [
        sum(w * f for w, f in zip(_weights, features(o, setting, cast), strict=True))
        for o in options
    ]
    return options[scores.index(max(scores))]
