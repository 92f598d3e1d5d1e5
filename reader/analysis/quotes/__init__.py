"""Quotes and their speakers in one article: ``attribute(article)``.

Its word lists are data files in ``words/``, read once by ``lexicon``."""

from reader.analysis.quotes.attribution import attribute

__all__ = ["attribute"]
