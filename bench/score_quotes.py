"""Score quote detection and speaker attribution on the PolNeAR corpus.

usage: .venv/bin/python bench/score_quotes.py [--split dev|held-out|all] [--gold PATH]

Parses each corpus article with the real page parser (as ``reader parse --json`` does;
``--simple`` reads the first line as the title and blank-line separated paragraphs),
runs ``attribute``, writes predictions and has the shared scorer score them. Every quote
is a prediction, scare quotes too, as in the official command (``--drop-scare`` leaves
them out). Prints throughput too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis.quotes import attribute  # noqa: E402
from reader.ingest.page import parse_page  # noqa: E402
from reader.ingest.source import from_bytes  # noqa: E402
from reader.model.document import Article, Block, BlockKind  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "corpora" / "polnear-train.jsonl"
SPLIT = "\n\n"  # the brief: blank-line separated paragraphs
SCORER = SHARED / "tools" / "score_quotes.py"


def article_of(text: str) -> Article:
    """Title line, then blank-line separated paragraphs, as blocks b0, b1, …"""
    title, _, rest = text.partition("\n")
    paragraphs = [p.strip() for p in rest.split(SPLIT) if p.strip()]
    blocks = [Block("b0", BlockKind.TITLE, title.strip())]
    blocks += [Block(f"b{i}", BlockKind.PARAGRAPH, p) for i, p in enumerate(paragraphs, 1)]
    return Article(title=title.strip(), blocks=blocks)


def parsed(text: str, name: str = "article.txt") -> Article:
    """The article as the real parser reads the copied page."""
    return parse_page(from_bytes(text.encode("utf-8"), name))


def split_of(rows: list[dict], split: str) -> list[dict]:
    cut = len(rows) * 4 // 5
    return {"dev": rows[:cut], "held-out": rows[cut:], "all": rows}[split]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "held-out", "all"], default="all")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--drop-scare", action="store_true", help="leave scare quotes out")
    ap.add_argument("--simple", action="store_true", help="blank-line paragraphs, no parser")
    args = ap.parse_args()
    rows = split_of([json.loads(line) for line in args.gold.open(encoding="utf-8")], args.split)
    read = article_of if args.simple else parsed
    articles = [read(row["text"]) for row in rows]
    began = time.perf_counter()
    for article in articles:
        attribute(article)
    seconds = time.perf_counter() - began
    size = sum(len(row["text"].encode()) for row in rows)
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        with pred.open("w", encoding="utf-8") as out:
            for row, article in zip(rows, articles, strict=True):
                quotes = [
                    {"text": q.text, "speaker": q.speaker}
                    for q in article.quotes
                    if not args.drop_scare or q.kind == "direct"
                ]
                out.write(json.dumps({"id": row["id"], "quotes": quotes}) + "\n")
        cmd = [sys.executable, str(SCORER), str(gold), "--pred", str(pred)]
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip())
    print(
        f"{args.split}: {len(rows)} articles, {size / 1024:.0f} KB in {seconds:.2f} s"
        f" = {size / 1024 / seconds:.0f} KB/s"
    )


if __name__ == "__main__":
    main()
