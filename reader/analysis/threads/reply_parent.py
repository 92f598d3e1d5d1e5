"""The comment a reply's text answers, and its quoted lines made into quote blocks.

Only earlier comments count. The parent is the comment holding most of what the
reply repeats; a tie goes to the comment whose own words they are (not a copy
in a quote), then to the one the reply's @mention names, then to the latest.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.threads.mention_names import mentions_author
from reader.analysis.threads.reply_links import Links
from reader.analysis.threads.text_line import TextLine
from reader.model import BlockKind, Comment, ReplyEvidence


def link_by_text(
    reply: Comment, links: Links, rank: dict[int, int], comments: dict[int, Comment]
) -> Comment | None:
    """Set the reply's parent and evidence from what it quotes and echoes."""
    if not links:
        return None
    here = rank[reply.number]

    def earlier(n: int) -> bool:  # a writer repeating their own words unprompted reposts
        if rank[n] >= here:
            return False
        author = comments[n].author
        return bool(reply.mentions) or author is None or author != reply.author

    held: dict[int, list[ReplyEvidence]] = {}  # candidate -> what of the reply it holds
    own: dict[int, int] = {}  # candidate -> how much of that is its own words
    for hit in links.lines:
        sources = {n: m for n, m in hit.sources.items() if earlier(n)}
        if not sources:
            continue
        for n, match in sources.items():
            held.setdefault(n, []).append(ReplyEvidence("quote", n, hit.line.text))
            if match.block.kind is not BlockKind.QUOTE:
                own[n] = own.get(n, 0) + 1
        origins = [m.block.source_comment or n for n, m in sources.items()]
        _mark_quote(reply, hit.line, min(origins, key=rank.__getitem__), comments)
    for part in links.parts:
        targets = [n for n in part.targets if earlier(n)]
        if len(targets) != 1:  # words more than one comment opens with point nowhere
            continue
        n = targets[0]
        held.setdefault(n, []).append(ReplyEvidence(part.kind, n, part.text))
        own[n] = own.get(n, 0) + 1
        if part.whole_line:
            _mark_quote(reply, part.line, n, comments)
    if not held:
        return None
    parent = comments[_weighed(reply, held, own, rank, comments)]
    reply.parent = parent.number
    reply.reply_evidence = held[parent.number]
    return parent


def _weighed(
    reply: Comment,
    held: dict[int, list[ReplyEvidence]],
    own: dict[int, int],
    rank: dict[int, int],
    comments: dict[int, Comment],
) -> int:
    """The candidate that holds most of the reply, then most of its own words, then is
    named by the reply's @mention, then is the latest."""
    if len(held) == 1:  # most replies: one candidate, nothing to weigh
        return next(iter(held))
    return max(
        held,
        key=lambda n: (
            len(held[n]),
            own.get(n, 0),
            mentions_author(reply, comments[n].author) is not None,
            rank[n],
        ),
    )


def link_short_quotes(reply: Comment, parent: Comment, lines: Sequence[TextLine]) -> None:
    """The reply answers the comment whose short line, or part of a line, it quotes."""
    reply.parent = parent.number
    reply.reply_evidence = [ReplyEvidence("quote", parent.number, x.text) for x in lines]
    for line in lines:
        line.block.kind = BlockKind.QUOTE
        line.block.source_comment = parent.number


def _mark_quote(reply: Comment, line: TextLine, source: int, comments: dict[int, Comment]) -> None:
    """A quoted line becomes a quote block; so do the quoted comment's pasted header lines."""
    block = line.block
    block.kind = BlockKind.QUOTE
    block.source_comment = source
    quoted = comments[source]
    texts = reply.block_texts()
    for at in range(line.at - 1, -1, -1):
        kind, text = texts[at]
        if kind is not BlockKind.PARAGRAPH or not _is_header_of(text, quoted):
            break
        before = reply.block_at(at)
        before.kind = BlockKind.QUOTE
        before.source_comment = source


def _is_header_of(text: str, quoted: Comment) -> bool:
    """ "averagjoe says:" or the date line of the quoted comment, pasted above its text."""
    if quoted.date_text and text == quoted.date_text:
        return True
    author = quoted.author
    if not author:
        return False
    return text.startswith(author) and len(text) <= len(author) + 12
