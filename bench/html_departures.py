"""Where reader's HTML reading departs from trafilatura alone, and who is right by the truth.

    .venv/bin/python bench/html_departures.py [--rows] [--only ID ...]
    .venv/bin/python bench/html_departures.py --held

On the dev pages of ../shared/realpages (bench/realpages.py: the held-out fifth is read
only with --held, and then only counted) each HTML page is read by reader (as ``reader parse``
does) and by trafilatura alone (the realpages scorer's peer) and the two compared:

- date: the pages where the two dates differ, grouped by what gave reader's date (the
  page's data: JSON-LD, microdata, a date meta, a loose date meta; the date its address
  or its app's state gives; a date shown under the headline; the first ``<time>``; a date
  line among the blocks; extraction's own guess; none, the guess dropped), each group with
  how often reader is right, trafilatura is right, or neither;
- body: the pages where the body (word 4-gram F1 on the sh pages) or the snippets (kept
  minus leaked, on the tf pages) differ, grouped by the side that is better.

``--rows`` prints every departing page (dev pages only) with both values and the truth.
``--held`` counts the same departures on the held-out fifth instead, in aggregate only:
the two tables of counts, never a page id, a value or a text (``--rows`` and ``--only``
are refused with it). It says whether a rule for leaving trafilatura, decided on dev,
closes the held gap.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from realpages import FOLDER, scorer, split

from reader.ingest.html_article import page_facts
from reader.ingest.html_dates import address_date
from reader.ingest.html_json_ld import ranked_objects
from reader.ingest.html_links import page_url
from reader.ingest.html_meta import _json_ld, _metas, _microdata
from reader.ingest.html_page import parse_tree
from reader.sources import load_document

BODY_KINDS = ("paragraph", "heading")
BODY_MOVES = 0.02  # a body F1 that moves less is the same body


def reader_reading(path: Path) -> dict[str, Any]:
    article = load_document(str(path)).article
    body = "\n".join(b.text for b in article.blocks if b.kind.value in BODY_KINDS)
    return {
        "title": article.title,
        "body": body,
        "authors": article.authors,
        "date": article.published,
    }


def date_source(path: Path, date: str | None) -> str:
    """What gave reader's date, in the order reader asks (html_page, html_blocks)."""
    if date is None:
        return "none (extraction's guess dropped, or no date)"
    text = path.read_text(encoding="utf-8", errors="replace")
    root = parse_tree(text)
    ranked, ids = ranked_objects(root)
    (_, meta), loose = _metas(root)
    for name, found in (
        ("JSON-LD", _json_ld(ranked, ids)[1]),
        ("microdata", _microdata(root)[1]),
        ("date meta", meta),
    ):
        if found:
            return name if found == date else f"{name}? (data says {found})"
    facts = page_facts(root, address_date(page_url(root, None)))
    if facts.metadata.published == date and loose == date:
        return "loose date meta"
    if facts.address_date == date:
        return "the address"
    if facts.shown_near and facts.time_date == date:
        return "shown under the headline"
    if facts.time_date == date:
        return "the first <time> or date shown"
    return "a date line or extraction's guess"


def who(truth: str, ours: Any, theirs: Any) -> str:
    if ours == truth:
        return "reader right"
    return "trafilatura right" if theirs == truth else "both wrong"


def snippet_gain(row: dict[str, Any]) -> int:
    tp, fp, _, _ = row["_snip"]
    return int(tp - fp)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--only", nargs="+")
    parser.add_argument("--held", action="store_true")
    args = parser.parse_args()
    if args.held and (args.rows or args.only):
        parser.error("--held prints aggregate counts only (no --rows, no --only)")
    score_mod = scorer()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, held = split(list(truth))
    pages = held if args.held else [p for p in dev if not args.only or p in args.only]
    dates: dict[str, Counter[str]] = defaultdict(Counter)
    bodies: Counter[str] = Counter()
    for page in pages:
        item = {**truth[page], "id": page}
        path = FOLDER / "html" / f"{page}.html"
        ours = reader_reading(path)
        theirs = score_mod.run_trafilatura(str(path))[0] or {"body": "", "date": None}
        mine, peer = score_mod.score_page(item, ours), score_mod.score_page(item, theirs)
        if item.get("date") and ours["date"] != theirs["date"]:
            source = date_source(path, ours["date"])
            source = source.split(" (data says")[0] if args.held else source  # no held value
            verdict = who(item["date"], ours["date"], theirs["date"])
            dates[source][verdict] += 1
            if args.rows:
                print(
                    f"date  {page}: reader {ours['date']} ({source}), trafilatura "
                    f"{theirs['date']}, truth {item['date']}: {verdict}"
                )
        if "body_f1" in mine and abs(mine["body_f1"] - peer["body_f1"]) >= BODY_MOVES:
            better = "reader" if mine["body_f1"] > peer["body_f1"] else "trafilatura"
            bodies[f"body F1 (sh), {better} better"] += 1
            if args.rows:
                print(
                    f"body  {page}: reader {mine['body_f1']:.3f} (P {mine['body_p']:.2f} R "
                    f"{mine['body_r']:.2f}), trafilatura {peer['body_f1']:.3f} (P "
                    f"{peer['body_p']:.2f} R {peer['body_r']:.2f})"
                )
        if "_snip" in mine and mine["_snip"] != peer["_snip"]:
            a, b = snippet_gain(mine), snippet_gain(peer)
            better = "reader" if a > b else "trafilatura" if b > a else "neither"
            bodies[f"snippets (tf), {better} better"] += 1
            if args.rows:
                print(
                    f"snip  {page}: reader kept/leaked {mine['_snip'][:2]}, trafilatura "
                    f"{peer['_snip'][:2]} of {len(item['with'])}/{len(item['without'])}"
                )
    print(
        f"{'held-out' if args.held else 'dev'} pages: {len(pages)}\n\n"
        "| reader's date from | pages | reader right | "
        "trafilatura right | both wrong |\n|---|---|---|---|---|"
    )
    for source, verdicts in sorted(dates.items(), key=lambda kv: -sum(kv[1].values())):
        cells = [verdicts[v] for v in ("reader right", "trafilatura right", "both wrong")]
        print(f"| {source} | {sum(cells)} | " + " | ".join(map(str, cells)) + " |")
    print("\n| body departure | pages |\n|---|---|")
    for kind, count in sorted(bodies.items()):
        print(f"| {kind} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
