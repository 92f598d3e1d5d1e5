"""How varied the dev pages' bylines are: each dev page's byline line written as a shape,
and how many pages print a shape no other dev page prints.

    .venv/bin/python bench/byline_census.py [--shapes]

For each dev page of ../shared/realpages (bench/realpages.py: the held-out fifth is never
read) whose truth names authors, the text copy is parsed and the first block holding the
first author's name is found; its shape is its place (above the headline, in the header
between headline and body, in the body, after it) and its words with the names, dates
and numbers blanked ("header: by N DATE"). Prints the number of pages, of shapes, and of
pages whose shape is their own (Good-Turing: about the chance that an unseen page's
byline is in a shape dev never showed), with the share of each group whose authors the
text copy reads exactly. ``--shapes`` lists the shapes with their counts.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

from realpages import FOLDER, split

from reader.ingest.months import MONTHS
from reader.model import Block, BlockKind
from reader.sources import load_document

_MONTH = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\b\.?", re.I
)
_DATE = re.compile(r"\bMON\s+\d+(?:st|nd|rd|th)?,?\s+\d+|\d+[-/.:]\d+[-/.:T\dZ ]*")


def shape(text: str, names: list[str]) -> str:
    for name in names:
        for word in name.split():
            text = re.sub(re.escape(word), " N ", text, flags=re.I)
    text = _DATE.sub(" DATE ", _MONTH.sub("MON", text))
    text = re.sub(r"[^A-Za-z ]+", " ", text)
    text = re.sub(r"\bN(?:\s+N)+\b", "N", text)
    return " ".join(w if w in ("N", "DATE") else w.lower() for w in text.split())


def place(k: int, title: int | None, body: tuple[int, int]) -> str:
    if title is None or k == title:
        return "headline" if title is not None else "no headline"
    if k < title:
        return "above"
    return "header" if k < body[0] else "body" if k <= body[1] else "after"


def census() -> list[tuple[str, bool]]:
    """(shape, read right) of each dev page whose truth names authors."""
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    found = []
    for page in split(list(truth))[0]:
        names = truth[page].get("authors") or []
        if not names:
            continue
        article = load_document(str(FOLDER / "txt" / f"{page}.txt")).article
        right = [a.casefold() for a in article.authors] == [n.casefold() for n in names]
        found.append((line_shape(article.blocks, names[0].lower(), names), right))
    return found


def line_shape(blocks: list[Block], needle: str, names: list[str]) -> str:
    """The shape of the first block holding ``needle`` (an author's name, a date), by
    its place and its words with the names, dates and numbers blanked."""
    title = next((k for k, b in enumerate(blocks) if b.kind is BlockKind.TITLE), None)
    prose = [k for k, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH]
    prose = [k for k in prose if title is None or k > title] or [len(blocks)]
    hit = next((k for k, b in enumerate(blocks) if needle in b.text.lower()), None)
    if hit is None:
        return "absent"
    return f"{place(hit, title, (prose[0], prose[-1]))}: {shape(blocks[hit].text, names)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shapes", action="store_true", help="list the shapes")
    args = parser.parse_args()
    found = census()
    counts = Counter(s for s, _ in found)
    own = [right for s, right in found if counts[s] == 1]
    shared = [right for s, right in found if counts[s] > 1]
    print(f"{len(found)} dev pages with authors, {len(counts)} shapes; {len(own)} pages"
          f" of a shape of their own ({len(own) / len(found):.3f}), read right"
          f" {sum(own)}/{len(own)}; {len(shared)} of a shared shape, read right"
          f" {sum(shared)}/{len(shared)}")  # fmt: skip
    if args.shapes:
        for text, n in counts.most_common():
            print(f"{n:3}  {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
