"""The naive one-pass floor that `reader parse --json` is measured against.

    python bench/floor.py FILE > out.json

Read the file, split it into lines, try one regular expression on each line (a
comment's opening: "Name says:" or "  12. text"), and write with ``json.dumps`` a
document of the same shape as reader's: the article's blocks, then the comments with
their blocks, one block a line. No page is understood; it is the least any parser
that reads every line and writes every line as JSON must do.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

_OPENS = re.compile(r"(?:(?P<number>\d{1,6})\.\s|(?P<author>\S.{0,60}?) says:$)")


def document(text: str, name: str) -> dict[str, Any]:
    article_blocks: list[dict[str, Any]] = []
    blocks = article_blocks  # the comment's blocks, once a comment opens
    comments: list[dict[str, Any]] = []
    prefix = ""
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        opens = _OPENS.match(line)
        if opens is not None:
            comments.append(
                {
                    "number": len(comments) + 1,
                    "kind": "comment",
                    "author": opens.group("author"),
                    "date_text": None,
                    "parent": None,
                    "reply_evidence": [],
                    "mentions": [],
                    "blocks": [],
                    "articles": [],
                }
            )
            blocks = comments[-1]["blocks"]
            prefix = f"c{len(comments)}."
        kind = "meta" if opens is not None and opens.group("author") else "paragraph"
        blocks.append(
            {"id": f"{prefix}b{len(blocks) + 1}", "kind": kind, "text": line, "lines": [number]}
        )
    article = {"title": None, "blocks": article_blocks, "comments": comments}
    return {"schema": "floor", "version": 1, "input": name, "article": article}


def main() -> None:
    path = sys.argv[1]
    text = Path(path).read_text(encoding="utf-8")
    sys.stdout.write(
        json.dumps(document(text, path), ensure_ascii=False, separators=(",", ":")) + "\n"
    )


if __name__ == "__main__":
    main()
