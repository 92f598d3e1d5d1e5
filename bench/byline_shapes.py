"""The generated bench of bylines and dates: every written page of tests/byline_pages.py
(byline shapes x name shapes x date shapes, around a written article with teasers) parsed
as text, its authors and date against the right answer.

    .venv/bin/python bench/byline_shapes.py [--misses N] [--families]

Prints the share of pages whose authors are exactly right and whose date is, overall and
per byline shape, name shape and date shape; --misses prints the first N wrong pages.
--families reads the written families of tests/byline_families.py instead, each marked
dev or held (its misses printed for dev families only: held ones are a check).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from byline_families import HELD, all_written
from byline_families_26 import BYLINES_26, DATES_26
from byline_families_27 import BYLINES_27, DATES_27
from byline_families_28 import BYLINES_28, DATES_28
from byline_families_29 import BYLINES_29, DATES_29
from byline_families_30 import BYLINES_30, DATES_30
from byline_families_31 import BYLINES_31, DATES_31
from byline_families_32 import BYLINES_32, DATES_32, DATES_32B
from byline_families_33 import BYLINES_33, DATES_33
from byline_families_34 import BYLINES_34
from byline_families_35 import BYLINES_35
from byline_families_36 import BYLINES_36, BYLINES_36B, DATES_36, DATES_36B
from byline_pages import Page, all_pages

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText


def read(page: Page) -> tuple[list[str], str]:
    return read_text(page.text)


def read_text(text: str) -> tuple[list[str], str]:
    article = parse_page(SourceText("generated.txt", text, "utf-8"))
    return article.authors, article.published or ""


def same_authors(got: list[str], want: list[str]) -> bool:
    return [a.casefold() for a in got] == [a.casefold() for a in want]


# Each session's families apart: a new group's first score is the honest unseen one
_GROUPS = {name: "bylines 26" for name in BYLINES_26} | {name: "dates 26" for name in DATES_26}
_GROUPS |= {name: "bylines 27" for name in BYLINES_27} | {name: "dates 27" for name in DATES_27}
_GROUPS |= {name: "bylines 28" for name in BYLINES_28} | {name: "dates 28" for name in DATES_28}
_GROUPS |= {name: "bylines 29" for name in BYLINES_29} | {name: "dates 29" for name in DATES_29}
_GROUPS |= {name: "bylines 30" for name in BYLINES_30} | {name: "dates 30" for name in DATES_30}
_GROUPS |= {name: "bylines 31" for name in BYLINES_31} | {name: "dates 31" for name in DATES_31}
_GROUPS |= {name: "bylines 32" for name in BYLINES_32} | {name: "dates 32" for name in DATES_32}
_GROUPS |= {name: "dates 32b" for name in DATES_32B}
_GROUPS |= {name: "bylines 33" for name in BYLINES_33}
_GROUPS |= {name: "dates 33" for name in DATES_33}
_GROUPS |= {name: "bylines 34" for name in BYLINES_34}
_GROUPS |= {name: "bylines 35" for name in BYLINES_35}
_GROUPS |= {name: "bylines 36" for name in BYLINES_36}
_GROUPS |= {name: "dates 36" for name in DATES_36}
_GROUPS |= {name: "bylines 36b" for name in BYLINES_36B}
_GROUPS |= {name: "dates 36b" for name in DATES_36B}


def families(misses: int) -> int:
    """The written families' table: authors and date right, per family and dev/held."""
    tally: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    wrong = []
    for page in all_written():
        authors, date = read_text(page.text)
        ok = same_authors(authors, page.authors), date == page.date
        split = "held" if page.family in HELD else "dev"
        group = _GROUPS.get(page.family, "older")
        for key in (split, f"{split} ({group})", f"{split}: {page.family}"):
            tally[key].append(ok)
        if not all(ok) and split == "dev":
            wrong.append(f"{page.family} {page.variant}/{page.people}: got {authors} {date!r}"
                          f" want {page.authors} {page.date!r}")  # fmt: skip
    print("| pages | family | authors | date |")
    print("|---|---|---|---|")
    for key, oks in sorted(tally.items()):
        share_a = sum(a for a, _ in oks) / len(oks)
        share_d = sum(d for _, d in oks) / len(oks)
        print(f"| {len(oks)} | {key} | {share_a:.3f} | {share_d:.3f} |")
    print("\n".join(wrong[:misses]))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", type=int, default=0, help="print the first N wrong pages")
    parser.add_argument("--families", action="store_true", help="the written families")
    args = parser.parse_args()
    if args.families:
        return families(args.misses)
    pages = all_pages()
    tally: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    misses = []
    for page in pages:
        authors, date = read(page)
        ok = same_authors(authors, page.authors), date == page.date
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
