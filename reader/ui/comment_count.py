"""How many comments a document holds, as its tab says it: the count the site line gives
(a discussion's deleted and missing comments not counted), then those told apart;
and what the status bar says is still coming of them."""

from __future__ import annotations

from reader.ingest.discussions.thread import DELETED, MISSING
from reader.model import Document


def comments_label(document: Document) -> str:
    """ "Comments (6 · 2 new · 1 deleted)": the comments counted as the site line counts
    them, how many are new since the last visit or fetch, and the deleted or missing."""
    comments = document.article.comments
    gone = {kind: sum(1 for c in comments if c.kind == kind) for kind in (DELETED, MISSING)}
    counted = len(comments) - sum(gone.values())
    if document.discussion is not None:
        counted = document.discussion.comment_count  # the site line's own figure
    parts = [str(counted)]
    if new := sum(1 for c in comments if c.new and c.kind not in gone):
        parts.append(f"{new} new")
    parts += [f"{n} {kind}" for kind, n in gone.items() if n]
    return f"Comments ({' · '.join(parts)})"


def still_coming(complete: bool, threaded: bool) -> str | None:
    """What the status bar says is still coming of the comments."""
    if not complete:
        return "loading comments…"
    return None if threaded else "threading replies…"
