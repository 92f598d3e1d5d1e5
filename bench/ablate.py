"""Each pronoun rule switched off in turn, scored per dev fold: which rules carry their
weight on every fold, and which gain sits in one fold only (fitted to it).

usage: .venv/bin/python bench/ablate.py [RULE ...]   (default: all; 5 s per rule)

Every rule is switched off by a patch here, never in the product. A rule whose removal
costs on no fold, or only on one, has no general reason shown for it on PolNeAR.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from score_quotes import FOLDS, figures, gold_rows, predictions

from reader.analysis.quotes import (
    antecedents,
    clause_rank,
    context_cues,
    cues,
    quote_kinds,
    speakers,
)


@contextmanager
def patched(obj: Any, attr: str, value: Any) -> Iterator[None]:
    old = getattr(obj, attr)
    setattr(obj, attr, value)
    try:
        yield
    finally:
        setattr(obj, attr, old)


def _no_fallback(self: Any, word: str, pos: Any) -> Any:
    """He/she: the antecedent search only, no last speaker nor last named."""
    if speakers.PRONOUNS.get(word.lower()) is None:
        return REAL_PRONOUN(self, word, pos)
    return antecedents.resolve(self, word.lower(), speakers.PRONOUNS[word.lower()], pos)


REAL_PRONOUN = speakers.Cast.pronoun
REAL_SPEAK = speakers.Cast.speak


def _no_spoken(self: Any, *args: Any) -> None:
    REAL_SPEAK(self, *args)
    where = antecedents.sentence_of(self, args[-1])
    self.spoken[where].pop()


RULES: dict[str, Callable[[], Any]] = {
    "asked": lambda: patched(clause_rank, "_ASKING", frozenset()),
    "reports": lambda: patched(clause_rank, "_reports", lambda *a: False),
    "told": lambda: patched(speakers.Cast, "_told", lambda self, name: None),
    "chain": lambda: patched(antecedents, "_DEPTH", 0),
    "back1": lambda: patched(antecedents, "BLOCKS_BACK", 1),
    "back2": lambda: patched(antecedents, "BLOCKS_BACK", 2),
    "back3": lambda: patched(antecedents, "BLOCKS_BACK", 3),
    "titled": lambda: patched(antecedents, "_titled", lambda run: None),
    "mentioned": lambda: patched(speakers.Cast, "_mentioned", lambda self, w, p: None),
    "fallback": lambda: patched(speakers.Cast, "pronoun", _no_fallback),
    "spoken": lambda: patched(speakers.Cast, "speak", _no_spoken),
    # the cues outside a quote's own say-verb
    "lead_in": lambda: patched(context_cues, "lead_in", _none),
    "reported": lambda: patched(context_cues, "reported", _none),
    "previous": lambda: patched(context_cues, "previous_sentence", _none),
    "head": lambda: patched(context_cues, "sentence_head", _none),
    "signature": lambda: patched(context_cues, "signature", _none),
    "verb_before": lambda: patched(cues, "_verb_before", _none),
    "opening_verb": lambda: patched(cues, "_opening_verb", _none),
    "colon_head": lambda: patched(cues, "_colon_head", _none),
    "works": lambda: patched(quote_kinds, "names_a_work", lambda *a: False),
}


def _none(*args: Any) -> None:
    return None


def fold_figures() -> list[tuple[float, float, int]]:
    rows = gold_rows("dev")  # pronoun truth covers the first 300; named, all
    preds, _ = predictions(rows)
    by_index = {row["index"]: pred for row, pred in zip(rows, preds, strict=True)}
    out = []
    for k in range(len(FOLDS)):
        subset = [row for row in rows if row["index"] % (len(FOLDS) + 1) == k]
        r = figures(subset, [by_index[row["index"]] for row in subset])
        right = round(r["speaker_acc_pronoun"] * r["speaker_n_pronoun"])
        out.append((r["f1"], r["speaker_acc_named"], right))
    return out


def main() -> None:
    names = sys.argv[1:] or list(RULES)
    base = fold_figures()
    print(f"{'rule off':<12}" + "".join(f"  f{k} F1   named  pron" for k in range(len(FOLDS))))
    print(f"{'(none)':<12}" + "".join(f"  {f:.3f}  {n:.3f}  {p:4d}" for f, n, p in base))
    for name in names:
        with RULES[name]():
            got = fold_figures()
        cells = "".join(
            f"  {f - bf:+.3f} {n - bn:+.3f}  {p - bp:+4d}"
            for (f, n, p), (bf, bn, bp) in zip(got, base, strict=True)
        )
        print(f"{name:<12}{cells}")


if __name__ == "__main__":
    main()
