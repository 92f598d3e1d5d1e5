"""A quote that runs on over paragraphs is one quote, one speaker's: the news convention
leaves the quote open at its paragraph's end and opens the next paragraph with a mark
again, and the cue may come only in the last paragraph ("“… ¶ “…,” said Ada Lee."). The
paragraphs before it left with no speaker take the one its cue gives (one that has a
speaker keeps it: a quoted article runs on around the quotes it holds)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.quotes.found import Found


def share_back(found: Sequence[Found]) -> None:
    """Give each open paragraph of a run-on quote the speaker its next paragraph's cue
    names, from the last paragraph of the run back to its first."""
    for k in range(len(found) - 2, -1, -1):
        item, after = found[k], found[k + 1]
        next_paragraph = after.view.index == item.view.index + 1
        runs_on = not item.span.closed and after.span.opens_block and next_paragraph
        cued = after.cue is not None and after.speaker is not None and after.kind == "direct"
        if runs_on and cued and item.kind == "direct" and item.speaker is None:
            item.speaker, item.cue = after.speaker, after.cue
