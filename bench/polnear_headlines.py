"""Count the PolNeAR article texts whose headline reader takes from their first line.

usage: .venv/bin/python bench/polnear_headlines.py

Every PolNeAR text (../shared/corpora/polnear-train.jsonl) is a plain article: its title
line, a blank line, its paragraphs. Each goes through the whole pipeline, as ``reader
parse`` reads the text, and counts when the document's title is that first line. Prints
the count for all, dev and held-out (every fifth article, see bench/score_quotes.py), then
the misses of the dev split only: the article's line index, its first line and the title
reader took instead. Held-out misses are counted, never shown.
"""

from __future__ import annotations

from score_quotes import gold_rows, in_split, parsed


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def main() -> None:
    rows = gold_rows("all")
    misses: list[tuple[int, str, str | None]] = []
    for row in rows:
        title = parsed(row).title
        if title != first_line(row["text"]):
            misses.append((row["index"], first_line(row["text"]), title))
    for split in ("all", "dev", "held-out"):
        total = sum(1 for row in rows if in_split(row["index"], split))
        missed = sum(1 for index, _, _ in misses if in_split(index, split))
        print(f"{split:<9} the first line is the headline on {total - missed} of {total}")
    for index, line, title in misses:
        if in_split(index, "dev"):
            print(f"\n#{index} first line: {line[:100]!r}\n      taken:      {title!r:.100}")


if __name__ == "__main__":
    main()
