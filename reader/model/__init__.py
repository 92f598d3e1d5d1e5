"""The document model: plain dataclasses, free of any UI library."""

from reader.model.document import (
    Article,
    Block,
    BlockKind,
    Comment,
    Discussion,
    Document,
    Link,
    Quote,
    ReplyEvidence,
    Speaker,
    comment_block_id,
)

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Comment",
    "Discussion",
    "Document",
    "Link",
    "Quote",
    "ReplyEvidence",
    "Speaker",
    "comment_block_id",
]
