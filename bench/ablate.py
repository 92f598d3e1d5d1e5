"""Each pronoun and speaker rule switched off in turn, scored per dev fold: which rules
carry their weight on every fold, and which gain sits in one fold only (fitted to it).

usage: .venv/bin/python bench/ablate.py [RULE ...]   (default: all; 5 s per rule)

Every rule is switched off by a patch here, never in the product. A rule whose removal
costs on no fold, or only on one, has no general reason shown for it on PolNeAR. The last
column is the written cases' count right (bench/pronoun_cases.py, bench/unseen_cases.py's
dev half): a rule may carry written patterns PolNeAR seldom has.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pronoun_cases import CASES as PRONOUN_CASES
from pronoun_written import _norm, speaker
from score_quotes import FOLDS, figures, gold_rows, predictions
from unseen_cases import CASES as UNSEEN_CASES
from unseen_cases import held_out
from unseen_written import results

from reader.analysis.quotes import (
    after_cues,
    antecedents,
    any_verb_cues,
    clause_rank,
    context_cues,
    cues,
    pointing_cues,
    quote_kinds,
    resolve,
    sentence_subjects,
    speakers,
    subject_gaps,
    subjects_after,
    subjects_before,
)

_NEVER = re.compile(r"(?!)")  # a pattern that matches nothing: its rule is off


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
    "narrated": lambda: patched(context_cues, "narrated", _none),
    "referred": lambda: patched(pointing_cues, "referred", _none),
    "verb_before": lambda: patched(cues, "_verb_before", _none),
    "opening_verb": lambda: patched(cues, "_opening_verb", _none),
    "colon_head": lambda: patched(cues, "_colon_head", _none),
    "works": lambda: patched(quote_kinds, "names_a_work", lambda *a: False),
    # the subject finders: each shape of subject, and what resolves a described one
    "appositive": lambda: patched(subjects_before, "_BEFORE_APPOS", _NEVER),
    "who": lambda: patched(subjects_before, "_BEFORE_WHO", _NEVER),
    "described_name": lambda: patched(subjects_before, "_DESCRIBED_NAME", _NEVER),
    "appos_after_det": lambda: patched(subjects_before, "_APPOS_AFTER_DET", _NEVER),
    "owned": lambda: patched(subjects_before, "_BEFORE_OWNED", _NEVER),
    "group": lambda: patched(subjects_before, "_BEFORE_GROUP", _NEVER),
    "plural": lambda: patched(subjects_before, "_BEFORE_PLURAL", _NEVER),
    "place_governed": lambda: patched(subjects_before, "_PLACE_BEFORE", _NEVER),
    "when_where": lambda: patched(subject_gaps, "TRAILING_PHRASE", _NEVER),
    "aside": lambda: patched(subject_gaps, "_ASIDE", _NEVER),
    "reporting_aside": lambda: patched(subject_gaps, "reporting_aside", lambda p: False),
    "role_then_name": lambda: patched(subjects_after, "_AFTER_NAMED", _NEVER),
    "role_comma_name": lambda: patched(subjects_after, "_ROLE_NAMED", _NEVER),
    "role_named": lambda: patched(sentence_subjects, "_ROLE_THEN", _NEVER),
    "the_x_campaign": lambda: patched(sentence_subjects, "_heads", lambda n, w: False),
    "subordinate": lambda: patched(sentence_subjects, "_SUBORDINATE", _NEVER),
    "described": lambda: patched(resolve, "described", _none),
    "doc_owner": lambda: patched(resolve, "_owner", _none),
    "any_verb": lambda: patched(any_verb_cues, "any_verb_after", _none),
    "inverted_any": lambda: patched(any_verb_cues, "_inverted_any", _none),
    "signed": lambda: patched(after_cues, "_signed", _none),
    "closing": lambda: patched(after_cues, "_CLOSING", _NEVER),
}


def _none(*args: Any) -> None:
    return None


def fold_figures() -> list[tuple[float, int, int]]:
    """F1, named quotes given the right speaker and pronoun quotes right, per dev fold."""
    rows = gold_rows("dev")  # pronoun truth covers the first 300; named, all
    preds, _ = predictions(rows)
    by_index = {row["index"]: pred for row, pred in zip(rows, preds, strict=True)}
    out = []
    for k in range(len(FOLDS)):
        subset = [row for row in rows if row["index"] % (len(FOLDS) + 1) == k]
        r = figures(subset, [by_index[row["index"]] for row in subset])
        right = round(r["speaker_acc_pronoun"] * r["speaker_n_pronoun"])
        named = round(r["speaker_acc_named"] * r["speaker_n_named"])
        out.append((r["f1"], named, right))
    return out


def written() -> int:
    """The written cases right: the pronoun cases, and the new set's dev half."""
    right = sum(_norm(speaker(case)) == _norm(case.speaker) for case in PRONOUN_CASES)
    dev = [case for i, case in enumerate(UNSEEN_CASES) if not held_out(i)]
    return right + sum(ok for case in dev for ok, _ in results(case))


def main() -> None:
    names = sys.argv[1:] or list(RULES)
    base, base_written = fold_figures(), written()
    head = "".join(f"  f{k} F1   named pron" for k in range(len(FOLDS)))
    print(f"{'rule off':<16}{head}  written")
    cells = "".join(f"  {f:.3f}  {n:4d}  {p:4d}" for f, n, p in base)
    print(f"{'(none)':<16}{cells}  {base_written:4d}")
    for name in names:
        with RULES[name]():
            got, got_written = fold_figures(), written()
        cells = "".join(
            f"  {f - bf:+.3f}  {n - bn:+4d}  {p - bp:+4d}"
            for (f, n, p), (bf, bn, bp) in zip(got, base, strict=True)
        )
        print(f"{name:<16}{cells}  {got_written - base_written:+4d}")


if __name__ == "__main__":
    main()
