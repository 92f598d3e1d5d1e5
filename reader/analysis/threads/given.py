"""Parents a page gave: where its markup nests replies, that tree is the answer.

An HTML page's comment list may nest each reply inside the comment it answers (evidence
``MARKUP``); text threading then only adds what the text shows (quote blocks, the
order) and its guessed parents are dropped: a page that nests its replies nests them
all, so a comment the markup leaves at the top is at the top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model import Article, ReplyEvidence
from reader.model.comments import MARKUP


@dataclass(slots=True)
class GivenTree:
    parents: dict[int, tuple[int | None, list[ReplyEvidence]]] = field(default_factory=dict)
    authors: dict[int, str | None] = field(default_factory=dict)  # as the markup named them


def given_tree(article: Article) -> GivenTree | None:
    """The parents and authors the page's markup gave, or None (a text page, a flat list)."""
    parents = {
        c.number: (c.parent, list(c.reply_evidence))
        for c in article.comments
        if any(e.kind == MARKUP for e in c.reply_evidence)
    }
    if not parents:
        return None
    return GivenTree(parents, {c.number: c.author for c in article.comments})


def keep_given(article: Article, given: GivenTree) -> None:
    """Put the markup's tree back over what text threading guessed; an author the text
    revealed stays only where the markup named none."""
    for comment in article.comments:
        comment.parent, comment.reply_evidence = given.parents.get(comment.number, (None, []))
        comment.author = given.authors.get(comment.number) or comment.author
