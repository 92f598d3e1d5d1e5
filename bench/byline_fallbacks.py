"""What the broad fallbacks give on the dev pages: reader/ingest/byline_broad.py (a line
of names in the header or under the body) and page_date_broad.py (a header line's date,
a "Published" line anywhere).

    .venv/bin/python bench/byline_fallbacks.py [--misses F ...]

For each dev page of ../shared/realpages (bench/realpages.py's split: the held-out fifth
is never read) the text copy is parsed twice, with the fallbacks and without them. Prints:
- where the specific rules find nothing: on how many pages each fallback gives the right
  answer, a wrong one, and how often it invents authors (or a date) truth has none of;
- each fallback alone (asked on every dev page, whatever the specific rules found), in
  each variant, exact answers per census shape (bench/byline_census.py: the place and
  words of the line that prints the first author, or the date);
- leave-one-shape-out: for each shape, the variant that does best on the pages of all
  other shapes (right answers, no invented ones) is scored on that shape's pages; the
  sum over shapes estimates what the fallback gives on a shape never seen.
--misses F prints the first variant's wrong and invented answers on the dev folds F (to
write a rule from some folds and check it on the others).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any
from unittest import mock

from byline_census import line_shape
from realpages import FOLDER, fold_of, split

from reader.ingest import article as article_module
from reader.ingest import page_date
from reader.ingest.byline_broad import broad_authors
from reader.ingest.date_order import day_first_page
from reader.ingest.dates import has_date, iso_date
from reader.ingest.page_date_broad import header_date, stated_date
from reader.model import Article, Block, BlockKind
from reader.sources import load_document

Answer = Callable[[list[Block]], Any]


def _day_first(blocks: list[Block]) -> bool | None:
    dated = [b.text for b in blocks if has_date(b.text)]
    return day_first_page(dated, (b.text for b in blocks if b.kind is BlockKind.PARAGRAPH))


AUTHOR_VARIANTS: dict[str, Answer] = {
    "header+under, any first name with a sign": lambda b: broad_authors(b),
    "header+under, known first names only": lambda b: broad_authors(b, known_only=True),
    "header only, any first name with a sign": lambda b: broad_authors(b, under=False),
}
DATE_VARIANTS: dict[str, Answer] = {
    "header date, then Published line": lambda b: (
        header_date(b, _day_first(b)) or stated_date(b, _day_first(b))
    ),
    "header date only": lambda b: header_date(b, _day_first(b)),
    "Published line only": lambda b: stated_date(b, _day_first(b)),
}


def _parse(page: str) -> Article:
    return load_document(str(FOLDER / "txt" / f"{page}.txt")).article


def _specific(page: str) -> Article:
    """The page read by the specific rules alone: the fallbacks answer nothing."""
    with (
        mock.patch.object(article_module, "broad_authors", lambda blocks: []),
        mock.patch.object(page_date, "header_date", lambda *a: None),
        mock.patch.object(page_date, "stated_date", lambda *a: None),
    ):
        return _parse(page)


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, list):
        return [a.casefold() for a in got or []] == [a.casefold() for a in want]
    return bool(got == want)


def _date_shape(blocks: list[Block], want: str) -> str:
    for block in blocks:
        if iso_date(block.text) == want:
            return line_shape(blocks, block.text.lower(), [])
    return "absent"


def report(field: str, rows: list[dict[str, Any]], variants: dict[str, Answer]) -> None:
    empty = [r for r in rows if not r["specific"]]
    has = [r for r in empty if r["want"]]
    none = [r for r in empty if not r["want"]]
    first = next(iter(variants))
    right = sum(_same(r["alone"][first], r["want"]) for r in has)
    wrong = sum(bool(r["alone"][first]) and not _same(r["alone"][first], r["want"]) for r in has)
    invented = sum(bool(r["alone"][first]) for r in none)
    print(f"\n{field}: specific rules find nothing on {len(empty)} dev pages; the fallback"
          f" ({first}) on the {len(has)} with truth: right {right}, wrong {wrong},"
          f" none {len(has) - right - wrong}; on the {len(none)} without: invents"
          f" {invented}")  # fmt: skip
    scored = [r for r in rows if r["want"]]
    blank = [r for r in rows if not r["want"]]
    by_shape: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in scored:
        by_shape[r["shape"]].append(r)
    per_fold = " / ".join(
        f"{sum(_same(r['alone'][first], r['want']) for r in scored if r['fold'] == f)}"
        f"/{sum(r['fold'] == f for r in scored)}"
        for f in range(4)
    )
    print(f"  alone, {first}, per dev fold 0-3: right {per_fold}")
    for name in variants:
        ok = sum(_same(r["alone"][name], r["want"]) for r in scored)
        made = sum(bool(r["alone"][name]) for r in blank)
        print(f"  alone, {name}: right {ok}/{len(scored)}, invents on {made}/{len(blank)}")

    def gain(name: str, pages: list[dict[str, Any]]) -> int:
        ok = sum(_same(r["alone"][name], r["want"]) for r in pages)
        return ok - sum(bool(r["alone"][name]) for r in blank)

    loso = 0
    for shape, pages in by_shape.items():
        others = [r for s, group in by_shape.items() if s != shape for r in group]
        best = max(variants, key=lambda name: gain(name, others))
        loso += sum(_same(r["alone"][best], r["want"]) for r in pages)
    own = [r for pages in by_shape.values() if len(pages) == 1 for r in pages]
    own_ok = sum(_same(r["alone"][first], r["want"]) for r in own)
    print(f"  leave-one-shape-out ({len(by_shape)} shapes): right {loso}/{len(scored)}"
          f" ({loso / max(1, len(scored)):.3f}); on the {len(own)} pages of a shape of their"
          f" own: {own_ok}/{len(own)}")  # fmt: skip


def misses(field: str, rows: list[dict[str, Any]], variants: dict[str, Answer]) -> None:
    first = next(iter(variants))
    for r in rows:
        if not _same(r["alone"][first], r["want"]) and (r["want"] or r["alone"][first]):
            print(f"  {field} {r['page']} [{r['shape']}] got {r['alone'][first]}"
                  f" want {r['want']} (specific {r['specific']})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", type=int, nargs="+", choices=range(4), default=[])
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    folds = fold_of(list(truth))
    authors, dates = [], []
    for page in split(list(truth))[0]:
        want = truth[page]
        blocks = _parse(page).blocks
        specific = _specific(page)
        names = want.get("authors") or []
        shape = line_shape(blocks, names[0].lower(), names) if names else "none"
        alone = {n: f(blocks) for n, f in AUTHOR_VARIANTS.items()}
        authors.append({"page": page, "fold": folds[page], "want": names,
                        "specific": specific.authors, "shape": shape, "alone": alone})  # fmt: skip
        day = want.get("date")
        shape = _date_shape(blocks, day) if day else "none"
        alone = {n: f(blocks) for n, f in DATE_VARIANTS.items()}
        dates.append({"page": page, "fold": folds[page], "want": day,
                      "specific": specific.published, "shape": shape, "alone": alone})  # fmt: skip
    report("authors", authors, AUTHOR_VARIANTS)
    report("date", dates, DATE_VARIANTS)
    if args.misses:
        misses("authors", [r for r in authors if folds[r["page"]] in args.misses], AUTHOR_VARIANTS)
        misses("date", [r for r in dates if folds[r["page"]] in args.misses], DATE_VARIANTS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
