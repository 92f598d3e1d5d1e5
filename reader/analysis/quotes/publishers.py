"""Who a document the text names comes from: "a study published on Thursday by the
Carrick Institute", "a survey of 900 farms by the Union of Growers", "the Halden Water
Company’s annual report", "the Brennan Water Board published its annual report". "The
study found" then speaks for that body or person; a document no one is named for
speaks for itself ("the audit found")."""

from __future__ import annotations

import re

from reader.analysis.quotes.name_runs import NAME_RUN
from reader.lexicon import DOCUMENT_NOUNS, STATEMENT_NOUNS

_NOUNS = "|".join(sorted(DOCUMENT_NOUNS | STATEMENT_NOUNS))
_FEW = r"(?:[a-z\-]+\s+){0,2}"  # "annual", "long-awaited final"
# "study … by the Carrick Institute": no full stop nor a second "by" between.
_BY = re.compile(rf"\b({_NOUNS})\b(?:(?!\bby\b)[^.;:“”]){{0,60}}?\bby\s+(?:the\s+)?(?=[A-Z])")
_OWNED = re.compile(rf"[’']s?\s+{_FEW}({_NOUNS})\b")  # after the owner's name
_ITS = re.compile(
    rf"\s+(?:has\s+|have\s+)?(?:published|released|issued)\s+its\s+{_FEW}({_NOUNS})\b"
)


def publishers(masked: str, runs: list[re.Match[str]]) -> list[tuple[int, str, str]]:
    """(where, document noun, the name as written) for each document the block says
    who published; ``runs``: the block's capitalised runs (``NAME_RUN``), found once."""
    found: list[tuple[int, str, str]] = []
    for m in _BY.finditer(masked):
        if run := NAME_RUN.match(masked, m.end()):
            found.append((m.start(), m.group(1), run.group()))
    for run in runs:
        after = _OWNED.match(masked, run.end()) or _ITS.match(masked, run.end())
        if after:
            found.append((run.start(), after.group(1), re.sub(r"[’']s?$", "", run.group())))
    return sorted(found)
