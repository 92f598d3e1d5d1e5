"""The options every widget of ours hands on to Textual's `Widget.__init__`, typed."""

from __future__ import annotations

from typing import TypedDict


class WidgetOptions(TypedDict, total=False):
    """`name`, `id`, `classes` and `disabled`, as Textual's widgets take them."""

    name: str | None
    id: str | None
    classes: str | None
    disabled: bool
