"""Where the reader was before each jump, so `backspace` can go back like a browser."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    tab: str  # the id of the tab pane
    scroll_y: float  # the article pane's scroll offset
    comment: int | None = None  # the comment under the cursor, on the comments tab


class History:
    """A bounded stack of locations."""

    def __init__(self, limit: int = 200) -> None:
        self._stack: list[Location] = []
        self._limit = limit

    def push(self, location: Location) -> None:
        if self._stack and self._stack[-1] == location:
            return
        self._stack.append(location)
        del self._stack[: -self._limit]

    def pop(self) -> Location | None:
        return self._stack.pop() if self._stack else None

    def __len__(self) -> int:
        return len(self._stack)
