"""Going from subhead to subhead in an article (`[`, `]`) and the list of them (`t`)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.model import Block, BlockKind
from reader.ui.widgets.article_marks import MarkedBlocks
from reader.ui.widgets.article_place import Place


class SubheadSteps(MarkedBlocks):
    """An article's subheads, and the steps between them from the top of the view.

    Its messages keep the `article_view` namespace: the screens handle them as the
    article pane's (`on_article_view_jumped`)."""

    @dataclass
    class Jumped(Message, namespace="article_view"):
        """The view moved far (to a subhead): where it was is worth keeping."""

        view: SubheadSteps
        scroll_y: float  # where it was

    @dataclass
    class ContentsWanted(Message, namespace="article_view"):
        """`t`: the reader wants the list of subheads."""

        view: SubheadSteps

    def headings(self) -> list[Block]:
        """The article's subheads (shown), in order."""
        return [b for b in self.shown if b.kind is BlockKind.HEADING and b.id in self.blocks]

    def action_heading(self, step: int) -> None:
        """To the next (1) or previous (-1) subhead from the top of the view."""
        place, headings = self.place(), self.headings()
        if not headings:
            self.notify("This article has no subheads.", timeout=2)
            return
        order = {b.id: i for i, b in enumerate(self.shown)}
        at = order.get(place.block, -1) if place else -1
        ahead = [h for h in headings if order[h.id] > at] if step > 0 else []
        behind = [h for h in headings if order[h.id] < at] if step < 0 else []
        target = ahead[0] if ahead else behind[-1] if behind else None
        if target is None:
            self.notify("No subhead further that way.", timeout=2)
        else:
            self.post_message(self.Jumped(self, self.scroll_y))
            self.go_to(Place(target.id))

    def action_contents(self) -> None:
        self.post_message(self.ContentsWanted(self))
