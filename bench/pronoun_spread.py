"""How the pronoun misses of PolNeAR's first 300 articles spread over articles, per split:
counts only (no id, no text), so that the held-out fifth can be looked at without reading it.

usage: .venv/bin/python bench/pronoun_spread.py

For each split (the four dev folds and the held-out fifth, see bench/score_quotes.py):
pronoun quotes scored, missed, the articles holding them, and how many of the misses sit
in the one, two and three articles that miss most (a wrong antecedent carried over an
article shows as a few articles holding most misses).
"""

from __future__ import annotations

from score_quotes import FOLDS, figures, gold_rows, predictions


def spread(split: str) -> str:
    rows = gold_rows(split, 300)
    preds, _ = predictions(rows)
    per_article = []
    for row, pred in zip(rows, preds, strict=True):
        r = figures([row], [pred])
        n = r["speaker_n_pronoun"]
        if n:
            per_article.append((n - round((r["speaker_acc_pronoun"] or 0) * n), n))
    per_article.sort(reverse=True)
    missed = [m for m, _ in per_article]
    total, n_all = sum(missed), sum(n for _, n in per_article)
    top = " ".join(f"{sum(missed[:k])}" for k in (1, 2, 3))
    hit_articles = sum(1 for m in missed if m)
    return (
        f"{split:<9} {n_all:>4} {total:>6} {len(per_article):>9} {hit_articles:>13}"
        f"   {top:<10} {' '.join(f'{m}/{n}' for m, n in per_article[:6])}"
    )


def main() -> None:
    print("split     quotes missed  articles  with a miss   top 1/2/3  missed/scored, worst")
    for split in (*FOLDS, "held-out"):
        print(spread(split))


if __name__ == "__main__":
    main()
