"""A word the page's header lines put after each writer's name ("Ann Lee wrote on …",
"skerrylass commented"): the template's, whatever the name, a handle in lower case too.
A name's own words are capitalised; the other readers of a header line cut such words
after a capitalised name, and this one after any."""

from __future__ import annotations

from collections import Counter

NAMES = 3  # the word follows this many different names at least


def template_word(authors: list[str]) -> str | None:
    """The lower-case word after the most names, when it follows NAMES of them."""
    ends = Counter(a.rsplit(" ", 1)[-1] for a in set(authors) if " " in a)
    if not ends:
        return None
    word, names = ends.most_common(1)[0]
    if word in authors:  # "bo replied to ann", "cy replied to ann": a writer's own name
        return None
    return word if names >= NAMES and word.isalpha() and word.islower() else None


def without_word(author: str, word: str) -> str:
    """The name without the template's word after it."""
    return author[: -len(word) - 1] if author.endswith(" " + word) else author
