"""Which of a quote's speaker options it gets: the one whose features weigh most
(``speaker_weights``, fitted by bench/fit_speakers.py), the first of equal scores. The
weights kept give the hand rule's choice alone (a fitted ranker gained no dev fold
without giving speakers to quotes that have none: README, "Quotes and speakers"); then
no feature is computed. ``using`` weighs with others for a block (the bench's folds)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from reader.analysis.quotes.speaker_options import FEATURES, Option, Setting, features
from reader.analysis.quotes.speaker_weights import WEIGHTS
from reader.analysis.quotes.speakers import Cast

_RULE = FEATURES.index("rule")


def _rule_only(values: tuple[float, ...]) -> bool:
    return not any(w for i, w in enumerate(values) if i != _RULE)


@dataclass(frozen=True, slots=True)
class Weights:
    values: tuple[float, ...]  # one a feature, in FEATURES' order
    resolved: int  # how many of a quote's cues that resolve are options, at most
    rule_only: bool = field(init=False)  # read at every quote: computed once

    def __post_init__(self) -> None:
        object.__setattr__(self, "rule_only", _rule_only(self.values))


_kept = tuple(WEIGHTS.get(name, 0.0) for name in FEATURES)
KEPT = Weights(_kept, 1 if _rule_only(_kept) else 3)  # the rule needs the first cue
_current: ContextVar[Weights] = ContextVar("speaker_weights", default=KEPT)


@contextmanager
def using(weights: list[float], resolved: int = 3) -> Iterator[None]:
    """Weigh with ``weights`` inside the block, among at most ``resolved`` cues that
    resolve (bench/fit_speakers.py records every option and scores a fold's fit)."""
    token = _current.set(Weights(tuple(weights), resolved))
    try:
        yield
    finally:
        _current.reset(token)


def resolved() -> int:
    """How many of a quote's cues that resolve are options, at most."""
    return _current.get().resolved


def pick(options: list[Option], setting: Setting, cast: Cast) -> Option:
    """The option the weights rank first."""
    weights = _current.get()
    if weights.rule_only:
        return next(o for o in options if o.rule)
    scores = [
        sum(w * f for w, f in zip(weights.values, features(o, setting, cast), strict=True))
        for o in options
    ]
    return options[scores.index(max(scores))]
