"""Stand-in for ``reader parse --json`` with quote attribution, until the CLI calls it.

usage: .venv/bin/python bench/parse_with_quotes.py FILE...  (one JSON document per line)

    python ../shared/tools/score_quotes.py ../shared/corpora/polnear-train.jsonl \\
        --reader '.venv/bin/python bench/parse_with_quotes.py'
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.analysis.quotes import attribute
from reader.ingest.page import parse_page
from reader.model import Document
from reader.render.json_out import to_json
from reader.sources import read_input


def main() -> None:
    for name in sys.argv[1:]:
        article = parse_page(read_input(name))
        for each in [article, *article.embedded()]:
            attribute(each)
        print(to_json(Document(article=article, input_name=name)))


if __name__ == "__main__":
    main()
