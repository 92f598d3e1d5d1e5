"""The threshold of the evidence byline (reader/ingest/byline_evidence.py), fitted on dev
pages by folds: for each SURE, the realpages dev pages' authors F1 (the scorer's own
figure) per dev fold, and the written families' dev pages with their authors exactly right.
Held-out pages and families are never read here.

    .venv/bin/python bench/byline_evidence_fit.py

A page whose shape rules found authors keeps them; on the others, the evidence byline at
each SURE gives them. "fired: right": on how many dev pages with a truth author the evidence
byline, asked on every page (whatever the shape rules found), names someone, and on how
many of those it is right: its precision on real pages, apart from the shape rules.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from byline_families import HELD, all_written
from realpages import FOLDER, scorer, split

from reader.ingest import byline_evidence
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Block

SURES = range(1, 7)


def candidates(text: str) -> tuple[list[str], list[Block]]:
    """The shape rules' authors (the evidence byline off) and the page's blocks."""
    keep, byline_evidence.SURE = byline_evidence.SURE, 99
    try:
        article = parse_page(SourceText("page.txt", text, "utf-8"))
    finally:
        byline_evidence.SURE = keep
    return article.authors, article.blocks


def at(sure: int, base: list[str], blocks: list[Block]) -> list[str]:
    return base or byline_evidence.evidence_authors(blocks, sure)


def main() -> int:
    score_mod = scorer()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    dev, _ = split(ids)
    f1: dict[tuple[int, int], list[float]] = defaultdict(list)
    fired: dict[int, list[bool]] = defaultdict(list)  # its pick, were it asked on every page
    for page in dev:
        if not truth[page].get("authors"):
            continue
        fold = ids.index(page) % 5
        text = (FOLDER / "txt" / f"{page}.txt").read_text(encoding="utf-8")
        base, blocks = candidates(text)
        for sure in SURES:
            pred = {"title": None, "body": "", "authors": at(sure, base, blocks), "date": None}
            f1[sure, fold].append(score_mod.score_page(truth[page], pred)["authors_f1"])
            alone = {**pred, "authors": at(sure, [], blocks)}  # the evidence byline alone
            if alone["authors"]:
                fired[sure].append(score_mod.score_page(truth[page], alone)["authors_f1"] > 0)
    fam: dict[int, list[bool]] = defaultdict(list)
    for w in all_written():
        if w.family in HELD:
            continue
        base, blocks = candidates(w.text)
        for sure in SURES:
            got = at(sure, base, blocks)
            fam[sure].append([a.casefold() for a in got] == [a.casefold() for a in w.authors])
    folds = " | ".join(f"fold {k}" for k in range(4))
    print(f"| SURE | {folds} | dev | families dev | fired: right |")
    print("|---|---|---|---|---|---|---|---|")
    for sure in SURES:
        shares = [sum(f1[sure, k]) / len(f1[sure, k]) for k in range(4)]
        every = [x for k in range(4) for x in f1[sure, k]]
        print(f"| {sure} | " + " | ".join(f"{x:.3f}" for x in shares)
              + f" | {sum(every) / len(every):.3f} | {sum(fam[sure]) / len(fam[sure]):.3f}"
              f" | {len(fired[sure])}: {sum(fired[sure])} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
