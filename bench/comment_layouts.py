"""How reader reads comment threads in layouts it has no rule for (issue 13).

    .venv/bin/python bench/comment_layouts.py [--pages 12] [--seed 0] [--family NAME] [--show]

Generates ``--pages`` pages of each family of bench/layout_pages.py (invented text; the
seed makes them), parses each as a copied page would be (``reader parse``) and scores:
  count    pages whose comment count is exact
  authors  comments (of the truth) found with the right author
  text     comments found with exactly their text lines (no header, date, action
           or "Load more replies" line among them, none of their lines missing)
  parents  replies whose layout states what they answer, given that parent
  article  comments opening with a sentence of the article whose line is linked to the
           paragraph that holds it (issue 14)
A comment is found as the first of reader's comments that holds its last text line
(always its own: a reply quotes its parent above its own words). The first
half of the families (DEV) is what rules were written from; the other half (HELD_OUT)
is only scored. ``--family NAME`` prints each miss of that family; ``--show`` prints
its first page.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layout_families import DEV, FAMILIES, HELD_OUT, SESSIONS, Family
from layout_pages import Page, page

from reader.ingest.source import from_bytes
from reader.model import BlockKind, Comment
from reader.model.tables import PAD
from reader.sources import parse_source

NOT_TEXT = (BlockKind.META, BlockKind.BOILERPLATE)


@dataclass
class Score:
    pages: int = 0
    exact: int = 0
    comments: int = 0
    authors: int = 0
    texts: int = 0
    stated: int = 0
    parents: int = 0
    cited: int = 0
    linked: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> str:
        def share(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        return (
            f"{label:<22} {self.pages:>5} {share(self.exact, self.pages):>6} "
            f"{share(self.authors, self.comments):>7} {share(self.texts, self.comments):>6} "
            f"{share(self.parents, self.stated):>7} {share(self.linked, self.cited):>7}"
        )


def text_lines(comment: Comment) -> list[str]:
    return [
        line.strip()
        for block in comment.blocks
        if block.kind not in NOT_TEXT
        for line in block.text.split("\n")
        if line.strip()
    ]


def score(made: Page, misses: list[str] | None = None) -> Score:
    for item in made.truth:  # a tab is read as the spaces between two cells (clean.py)
        item.lines = [x.replace("\t", PAD) for x in item.lines]
    document = parse_source(from_bytes(made.text.encode("utf-8"), "layout.txt")).article
    comments = document.comments
    paragraphs = {b.id: b.text for b in document.blocks}
    result = Score(pages=1, exact=int(len(comments) == len(made.truth)))
    shown = [text_lines(c) for c in comments]
    found: dict[int, int] = {}  # truth index -> index in comments
    for k, item in enumerate(made.truth):
        at = next((j for j, lines in enumerate(shown) if item.lines[-1] in lines), None)
        result.comments += 1
        result.stated += int(item.stated)
        if at is None:
            _miss(misses, k, "not found", item.lines[-1][:60])
            continue
        found[k] = at
        comment = comments[at]
        if item.cites is not None:
            result.cited += 1
            if any(
                b.text == item.cites and item.cites in paragraphs.get(b.source_block or "", "")
                for b in comment.blocks
            ):
                result.linked += 1
            else:
                _miss(misses, k, "article", f"not linked: {item.cites[:50]}")
        if comment.author in item.authors:
            result.authors += 1
        else:
            _miss(misses, k, "author", f"{comment.author!r} for {sorted(item.authors, key=str)}")
        own = [x for x in shown[at] if x not in item.markers]
        if own == item.lines:
            result.texts += 1
        else:
            _miss(misses, k, "text", f"{own} for {item.lines}")
    number = {j: comments[j].number for j in found.values()}
    for k, item in enumerate(made.truth):
        if not item.stated or k not in found or item.parent not in found:
            continue
        if comments[found[k]].parent == number[found[item.parent]]:
            result.parents += 1
        else:
            _miss(misses, k, "parent", f"{comments[found[k]].parent} for {item.parent + 1}")
    return result


def _miss(misses: list[str] | None, k: int, what: str, detail: str) -> None:
    if misses is not None:
        misses.append(f"  comment {k + 1}: {what}: {detail}")


def run(families: list[Family], pages: int, seed: int, verbose: str | None) -> Score:
    total = Score()
    for family in families:
        score_family = Score()
        for n in range(pages):
            misses: list[str] | None = [] if family.name == verbose else None
            made = page(family, seed * 1000 + n)
            score_family.add(score(made, misses))
            if misses:
                print(f"{family.name} page {n}: {len(made.truth)} comments")
                print("\n".join(misses))
        print(score_family.row("  " + family.name))
        total.add(score_family)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--family")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.show and args.family:
        family = next(f for f in FAMILIES if f.name == args.family)
        print(page(family, args.seed * 1000).text)
        return
    print(
        f"{'family':<22} {'pages':>5} {'count':>6} {'authors':>7} {'text':>6} {'parents':>7}"
        f" {'article':>7}"
    )
    rows = []
    scores: dict[str, Score] = {}
    for label, families in (("dev", DEV), ("held out", HELD_OUT)):
        print(label)
        for family in families:
            scores[family.name] = run([family], args.pages, args.seed, args.family)
        rows.append(_total(scores, families).row(label))
    for session, families in SESSIONS.items():  # the families of each session apart
        for label, part in (("dev", DEV), ("held out", HELD_OUT)):
            rows.append(
                _total(scores, [f for f in families if f in part]).row(f"{session} {label}")
            )
    print("\n".join(rows))


def _total(scores: dict[str, Score], families: list[Family]) -> Score:
    total = Score()
    for family in families:
        total.add(scores[family.name])
    return total


if __name__ == "__main__":
    main()
