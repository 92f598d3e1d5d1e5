"""Which of a page's dates its truth wants, counted over the dev pages of ../shared/realpages.

    .venv/bin/python bench/date_kinds.py

A page may state or show several dates: its publication's (data: datePublished,
article:published_time...), its last modification's (dateModified, article:modified_time,
a date marked "updated"), the first date shown after the headline, and dates further down
(related stories' teasers, comments). For each dev page with a date in its truth, the
kinds whose date is the truth's are counted (a page counts under every kind that matches;
"none" when no kind does), by the truth's source: the annotated pages (``tf-``) say what
a person wanted, the others' truth was read from the publisher's data. Held-out pages
(bench/realpages.py's split) are never read.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from lxml.html import HtmlElement
from realpages import FOLDER, split

from reader.ingest.dates import iso_date
from reader.ingest.html_date_lines import is_update
from reader.ingest.html_meta import read_metadata
from reader.ingest.html_meta_dates import date_of
from reader.ingest.html_page import parse_tree
from reader.ingest.html_text import text_of

_MODIFIED = re.compile(r"modified|updated", re.IGNORECASE)


def modified(root: HtmlElement) -> set[str]:
    """The dates the page's data gives as its last modification's."""
    found = set()
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if _MODIFIED.search(key) and (date := date_of(meta.get("content") or "")):
            found.add(date)
    for script in root.xpath("//script[@type='application/ld+json']"):
        found.update(re.findall(r'"dateModified"\s*:\s*"(\d{4}-\d\d-\d\d)', script.text or ""))
    return found


def kinds(root: HtmlElement, want: str) -> tuple[str, str]:
    """The page's kind (which data date the truth is), then which shown <time> it is."""
    published, changed = read_metadata(root).published, modified(root)
    if published == want:
        kind = "publication (= modification)" if want in changed else "publication only"
    elif want in changed:
        kind = "modification, not publication"
    else:
        kind = "neither data date" if published or changed else "no data date"
    times = [
        (node, date_of(node.get("datetime") or "") or iso_date(text_of(node)))
        for node in root.iter("time")
    ]
    h1 = next(root.iter("h1"), None)
    later = set(h1.xpath("following::*")) if h1 is not None else set()
    after = [(n, d) for n, d in times if d and n in later]
    if not after:
        return (kind, "no dated <time> after the h1")
    first = "first" if after[0][1] == want else "not first"
    update = " (an update's)" if is_update(after[0][0], text_of(after[0][0])) else ""
    other = any(d == want for _, d in after[1:]) and first == "not first"
    shown = f"truth is the {first} <time> after the h1{update}"
    return kind, shown + (", a later one" if other else "")


def main() -> int:
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, _ = split(list(truth))
    counts = {group: (Counter[str](), Counter[str]()) for group in ("tf", "sh")}
    pages: Counter[str] = Counter()
    for page in dev:
        want = truth[page].get("date")
        if not want:
            continue
        group = page[:2]
        pages[group] += 1
        root = parse_tree((FOLDER / "html" / f"{page}.html").read_text("utf-8", "replace"))
        data, shown = kinds(root, want)
        counts[group][0][data] += 1
        counts[group][1][shown] += 1
    for group, label in (("tf", "annotated (tf-)"), ("sh", "from the data (sh-)")):
        print(f"{label}: {pages[group]} dev pages with a date")
        print("  which date of the data it is:")
        for heading, counter in zip(("", "  where it is shown:\n"), counts[group], strict=True):
            print(heading, end="")
            for kind, n in counter.most_common():
                print(f"  {n:3d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
