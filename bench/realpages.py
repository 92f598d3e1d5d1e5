"""The real-pages table of issue 13 for the current code: text copy and HTML, on all
pages, on the pages rules were tuned on (dev) and on the pages held out.

    .venv/bin/python bench/realpages.py [--input text|html|both] [--jobs 2] [--rows dev]
                                         [--fold F ...] [--per-fold] [--reach]

Runs `reader parse --json` (this work tree's .venv/bin/reader, or --cmd) on every page of
../shared/realpages through that folder's own scorer (score_realpages.py: its functions
run the command and score each page, so the figures are the scorer's) and prints one
Markdown table. The hold-out: sort the page ids of truth.json; every fifth (index % 5 ==
4) is held out. Per-page rows are printed only for dev pages (--rows dev), never for the
held-out ones. With --fold, only the dev pages of those folds (sorted index % 5, 0 to 3)
are run and shown: a rule written from some folds is checked on the others. --per-fold
adds a row per dev fold: the spread between folds says how much a figure moves from one
set of pages to another. --reach adds, for the text copy, counts only (bench/byline_reach.py):
on how many pages the right authors and date stand in the copy, and how many of those
reader misses: whether a gap is within a text copy's reach.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from byline_reach import reach_line

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("REALPAGES", ROOT.parent / "shared" / "realpages"))
COLUMNS = (  # (heading, summary key)
    ("headline", "title_exact"),
    ("body F1", "body_f1"),
    ("snippets F1", "snip_f1"),
    ("authors F1", "authors_f1"),
    ("date", "date_exact"),
)


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_realpages", FOLDER / "score_realpages.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer in {FOLDER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split(ids: list[str]) -> tuple[list[str], list[str]]:
    """(dev, held out): index % 5 == 4 of the sorted ids is held out."""
    ordered = sorted(ids)
    return (
        [i for k, i in enumerate(ordered) if k % 5 != 4],
        [i for k, i in enumerate(ordered) if k % 5 == 4],
    )


def fold_of(ids: list[str]) -> dict[str, int]:
    """Each page's fold: its index % 5 in the sorted ids (4: held out)."""
    return {page: k % 5 for k, page in enumerate(sorted(ids))}


def score(
    score_mod: ModuleType, truth: dict[str, Any], kind: str, cmd: str, jobs: int
) -> dict[str, dict[str, Any]]:
    """Per-page scored rows for one input kind ("text" or "html")."""
    folder, ext = ("txt", ".txt") if kind == "text" else ("html", ".html")

    def one(page: str) -> tuple[str, dict[str, Any]]:
        prediction, _ = score_mod.run_reader(cmd, str(FOLDER / folder / (page + ext)), 120)
        row = score_mod.score_page(truth[page], prediction)
        row["got_authors"] = (prediction or {}).get("authors")
        row["got_date"] = (prediction or {}).get("date")
        return page, row

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(one, truth))


def copy_of(page: str) -> str:
    return (FOLDER / "txt" / (page + ".txt")).read_text(encoding="utf-8", errors="replace")


def table_row(score_mod: ModuleType, label: str, rows: list[dict[str, Any]]) -> str:
    summary = score_mod.summarise(rows, 0)
    cells = ["" if summary.get(key) is None else f"{summary[key]:.3f}" for _, key in COLUMNS]
    return f"| {label} | {len(rows)} | " + " | ".join(cells) + " |"


def page_line(truth: dict[str, Any], row: dict[str, Any]) -> str:
    parts = [row["id"]]
    if "title_exact" in row:
        parts.append("T=ok" if row["title_exact"] else "T=WRONG")
    if "body_f1" in row:
        parts.append(f"body={row['body_f1']:.3f}")
    if "_snip" in row:
        tp, fp, fn, _ = row["_snip"]
        parts.append(f"with={tp}/{tp + fn} leaked={fp}")
    if "authors_f1" in row:
        parts.append(f"au={row['authors_f1']:.2f} {row['got_authors']} want {truth['authors']}")
    if "date_exact" in row:
        parts.append(f"date={'ok' if row['date_exact'] else row['got_date']} want {truth['date']}")
    if not row.get("title_exact", True):
        parts.append(f"got={row['got_title']!r} want={truth['title']!r}")
    return "  ".join(str(p) for p in parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", choices=["text", "html", "both"], default="both")
    parser.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "reader"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rows", choices=["dev", "all"], help="also print each dev page's row")
    parser.add_argument(
        "--fold", type=int, nargs="+", choices=range(4), help="only these dev folds"
    )
    parser.add_argument("--per-fold", action="store_true", help="also a row per dev fold")
    parser.add_argument(
        "--reach", action="store_true", help="also counts: truth author/date in the text copy"
    )
    args = parser.parse_args()
    if args.rows == "all" and not os.environ.get("REALPAGES_DEV_ONLY"):
        parser.error("--rows all only on a folder of dev pages (realpages_stripped.py)")
    if not (FOLDER / "truth.json").is_file():
        print(f"no truth.json in {FOLDER}", file=sys.stderr)
        return 2
    score_mod = scorer()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    for page, item in truth.items():
        item["id"] = page
    dev, held = split(list(truth))
    groups = [("all", sorted(truth)), ("dev", dev), ("held out", held)]
    folds = fold_of(list(truth))
    if args.fold is not None:
        dev = [page for page in dev if folds[page] in args.fold]
        truth = {page: truth[page] for page in dev}
        groups = [(f"dev, folds {' '.join(map(str, args.fold))}", dev)]
    if args.per_fold:
        groups += [(f"fold {n}", [p for p in dev if folds[p] == n]) for n in range(4)]
    kinds = ["text", "html"] if args.input == "both" else [args.input]
    print("| input | pages | " + " | ".join(h for h, _ in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for kind in kinds:
        rows = score(score_mod, truth, kind, args.cmd, args.jobs)
        for label, ids in groups:
            print(table_row(score_mod, f"{kind}, {label}", [rows[i] for i in ids]))
        if args.reach and kind == "text":
            for label, ids in groups:
                print(reach_line(label, [(copy_of(i), truth[i], rows[i]) for i in ids]))
        if args.rows:
            for page in sorted(truth) if args.rows == "all" else dev:
                print(f"{kind}  " + page_line(truth[page], rows[page]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
