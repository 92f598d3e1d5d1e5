"""The document model: plain dataclasses, free of any UI library."""

from reader.model.blocks import Block, BlockKind, Link, comment_block_id
from reader.model.comments import Comment, ReplyEvidence
from reader.model.document import Article, Discussion, Document, Quote, Speaker

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
