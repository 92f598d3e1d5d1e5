"""What a comment's "@Name" or "Tom, …" names, and how it matches a commenter's name.

An @mention names a commenter: the whole name ("@Will James") or its first words
("@Will" when one Will is in the thread, "@Mara Vlk" for "Mara Vlk
(rhymes with silk)"). Two commenters who share the mentioned words make the
mention ambiguous, and an ambiguous mention links nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.threads.reply_text import normalise, split_sentences
from reader.lexicon import COMMON_CAPS
from reader.model import BlockKind, Comment

EXACT, PREFIX, NONE = 2, 1, 0
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_GREETING = r"(?i:thank you|thanks|hi|hey|dear|sorry|well|yes|no|ok|okay|agreed)"
_LEADING = re.compile(rf"^(?:{_GREETING}\s+)?(?P<name>{_NAME})\s*,")
_TRAILING = re.compile(r"\s(?P<name>[A-Z][\w'’-]+)[.!]?$")


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """A name or @mention normalised; a page repeats a few names thousands of times."""
    return normalise(name)


@lru_cache(maxsize=4096)
def mention_forms(mention: str) -> tuple[str, ...]:
    """The mention as written, then, when a word after its first is one capitalised only
    for opening a sentence or a date ("@Rosa Sunday trawlers…", "@Rosa March is late"),
    the words before that word: tried second, so a commenter called Brian May is still
    found whole by "@Brian May I think…"."""
    words = mention.split()
    cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in COMMON_CAPS), 0)
    return (mention, " ".join(words[:cut])) if cut else (mention,)


def name_match(mention: str, author: str | None) -> int:
    """How a mention names an author: EXACT, PREFIX (its first words) or NONE; by the
    mention as written, else by its words before a sentence's opening word."""
    for form in mention_forms(mention):
        found = _form_match(form, author)
        if found != NONE:
            return found
    return NONE


def _form_match(mention: str, author: str | None) -> int:
    if not author:
        return NONE
    said, name = name_key(mention), name_key(author)
    if not said:
        return NONE
    if said == name or ("@" in author and said in handles(author)):
        return EXACT
    return PREFIX if name.startswith(said + " ") else NONE


def handles(author: str) -> list[str]:
    """The @handles an author's name shows ("Ann Lee @annlee"), normalised."""
    if "@" not in author:
        return []
    return [name_key(word[1:]) for word in author.split() if word[:1] == "@" and word[1:]]


def addressed_names(comment: Comment, writers: list[str]) -> list[str]:
    """Names a comment opens by addressing without "@": "Tom, …", "Thanks Iris, …",
    "You're right Rarst." They link only when an earlier commenter has the name; the
    article's writers are addressed as writers, not as commenters."""
    first = comment.first_of(BlockKind.PARAGRAPH)
    if first is None:
        return []
    text = first[1]
    sentence = split_sentences(text)[0] if text else ""
    leading = _LEADING.match(sentence) if "," in sentence else None  # "Tom, …" needs its comma
    trailing = _trailing_name(sentence)
    if leading is None and trailing is None:  # most comments
        return []
    found = [m.group("name") for m in (leading, trailing) if m]
    return [n for n in found if not any(name_match(n, w) for w in writers)]


def _trailing_name(sentence: str) -> re.Match[str] | None:
    """_TRAILING's match: only a last word that opens with a capital can give one."""
    last = sentence.rsplit(None, 1)[-1:]  # the same white space as the pattern's \s
    if not last or not "A" <= last[0][0] <= "Z":
        return None
    return _TRAILING.search(sentence)


def mentions_author(comment: Comment, author: str | None) -> str | None:
    """The reply's mention that names this author, if one does."""
    return next((m for m in comment.mentions if name_match(m, author) != NONE), None)
