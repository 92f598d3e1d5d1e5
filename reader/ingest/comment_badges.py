"""A badge the page puts after its writers' names: words that follow the names of two
commenters or more ("Ann Lee Subscriber", "Bo Sand Subscriber"), whatever its words, a
name of two words or more left before them; before a handle too ("Ann Lee Subscriber
@ann_lee": the name and the handle are the writer's, the badge between them the
page's)."""

from __future__ import annotations

from collections import defaultdict

from reader.ingest.comment_spans import CommentSpan

BADGE_WORDS = 3  # a badge after a name is at most this many words


def strip_badges(spans: list[CommentSpan]) -> None:
    """Each record's author without the page's badge after the name."""
    # Read once a name, not once a record: a page repeats its writers' names (a pair a
    # record was 1.5 MB of a page of twenty thousand comments, the parse's peak).
    heads = {name: _handle_apart(name) for name in {s.author for s in spans if s.author}}
    stripped: dict[str, str] = {}  # a name -> itself without the badges after it
    for badge in _badges([head for head, _ in heads.values()]):
        for name, (head, handle) in heads.items():
            if head.endswith(" " + badge):
                heads[name] = head[: -len(badge) - 1].rstrip(" ·|,–—-"), handle
                stripped[name] = heads[name][0] + handle
    if stripped:
        for span in spans:
            if span.author in stripped:
                span.author = stripped[span.author]


def _handle_apart(author: str) -> tuple[str, str]:
    """The name and the handle after it ("Ann Lee Subscriber", " @ann_lee"), or the name
    and nothing."""
    head, _, last = author.rpartition(" ")
    return (head, " " + last) if head and last[:1] == "@" else (author, "")


def _badges(authors: list[str]) -> list[str]:
    """Last words (one to BADGE_WORDS) that follow two different names or more, with at
    least two words of a name left before them; the longest first."""
    named: dict[str, set[str]] = defaultdict(set)
    for author in set(authors):
        words = author.split()
        for size in range(1, min(BADGE_WORDS, len(words) - 2) + 1):
            named[" ".join(words[-size:])].add(" ".join(words[:-size]))
    found = [badge for badge, names in named.items() if len(names) >= 2]
    return sorted(found, key=lambda b: -len(b))
