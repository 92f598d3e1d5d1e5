"""Print samples of misses on the PolNeAR dev split, by category, to study the rules.

usage: .venv/bin/python bench/misses.py {fn,fp,named,pronoun} [N] [--seed S] [--first K]
                                         [--fold F ...] [--count] [--kind KIND]

Only dev articles are read (never the held-out fifth, see bench/score_quotes.py); with
``--fold``, only those dev folds (0-3), so that a rule written from them can be checked
on the others (``bench/score_quotes.py --folds``).
Pronoun misses are judged against the hand-resolved speaker, as the scorer does.
With ``--count``, named and pronoun misses are counted by kind instead (``kind_of``):
nothing shown, and no article read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from score_quotes import FOLDS, gold_rows, parsed, scorer

from reader.lexicon import words
from reader.model import Article, BlockKind, Quote

SCORER = scorer()
# A gold speaker that is an outlet or a document relaying the words ("…, reports USA
# Today", "according to a pool report"): reader names the one who says them.
_RELAY = words(
    "post times journal examiner today news magazine edition watch blaze press reuters"
    " account report reports letter transcript poll study website memo email filing"
    " document documents statement release"
)
_GROUP = words("another one some many several most other others these those")


def kind_of(gold: str, pred: str | None, article: Article) -> str:
    """What kind of miss a wrong speaker is: the headline reader took a body paragraph
    (its first line is boilerplate), the truth is an outlet or document relaying the
    words, a description ("the Florida senator") or a group ("another commenter"), or
    reader gave no one, or someone else. (``main`` adds "paired with another quote": reader
    gives the right speaker to a quote of the same words, but the scorer paired the gold
    quote with an earlier one that its loose match also takes.)"""
    first = next((b for b in article.blocks if b.text.strip()), None)
    if first is not None and first.kind is BlockKind.BOILERPLATE:
        return "headline lost"
    tokens = [w.strip(".,’'\"“”").lower() for w in gold.split()] or [""]
    if tokens[0] in _GROUP:
        return "a group or someone unnamed"
    if set(tokens) & _RELAY:
        return "an outlet or a document"
    if not gold[:1].isupper() or tokens[0] in ("the", "his", "her", "their", "its"):
        return "a description"
    return "no one given" if pred is None else "someone else"


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
    ap.add_argument("--count", action="store_true", help="count misses by kind, show none")
    ap.add_argument("--kind", help="only the misses of this kind (as --count names them)")
    args = ap.parse_args()
    samples = []
    counts: Counter[str] = Counter()
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
                kind = kind_of(g["resolved"], hit.speaker, article)
                if any(
                    SCORER.match(g["text"], q.text) and ok(g["resolved"], q.speaker) for q in pred
                ):
                    kind = "paired with another quote"  # the scorer took a quote found before it
                counts[kind] += 1
                if args.kind and kind != args.kind:
                    continue
                samples.append(
                    f"WRONG {where} gold={g['source']!r}->{g['resolved']!r} pred={hit.speaker!r}"
                    f" cue={hit.cue!r}\n   {context(row['text'], g['text'])}"
                )
    if args.count:
        for kind, n in counts.most_common():
            print(f"{n:5d}  {kind}")
        print(f"{sum(counts.values()):5d}  in all")
        return
    random.Random(args.seed).shuffle(samples)
    print(len(samples), "cases")
    for s in samples[: args.n]:
        print(s, "\n")


if __name__ == "__main__":
    sys.exit(main())
