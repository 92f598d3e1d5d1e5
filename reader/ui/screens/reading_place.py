"""The reader's place in a document, remembered between visits: the paragraph at the top
of the article and how far into it, the pane read, the comment selected, the pasted
articles open in tabs, the closed threads and the speaker followed
(`config.state.DocumentState`)."""

from __future__ import annotations

from reader.config.state import DocumentState
from reader.ui.screens.reading_actions import ReadingActions
from reader.ui.widgets.article_place import Place
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView

RETRIES = 100  # tries, 50 ms apart, for the paragraph to be mounted (a long article's rest)


def capture(screen: ReadingActions, saved: DocumentState) -> DocumentState:
    view, pane = screen.article_view(ARTICLE), screen.comments()
    closed, comment = pane.kept() if pane and pane.comment_tree else (None, saved.comment)
    speaker = screen.marks.speaker.name if screen.marks.speaker else saved.last_speaker
    place = view.place() if view else None
    tabs = screen.reading.tabs.open_panes if screen.built else {}
    return DocumentState(
        position=float(view.scroll_y) if view else saved.position,
        closed_comments=frozenset(saved.closed_comments if closed is None else closed),
        last_speaker=speaker,
        block=place.block if place else saved.block,
        offset=place.offset if place else saved.offset,
        pane=screen.active_pane() if screen.built else saved.pane,
        comment=comment,
        open_tabs=tuple(sorted(tabs)),
    )


def restore(screen: ReadingActions, saved: DocumentState) -> None:
    """Back to where the reader was in this document, and the speaker they followed."""
    document = screen.document
    if saved == DocumentState() or document is None:
        return
    if view := screen.article_view(ARTICLE):
        place = Place(saved.block, saved.offset) if saved.block else None
        _back_to(view, place, saved.position, RETRIES)
    speakers = {s.name: s for s in document.article.speakers}
    if saved.last_speaker in speakers:
        screen.marks.follow(speakers[saved.last_speaker])
        screen.status("speaker", f"{saved.last_speaker}: n/N for the quotes")
    screen.call_later(_panes_back, screen, saved)


async def _panes_back(screen: ReadingActions, saved: DocumentState) -> None:
    """The pasted articles open again, then the pane read (the comments: the one selected)."""
    for index in saved.open_tabs:
        if 0 <= index < len(screen.embedded):
            await screen.open_embedded(index)
    tabs = screen.reading.tabs
    if saved.pane == COMMENTS or (saved.pane and tabs.query(f"#{saved.pane}")):
        screen.show_pane(saved.pane)
    elif saved.open_tabs:
        screen.show_pane(ARTICLE)


def _back_to(view: ArticleView, place: Place | None, y: float, tries: int) -> None:
    if place is not None and view.go_to(place):
        return
    if place is None and (view.max_scroll_y >= y or tries <= 0):
        view.scroll_to(y=y, animate=False)  # a state kept before places were
    elif tries > 0:  # the rest of the article is still being mounted
        view.set_timer(0.05, lambda: _back_to(view, place, y, tries - 1))
