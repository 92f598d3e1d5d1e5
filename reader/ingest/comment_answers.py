"""Whom a comment answers, where the page says it in words of its own, whatever its
language: the same words, in two records or more, between a writer's name and the name
of another of the page's commenters.

- in the header, after the writer's name: "Bo Sand in reply to Ann Lee", "Bo Sand en
  respuesta a Ann Lee" (the writer is the name before the words);
- on the line that opens the comment's text: "Réponse à Ann Lee", "Reply to Ann Lee"
  over the reply.

A name that follows words no other record repeats is left alone: words and a name once
may be anything ("Bo Sand of the Harbour Board").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.ingest.comment_spans import AROUND, is_mark
from reader.model import BlockKind, Comment

NAME_WORDS = 5  # a commenter's name is at most this many words
PHRASE_WORDS = 5  # and the words that say whom a comment answers
_TEXT = BlockKind.PARAGRAPH
_MARKS = " ()[]{}<>—–-"  # brackets and dashes around a line's words ("Hi Ann," keeps its comma)
_SEPARATORS = frozenset(AROUND.strip() + ":;")  # marks between a header's parts, no link
ALONE_WORDS = 3  # those words once on a page, over a reply's text: at most this many


def split_answers(raw: list[str | None], own: list[str | None]) -> list[tuple[str, str] | None]:
    """The writer and the name each header answers (``raw``: the header's name text,
    ``own``: the writer's name read from it), where words in lower case that two records
    or more repeat, or a few of them once before a writer above, stand between a name and
    another commenter's; None where not."""
    names = {name for name in own if name}
    above: set[str] = set()
    found: list[tuple[str, str] | None] = []
    writers: list[str] = []
    for text, name in zip(raw, own, strict=True):
        split = _between(text.split(), names) if text and " " in text else None
        writers.append(split[0] if split else "")
        found.append(_once_above(split[1:], split[2] in above) if split else None)
        if name:
            above.add(name)
    return [
        (writer, name) if name else None
        for writer, name in zip(writers, _repeated(found), strict=True)
    ]


def _between(words: list[str], names: set[str]) -> tuple[str, str, str] | None:
    """The text before the words in lower case that come before a commenter's name at
    the end, those words, and the name."""
    for size in range(min(NAME_WORDS, len(words) - 2), 0, -1):
        if (name := " ".join(words[-size:])) not in names:
            continue
        k = end = len(words) - size
        while k > 0 and linking(words[k - 1]):
            k -= 1
        k = max(k, 1)  # "ann replied to bo": the first word names the writer, whatever its case
        if k < end and end - k <= PHRASE_WORDS:
            return " ".join(words[:k]), " ".join(words[k:end]), name
    return None


def linking(word: str) -> bool:
    """A word that may stand between a writer's name and the name answered: one in lower
    case ("replied to"), or a mark of no letters or digits that is not a header's
    separator ("▸", "→", "»": a widget's arrow from the replier to the parent)."""
    if word.isalpha():
        return word.islower()
    return word not in _SEPARATORS and is_mark(word)


def _once_above(pair: tuple[str, str], above: bool) -> tuple[str, str]:
    """A few words before the name of a writer above (``above``) count twice
    (_repeated)."""
    phrase, name = pair
    return (f"{phrase} ", name) if above and len(phrase.split()) <= ALONE_WORDS else pair


def mark_answer_lines(comments: list[Comment]) -> None:
    """A line opening replies with the same words and then the name of another of the
    page's commenters says whom each answers: a header line (meta), its name the reply's
    mention. The words are the page's where two replies or more repeat them, or where
    one reply's line holds a few of them and the name of a writer above it, over text of
    its own ("Réponse à Ann Lee" once among "Reply to" lines)."""
    names = {c.author for c in comments if c.author}
    if len(names) < 2:
        return
    lasts = {name.rsplit(None, 1)[-1] for name in names}  # a name's last word ends the line
    candidates: list[tuple[int, Comment, int, tuple[str, str]]] = []
    for k, comment in enumerate(comments):
        at, line = comment.first_of(_TEXT) or (-1, "")
        text = line.strip(_MARKS)  # "[re: bo_sand]", "(answering bo)": the marks wrap the words
        if (
            5 < len(text) <= 80
            and text[-1] not in ".!?"  # the cheap tests first: a sentence is the reply's own
            and text[text.rfind(" ") + 1 :] in lasts
            and "\n" not in text
            and not comment.mentions
            and 2 <= len(words := text.split()) <= 10
            and (pair := _phrase_and_name(words, names))
        ):
            candidates.append((k, comment, at, pair))
    if not candidates:
        return  # most pages: no line opens a reply with a writer's name at its end
    first: dict[str, int] = {}  # where each writer's first comment stands
    for k, comment in enumerate(comments):
        if comment.author and comment.author not in first:
            first[comment.author] = k
    found = [
        _once_above(pair, first.get(pair[1], k) < k) if _more_text(comment, at) else pair
        for k, comment, at, pair in candidates
    ]
    for (_, comment, at, _), name in zip(candidates, _repeated(found), strict=True):
        if name:
            comment.block_at(at).kind = BlockKind.META
            comment.mentions = [name]


def _more_text(comment: Comment, at: int) -> bool:
    return any(kind is _TEXT for kind, _ in comment.block_texts()[at + 1 :])


def _repeated(found: Sequence[tuple[str, str] | None]) -> list[str | None]:
    """The names whose words before them two records or more repeat (a phrase ending
    in a space stands for itself twice)."""
    times = Counter(pair[0].rstrip(" ") for pair in found if pair)
    for pair in found:
        if pair and pair[0][-1:] == " ":
            times[pair[0].rstrip(" ")] += 1
    return [pair[1] if pair and times[pair[0].rstrip(" ")] >= 2 else None for pair in found]


def _phrase_and_name(words: list[str], names: set[str]) -> tuple[str, str] | None:
    """The words before a commenter's name that ends them, and the name; None when no
    name of the page ends them or no word stands before it."""
    for size in range(min(NAME_WORDS, len(words) - 1), 0, -1):
        name = " ".join(words[-size:])
        if name in names and len(words) - size <= PHRASE_WORDS:
            return " ".join(words[:-size]).casefold(), name
    return None
