"""How often the text copy and the HTML of one page give the same document.

    python bench/text_html_agreement.py [--only ID ...] [--ids FILE] [--dev | --held] [--rows]

For every page saved both ways (../shared/realpages: txt/ID.txt and html/ID.html;
../shared/corpus: NAME.txt and NAME.html) both are parsed as the app parses them and
compared field by field:

- headline: equal after normalising (case, punctuation, spaces);
- body: word 4-gram F1 of the paragraphs and subheads at least 0.9;
- authors: the same words in the names (case and "by"/"and" aside);
- date: the same published date (both empty counts as the same);
- comments: the same number of comments.

Prints one line with the share of pages that agree on each field (and on all five);
``--rows`` adds one line per page naming the fields that differ. ``--dev``: only the real
pages of the dev split (bench/realpages.py: the held-out fifth is left out); ``--held``:
only the held-out fifth, as the one aggregate line (never a page's row: a check, not a
place to look for rules).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from realpages import split

from reader.model import Article
from reader.sources import load_document

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
FIELDS = ("headline", "body", "authors", "date", "comments")
BODY_KINDS = ("paragraph", "heading")
BODY_AGREES = 0.9


def words(text: str | None) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text or "").casefold())


def body_f1(a: str, b: str) -> float:
    def grams(text: str) -> Counter[tuple[str, ...]]:
        w = words(text)
        return Counter(tuple(w[i : i + 4]) for i in range(max(1, len(w) - 3)))

    x, y = grams(a), grams(b)
    common = sum((x & y).values())
    return 2 * common / (sum(x.values()) + sum(y.values())) if common else float(a == b)


def fields(article: Article) -> dict[str, object]:
    body = "\n".join(b.text for b in article.blocks if b.kind.value in BODY_KINDS)
    names = sorted(w for w in words(" ".join(article.authors)) if w not in ("by", "and"))
    return {
        "headline": " ".join(words(article.title)),
        "body": body,
        "authors": names,
        "date": article.published,
        "comments": sum(c.kind == "comment" for c in article.comments),
    }


def differences(text_copy: Path, html: Path) -> list[str]:
    a = fields(load_document(str(text_copy)).article)
    b = fields(load_document(str(html)).article)
    found = [f for f in FIELDS if f != "body" and a[f] != b[f]]
    if body_f1(str(a["body"]), str(b["body"])) < BODY_AGREES:
        found.insert(1, "body")
    return found


def pairs(only: set[str] | None) -> list[tuple[str, Path, Path]]:
    found = []
    real = SHARED / "realpages"
    for page in sorted((real / "html").glob("*.html")):
        found.append((page.stem, real / "txt" / f"{page.stem}.txt", page))
    for page in sorted((SHARED / "corpus").glob("*.html")):
        found.append((page.stem, page.with_suffix(".txt"), page))
    return [p for p in found if p[1].exists() and (only is None or p[0] in only)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="only these page ids")
    parser.add_argument("--ids", help="a file of page ids, one a line")
    parser.add_argument("--dev", action="store_true", help="only the dev pages of realpages")
    parser.add_argument("--held", action="store_true", help="only the held-out pages, aggregate")
    parser.add_argument("--rows", action="store_true", help="one line per page")
    args = parser.parse_args()
    if args.held and (args.rows or args.dev or args.only or args.ids):
        parser.error("--held prints the held-out pages' aggregate alone")
    only = set(args.only) if args.only else None
    if args.ids:
        only = (only or set()) | set(Path(args.ids).read_text().split())
    if args.dev:
        truth = json.loads((SHARED / "realpages" / "truth.json").read_text(encoding="utf-8"))
        only = (only or set()) | set(split(list(truth))[0])
    if args.held:
        truth = json.loads((SHARED / "realpages" / "truth.json").read_text(encoding="utf-8"))
        only = set(split(list(truth))[1])
    found = pairs(only)
    if not found:
        sys.exit(f"no pages saved both ways under {SHARED}")
    agree = Counter[str]()
    for name, text_copy, html in found:
        differ = differences(text_copy, html)
        agree.update(f for f in FIELDS if f not in differ)
        agree["all"] += not differ
        if args.rows:
            print(f"{name}\t{' '.join(differ) or 'same'}")
    shares = {f: round(agree[f] / len(found), 3) for f in (*FIELDS, "all")}
    print(json.dumps({"pages": len(found), **shares}))


if __name__ == "__main__":
    main()
