"""A quote that runs on over paragraphs is one quote, one speaker's: the news convention
leaves the quote open at its paragraph's end and opens the next paragraph with a mark
again, and the cue may come only in the last paragraph ("“… ¶ “…,” said Ada Lee."). The
paragraphs before it left with no speaker, or with one only the narration before them
gave, take the one its cue gives (one whose own words name a speaker keeps it: a quoted
article runs on around the quotes it holds)."""

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
        if runs_on and cued and item.kind == "direct" and _open_to(item, after):
            item.speaker, item.cue, item.cue_at = after.speaker, after.cue, after.cue_at


def _open_to(item: Found, after: Found) -> bool:
    """The paragraph's speaker is none, or one read from a paragraph before (its last
    sentence's subject: "Flooding closed the road. ¶ “…") when the next paragraph opens
    with the same mark, as a run's continuation does: the run's own cue is the writer's
    word on whose the whole quote is (not a quote inside a pasted "…" stretch)."""
    if item.speaker is None:
        return True
    before = item.cue_at is not None and item.cue_at < item.view.index
    return before and _mark(item) == _mark(after)


def _mark(item: Found) -> str:
    return item.view.block.text[item.span.start - 1 : item.span.start]
