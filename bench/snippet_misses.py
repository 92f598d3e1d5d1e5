"""The snippets the text copy loses or lets in, on the dev real pages only (never the
held-out fifth): for each must-have snippet missing from reader's body, the kind of the
element that holds it and where that element stands against the body (over it, inside,
under it); for each must-not snippet in the body, the same. The lines to read for
grouping the misses by the assumption that failed.

    .venv/bin/python bench/snippet_misses.py [--jobs 2] [--count]

``--count`` prints only the tally by (missed or leaked, kind, place).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from realpages import FOLDER, ROOT, scorer, split

BODY_KINDS = ("paragraph", "heading")
Block = dict[str, Any]


def blocks_of(page: str) -> list[Block]:
    reader = str(ROOT / ".venv" / "bin" / "reader")
    path = str(FOLDER / "txt" / (page + ".txt"))
    out = subprocess.run([reader, "parse", "--json", path], capture_output=True, text=True)
    line = next((x for x in out.stdout.splitlines() if x.strip().startswith("{")), "{}")
    return list((json.loads(line).get("article") or {}).get("blocks") or [])


def place(norm: Any, blocks: list[Block], snippet: str) -> tuple[str, str]:
    """(the kind of the block holding the snippet, where it stands against the body)."""
    body = [k for k, b in enumerate(blocks) if b.get("kind") in BODY_KINDS]
    want = norm(snippet)
    for k, b in enumerate(blocks):
        if want in norm(b.get("text", "")):
            if not body:
                return b.get("kind", "?"), "no body"
            where = "over" if k < body[0] else "under" if k > body[-1] else "inside"
            return b.get("kind", "?"), where
    return "split or absent", "-"


def misses(page: str, item: dict[str, Any], norm: Any) -> list[tuple[str, str, str, str]]:
    blocks = blocks_of(page)
    body = norm("\n".join(b.get("text", "") for b in blocks if b.get("kind") in BODY_KINDS))
    out = []
    for snippet in item["with"]:
        if norm(snippet) not in body:
            out.append(("missed", *place(norm, blocks, snippet), snippet))
    for snippet in item.get("without") or []:
        if norm(snippet) in body:
            out.append(("leaked", *place(norm, blocks, snippet), snippet))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--count", action="store_true")
    args = parser.parse_args()
    norm = scorer().wsnorm
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, _ = split(list(truth))
    pages = [p for p in dev if truth[p].get("with")]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        found = dict(zip(pages, pool.map(lambda p: misses(p, truth[p], norm), pages), strict=True))
    tally: Counter[tuple[str, str, str]] = Counter()
    for page in pages:
        for what, kind, where, snippet in found[page]:
            tally[(what, kind, where)] += 1
            if not args.count:
                print(f"{page}  {what:6} {kind:10} {where:7} {snippet[:90]!r}")
    for key, n in tally.most_common():
        print(f"{n:4}  {' / '.join(key)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
