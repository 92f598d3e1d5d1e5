"""Rich `Text` for the article's parts: lexed by `Highlighter`, search hits on top.

Document text only ever enters a `Text` as plain text (never as markup), so nothing
in a page can inject styles or terminal sequences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.text import Text

from reader.model import Article, Block, Quote
from reader.model.tables import table_rows
from reader.ui.highlighter import Highlighter
from reader.ui.stepping import Span
from reader.ui.theming import DEFAULT_PALETTE, Palette

_CREDIT = re.compile(r"\s*(\([^()]{3,200}\))\s*$")


def meta_line(article: Article, palette: Palette = DEFAULT_PALETTE) -> Text:
    """Date, site, dateline and authors, separated by dots."""
    parts = [
        article.published or article.timestamp_text,
        article.site,
        article.dateline,
        ("By " + ", ".join(article.authors)) if article.authors else None,
    ]
    return Text(" · ".join(p for p in parts if p), style=palette["byline"])


def split_credit(caption: str) -> tuple[str, str | None]:
    """A caption and its trailing "(Photographer/Agency)" credit, if it has one."""
    match = _CREDIT.search(caption)
    if not match or match.start() == 0:
        return caption, None
    return caption[: match.start()], match.group(1)


def speaker_names(article: Article) -> list[str]:
    """Every speaker's name and aliases that the lexer marks (not two-letter ones)."""
    return [n for s in article.speakers for n in (s.name, *s.aliases) if len(n) > 2]


def block_classes(block: Block) -> str:
    """A block's CSS classes: its kind ("-paragraph"…), or "-table" for a table's rows
    (shown as the model lines them up: never justified)."""
    return "block -table" if table_rows(block) else f"block -{block.kind.value}"


def block_text(
    block: Block,
    highlighter: Highlighter | None = None,
    quotes: Sequence[Quote] | None = None,
    hits: Iterable[Span] = (),
    current: Span | None = None,
    palette: Palette = DEFAULT_PALETTE,
) -> Text:
    """The block's text, lexed (quotes, speakers, @mentions, dates) when there is a
    highlighter (the first frame has none), with search hits and the focus on top."""
    text = highlighter.text(block.text, quotes) if highlighter else Text(block.text)
    return marked(text, block.id, hits, current, palette)


def marked(
    text: Text, block_id: str, hits: Iterable[Span], current: Span | None, palette: Palette
) -> Text:
    """Search hits, and the current hit or quote, painted on a block's text."""
    hits = list(hits)
    for hit in hits:
        text.stylize(palette["hit"], hit.start, hit.end)
    if current is not None and current.block == block_id:
        style = palette["current-hit" if current in hits else "focus"]
        text.stylize(style, current.start, current.end)
    return text


def caption_text(
    block: Block, palette: Palette = DEFAULT_PALETTE, highlighter: Highlighter | None = None
) -> Text:
    caption, credit = split_credit(block.text)
    text = highlighter.text(caption) if highlighter else Text(caption)
    if credit:
        text.append("\n")
        text.append(credit, style=palette["muted"])
    return text
