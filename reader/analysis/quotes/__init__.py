"""Quotes and their speakers in one article: ``attribute(article)``.

Its word lists are ``reader.lexicon``'s (bylines in ingest read the name lists too)."""

from reader.analysis.quotes.attribution import attribute

__all__ = ["attribute"]
