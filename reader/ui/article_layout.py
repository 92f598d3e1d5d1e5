"""Which blocks of an article show where: the header, the body, and the first screen.

Shared by the article pane and the first paint, so both put the same text in the same place.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Article, Block, BlockKind

HIDDEN_KINDS = {BlockKind.BOILERPLATE, BlockKind.PROMO}
FIRST_SCREEN = 6000  # characters of text composed before the first paint; the rest after


@dataclass(frozen=True, slots=True)
class Layout:
    head: list[Block]  # headline and dek, shown first
    body: list[Block]  # everything else that shows (boilerplate hidden by CSS until asked)
    needs_title: bool  # no headline block: show the article's title instead

    @property
    def shown(self) -> list[Block]:
        return self.head + self.body

    def first_screen(self, budget: int = FIRST_SCREEN) -> int:
        """How many body blocks fill the first screen (with room to spare)."""
        count = 0
        while count < len(self.body) and budget > 0:
            block = self.body[count]
            budget -= 0 if block.kind in HIDDEN_KINDS else len(block.text) + 80
            count += 1
        return count


def header_role(article: Article, block: Block) -> str | None:
    """ "show" for the headline and dek (shown first), "skip" for what the meta line says."""
    a, kind, text = article, block.kind, block.text
    if (kind is BlockKind.TITLE and text == a.title) or (
        kind is BlockKind.SUBTITLE and text == a.subtitle
    ):
        return "show"
    if (
        (kind is BlockKind.TIMESTAMP and text == a.timestamp_text)
        or (kind is BlockKind.SECTION and text == a.section)
        or (kind is BlockKind.BYLINE and bool(a.authors))
    ):
        return "skip"
    return None


def layout(article: Article) -> Layout:
    roles = [header_role(article, b) for b in article.blocks]
    head = [b for b, role in zip(article.blocks, roles, strict=True) if role == "show"]
    body = [b for b, role in zip(article.blocks, roles, strict=True) if role is None]
    needs_title = not any(b.kind is BlockKind.TITLE for b in head)
    return Layout(head, body, needs_title)
