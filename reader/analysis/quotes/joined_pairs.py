"""Two people the text joins by "and" ("Councillor Ann Roe and Dr Bo Lind", "Ann Roe, a
welder, and Bo Lind"): a pair "they" may stand for, as two first names sharing one
surname are ("Lena and Marta Kowalczyk", ``shared_surnames``)."""

from __future__ import annotations

import re

from reader.analysis.quotes.clause_rank import GOVERNED, verb_follows
from reader.analysis.quotes.names import NAME_RUN, Mention
from reader.analysis.quotes.people import People

_JOINED = re.compile(r"(?:,[^_,.;:]{2,80},)?\s+and\s+")  # ", a welder," at most between


def joined_pair(people: People, masked: str, index: int, start: int, mention: Mention) -> None:
    """Record the pair when the person named at ``start`` follows, joined by "and", the
    person this block introduced last (before this one is introduced), and the two head
    their clause ("Ann Roe and Bo Lind found …"; not "thanked Ann Roe and Bo Lind for",
    nor "with Ann Roe and Bo Lind")."""
    if not people.intros or mention.kind != "person":
        return
    (block, at), before = people.intros[-1]
    if block != index or before.kind != "person" or before.name == mention.name:
        return
    if people.pairs and people.pairs[-1][0] == (block, at):
        return  # "Lena and Marta Kowalczyk": the pair is read already
    run, last = NAME_RUN.match(masked, at), NAME_RUN.match(masked, start)
    if not (run and last and _JOINED.fullmatch(masked, run.end(), start)):
        return
    governed = GOVERNED.search(masked, max(0, at - 20), at)  # "with", "for" before the pair
    if verb_follows(masked, last.end()) and not governed:
        people.pairs.append(((index, start), f"{before.name} and {mention.name}"))
