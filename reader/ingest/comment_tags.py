"""Whom a reply answers where its text opens with another commenter's name, tagged
without an "@" ("Ann Lee Why not?", "Bo, I disagree"), as some sites show a tag.

The name is the whole name of a writer above the reply (not its own writer), and a
capital, a comma or a colon follows it: a name followed by a word in lower case is the
sentence's subject ("Maria is right that…"), not a tag. A name that is also a word a
sentence opens with ("Well", "Thanks") is left alone, and the page must tag so twice or
more: one comment opening with a name proves nothing.
"""

from __future__ import annotations

from reader.ingest.comment_answers import NAME_WORDS
from reader.ingest.mentions import STARTERS
from reader.model import BlockKind, Comment

_AFTER = ",:"  # a comma or a colon may close the tag ("Bo, no")


def mark_tagged_openings(comments: list[Comment]) -> None:
    """Each reply whose text opens with the tag of a writer above it mentions that
    writer (its parent), where two replies or more of the page open so."""
    above: set[str] = set()
    initials: set[str] = set()  # the first letters of the names above: the cheap test
    found: list[tuple[Comment, str]] = []
    for comment in comments:
        if above and not comment.mentions and (got := comment.first_of(BlockKind.PARAGRAPH)):
            text = got[1]
            if text[:1] in initials and (name := _tag(text, above, comment.author)):
                found.append((comment, name))
        if comment.author and comment.author not in above:
            above.add(comment.author)
            initials.add(comment.author[:1])
    if len(found) < 2:
        return
    for comment, name in found:
        comment.mentions = [name]


def _tag(text: str, above: set[str], own: str | None) -> str | None:
    """The longest name above opening ``text`` as a tag, or None."""
    words = text.split(" ", NAME_WORDS)
    for size in range(min(NAME_WORDS, len(words) - 1), 0, -1):
        name = " ".join(words[:size])
        bare = name.rstrip(_AFTER)
        if bare == own or bare not in above:
            continue
        if size == 1 and bare.casefold() in STARTERS:
            return None
        follows = words[size][:1]
        if name != bare or follows.isupper() or (follows and not follows.isalpha()):
            return bare
        return None
    return None
