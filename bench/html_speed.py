"""HTML extraction cost per page, and opening an HTML page against its text copy.

    python bench/html_speed.py [CORPUS_DIR]      # default: ../shared/corpus

For each of the corpus's HTML pages (best of three runs each):
- extract: ``parse_html`` alone (lxml parse, markup facts, trafilatura, blocks, comments);
- open html / open txt: what the app does before it paints the document: read the
  file, then parse it with quotes and threads (``parse_source``);
- ratio: open html over open txt (the goal: at most 2).
Prints one line a page, then mean and max.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader.ingest.html_page import parse_html
from reader.sources import parse_source, read_input

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def best_ms(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    pages = sorted(corpus.glob("*.html"))
    if not pages:
        sys.exit(f"no HTML pages in {corpus}")
    rows = []
    print(f"{'page':38} {'KB':>6} {'extract':>8} {'open html':>10} {'open txt':>9} {'ratio':>6}")
    for page in pages:
        source = read_input(str(page))
        extract = best_ms(lambda s=source: parse_html(s))
        html = best_ms(lambda p=page: parse_source(read_input(str(p))))
        text_copy = page.with_suffix(".txt")
        txt = best_ms(lambda p=text_copy: parse_source(read_input(str(p))))
        rows.append((extract, html, txt, html / txt))
        size = page.stat().st_size / 1024
        print(
            f"{page.stem[:38]:38} {size:6.0f} {extract:8.1f} {html:10.1f} {txt:9.1f}",
            f"{html / txt:6.2f}",
        )
    for label, column in (("extract ms", 0), ("open html ms", 1), ("open txt ms", 2), ("ratio", 3)):
        values = [row[column] for row in rows]
        print(f"{label:14} mean {statistics.mean(values):8.2f}   max {max(values):8.2f}")


if __name__ == "__main__":
    main()
