"""Issue 17's design, measured: the ceiling of reading a comment section by one loop
specialised to its record shape, against the general path (`find_comments`).

    python bench/shape_ceiling.py [--runs 5]

A prototype for the short page of bench/parse_speed.py only (its generated shape: a
"Name says:" line, a date line, the text, "Reply"), not a rule of the product: one
compiled pattern for the header, the known action line, the lines between as text. It
prints CPU ms (median, in process) of the general path and its parts (the letters of the
date lines, of the header names and of the other texts; the runs of prose over the whole
page and over the article's lines alone) and of the loop, and how many of the spans the
loop builds are the general path's.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from reader.ingest.body_runs import prose_clusters
from reader.ingest.comment_layouts import find_comments
from reader.ingest.comment_letters import _folded_counts
from reader.ingest.comment_line_kinds import line_letter
from reader.ingest.comment_spans import CommentSpan, is_closer
from reader.ingest.lines import Line, forget_lines, to_lines
from reader.ingest.source import read_file

PAGE = "/tmp/reader-short-20000.txt"  # bench/parse_speed.py writes it
HEADER = re.compile(r"(.{1,60}) says:")
MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(rf"(?:{MONTH}) \d{{1,2}}, \d{{4}} at \d{{1,2}}:\d\d [ap]m")


def specialised(lines: list[Line]) -> list[CommentSpan]:
    """The section read by the shape: a header and its date open a record, "Reply" is its
    button, any other line its text."""
    spans: list[CommentSpan] = []
    texts = [line.text for line in lines]
    for i in range(len(texts) - 1):
        text = texts[i]
        if (match := HEADER.fullmatch(text)) and DATE.fullmatch(texts[i + 1]):
            if spans:
                spans[-1].end = i
            spans.append(CommentSpan(i, i, author=match[1], date_text=texts[i + 1]))
            spans[-1].meta = range(i, i + 2)
        elif spans and is_closer(text):
            spans[-1].buttons = (*spans[-1].buttons, i)
    if spans:
        spans[-1].end = len(lines) - 1
    return spans


def cpu_ms(runs: int, work: Callable[[], Any]) -> int:
    spent = []
    for _ in range(runs):
        forget_lines()  # the line tests' caches: each run asks afresh
        start = time.process_time()
        work()
        spent.append(time.process_time() - start)
    return round(statistics.median(spent) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    lines = to_lines(read_file(PAGE).text)
    general, loop = find_comments(lines), specialised(lines)
    same = sum(a == b for a, b in zip(general, loop, strict=False))
    counts = _folded_counts(lines)
    texts = list(dict.fromkeys(line.text for line in lines))
    dates = [t for t in texts if DATE.fullmatch(t)]
    names = [t for t in texts if HEADER.fullmatch(t)]
    others = [t for t in texts if not DATE.fullmatch(t) and not HEADER.fullmatch(t)]
    first = general[0].start
    print(f"{len(lines)} lines, {len(texts)} distinct texts, {len(general)} comments")
    print(f"general path (find_comments)     {cpu_ms(runs, lambda: find_comments(lines))} ms")
    for label, group in (("date lines", dates), ("header names", names), ("other texts", others)):
        ms = cpu_ms(runs, lambda g=group: [line_letter(t, counts) for t in g])
        print(f"  letters of {len(group):>6} {label:<13} {ms} ms")
    by_form = cpu_ms(runs, lambda: [DATE.fullmatch(t) for t in dates])
    print(f"  the dates by their one form      {by_form} ms")
    print(f"  runs of prose, the whole page    {cpu_ms(runs, lambda: prose_clusters(lines))} ms")
    above = cpu_ms(runs, lambda: prose_clusters(lines[:first]))
    print(f"  runs of prose, the article only  {above} ms")
    print(f"specialised loop                 {cpu_ms(runs, lambda: specialised(lines))} ms")
    print(f"spans the same: {same} of {len(general)} (the loop: {len(loop)})")


if __name__ == "__main__":
    main()
