"""The reader's key actions, declared once: id, own keys, what they do, their help line.

Plain Python, so settings can check a `[keys]` table without Textual; `reader.ui.keys`
makes Textual bindings of them. `id` is the name in the `[keys]` table, `action` the
Textual action run, `keys` the own keys in Textual's names ("slash,ctrl+f").
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

    @property
    def line(self) -> str:
        return self.help or self.description


A = Action

SCREEN: tuple[Action, ...] = (
    A("speakers", "s", "speakers", "Speakers", "Show or hide the speakers", show=True),
    A("comments", "c", "comments", "Comments", "Switch article / comments", show=True),
    A("next_embedded", "e", "next_embedded", "Embedded", "Next embedded article", show=True),
    A("close_pane", "x", "close_pane", "Close pane"),
    A("next", "n", "step(1)", "Next", "Next quote of the speaker, or search hit"),
    A("previous", "N", "step(-1)", "Previous"),
    A(
        "search",
        "slash",
        "search",
        "Search",
        "Search the article, or the comments on their tab",
        show=True,
    ),
    A("boilerplate", "b", "boilerplate", "Boilerplate"),
    A(
        "open_in_browser",
        "w",
        "open_in_browser",
        "Browser",
        "Open the discussion, or the comment read, in the web browser",
    ),
    A("back", "backspace", "back", "Back", "Go back to before the last jump"),
    A("escape", "escape", "escape", "Back", "Close the search or speakers, clear the marks"),
    A("settings", "comma", "settings", "Settings"),
    A("help", "question_mark", "help", "Help", "All keys", show=True),
    A("quit", "q", "quit", "Quit", show=True),
)

ARTICLE: tuple[Action, ...] = (
    A("article.down", "j", "scroll_down", "Down"),
    A("article.up", "k", "scroll_up", "Up"),
    A("article.top", "g", "scroll_home", "Top"),
    A("article.bottom", "G", "scroll_end", "Bottom"),
    A("article.page_down", "space", "page_down", "Page down"),
)

TREE: tuple[Action, ...] = (
    A("tree.down", "j,down", "cursor(1)", "Next"),
    A("tree.up", "k,up", "cursor(-1)", "Previous"),
    A("tree.page_down", "pagedown", "page(1)", "Page down"),
    A("tree.page_up", "pageup", "page(-1)", "Page up"),
    A("tree.top", "g,home", "first", "Top"),
    A("tree.bottom", "G,end", "last", "Bottom"),
    A("tree.toggle", "enter,space", "toggle_thread", "Open", "Open or close", show=True),
    A("tree.open", "right,l", "open", "Open"),
    A("tree.close", "left,h", "close", "Close"),
    A("tree.open_all", "o", "open_all", "All", "Open all threads", show=True),
    A("tree.close_all", "O", "close_all", "Close all"),
    A("tree.parent", "p", "parent", "Parent"),
    A("tree.next_sibling", "right_square_bracket", "sibling(1)", "Next sibling"),
    A("tree.previous_sibling", "left_square_bracket", "sibling(-1)", "Prev sibling"),
    A("tree.next_thread", "t", "thread(1)", "Thread", "Next thread"),
    A("tree.previous_thread", "T", "thread(-1)", "Prev thread"),
    A("tree.author", "a", "author", "Author", "Only this author (again: all)", show=True),
)

BY_ID: dict[str, Action] = {a.id: a for a in (*SCREEN, *ARTICLE, *TREE)}
ACTION_IDS: tuple[str, ...] = tuple(a.id for a in SCREEN)  # the ones a [keys] table rebinds
