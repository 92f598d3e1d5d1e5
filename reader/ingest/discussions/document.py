"""A discussion thread into the document: the article, the discussion, the comment tree.

The article is the page discussed (extracted as any page is, its own comments set
aside) or, for a post with no link (an "Ask HN", a toot), the story itself: title,
author, time and text. The comments are the thread's posts in the site's order,
numbered from 1, each reply's parent the one the site names (evidence ``source``).
Blocks are numbered as HTML input's are: one line per block, article first, then the
discussion's own text, then the comments.
"""

from __future__ import annotations

from reader.gc_pause import gc_paused
from reader.ingest.discussions.comment_html import CODE, QUOTE, pieces
from reader.ingest.discussions.thread import COMMENT, DEAD, Post, Thread, with_missing_parents
from reader.ingest.discussions.times import shown
from reader.ingest.mentions import leading_mentions
from reader.model import Article, Block, BlockKind, Comment, Discussion, Document, ReplyEvidence

SOURCE = "source"  # evidence kind: the site names the parent
_KINDS = {QUOTE: BlockKind.QUOTE, CODE: BlockKind.CODE}


class _Lines:
    """Line numbers for made blocks: one a block, in document order."""

    def __init__(self, first: int) -> None:
        self.next = first

    def blocks(self, prefix: str, html: str, start: int = 1) -> list[Block]:
        made = []
        for k, (kind, text) in enumerate(pieces(html), start=start):
            made.append(self.block(f"{prefix}b{k}", _KINDS.get(kind, BlockKind.PARAGRAPH), text))
        return made

    def block(self, block_id: str, kind: BlockKind, text: str) -> Block:
        self.next += 1
        return Block(block_id, kind, text, self.next - 1)


@gc_paused()
def thread_document(
    thread: Thread, name: str, page: Article | None = None, note: str | None = None
) -> Document:
    """The document of a thread; ``page``: the article discussed, extracted; ``note``: why
    there is none when the thread links one (the fetch failed)."""
    if page is None:
        lines = _Lines(1)
        article = story_article(thread, lines, note)
    else:
        article = page
        lines = _Lines(1 + max((n for b in page.blocks for n in b.lines), default=0))
    discussion = Discussion(
        url=thread.url,
        site=thread.site,
        title=thread.title,
        author=thread.author,
        time=thread.time,
        score=thread.score,
        article_url=thread.article_url,
    )
    if page is not None:
        discussion.blocks = lines.blocks("d.", thread.html)
    article.comments = _comments(with_missing_parents(thread.posts), lines)
    for comment in article.comments:
        comment.op = comment.author is not None and comment.author == thread.author
    article.comment_order = None
    discussion.comment_count = sum(1 for c in article.comments if c.kind in (COMMENT, DEAD))
    return Document(
        article=article,
        input_name=name,
        line_count=lines.next - 1,
        source_kind=thread.kind,
        discussion=discussion,
    )


def story_article(thread: Thread, lines: _Lines, note: str | None = None) -> Article:
    """The story as the article: its title, author, time and text (or link)."""
    article = Article(title=thread.title, site=thread.site, timestamp_text=shown(thread.time))
    article.published = thread.time[:10] if thread.time else None
    article.authors = [thread.author] if thread.author else []
    head = [
        (BlockKind.TITLE, thread.title),
        (BlockKind.BYLINE, thread.author),
        (BlockKind.TIMESTAMP, article.timestamp_text),
        (BlockKind.PARAGRAPH, thread.article_url),
        (BlockKind.PARAGRAPH, note),
    ]
    for kind, text in head:
        if text:
            article.blocks.append(lines.block(f"b{len(article.blocks) + 1}", kind, text))
    article.blocks += lines.blocks("", thread.html, start=len(article.blocks) + 1)
    return article


def _comments(posts: list[Post], lines: _Lines) -> list[Comment]:
    comments: list[Comment] = []
    for k, post in enumerate(posts, start=1):
        comment = Comment(number=k, author=post.author, kind=post.state)
        comment.time, comment.date_text = post.time, shown(post.time)
        comment.score, comment.url = post.score, post.url
        comment.blocks = lines.blocks(f"c{k}.", post.html)
        first = next((b for b in comment.blocks if b.kind is BlockKind.PARAGRAPH), None)
        if first is not None:
            comment.mentions = leading_mentions(first.text)
        comments.append(comment)
    numbers = {post.key: k for k, post in enumerate(posts, start=1)}
    for comment, post in zip(comments, posts, strict=True):
        parent = numbers.get(post.parent) if post.parent is not None else None
        if parent is not None and parent != comment.number:
            comment.parent = parent
            comment.reply_evidence = [ReplyEvidence(SOURCE, parent, post.parent or "")]
            _name_quotes(comment, comments[parent - 1])
    return comments


def _name_quotes(reply: Comment, parent: Comment) -> None:
    """A quote block whose words stand in the parent's text quotes the parent."""
    said = None
    for block in reply.blocks:
        if block.kind is BlockKind.QUOTE:
            said = said if said is not None else " ".join(parent.text.split()).lower()
            quoted = " ".join(block.text.split()).lower().strip(" .…\"'“”")
            if quoted and quoted in said:
                block.source_comment = parent.number
