"""Score quote detection and speaker attribution on PolNeAR, as the shared scorer does.

usage: .venv/bin/python bench/score_quotes.py [--split SPLIT] [--first N] [--folds] [--annotated]

Every article goes through the whole pipeline, as ``reader parse --json`` runs it; the
quotes it finds, scare quotes left out, are scored by ../shared/tools/score_quotes.py's own
``score`` with the hand-resolved pronoun truth (../shared/corpora/polnear-train-pronouns.jsonl,
the first 300 articles). Prints detection P/R/F1, ``attributed`` (gold quotes with a known
speaker found and given that speaker), and speaker accuracy for named and pronoun sources.

Splits: every fifth article (0-based line index % 5 == 4) is held out: the rules are
never tuned on it, nor are its misses read (bench/misses.py reads the dev split only).
By default the table shows dev and held-out, on the first 300 articles (the ones with
pronoun truth) and on all 840.

Dev is four folds (``fold0`` … ``fold3``: index % 5 == 0 … 3). A rule is written from the
misses of some folds (``bench/misses.py --fold``) and kept only when it helps on the
others too: ``--folds`` prints each fold's figures.

PolNeAR marks no quote at all in 173 of its 840 articles, 113 of them the ones that quote
with two straight single marks (''…''), which reader reads as quotes: every quote found
there counts against precision. ``--annotated`` leaves those 173 articles out.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.ingest.source import from_bytes  # noqa: E402
from reader.model import Article  # noqa: E402
from reader.sources import parse_source  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "corpora" / "polnear-train.jsonl"
PRONOUN_TRUTH = SHARED / "corpora" / "polnear-train-pronouns.jsonl"
SCORER = SHARED / "tools" / "score_quotes.py"
HELD_OUT = 5  # every fifth article is held out
FOLDS = tuple(f"fold{k}" for k in range(HELD_OUT - 1))
SPLITS = ("dev", "held-out", "all", *FOLDS)


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_scorer", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_split(index: int, split: str) -> bool:
    held_out = index % HELD_OUT == HELD_OUT - 1
    if split in FOLDS:
        return index % HELD_OUT == FOLDS.index(split)
    return {"dev": not held_out, "held-out": held_out, "all": True}[split]


def gold_rows(
    split: str, first: int | None = None, annotated: bool = False
) -> list[dict[str, Any]]:
    """The gold articles of ``split`` among the first ``first`` (all when None), each
    with its line index as ``index``, pronoun truth applied; with ``annotated``, only
    those in which PolNeAR marks a quote."""
    with GOLD.open(encoding="utf-8") as lines:
        rows = [dict(json.loads(line), index=i) for i, line in enumerate(lines)]
    scorer().apply_truth(rows, str(PRONOUN_TRUTH), "pronoun")
    rows = rows[:first] if first else rows
    rows = [row for row in rows if row["quotes"]] if annotated else rows
    return [row for row in rows if in_split(row["index"], split)]


def parsed(row: dict[str, Any]) -> Article:
    """The article, through the whole pipeline as ``reader parse`` reads the text."""
    return parse_source(from_bytes(row["text"].encode("utf-8"), row["id"] + ".txt")).article


def predictions(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """The scorer's predictions (scare quotes left out, as ``--reader`` does) and seconds."""
    began = time.perf_counter()
    articles = [parsed(row) for row in rows]
    seconds = time.perf_counter() - began
    preds = [
        {"id": row["id"], "quotes": [{"text": q.text, "speaker": q.speaker} for q in a.quotes]}
        for row, a in zip(rows, articles, strict=True)
    ]
    for pred, article in zip(preds, articles, strict=True):
        kinds = [q.kind for q in article.quotes]
        pred["quotes"] = [q for q, k in zip(pred["quotes"], kinds, strict=True) if k != "scare"]
    return preds, seconds


def paired(sc: ModuleType, text: str, found: list[dict[str, Any]], used: set[int]) -> int | None:
    """The index of the found quote the scorer pairs with the gold quote ``text``: the
    first unused one that matches, else the first that matches (it is marked used)."""
    hits = [i for i, p in enumerate(found) if sc.match(text, p["text"])]
    hit = next((i for i in hits if i not in used), hits[0] if hits else None)
    if hit is not None:
        used.add(hit)
    return hit


def figures(rows: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    return dict(scorer().score(copy.deepcopy(rows), preds))


def line(label: str, r: dict[str, Any]) -> str:
    return (
        f"{label:<22} {r['f1']:.3f} ({r['precision']:.3f} {r['recall']:.3f})"
        f"  {r['attributed']:.3f}  {r['speaker_acc_named']:.3f} (n {r['speaker_n_named']})"
        f"  {r['speaker_acc_pronoun'] or 0:.3f} (n {r['speaker_n_pronoun']})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, help="one split (default: dev and held-out)")
    ap.add_argument("--first", type=int, help="only the first N articles (default: 300 and all)")
    ap.add_argument("--folds", action="store_true", help="each dev fold apart (dev only)")
    ap.add_argument("--annotated", action="store_true", help="only articles PolNeAR annotated")
    args = ap.parse_args()
    split = "dev" if args.folds else args.split or "all"
    rows = gold_rows(split, args.first, args.annotated)  # only what is scored is parsed
    preds, seconds = predictions(rows)
    by_index = {row["index"]: pred for row, pred in zip(rows, preds, strict=True)}
    print(f"{'':<22} F1    (P     R)      attrib named         pronoun")
    shown = FOLDS if args.folds else [args.split] if args.split else ["dev", "held-out"]
    for split in shown:
        for first in [args.first] if args.first else [300, None]:
            subset = gold_rows(split, first, args.annotated)
            scored = figures(subset, [by_index[row["index"]] for row in subset])
            print(line(f"{split}, {'first ' + str(first) if first else 'all'}", scored))
    size = sum(len(row["text"].encode()) for row in rows)
    print(f"{len(rows)} articles, {size / 1e6:.1f} MB parsed and analysed in {seconds:.1f} s")


if __name__ == "__main__":
    main()
