"""A discussion as its site gives it, before it becomes a document: a story and posts.

Each source module turns its site's response into a ``Thread``; ``document.py`` turns
a Thread (and the article page, when there is one) into the document. Keys are the
site's own ids, so a reply names its parent exactly; nothing here is inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.ingest.source import clean, is_url

COMMENT, DELETED, DEAD, MISSING = "comment", "deleted", "dead", "missing"


@dataclass(slots=True)
class Post:
    """One comment: its id, the id it answers (None: the story), who, when, what."""

    key: str
    parent: str | None
    author: str | None = None
    time: str | None = None  # ISO 8601 UTC (times.iso_utc)
    html: str = ""  # the text as the site sends it
    state: str = COMMENT  # DELETED (by its author), DEAD (killed), MISSING (not sent)
    score: int | None = None
    url: str | None = None


@dataclass(slots=True)
class Thread:
    """The story (or root post) and every post under it, in the site's order."""

    kind: str  # the source: "hackernews", "lobsters", "mastodon", "wordpress"
    site: str  # the site's name as people write it ("Hacker News", "mastodon.social")
    url: str  # the discussion's page
    title: str | None = None
    author: str | None = None
    time: str | None = None
    score: int | None = None
    article_url: str | None = None  # the page discussed; None: the story is the article
    html: str = ""  # the story's own text
    posts: list[Post] = field(default_factory=list)


def text(value: object) -> str | None:
    """A string field of a response, cleaned; None for a missing or empty one."""
    if not isinstance(value, str):
        return None
    value = " ".join(clean(value).split())
    return value or None


def markup(value: object) -> str:
    """An HTML field of a response ("" when missing); cleaned as it becomes blocks."""
    return value if isinstance(value, str) else ""


def number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def web_url(value: object) -> str | None:
    """An http(s) address from a response; anything else (javascript:, data:) is None."""
    found = text(value)
    return found if found and is_url(found) else None


def with_missing_parents(posts: list[Post]) -> list[Post]:
    """The posts, with a stand-in before the first reply to a post not there.

    A site leaves out a removed post (Mastodon), a feed its older comments, yet their
    replies still name them: they stay under a stand-in, not moved up to the story.
    """
    keys = {p.key for p in posts}
    result: list[Post] = []
    for post in posts:
        parent = post.parent
        if parent is not None and parent not in keys:
            result.append(Post(parent, None, state=MISSING))
            keys.add(parent)
        result.append(post)
    return result
