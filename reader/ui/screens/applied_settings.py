"""The reading screen's side of settings, themes and remembered state.

The app calls `apply_settings` after each change on the `,` screen and `recolour` after
a theme change; `capture_state` / `restore_state` are the document's remembered place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.config.settings import Settings
from reader.config.state import DocumentState
from reader.ui.highlighter import TokenStyles
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.main_view import ARTICLE

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen

    _Base = ReaderScreen
else:
    _Base = object

RETRIES = 20  # tries, 50 ms apart, to scroll back to a place the article has not reached yet


class AppliedSettings(_Base):
    saved: DocumentState

    @property
    def palette(self) -> Palette:
        return getattr(self.app, "palette", DEFAULT_PALETTE)

    @property
    def token_styles(self) -> TokenStyles:
        """The theme's style of each of the lexer's tokens (ReaderApp keeps them)."""
        styles = getattr(self.app, "token_styles", None)
        return styles if isinstance(styles, TokenStyles) else TokenStyles()

    def apply_settings(self, settings: Settings) -> None:
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.comment_view import CommentView

        old, self.settings = self.settings, settings
        for view in self.query(ArticleView):
            view.apply(settings)
        for comment_view in self.query(CommentView):
            comment_view.set_width(settings.reading_width)
        for tree in self.query(CommentTree):
            tree.reorder(settings.comment_order)
            if settings.comment_tree != old.comment_tree:
                tree.open_all(settings.comment_tree == "open")
            tree.set_words(settings.comment_preview_words)
        if settings.layout != old.layout:
            self.call_later(self.apply_layout)

    def recolour(self) -> None:
        """Spans in text take the new theme's styles (widgets follow TCSS by themselves)."""
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.comment_view import CommentView
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        palette = self.palette
        for view in self.query(ArticleView):
            view.recolour(palette, self.token_styles)
        for comment_view in self.query(CommentView):
            comment_view.recolour(self.token_styles, palette)
        for tree in self.query(CommentTree):
            tree.recolour(palette)
        for panel in self.query(SpeakersPanel):
            panel.recolour(palette)

    # -- the document's remembered state --------------------------------------
    def capture_state(self) -> DocumentState:
        from reader.ui.widgets.comment_tree import CommentTree

        view = self.article_view(ARTICLE)
        trees = self.query(CommentTree)
        tree = trees.first(CommentTree) if trees else None
        closed = tree.with_replies() - tree.expanded if tree else self.saved.closed_comments
        speaker = self.speaker.name if self.speaker else self.saved.last_speaker
        position = view.scroll_y if view else self.saved.position
        return DocumentState(float(position), frozenset(closed), speaker)

    def restore_state(self) -> None:
        """Back to where the reader was in this document, and the speaker they followed."""
        saved, document = self.saved, self.document
        if saved == DocumentState() or document is None:
            return
        if saved.position and (view := self.article_view(ARTICLE)):
            self._scroll_back(view, saved.position, RETRIES)
        speakers = {s.name: s for s in document.article.speakers}
        if saved.last_speaker in speakers:
            self.speaker, self.quote_index = speakers[saved.last_speaker], -1
            self.status("speaker", f"{saved.last_speaker}: n/N for the quotes")

    def _scroll_back(self, view: ArticleView, y: float, tries: int) -> None:
        if view.max_scroll_y >= y or tries <= 0:
            view.scroll_to(y=y, animate=False)
        else:  # the rest of the article is still being mounted
            self.set_timer(0.05, lambda: self._scroll_back(view, y, tries - 1))
