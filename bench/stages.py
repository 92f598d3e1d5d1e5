"""Where `reader parse --json` spends its CPU time on one page, stage by stage.

    python bench/stages.py [FILE] [--runs 3]

FILE defaults to the 20,000 short comments page of bench/parse_speed.py. Each stage is
timed by wrapping its function (no profiler, so the figures are the program's own);
a stage's time includes the stages it calls, and those are printed indented under it.
Printed: the median over the runs, in milliseconds and as a part of the whole command.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

# (depth, module, function): the stages, in the order they run, nested by depth.
STAGES = [
    (0, "reader.ingest.page", "parse_page"),
    (1, "reader.ingest.page", "to_lines"),
    (1, "reader.ingest.page", "find_comments"),
    (2, "reader.ingest.comment_layouts", "numbered"),
    (2, "reader.ingest.comment_layouts", "classify"),
    (3, "reader.ingest.comment_letters", "_folded_counts"),
    (3, "reader.ingest.comment_letters", "counted_actions"),
    (3, "reader.ingest.comment_letters", "_few_words_quoted"),
    (3, "reader.ingest.comment_letters", "avatars"),
    (2, "reader.ingest.comment_layouts", "layouts"),
    (3, "reader.ingest.comment_shape_runs", "_by_form"),
    (2, "reader.ingest.body_runs", "prose_clusters"),
    (2, "reader.ingest.comment_layouts", "cut"),
    (3, "reader.ingest.comment_cuts", "headed"),
    (3, "reader.ingest.comment_cuts", "close_with_actions"),
    (3, "reader.ingest.comment_cuts", "mark_buttons"),
    (3, "reader.ingest.comment_cuts", "teasers"),
    (3, "reader.ingest.comment_cuts", "have_texts"),
    (2, "reader.ingest.comment_layouts", "trim_authors"),
    (2, "reader.ingest.comment_layouts", "split_pingbacks"),
    (1, "reader.ingest.page", "ArticleParser.parse"),
    (1, "reader.ingest.page", "build_comment"),
    (2, "reader.ingest.comments", "add_comment_text"),
    (1, "reader.ingest.page", "nest_by_indent"),
    (1, "reader.ingest.page", "mark_answer_lines"),
    (0, "reader.analysis.threads", "build_threads"),
    (1, "reader.analysis.threads.threads", "repeats"),
    (2, "reader.analysis.threads.reply_repeats", "text_lines"),
    (2, "reader.analysis.threads.reply_repeats", "ArticleText.take"),
    (2, "reader.analysis.threads.reply_repeats", "ReplyIndex.add_comment"),
    (2, "reader.analysis.threads.reply_repeats", "find_links"),
    (2, "reader.analysis.threads.reply_repeats", "ReplyIndex.add_opening"),
    (2, "reader.analysis.threads.reply_repeats", "ReplyIndex.mark_echoed"),
    (2, "reader.analysis.threads.reply_repeats", "ReplyIndex.mark_shared"),
    (2, "reader.analysis.threads.reply_repeats", "marked"),
    (2, "reader.analysis.threads.reply_repeats", "find_parts"),
    (1, "reader.analysis.threads.threads", "decide_order"),
    (1, "reader.analysis.threads.threads", "link_by_text"),
    (1, "reader.analysis.threads.threads", "ShortQuotes.__init__"),
    (1, "reader.analysis.threads.threads", "ShortQuotes.quoted"),
    (1, "reader.analysis.threads.threads", "MarkedQuotes.quoted"),
    (1, "reader.analysis.threads.threads", "AuthorIndex.__init__"),
    (1, "reader.analysis.threads.threads", "_link_by_mention"),
    (0, "reader.sources.page_text", "finished"),
    (0, "reader.render.json_out", "write_json"),
]

_spent: dict[str, float] = defaultdict(float)


def _timed(key: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            _spent[key] += time.process_time() - start

    return timed


def _wrap() -> None:
    for _, module_name, name in STAGES:
        module = importlib.import_module(module_name)
        owner: Any = module
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, attribute, _timed(name, getattr(owner, attribute)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default="/tmp/reader-short-20000.txt")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not Path(args.file).exists():
        sys.exit(f"no {args.file}: run bench/parse_speed.py once to make it")
    start = time.process_time()
    from reader.cli import main as reader_main

    imports = time.process_time() - start
    _wrap()
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.runs):
        _spent.clear()
        start = time.process_time()
        with redirect_stdout(io.StringIO()):
            reader_main(["parse", "--json", args.file])
        _spent["whole"] = time.process_time() - start
        for key, value in _spent.items():
            runs[key].append(value)
    whole = statistics.median(runs["whole"])
    print(f"{args.file}: median of {args.runs} runs, CPU ms (part of the parse command)")
    print(f"  imports (once, before)           {imports * 1000:7.0f}")
    print(f"  whole command                    {whole * 1000:7.0f}")
    for depth, _, name in STAGES:
        ms = statistics.median(runs[name]) * 1000 if runs[name] else 0.0
        label = "  " * (depth + 1) + name
        print(f"  {label:32} {ms:7.0f}  {ms / whole / 10:5.1f}%")


if __name__ == "__main__":
    main()
