"""Who a comment's "@Name" addresses among the comments before it, and authors a reply
reveals (the matching of a mention and a name: mention_names.py)."""

from __future__ import annotations

import bisect

from reader.analysis.threads.mention_names import handles, mention_forms, name_key
from reader.model import Comment


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
        view…": the mention ran on into the reply's words); by the mention as written,
        else by its words before a sentence's opening word ("@Rosa Sunday trawlers…").

        None when nobody before it has that name, or when two commenters share it.
        """
        for form in mention_forms(mention):
            found = self._addressed(form, reply)
            if found is not None:
                return found
        return None

    def _addressed(self, mention: str, reply: Comment) -> Comment | None:
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
