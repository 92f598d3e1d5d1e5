"""Why the text copy's date misses on the dev pages: each miss put down to one cause.

    .venv/bin/python bench/date_causes.py [--pages] [--fold F ...]

For each dev page of ../shared/realpages with a date in its truth (bench/realpages.py's
split: the held-out fifth is never read), the text copy is parsed and, when its date is
not the truth's, the miss is given the first cause that fits:
- "not printed": no line of the copy holds the truth's date, in either number order;
- "wrong order": the date read is the truth's with its day and month swapped;
- "none found": the page's date was left empty, though a line holds the truth's date;
- "updated, not published": the line of the date read says it is an update ("Updated",
  "Modified", "Last updated") and the truth's date is printed too;
- "another article's": the date read stands in a teaser, a comment, a caption or past
  the body (another article's), or in the body's text;
- "other".
For the two last and "none found", the place of the first line holding the truth's date
is counted too (its block's kind, and header / above / body / after), which says where
a broad rule should look. --pages lists each miss.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

from byline_census import place
from realpages import FOLDER, fold_of, split

from reader.ingest.date_values import iso_date
from reader.model import Block, BlockKind
from reader.sources import load_document

_UPDATE = re.compile(r"\b(?:updated?|modified|changed|aktualisiert|mis à jour|actualizado)\b", re.I)
_OTHERS = (BlockKind.PROMO, BlockKind.CAPTION)


def _swapped(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{year}-{day}-{month}"


def _holds(block: Block, iso: str) -> bool:
    return iso in (iso_date(block.text), iso_date(block.text, True), iso_date(block.text, False))


def _where(blocks: list[Block], k: int) -> str:
    title = next((j for j, b in enumerate(blocks) if b.kind is BlockKind.TITLE), None)
    prose = [j for j, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH]
    body = (prose[0], prose[-1]) if prose else (len(blocks), len(blocks))
    return f"{place(k, title, body)} {blocks[k].kind.name.lower()}"


def cause(blocks: list[Block], got: str | None, want: str) -> tuple[str, str]:
    """(cause, where the truth's date stands)."""
    right = next((k for k, b in enumerate(blocks) if _holds(b, want)), None)
    at = _where(blocks, right) if right is not None else "-"
    if right is None:
        return "not printed", at
    if got is not None and got == _swapped(want):
        return "wrong order", at
    if got is None:
        return "none found", at
    read = next((k for k, b in enumerate(blocks) if _holds(b, got)), None)
    if read is None:
        return "other", at
    if _UPDATE.search(blocks[read].text):
        return "updated, not published", at
    prose = [k for k, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH]
    past = bool(prose) and read > prose[-1]
    if blocks[read].kind in _OTHERS or past or blocks[read].kind is BlockKind.PARAGRAPH:
        return f"another article's ({_where(blocks, read)})", at
    return f"other ({_where(blocks, read)})", at


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", action="store_true", help="list each miss")
    parser.add_argument("--fold", type=int, nargs="+", choices=range(4), default=range(4))
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    folds = fold_of(list(truth))
    causes: Counter[str] = Counter()
    places: Counter[str] = Counter()
    scored = 0
    for page in split(list(truth))[0]:
        want = truth[page].get("date")
        if not want or folds[page] not in args.fold:
            continue
        scored += 1
        article = load_document(str(FOLDER / "txt" / f"{page}.txt")).article
        if article.published == want:
            continue
        why, at = cause(article.blocks, article.published, want)
        causes[why.split(" (")[0]] += 1
        places[f"{why.split(' (')[0]}: truth's date in {at}"] += 1
        if args.pages:
            got = article.published
            print(f"{page} f{folds[page]} got {got} want {want}: {why}; truth at {at}")
    print(f"\n{sum(causes.values())} misses of {scored} dev pages with a date")
    for why, n in causes.most_common():
        print(f"  {n:3} {why}")
    print("where the truth's date stands:")
    for where, n in places.most_common():
        print(f"  {n:3} {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
