"""The form of a quoted stretch, as numbers a logistic model weighs to tell speech from a
scare quote or a title (bench/fit_kinds.py): form only, never an article's words: its
length, its capitals and end, a say-verb beside it or in its sentence, a speaker carried
over, what stands right before it ("called", "so-called", "the"), and the hand rules'
verdict (reader/analysis/quotes/quote_kinds.py). A title named as a work ("ABC’s
“Morning Coffee Hour”") is left to the rules (``names_work``): it is never speech."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from reader.analysis.quotes import quote_kinds
from reader.analysis.quotes.quote_kinds import SPOKEN_END, TITLE_LEADS, is_title, names_a_work
from reader.lexicon import words

FEATURES = (
    "bias",
    "log_words",
    "one_word",
    "long",
    "capital",
    "title",
    "end_punct",
    "spoken_end",
    "adjacent",
    "in_sentence",
    "inherited",
    "title_lead",
    "article_lead",
    "rule",
)
# Which side of zero a feature's weight may take (0: either).
SIGNS = [{"adjacent": 1, "in_sentence": 1, "inherited": 1, "rule": 1}.get(n, 0) for n in FEATURES]

_END = re.compile(r"[.,?!;:…—–-]\W*$")
_ARTICLES = words("a an the this that these those their its his her our")
KindOf = Callable[..., str]
RULES: KindOf = quote_kinds.kind_of  # the hand rules, kept when the bench swaps kind_of


def names_work(text: str, lead: list[str], trail: str) -> bool:
    """A short title named as a work, a show or a slogan: the rules call it no speech."""
    return len(text.split()) <= 8 and names_a_work(text, lead, trail)


def features(
    text: str,
    cue_adjacent: bool,
    cue_in_sentence: bool,
    inherited: bool,
    lead: list[str],
    trail: str,
) -> list[float]:
    """The stretch's features, in ``FEATURES`` order (``kind_of``'s arguments)."""
    count = len(text.split())
    last = lead[-1].lower() if lead else ""
    rule = RULES(text, cue_adjacent, cue_in_sentence, inherited, lead, trail)
    return [
        1.0,
        math.log(1 + count),
        float(count == 1),
        float(count >= 6),
        float(text.lstrip("‘'\"“ (")[:1].isupper()),
        float(is_title(text)),
        float(bool(_END.search(text))),
        float(bool(SPOKEN_END.search(text))),
        float(cue_adjacent),
        float(cue_in_sentence),
        float(inherited),
        float(last in TITLE_LEADS or last == "so-called"),
        float(last in _ARTICLES),
        float(rule == "direct"),
    ]


def odds(row: list[float], weights: list[float]) -> float:
    """The model's probability that a stretch with these features is speech."""
    total = sum(w * f for w, f in zip(weights, row, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))


def model_kind(weights: list[float], threshold: float) -> KindOf:
    """A ``kind_of`` that asks the model, titles of works left to the rules."""

    def kind_of(text: str, adjacent: bool, near: bool, inherited: bool, *rest: Any) -> str:
        lead, trail = rest  # attribution gives all six
        args = (text, adjacent, near, inherited, lead or [""], trail)
        if names_work(text, args[4], trail):
            return RULES(*args)
        return "direct" if odds(features(*args), weights) >= threshold else "scare"

    return kind_of
