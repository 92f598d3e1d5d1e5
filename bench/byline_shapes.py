"""The generated bench of bylines and dates: every written page of tests/byline_pages.py
(byline shapes x name shapes x date shapes, around a written article with teasers) parsed
as text, its authors and date against the right answer.

    .venv/bin/python bench/byline_shapes.py [--misses N]

Prints the share of pages whose authors are exactly right and whose date is, overall and
per byline shape, name shape and date shape; --misses prints the first N wrong pages.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from byline_pages import Page, all_pages

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText


def read(page: Page) -> tuple[list[str], str]:
    article = parse_page(SourceText("generated.txt", page.text, "utf-8"))
    return article.authors, article.published or ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", type=int, default=0, help="print the first N wrong pages")
    args = parser.parse_args()
    pages = all_pages()
    tally: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    misses = []
    for page in pages:
        authors, date = read(page)
        ok = ([a.casefold() for a in authors] == [a.casefold() for a in page.authors],
              date == page.date)  # fmt: skip
        for key in (("all", ""), ("shape", page.shape), ("names", page.name_shape),
                    ("date", page.date_shape), ("layout", page.layout)):  # fmt: skip
            tally[key].append(ok)
        if not all(ok):
            misses.append((page, authors, date))
    print("| pages | kind | authors | date |")
    print("|---|---|---|---|")
    for (kind, label), oks in sorted(tally.items(), key=lambda item: item[0][0]):
        share_a = sum(a for a, _ in oks) / len(oks)
        share_d = sum(d for _, d in oks) / len(oks)
        print(f"| {len(oks)} | {kind} {label} | {share_a:.3f} | {share_d:.3f} |")
    for page, authors, date in misses[: args.misses]:
        print(f"\n{page.shape} / {page.name_shape} / {page.date_shape} / {page.layout}:"
              f" got {authors} {date!r}"
              f" want {page.authors} {page.date!r}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
