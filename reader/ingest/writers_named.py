"""Do a list's records answer one another? One names another record's writer outside
its own name line ("ann_lee wrote:", "@ann_lee", "Reply to Ann Lee"): comments answer
one another, whatever their dates; a list of items does not.

The writers' names are looked up once in a table keyed by their words, each line's
runs of words in it: one pass over the lines, however many the writers (a check of
each line against each writer was quadratic: 4,000 posts took minutes). A name matches
whole words only: a writer "Ann" is not the "Ann" of "Annual", "dessa" not "Odessa"."""

from __future__ import annotations

import re
from collections import defaultdict

from reader.ingest.comment_spans import CommentSpan
from reader.ingest.lines import Line

SHORTEST = 3  # a writer's name shorter than this ("Jo", "K") is no sign of an answer
_WORD = re.compile(r"\w+")

Writers = dict[tuple[str, ...], list[str]]


def answer_one_another(
    lines: list[Line], spans: list[CommentSpan], names: list[str | None], signs: list[int]
) -> bool:
    """Does a record name another record's writer (``names``, each signed on its line
    of ``signs``) outside its own name line?"""
    writers: Writers = defaultdict(list)
    for name in {n for n in names if n and len(n) >= SHORTEST}:
        if key := tuple(_WORD.findall(name)):
            writers[key].append(name)
    if not writers:
        return False  # no name long enough to be looked for
    sizes = sorted({len(key) for key in writers})
    for span, own, signed_on in zip(spans, names, signs, strict=True):
        for k in range(span.start, span.end):
            if k != signed_on and _names_other(lines[k].text, writers, sizes, own):
                return True
    return False


def _names_other(text: str, writers: Writers, sizes: list[int], own: str | None) -> bool:
    """Does the text name a writer other than ``own``, in whole words?"""
    words = _WORD.findall(text)
    for size in sizes:
        for i in range(len(words) - size + 1):
            for name in writers.get(tuple(words[i : i + size]), ()):
                if name != own and _whole(name, text):
                    return True
    return False


def _whole(name: str, text: str) -> bool:
    """Does the name stand in the text with no letter, digit or "_" either side?"""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
