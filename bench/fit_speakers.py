"""Fit the speaker ranker (reader/analysis/quotes/speaker_weights.py) on PolNeAR's dev
articles and measure it on dev folds it never saw.

    .venv/bin/python bench/fit_speakers.py                # oracle, cross-validate, fit
    .venv/bin/python bench/fit_speakers.py --write        # and write speaker_weights.py
    .venv/bin/python bench/fit_speakers.py --dump FILE    # and every quote's options

Every dev article goes through the pipeline with the hand rule choosing (the first cue
that resolves, else the last quote's speaker); each quote's options are recorded
(``speaker_options``: its cues that resolve, the inherited speaker, no speaker) with
their features. A quote the scorer matches to a gold quote with a known speaker is a
sample: its options, and which give that speaker (the scorer's own matching and name
test, ../shared/tools/score_quotes.py). The oracle is the share of those gold quotes
some option gets right: no ranker of these options does better.

Cross-validation: for each dev fold, weights fitted on the other three (bench/softmax_fit)
choose the speakers of that fold's articles, run through the whole pipeline again and
scored as bench/score_quotes.py --folds scores them, beside the hand rule on the same
fold. Held-out articles (index % 5 == 4) are never read here.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import softmax_fit  # noqa: E402
from score_quotes import (  # noqa: E402
    FOLDS,
    figures,
    gold_rows,
    in_split,
    line,
    paired,
    parsed,
    predictions,
    scorer,
)

from reader.analysis.quotes import speaker_choice  # noqa: E402
from reader.analysis.quotes.speaker_options import FEATURES, Option, Setting, features  # noqa: E402
from reader.analysis.quotes.speakers import Cast  # noqa: E402

L2 = 0.002
STEPS = 300
RATE = 1.0
WHAT = """The weights of the speaker options' features (speaker_options.FEATURES), fitted on
PolNeAR's dev articles by bench/fit_speakers.py"""
SIGNS = [0] * len(FEATURES)
RULE = [float(name == "rule") for name in FEATURES]
Record = dict[tuple[str, int], tuple[list[list[float]], list[str | None]]]


def recorded(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Each article's samples, the hand rule choosing."""
    chooser = speaker_choice.pick
    record: Record = {}

    def keep(options: list[Option], setting: Setting, cast: Cast) -> Option:
        found = [features(o, setting, cast) for o in options]
        record[setting.view.block.id, setting.span.start] = (found, [o.name for o in options])
        return chooser(options, setting, cast)

    speaker_choice.pick = keep  # type: ignore[assignment]
    out = []
    try:
        with speaker_choice.using(RULE):
            for row in rows:
                record.clear()
                article = parsed(row)
                quotes = [q for q in article.quotes if q.kind != "scare"]
                found = [
                    {"text": q.text, "key": (q.block, q.start), "speaker": q.speaker}
                    for q in quotes
                ]
                out.append(samples(row, record, found))
    finally:
        speaker_choice.pick = chooser  # type: ignore[assignment]
    return out


def samples(
    row: dict[str, Any], record: Record, found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The scorer's matching: each gold quote that reader found, with its options'
    features and which of them are right: the ones giving the speaker when it is known
    (named, pronoun); when the gold quote has a speaker the article does not name
    (other), any but the last quote's speaker; when it has none, no speaker. A quote
    reader finds in an article PolNeAR annotated but matching no gold quote is no quote:
    no speaker is right."""
    sc = scorer()
    gold = copy.deepcopy(row["quotes"])
    sc.resolve_pronouns(gold)
    used: set[int] = set()
    out = []
    for g in gold:
        g["resolved"] = g.get("hand", g["resolved"])
        hit = paired(sc, g["text"], found, used)
        if hit is None:
            continue
        rows, names = _options(record, found[hit])
        kind = g["source_kind"]
        if kind in ("named", "pronoun") and not g["resolved"]:
            continue  # an ambiguous pronoun
        if kind in ("named", "pronoun"):
            ok = sc.same_person if "hand" in g else sc.speaker_ok
            right = [bool(n) and bool(ok(g["resolved"], n)) for n in names]
        elif kind == "other":
            right = [not f[_INHERITED] for f in rows]
        else:
            right = [n is None for n in names]
        out.append({"kind": kind, "rows": rows, "names": names, "right": right})
    for p in found:
        if gold and not any(sc.match(g["text"], p["text"]) for g in gold):
            rows, names = _options(record, p)
            right = [n is None for n in names]
            out.append({"kind": "no quote", "rows": rows, "names": names, "right": right})
    return out


def _options(record: Record, quote: dict[str, Any]) -> tuple[list[list[float]], list[str | None]]:
    """A quote's options; a headline quote has none of its own, but the speaker of the body
    quote it repeats, as the rule's one option (counted as no option before session 26:
    55 dev quotes the oracle took as missed were right)."""
    return record.get(quote["key"], ([RULE], [quote["speaker"]]))


def known(rows: list[dict[str, Any]], kind: str) -> int:
    """Gold quotes of ``kind`` with a known speaker (the ``attributed`` denominator)."""
    sc = scorer()
    count = 0
    for row in rows:
        gold = copy.deepcopy(row["quotes"])
        sc.resolve_pronouns(gold)
        count += sum(1 for g in gold if g["source_kind"] == kind and g.get("hand", g["resolved"]))
    return count


_RULE = FEATURES.index("rule")
_INHERITED = FEATURES.index("inherited")


def oracle(rows: list[dict[str, Any]], found: list[dict[str, Any]]) -> None:
    """How often some option is right, and the rule's."""
    for kind in ("named", "pronoun"):
        total = known(rows, kind)
        mine = [s for s in found if s["kind"] == kind]
        some = sum(any(s["right"]) for s in mine)
        rule = sum(
            any(r and f[_RULE] for r, f in zip(s["right"], s["rows"], strict=True)) for s in mine
        )
        print(
            f"  {kind:8s} gold with a speaker {total}, found {len(mine)}; some option right"
            f" {some} ({some / total:.3f}), the rule's option right {rule} ({rule / total:.3f})"
        )


def trainable(found: list[dict[str, Any]], named: bool) -> list[softmax_fit.Sample]:
    """Samples that teach: some option right, some wrong (with ``named``, only quotes
    with a known speaker)."""
    found = [s for s in found if s["kind"] in ("named", "pronoun")] if named else found
    return [(s["rows"], s["right"]) for s in found if any(s["right"]) and not all(s["right"])]


def scored(rows: list[dict[str, Any]], weights: list[float]) -> str:
    """``rows`` through the pipeline, ``weights`` choosing, as score_quotes scores them,
    and how many quotes are given a speaker where PolNeAR has no named one: its source
    is unnamed or none, or it marks no such quote in an article it annotated."""
    with speaker_choice.using(weights):
        preds = predictions(rows)[0]
    sc, unnamed = scorer(), 0
    for row, pred in zip(rows, preds, strict=True):
        for p in pred["quotes"]:
            kinds = {g["source_kind"] for g in row["quotes"] if sc.match(g["text"], p["text"])}
            unnamed += bool(p["speaker"] and row["quotes"] and kinds <= {"other", "none"})
    return f"{line('', figures(rows, preds))[23:]}  {unnamed}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write speaker_weights.py")
    parser.add_argument("--dump", type=Path, help="write every sample as JSONL")
    parser.add_argument(
        "--named", action="store_true", help="fit on quotes with a known speaker only"
    )
    args = parser.parse_args()
    rows = gold_rows("dev")
    per_article = recorded(rows)
    found = [s for article in per_article for s in article]
    print(f"dev articles {len(rows)}, scored quotes with a known speaker found {len(found)}")
    print("oracle (dev, all 840):")
    oracle(rows, found)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for row, article in zip(rows, per_article, strict=True):
                for s in article:
                    out.write(json.dumps({"id": row["id"], **s}) + "\n")
    print(f"{'left-out fold':<22} F1    (P     R)      attrib named         pronoun      unnamed")
    for fold in FOLDS:
        train = [
            s
            for r, a in zip(rows, per_article, strict=True)
            if not in_split(r["index"], fold)
            for s in a
        ]
        weights = softmax_fit.fit(trainable(train, args.named), SIGNS, L2, STEPS, RATE)
        left = [r for r in rows if in_split(r["index"], fold)]
        for first in (300, None):
            subset = [r for r in left if first is None or r["index"] < first]
            where = f"{fold}, {'first 300' if first else 'all'}"
            print(f"{where + ' rule':<22} {scored(subset, RULE)}")
            print(f"{where + ' ranker':<22} {scored(subset, weights)}")
    weights = softmax_fit.fit(trainable(found, args.named), SIGNS, L2, STEPS, RATE)
    path = ROOT / "reader" / "analysis" / "quotes" / "speaker_weights.py"
    softmax_fit.keep(weights, FEATURES, path, WHAT, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
