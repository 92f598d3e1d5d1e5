"""Print samples of misses on the PolNeAR dev split, by category, to study the rules.

usage: .venv/bin/python bench/misses.py {fn,fp,named,pronoun} [N] [--seed S]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys

from score_quotes import GOLD, SCORER, parsed, split_of

from reader.analysis.quotes import attribute

spec = importlib.util.spec_from_file_location("scorer", SCORER)
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)


def context(text: str, needle: str, width: int = 160) -> str:
    at = text.find(needle[:40])
    at = max(at, 0)
    return text[max(0, at - width) : at + len(needle) + width].replace("\n", " ¶ ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("category", choices=["fn", "fp", "named", "pronoun"])
    ap.add_argument("n", type=int, nargs="?", default=15)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = split_of([json.loads(line) for line in GOLD.open(encoding="utf-8")], "dev")
    samples = []
    for row in rows:
        article = parsed(row["text"])
        attribute(article)
        pred = article.quotes  # scare quotes too, as the official command scores them
        gold = row["quotes"]
        scorer.resolve_pronouns(gold)
        if args.category == "fp":
            for q in pred:
                if not any(scorer.match(g["text"], q.text) for g in gold):
                    samples.append(f"FP [{q.speaker}] {context(row['text'], q.text)}")
            continue
        for g in gold:
            hit = next((q for q in pred if scorer.match(g["text"], q.text)), None)
            if args.category == "fn" and hit is None:
                samples.append(f"FN ({g['source']}) {context(row['text'], g['text'])}")
            elif hit and g["source_kind"] == args.category and g["resolved"]:
                if scorer.speaker_ok(g["resolved"], hit.speaker):
                    continue
                samples.append(
                    f"WRONG gold={g['source']!r}->{g['resolved']!r} pred={hit.speaker!r}"
                    f" cue={hit.cue!r} kind={hit.kind}\n   {context(row['text'], g['text'])}"
                )
    random.Random(args.seed).shuffle(samples)
    print(len(samples), "cases")
    for s in samples[: args.n]:
        print(s, "\n")


if __name__ == "__main__":
    sys.exit(main())
