"""A person the article reports dead ("Arthur Pennock, who shod horses for sixty years,
has died aged 88", "Ilse Farrant died at home") is not the one a later "he said" or
"she said" stands for, once the article has said so: in an obituary the voices are the
family's, friends' and colleagues', however often the paragraph's "his" and "her" are
the dead person's."""

from __future__ import annotations

import re

from reader.analysis.quotes.clause_rank import EMBEDDING

# After the name: an age or one aside between a pair of commas, then the verb (not "X,
# the sheriff, said the driver, who was 58, died": the aside ends at its second comma).
_DIED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^_;:“”,]{2,200},)?\s+(?:has\s+|had\s+)?"
    r"(?:died|dies|passed\s+away|was\s+found\s+dead)\b"
)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def reported_dead(masked: str, start: int, end: int) -> bool:
    """The name at ``start:end`` heads a main clause that says it died (not "When Ivo
    Dunn died in 1998, …": a time, the quotes before it may still be his)."""
    before = _WORD_BEFORE.search(masked, max(0, start - 16), start)
    if before and before.group(1).lower() in EMBEDDING:
        return False
    return _DIED.match(masked, end) is not None
