"""The reader's place in a document, remembered between visits: the article's position,
the closed threads and the speaker followed (`config.state.DocumentState`)."""

from __future__ import annotations

from reader.config.state import DocumentState
from reader.ui.screens.reading_actions import ReadingActions
from reader.ui.widgets.article_tabs import ARTICLE
from reader.ui.widgets.article_view import ArticleView

RETRIES = 20  # tries, 50 ms apart, to scroll back to a place the article has not reached yet


def capture(screen: ReadingActions, saved: DocumentState) -> DocumentState:
    view, pane = screen.article_view(ARTICLE), screen.comments()
    closed = pane.kept()[0] if pane and pane.comment_tree else saved.closed_comments
    speaker = screen.marks.speaker.name if screen.marks.speaker else saved.last_speaker
    position = view.scroll_y if view else saved.position
    return DocumentState(float(position), frozenset(closed), speaker)


def restore(screen: ReadingActions, saved: DocumentState) -> None:
    """Back to where the reader was in this document, and the speaker they followed."""
    document = screen.document
    if saved == DocumentState() or document is None:
        return
    if saved.position and (view := screen.article_view(ARTICLE)):
        _scroll_back(view, saved.position, RETRIES)
    speakers = {s.name: s for s in document.article.speakers}
    if saved.last_speaker in speakers:
        screen.marks.follow(speakers[saved.last_speaker])
        screen.status("speaker", f"{saved.last_speaker}: n/N for the quotes")


def _scroll_back(view: ArticleView, y: float, tries: int) -> None:
    if view.max_scroll_y >= y or tries <= 0:
        view.scroll_to(y=y, animate=False)
    else:  # the rest of the article is still being mounted
        view.set_timer(0.05, lambda: _scroll_back(view, y, tries - 1))
