"""A line that names a person and says nothing of them: the name standing over the words
it introduces, as vox pops, candidates' statements and Q&As set it ("Kasim Raza, café
owner ¶ “…”", "Edwin Charnock (Independent) ¶ “…”", "Harriet Mbeki, 68 ¶ “…”"). Such a
line is a label, not narration: it has no verb and no sentence end, only the person's
full name with, at most, a short description after a comma or in brackets."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.quotes.cue_words import Cue, all_quote
from reader.analysis.quotes.names import NAME_RUN, parse_mention
from reader.analysis.quotes.person_names import place_like
from reader.analysis.quotes.subjects import Subject

# What may follow the name: ", café owner", ", mother of two", ", 68", " (Green)".
_TAIL = re.compile(r"\s*(?:\([^()_]{1,40}\)|,\s+[^_.!?:;,()]{1,50})?\s*")


def label(masked: str) -> Cue | None:
    """The person a label line names, as the cue of the bare quote under it."""
    text = masked.strip()
    run = NAME_RUN.match(text)
    if run is None or not _TAIL.fullmatch(text, run.end()):
        return None
    mention = parse_mention(run.group(), opening=True)
    if mention is None or mention.kind != "person" or " " not in mention.name:
        return None  # "Tuesday", "Harbour Road", a body
    if place_like(mention.name) or mention.name != run.group().strip():
        return None  # "Mill Lane"; "Voters in Ohio", a role or word cut off the run
    start = masked.index(text)
    return Cue(Subject(mention.name, start), ":", False, start + len(text))


_RUN = 40  # how far back a run of name, quote, name, quote is followed


def heading_label(line: Callable[[int], str], index: int) -> Cue | None:
    """The label at ``line(index)`` (a quote-masked body paragraph; "" for none) over the
    quote under it, when it can be no signature of a quote above: the line before it is
    no paragraph of quote, or that quote is itself under such a label (a vox pop's run of
    name, quote, name, quote). A name line under a quote with no label over it signs it."""
    cue = label(line(index))
    at = index
    while cue is not None and at > 0 and all_quote(line(at - 1)):
        at -= 2
        if at < 0 or index - at > _RUN or label(line(at)) is None:
            return None
    return cue
