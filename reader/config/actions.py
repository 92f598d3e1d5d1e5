"""The reader's key actions, declared once: id, own keys, what they do, their help line.

Plain Python, so settings can check a `[keys]` table without Textual; `reader.ui.keys`
makes Textual bindings of them. `id` is the name in the `[keys]` table ("search",
"tree.parent"), `action` the Textual action run, `keys` the own keys in Textual's names
("slash,ctrl+f"). Every action can be given other keys. Each group (`scope`) is bound
on one part of the screen: the screen's keys work everywhere, the others where that part
has the focus (and win there), so a key may serve two parts but never the screen and a
part, nor two actions of one part. The speakers panel's `/` and Esc are its own on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    keys: str
    action: str
    description: str  # the footer's word
    help: str = ""  # the help screen's line (the description when empty)
    show: bool = False  # in the footer
    scope: str = "screen"

    @property
    def line(self) -> str:
        return self.help or self.description


def _group(scope: str, *actions: Action) -> tuple[Action, ...]:
    from dataclasses import replace

    return tuple(replace(a, scope=scope) for a in actions)


A = Action

SCREEN = _group(
    "screen",
    A("speakers", "s", "speakers", "Speakers", "Show or hide the speakers", show=True),
    A("comments", "c", "comments", "Comments", "Switch article / comments", show=True),
    A("next_embedded", "e", "next_embedded", "Embedded", "Next embedded article", show=True),
    A("close_pane", "x", "close_pane", "Close pane", show=True),
    A("next", "n", "step(1)", "Next", "Next quote of the speaker, or search hit"),
    A("previous", "N", "step(-1)", "Previous"),
    A(
        "search",
        "slash",
        "search",
        "Search",
        "Search the article, or the comments there",
        show=True,
    ),
    A("next_new", "right_curly_bracket", "new(1)", "New", "Next comment new since last time"),
    A("previous_new", "left_curly_bracket", "new(-1)", "Prev new", "Previous new comment"),
    A("links", "l", "links", "Links", "The links of the article, or of the comment read"),
    A("open_page", "o", "open_page", "Open", "Open the page itself in the web browser"),
    A(
        "open_in_browser",
        "w",
        "open_in_browser",
        "Browser",
        "Open the discussion, or the comment read, in the browser",
        show=True,
    ),
    A("copy", "y", "copy", "Copy", "Copy the quote, comment or paragraph, with who said it"),
    A("boilerplate", "B", "boilerplate", "Boilerplate", "Show or hide the site's chrome"),
    A("history", "H", "history", "History", "Documents read before, to open again"),
    A("back", "backspace", "back", "Back", "Go back to before the last jump"),
    A("escape", "escape", "escape", "Close", "Close the search or speakers, clear the marks"),
    A("settings", "comma", "settings", "Settings"),
    A("help", "question_mark", "help", "Help", "All keys", show=True),
    A("quit", "q", "quit", "Quit", show=True),
)


def _scrolling(part: str) -> tuple[Action, ...]:
    """The reading keys of a scrolled part (the article, the opened comment)."""
    return (
        A(f"{part}.down", "j", "scroll_down", "Down"),
        A(f"{part}.up", "k", "scroll_up", "Up"),
        A(f"{part}.page_down", "space", "page_down", "Page down"),
        A(f"{part}.page_up", "b", "page_up", "Page up"),
        A(f"{part}.top", "g", "scroll_home", "Top"),
        A(f"{part}.bottom", "G", "scroll_end", "Bottom"),
    )


ARTICLE = _group(
    "article",
    *_scrolling("article"),
    A("article.half_down", "d", "half_page(1)", "Half down", "Half a page down"),
    A("article.half_up", "u", "half_page(-1)", "Half up", "Half a page up"),
    A("article.next_heading", "right_square_bracket", "heading(1)", "Next subhead"),
    A("article.previous_heading", "left_square_bracket", "heading(-1)", "Previous subhead"),
    A("article.contents", "t", "contents", "Contents", "The subheads, to jump to one"),
)

COMMENT = _group("comment", *_scrolling("comment"))  # the opened comment, after Tab

TREE = _group(
    "tree",
    A("tree.down", "j,down", "cursor(1)", "Next"),
    A("tree.up", "k,up", "cursor(-1)", "Previous"),
    A("tree.page_down", "pagedown", "page(1)", "Page down"),
    A("tree.page_up", "pageup", "page(-1)", "Page up"),
    A("tree.top", "g,home", "first", "Top"),
    A("tree.bottom", "G,end", "last", "Bottom"),
    A(
        "tree.activate",
        "enter",
        "activate",
        "Open",
        "Open the pasted article, or the thread",
        show=True,
    ),
    A("tree.toggle", "space", "toggle_thread", "Fold", "Open or close the thread"),
    A("tree.open", "right", "open", "Open"),
    A("tree.close", "left,h", "close", "Close"),
    A("tree.open_all", "plus", "open_all", "All", "Open all threads", show=True),
    A("tree.close_all", "minus", "close_all", "Close all", "Close all threads"),
    A("tree.parent", "p", "parent", "Parent"),
    A("tree.next_sibling", "right_square_bracket", "sibling(1)", "Next sibling"),
    A("tree.previous_sibling", "left_square_bracket", "sibling(-1)", "Prev sibling"),
    A("tree.next_thread", "t", "thread(1)", "Thread", "Next thread"),
    A("tree.previous_thread", "T", "thread(-1)", "Prev thread"),
    A("tree.author", "a", "author", "Author", "Only this author (again: all)", show=True),
)

PANEL = _group(  # the speakers panel
    "speakers",
    A("speakers.filter", "slash", "filter", "Filter", "Filter the speakers by name or role"),
    A("speakers.list", "escape", "leave_filter", "List", "From the filter back to the list"),
)

ALL: tuple[Action, ...] = (*SCREEN, *ARTICLE, *COMMENT, *TREE, *PANEL)
BY_ID: dict[str, Action] = {a.id: a for a in ALL}
ACTION_IDS: tuple[str, ...] = tuple(BY_ID)  # the names a [keys] table may give keys to
