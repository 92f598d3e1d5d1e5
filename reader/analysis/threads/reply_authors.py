"""Who a comment's "@Name" addresses, and authors a reply reveals.

An @mention names a commenter: the whole name ("@Will James") or its first words
("@Will" when one Will is in the thread, "@Mara Vlk" for "Mara Vlk
(rhymes with silk)"). Two commenters who share the mentioned words make the
mention ambiguous, and an ambiguous mention links nothing.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from reader.analysis.threads.reply_text import normalise, split_sentences
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


def name_match(mention: str, author: str | None) -> int:
    """How a mention names an author: EXACT, PREFIX (its first words) or NONE."""
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


class AuthorIndex:
    """Comments by author name and by the first words of it, in time order.

    A lookup costs time in proportion to the comments it steps back over (those by the
    replying writer themselves), never to all the comments by the name.
    """

    def __init__(self, timeline: list[Comment], rank: dict[int, int]) -> None:
        self._timeline = timeline
        self._rank = rank  # comment number -> place in the timeline
        self._exact: dict[str, list[int]] = {}  # name -> places of its comments
        for k, comment in enumerate(timeline):
            if comment.author:
                key = name_key(comment.author)
                if key:
                    self._exact.setdefault(key, []).append(k)
                if "@" in comment.author:  # "@annlee" names "Ann Lee @annlee"
                    for handle in handles(comment.author):
                        if handle and handle != key:
                            self._exact.setdefault(handle, []).append(k)
        self._prefix: dict[str, _Names] = {}

    def addressed(self, mention: str, reply: Comment) -> Comment | None:
        """The latest comment before the reply by the commenter a mention names, or
        failing that by one whose whole name are its first words ("@Ann Lee In my
        view…": the mention ran on into the reply's words).

        None when nobody before it has that name, or when two commenters share it.
        """
        said, rank = name_key(mention), self._rank[reply.number]
        found = self._exactly(said, rank, reply)
        if found is not None:
            return found
        names = self._prefix.get(said)
        if names is None:
            names = self._prefix[said] = _Names(said, self._exact, self._timeline)
        found = names.only_other(rank, name_key(reply.author or ""))
        words = said.split(" ")
        for size in range(len(words) - 1, 0, -1) if found is None else ():
            found = self._exactly(" ".join(words[:size]), rank, reply)
            if found is not None:
                break
        return found

    def _exactly(self, said: str, rank: int, reply: Comment) -> Comment | None:
        """The latest comment before ``rank`` by the name, not the reply's writer's."""
        places = self._exact.get(said)
        if places is not None:
            for k in reversed(places[: bisect.bisect_left(places, rank)]):
                if self._timeline[k].author != reply.author:
                    return self._timeline[k]
        return None


class _Names:
    """The comments of every name that opens with a mention's words ("Will" for "Will
    James"), in time order, and how many names have spoken by each place."""

    def __init__(self, said: str, exact: dict[str, list[int]], timeline: list[Comment]) -> None:
        lead = said + " "
        found = sorted(
            (k, name) for name, places in exact.items() if name.startswith(lead) for k in places
        )
        self.places = [k for k, _ in found]
        self.keys = [name for _, name in found]
        self.first: dict[str, int] = {}  # name -> index in places of its first comment
        self.distinct: list[int] = []  # names among places[:i + 1]
        for i, name in enumerate(self.keys):
            self.first.setdefault(name, i)
            self.distinct.append(len(self.first))
        self.timeline = timeline

    def only_other(self, rank: int, me: str) -> Comment | None:
        """The latest comment before ``rank`` by a name other than ``me``, when one name
        alone (``me`` aside) has spoken before it; else None."""
        end = bisect.bisect_left(self.places, rank)
        if end == 0:
            return None
        names = self.distinct[end - 1] - (1 if self.first.get(me, end) < end else 0)
        if names != 1:
            return None
        k = end - 1
        while self.keys[k] == me:
            k -= 1
        return self.timeline[self.places[k]]


def addressed_names(comment: Comment, writers: list[str]) -> list[str]:
    """Names a comment opens by addressing without "@": "Tom, …", "Thanks Iris, …",
    "You're right Rarst." They link only when an earlier commenter has the name; the
    article's writers are addressed as writers, not as commenters."""
    for block in comment.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            sentence = split_sentences(block.text)[0] if block.text else ""
            break
    else:
        return []
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


class AuthorClues:
    """Names replies give the comments they quote: "@Will James" over a quote of N."""

    def __init__(self) -> None:
        self._names: dict[int, dict[str, str]] = {}

    def add(self, reply: Comment, quoted: Comment) -> None:
        if len(reply.mentions) == 1 and quoted.author is None:
            name = reply.mentions[0]
            said = name_key(name)
            if said != name_key(reply.author or ""):
                self._names.setdefault(quoted.number, {})[said] = name

    def apply(self, comments: dict[int, Comment]) -> None:
        """Set each unknown author that all its clues agree on; leave the rest null."""
        for number, names in self._names.items():
            comment = comments[number]
            if comment.author is None and len(names) == 1:
                comment.author = next(iter(names.values()))
