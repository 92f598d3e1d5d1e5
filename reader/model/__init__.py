"""The document model: plain dataclasses, free of any UI library.

The classes load when first asked for (``from reader.model import Article``), not when a
module of the package is: ``reader.model.clean``, which reading a file and the settings
use, comes without them (the first frame does without the model: ``reader.ingest.glance``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the type checker: at run time `__getattr__` loads them
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
_HOMES = ("blocks", "comments", "document")  # the modules that hold them


def __getattr__(name: str) -> object:
    if name in __all__:
        for home in _HOMES:
            module = import_module(f"reader.model.{home}")
            if hasattr(module, name):
                globals()[name] = value = getattr(module, name)  # asked once
                return value
    raise AttributeError(f"module 'reader.model' has no attribute {name!r}")
