"""Which of a page's dates agrees with the truth, source by source, on the dev pages of
../shared/realpages (bench/realpages.py: the held-out fifth is never read here).

    .venv/bin/python bench/html_date_sources.py [--fold F ...]

For each dated dev page every source the HTML reading may take a date from is read apart
(the JSON-LD article's datePublished and dateModified, its datePublished in UTC, the
microdata's, the publication metas', the modification metas', the loose date meta, the
page's address, the date shown under the headline, the first ``<time>`` kept, every
``<time datetime>`` of the page, trafilatura's own guess, reader's answer) and the table
says, per source and per page set (sh, tf): on how many pages it gives a date, on how many
that date is the truth's, and on how many of reader's misses it is right. Aggregates only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable

from html_departures import reader_reading
from realpages import FOLDER, scorer, split

from reader.ingest.html_article import PageFacts, page_facts
from reader.ingest.html_dates import address_date
from reader.ingest.html_json_ld import ranked_objects
from reader.ingest.html_links import page_url
from reader.ingest.html_meta import _metas, _microdata
from reader.ingest.html_meta_dates import date_of
from reader.ingest.html_page import parse_tree

_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")


def _utc(value: str) -> str | None:
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.UTC).date().isoformat() if moment.tzinfo else None


def _ld(root: object, key: str, utc: bool = False) -> str | None:
    ranked, _ = ranked_objects(root)  # type: ignore[arg-type]
    values = (o.get(key) for o in ranked)
    found = (v for v in values if isinstance(v, str))
    return next((d for v in found if (d := _utc(v) if utc else date_of(v))), None)


def _meta(root: object, keys: tuple[str, ...]) -> str | None:
    for meta in root.iter("meta"):  # type: ignore[attr-defined]
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in keys and meta.get("content"):
            return date_of(meta.get("content"))
    return None


def _times(root: object) -> set[str]:
    values = (t.get("datetime") for t in root.iter("time"))  # type: ignore[attr-defined]
    return {d for v in values if v and (d := date_of(v))}


Source = Callable[[object, PageFacts], "str | set[str] | None"]
SOURCES: list[tuple[str, Source]] = [
    ("JSON-LD datePublished", lambda r, f: _ld(r, "datePublished")),
    ("JSON-LD datePublished, in UTC", lambda r, f: _ld(r, "datePublished", utc=True)),
    ("JSON-LD dateModified", lambda r, f: _ld(r, "dateModified")),
    ("microdata datePublished", lambda r, f: _microdata(r)[1]),  # type: ignore[arg-type]
    ("publication meta", lambda r, f: _metas(r)[0][1]),  # type: ignore[arg-type]
    ("modification meta", lambda r, f: _meta(r, _MODIFIED_METAS)),
    ("loose date meta", lambda r, f: _metas(r)[1]),  # type: ignore[arg-type]
    ("the address", lambda r, f: f.address_date),
    ("shown under the headline", lambda r, f: f.time_date if f.shown_near else None),
    ("first <time> or date shown", lambda r, f: f.time_date),
    ("any <time datetime> (one of)", lambda r, f: _times(r) or None),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fold", type=int, nargs="+", help="dev folds (sorted index % 5)")
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, _ = split(list(truth))
    ordered = sorted(truth)
    if args.fold:
        dev = [p for p in dev if ordered.index(p) % 5 in args.fold]
    score_mod = scorer()
    count: Counter[tuple[str, str, str]] = Counter()
    pages: Counter[str] = Counter()
    for page in (p for p in dev if truth[p].get("date")):
        want, kind = truth[page]["date"], page[:2]
        path = FOLDER / "html" / f"{page}.html"
        root = parse_tree(path.read_text(encoding="utf-8", errors="replace"))
        facts = page_facts(root, address_date(page_url(root, None)))
        ours = reader_reading(path)["date"]
        found = {name: get(root, facts) for name, get in SOURCES}
        found["trafilatura alone"] = (score_mod.run_trafilatura(str(path))[0] or {}).get("date")
        found["reader"] = ours
        pages[kind] += 1
        for name, value in found.items():
            right = want in value if isinstance(value, set) else value == want
            for key in (kind, "all"):
                count[name, key, "given"] += value is not None
                count[name, key, "right"] += right
                count[name, key, "saves"] += right and ours != want
    pages["all"] = pages["sh"] + pages["tf"]
    kinds = ("sh", "tf", "all")
    print(f"dated dev pages: {', '.join(f'{k} {pages[k]}' for k in kinds)}\n")
    heads = (f"{k}: given / right / right on reader's misses" for k in kinds)
    print("| source | " + " | ".join(heads) + " |")
    print("|---|---|---|---|")
    for name in [*(n for n, _ in SOURCES), "trafilatura alone", "reader"]:
        cells = (
            f"{count[name, k, 'given']} / {count[name, k, 'right']} / {count[name, k, 'saves']}"
            for k in kinds
        )
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
