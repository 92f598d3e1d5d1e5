"""Quotes and their speakers in one article: ``attribute(article)``.

Its word lists are in ``lexicon``."""

from reader.analysis.quotes.attribution import attribute

__all__ = ["attribute"]
