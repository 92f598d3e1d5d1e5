"""Where an HTML page's headline stands, per source: how often each source the headline
choice reads (bench/realpages.py's pages) is present and how often it is the headline.

    .venv/bin/python bench/html_headline_sources.py [--held]

For every page of ../shared/realpages with a headline in its truth, on the dev pages (the
held-out fifth only with --held, and then only counted): the h1s (none, one, several; one
of them right; an h1 that is the site's name), og:title, twitter:title, the JSON-LD
headline, ``<title>`` whole, its longest piece and its first piece between separators, an
h2 and an element classed as a title that is right, and reader's own headline. Counts
only: no page id, no text. The table is the assumptions' census of html_headline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from realpages import FOLDER, scorer, split

from reader.ingest.html_article import page_facts
from reader.ingest.html_page import parse_tree
from reader.ingest.html_text import text_of
from reader.ingest.html_title_parts import MARKED_TITLES, pieces
from reader.sources import load_document

_OG = "//meta[@property='og:title']/@content"
_TWITTER = "//meta[@name='twitter:title' or @property='twitter:title']/@content"


def sources(text: str) -> dict[str, list[str]]:
    """Each source's texts on the page (empty when it has none)."""
    root = parse_tree(text)
    h1s = [t for h in root.iter("h1") if (t := text_of(h))]
    facts = page_facts(root)
    titles = facts.titles
    parts = pieces(titles.page_title)
    return {
        "h1 (any)": h1s,
        "h1 (first)": h1s[:1],
        "h2 (any)": [t for h in root.iter("h2") if (t := text_of(h))],
        "classed as a title": [t for n in root.xpath(MARKED_TITLES) if (t := text_of(n))][:20],
        "og:title": [str(t) for t in root.xpath(_OG)],
        "twitter:title": [str(t) for t in root.xpath(_TWITTER)],
        "JSON-LD headline": [facts.metadata.headline] if facts.metadata.headline else [],
        "<title> whole": [titles.page_title] if titles.page_title else [],
        "<title> longest piece": [max(parts, key=len)] if len(parts) > 1 else [],
        "<title> first piece": parts[:1] if len(parts) > 1 else [],
        "site name (og:site_name)": titles.sites[:1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--held", action="store_true")
    args = parser.parse_args()
    norm = scorer().norm_title
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, held = split(list(truth))
    present: Counter[str] = Counter()
    right: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    pages = [p for p in (held if args.held else dev) if truth[p].get("title")]
    for page in pages:
        want = {norm(t) for t in [truth[page]["title"], *(truth[page].get("title_alts") or [])]}
        path = FOLDER / "html" / f"{page}.html"
        found = sources(path.read_text(encoding="utf-8", errors="replace"))
        ours = load_document(str(path)).article.title
        found["reader"] = [ours] if ours else []
        for name, texts in found.items():
            present[name] += bool(texts)
            right[name] += any(norm(t) in want for t in texts)
        h1s = len(found["h1 (any)"])
        kind = "no h1" if not h1s else "one h1" if h1s == 1 else "several h1s"
        h1_right = any(norm(t) in want for t in found["h1 (any)"])
        cases[f"{kind}, {'an h1 right' if h1_right else 'no h1 right'}"] += 1
        cases[f"{kind}, reader {'right' if norm(ours or '') in want else 'wrong'}"] += 1
        site = {norm(s) for s in found["site name (og:site_name)"]}
        cases["an h1 is the site's name"] += any(norm(t) in site for t in found["h1 (any)"])
    print(f"{'held-out' if args.held else 'dev'} pages with a headline: {len(pages)}\n")
    print("| source | present | the headline |\n|---|---|---|")
    for name in present:
        print(f"| {name} | {present[name]} | {right[name]} |")
    rows = (f"| {case} | {count} |" for case, count in sorted(cases.items()))
    print("\n| case | pages |\n|---|---|\n" + "\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
