"""What a comment holds besides its blocks: why a reply answers its parent, and its lists
kept as None while empty (a page has tens of thousands of comments)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, overload

MARKUP = "markup"  # the evidence of a parent the page's own markup gave: threading keeps it


@dataclass(slots=True)
class ReplyEvidence:
    kind: str  # "mention", "quote", "echo", or MARKUP (a reply nested in the page's markup)
    comment: int  # the comment the evidence points to
    matched: str  # what matched: the @name, the quoted line, the echoed words


T = TypeVar("T")


class EmptyAsNone(Generic[T]):
    """A list attribute of a class a page has many of, kept in the slot "_name" as None
    while empty (an empty list is 56 bytes). Reading an empty one gives a new empty list:
    assign it; what is appended to that list is lost."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    @overload
    def __get__(self, instance: None, owner: type) -> EmptyAsNone[T]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> list[T]: ...

    def __get__(self, instance: object | None, owner: type) -> list[T] | EmptyAsNone[T]:
        if instance is None:
            return self
        kept: list[T] | None = getattr(instance, self.slot)
        return kept or []

    def __set__(self, instance: object, value: list[T]) -> None:
        setattr(instance, self.slot, value or None)
