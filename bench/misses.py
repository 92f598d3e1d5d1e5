"""Print samples of misses on the PolNeAR dev split, by category, to study the rules.

usage: .venv/bin/python bench/misses.py {fn,fp,named,pronoun} [N] [--seed S] [--first K]
                                         [--fold F ...]

Only dev articles are read (never the held-out fifth, see bench/score_quotes.py); with
``--fold``, only those dev folds (0-3), so that a rule written from them can be checked
on the others (``bench/score_quotes.py --folds``).
Pronoun misses are judged against the hand-resolved speaker, as the scorer does.
"""

from __future__ import annotations

import argparse
import random
import sys

from score_quotes import FOLDS, gold_rows, parsed, scorer

from reader.model import Quote

SCORER = scorer()


def context(text: str, needle: str, width: int = 200) -> str:
    at = max(text.find(needle[:40]), 0)
    return text[max(0, at - width) : at + len(needle) + width].replace("\n", " ¶ ")


def _hit(text: str, pred: list[Quote], used: set[int]) -> Quote | None:
    """The quote the scorer pairs with a gold quote: the first unused one that matches,
    else the first that matches."""
    hits = [i for i, q in enumerate(pred) if SCORER.match(text, q.text)]
    fresh = [i for i in hits if i not in used]
    if not hits:
        return None
    used.add((fresh or hits)[0])
    return pred[(fresh or hits)[0]]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("category", choices=["fn", "fp", "named", "pronoun"])
    ap.add_argument("n", type=int, nargs="?", default=15)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--first", type=int, help="only the first K articles")
    ap.add_argument("--fold", type=int, nargs="+", choices=range(len(FOLDS)), help="dev folds")
    args = ap.parse_args()
    samples = []
    rows = gold_rows("dev", args.first)
    if args.fold is not None:
        rows = [row for row in rows if row["index"] % (len(FOLDS) + 1) in args.fold]
    for row in rows:
        article = parsed(row)
        pred = [q for q in article.quotes if q.kind != "scare"]
        gold = row["quotes"]
        SCORER.resolve_pronouns(gold)
        for g in gold:
            if "hand" in g:
                g["resolved"] = g["hand"]
        where = f"[{row['index']}]"
        if args.category == "fp":
            for q in pred:
                if not any(SCORER.match(g["text"], q.text) for g in gold):
                    samples.append(f"FP {where} [{q.speaker}] {context(row['text'], q.text)}")
            continue
        used: set[int] = set()
        for g in gold:
            hit = _hit(g["text"], pred, used)
            if args.category == "fn" and hit is None:
                scare = [q.text for q in article.quotes if SCORER.match(g["text"], q.text)]
                tag = "FN(scare)" if scare else "FN"
                samples.append(f"{tag} {where} ({g['source']}) {context(row['text'], g['text'])}")
            elif hit and g["source_kind"] == args.category and g["resolved"]:
                ok = SCORER.same_person if "hand" in g else SCORER.speaker_ok
                if ok(g["resolved"], hit.speaker):
                    continue
                samples.append(
                    f"WRONG {where} gold={g['source']!r}->{g['resolved']!r} pred={hit.speaker!r}"
                    f" cue={hit.cue!r}\n   {context(row['text'], g['text'])}"
                )
    random.Random(args.seed).shuffle(samples)
    print(len(samples), "cases")
    for s in samples[: args.n]:
        print(s, "\n")


if __name__ == "__main__":
    sys.exit(main())
