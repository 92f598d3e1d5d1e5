"""Quote analysis on long articles: CPU per paragraph as the article grows (flat: linear).

    python bench/quote_growth.py                      # 1,000, 3,000, 9,000 paragraphs
    python bench/quote_growth.py --sizes 1000 3000 --base /tmp/old

Two invented shapes, the ones a long read, a hearing's transcript or a filings round-up
copied whole give: "names" (a few people named in full over and over, then a surname or
"she" speaking) and "bodies" (organisations acting, then "it said"). Each page is parsed
and its quotes attributed (``reader.analysis.quotes.attribute``) in a process of its own
whose working directory is the tree measured (this one, and the --base tree after it), so
each runs its own reader; printed: the attribution's CPU milliseconds per paragraph.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = ["Lock keepers give evidence on the spring floods", "", "By Wen Osgood", "", ""]
FIRST = ["Ilse", "Joss", "Kerr", "Lark", "Mabry", "Nell", "Oisin", "Perrin"]
LAST = ["Achterberg", "Bellweather", "Coyle", "Drummond", "Ekwueme", "Fairlie"]
BODIES = ["the Harrowgate Canal Trust", "the Lowfield Water Company", "the Saltmarsh Board"]

_MEASURE = """
import sys, time
from reader.analysis.quotes import attribute
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
text = open(sys.argv[1], encoding="utf-8").read()
article = parse_page(SourceText(name=sys.argv[1], text=text, encoding="utf-8"))
start = time.process_time()
attribute(article)
print(time.process_time() - start)
"""


def names(n: int) -> str:
    first, last = FIRST[n % 8], LAST[n % 6]
    return (
        f"{first} {last}, who has kept the Sallow lock for years, was asked about the gates. "
        f"“We opened them at dawn,” {last} said. “Nobody told us,” she said later."
    )


def bodies(n: int) -> str:
    body = BODIES[n % 3]
    return (
        f"{body[0].upper()}{body[1:]} filed its accounts late again this quarter. "
        f"“The delay was unavoidable,” it said in a statement."
    )


SHAPES = {"names": names, "bodies": bodies}


def page(shape: str, size: int) -> Path:
    path = Path(f"/tmp/reader-quote-growth-{shape}-{size}.txt")
    if not path.exists():
        paragraphs = [SHAPES[shape](n) for n in range(size)]
        path.write_text("\n".join(HEAD) + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def measure(tree: Path, path: Path) -> float:
    """The attribution's CPU seconds on one page, with ``tree``'s reader."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 9000])
    parser.add_argument("--base", type=Path, help="another tree, measured after this one")
    args = parser.parse_args()
    trees = [ROOT] + ([args.base] if args.base else [])
    for shape in SHAPES:
        for size in args.sizes:
            path = page(shape, size)
            cells = [f"{measure(tree, path) / size * 1000:.3f}" for tree in trees]
            print(f"{shape:<7} {size:>6} paragraphs: ms a paragraph " + " | ".join(cells))


if __name__ == "__main__":
    main()
