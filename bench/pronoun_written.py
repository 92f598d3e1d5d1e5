"""Score pronoun speakers on paragraphs written for the purpose (``bench/pronoun_cases.py``):
the one pronoun figure on text no rule was tuned on before it was written.

usage: .venv/bin/python bench/pronoun_written.py [--show]

Each case is a short article; its last quote is scored against the speaker a careful
reader gives it ("The" and case aside). Prints right / total by shape, and with
``--show`` every miss with what reader gave.
"""

from __future__ import annotations

import argparse
from collections import Counter

from pronoun_cases import CASES, Case

from reader.analysis.quotes import attribute
from reader.model import Article, Block, BlockKind


def speaker(case: Case) -> str | None:
    blocks = [Block(f"b{i}", BlockKind.PARAGRAPH, p) for i, p in enumerate(case.paragraphs)]
    article = Article(title=None, blocks=blocks, authors=list(case.authors))
    attribute(article)
    direct = [q for q in article.quotes if q.kind == "direct"]
    return direct[-1].speaker if direct else None


def _norm(name: str | None) -> str:
    name = (name or "").lower()
    return name.removeprefix("the ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in CASES:
        got = speaker(case)
        total[case.shape] += 1
        if _norm(got) == _norm(case.speaker):
            right[case.shape] += 1
        elif args.show:
            print(f"{case.shape:6} want {case.speaker!r}, got {got!r}: {case.paragraphs[-1]}")
    for shape in total:
        print(f"{shape:6} {right[shape]:2}/{total[shape]}")
    print(f"all    {sum(right.values()):2}/{sum(total.values())}")


if __name__ == "__main__":
    main()
