"""The reader's key bindings, each with an id so a keymap can rebind it."""

from __future__ import annotations

from textual.binding import Binding, BindingType

SCREEN_BINDINGS: list[BindingType] = [
    Binding("s", "speakers", "Speakers", id="speakers", tooltip="Show or hide the speakers"),
    Binding("c", "comments", "Comments", id="comments", tooltip="Switch article / comments"),
    Binding("e", "next_embedded", "Embedded", id="next_embedded", tooltip="Next embedded article"),
    Binding("x", "close_pane", "Close pane", id="close_pane", show=False),
    Binding(
        "n",
        "step(1)",
        "Next",
        id="next",
        show=False,
        tooltip="Next quote of the speaker, or search hit",
    ),
    Binding("N", "step(-1)", "Previous", id="previous", show=False),
    Binding(
        "slash",
        "search",
        "Search",
        id="search",
        tooltip="Search the article, or the comments on their tab",
    ),
    Binding("b", "boilerplate", "Boilerplate", id="boilerplate", show=False),
    Binding(
        "w",
        "open_in_browser",
        "Browser",
        id="open_in_browser",
        show=False,
        tooltip="Open the discussion, or the comment read, in the web browser",
    ),
    Binding(
        "backspace",
        "back",
        "Back",
        id="back",
        show=False,
        tooltip="Go back to before the last jump",
    ),
    Binding(
        "escape",
        "escape",
        "Back",
        id="escape",
        show=False,
        tooltip="Close the search or speakers, clear the marks",
    ),
    Binding("comma", "settings", "Settings", id="settings", show=False),
    Binding("question_mark", "help", "Help", id="help", tooltip="All keys"),
    Binding("q", "quit", "Quit", id="quit"),
]

_SHOWN = {"slash": "/", "comma": ",", "question_mark": "?", "left_square_bracket": "["}
_SHOWN |= {"right_square_bracket": "]"}


def key_names(keys: str) -> str:
    """Keys as a person reads them: "slash,ctrl+f" -> "/, ctrl+f"."""
    return ", ".join(_SHOWN.get(k.strip(), k.strip()) for k in keys.split(","))
