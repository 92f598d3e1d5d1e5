"""Where the text copy and the HTML of one dev page disagree on the headline, the authors
or the date, which of the two truth backs.

    .venv/bin/python bench/html_text_truth.py [--rows] [--only ID ...]

For each dev page of ../shared/realpages (bench/realpages.py's split: never a held-out
one) both copies are parsed as the app parses them; on each of the three fields where
they differ (as bench/text_html_agreement.py compares them) the page counts for "html"
(the HTML's value is truth's), "text" (the text copy's is), "neither" or "no truth"
(truth gives none), with the scorer's own matching (headline exact after normalising,
with truth's other accepted headlines; authors the same name words; date exact).
``--rows`` prints each such field of a page with both values and truth, to read the
causes from.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from realpages import FOLDER, scorer, split
from text_html_agreement import fields, pairs

from reader.sources import load_document

CHECKED = ("headline", "authors", "date")


def backs(field: str, truth: dict[str, object], value: object, score: object) -> bool:
    """The value is what truth says (the scorer's match)."""
    got = {"headline": "title", "authors": "authors", "date": "date"}[field]
    pred = {"title": None, "body": "", "authors": [], "date": None, got: value}
    row = score.score_page(truth, pred)  # type: ignore[attr-defined]
    key = {"headline": "title_exact", "authors": "authors_exact", "date": "date_exact"}[field]
    return bool(row.get(key))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev = set(split(list(truth))[0]) & (set(args.only) if args.only else set(truth))
    score = scorer()
    counts: Counter[tuple[str, str]] = Counter()
    for name, text_copy, html in pairs(dev):
        text_doc = load_document(str(text_copy)).article
        html_doc = load_document(str(html)).article
        a, b = fields(text_doc), fields(html_doc)
        raw = {
            "text": {
                "headline": text_doc.title,
                "authors": text_doc.authors,
                "date": text_doc.published,
            },
            "html": {
                "headline": html_doc.title,
                "authors": html_doc.authors,
                "date": html_doc.published,
            },
        }
        for field in CHECKED:
            if a[field] == b[field]:
                continue
            key = {"headline": "title", "authors": "authors", "date": "date"}[field]
            if not truth[name].get(key):
                side = "no truth"
            else:
                right = [
                    s for s in ("html", "text") if backs(field, truth[name], raw[s][field], score)
                ]
                side = right[0] if len(right) == 1 else "both" if right else "neither"
            counts[field, side] += 1
            if args.rows:
                print(
                    f"{name}\t{field}\t{side}\ttext={raw['text'][field]!r}\t"
                    f"html={raw['html'][field]!r}\ttruth={truth[name].get(key)!r}"
                )
    for field in CHECKED:
        row = {side: counts[field, side] for side in ("html", "text", "neither", "no truth")}
        print(f"{field}: {json.dumps(row)}")


if __name__ == "__main__":
    main()
