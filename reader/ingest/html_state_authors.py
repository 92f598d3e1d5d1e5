"""The authors a page's app keeps with the article's record in a script of its state,
when neither its data nor its markup names any: a page built by script
(``<script id="__NEXT_DATA__" type="application/json">``, ``window.__STATE__ = {…}``)
keeps each story as a record (its title, its authors, its date), the article's beside
related ones, and renders the byline from it, so the saved markup may show none.

Only the record whose own title is the article's headline counts (a related story's
record names its own writers); its authors are under ``author``, ``authors``, ``byline``,
``creator(s)``, ``writer(s)`` or a ``credits``' ``by``: names, or records with a
``name``, ``displayName`` or ``fullName``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from reader.ingest.headline_shape import comparable

_TITLE_KEYS = ("headline", "title", "name")
_AUTHOR_KEYS = frozenset(
    {"author", "authors", "byline", "bylines", "creator", "creators", "writer", "writers"}
)
_NAME_KEYS = ("name", "displayName", "display_name", "fullName", "full_name")
_AUTHORISH = re.compile(r"""["'](?:authors?|bylines?|creators?|writers?|credits)["']""")
_STATE = re.compile(r"=\s*(?=[{\[])")  # "window.__STATE__ = {"
_MAX_SCRIPT = 5_000_000  # characters of one script read


def state_records(root: HtmlElement) -> dict[str, list[str]]:
    """Each record's authors by its title (comparable), from the page's scripts of state
    that hold an author's key."""
    records: dict[str, list[str]] = {}
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        text = script.text or ""
        if script.get("src") or "ld+json" in kind or len(text) > _MAX_SCRIPT:
            continue
        if not _AUTHORISH.search(text):
            continue
        for data in _values(text):
            for record in _records(data):
                title, names = _title_and_names(record)
                if title and names:
                    records.setdefault(comparable(title), names)
    return records


def _values(text: str) -> Iterator[Any]:
    """The JSON values a script holds: the whole of it, else each object assigned."""
    decoder = json.JSONDecoder()
    stripped = text.strip()
    try:
        yield json.loads(stripped)
        return
    except ValueError:
        pass
    for match in _STATE.finditer(text):
        try:
            yield decoder.raw_decode(text, match.end())[0]
        except ValueError:
            continue


def _records(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _title_and_names(record: dict[str, Any]) -> tuple[str | None, list[str]]:
    title = next((v for k in _TITLE_KEYS if isinstance(v := record.get(k), str)), None)
    found = [record[k] for k in record if k in _AUTHOR_KEYS]
    credits = record.get("credits")
    if isinstance(credits, dict) and "by" in credits:
        found.append(credits["by"])
    return title, list(dict.fromkeys(n for value in found for n in _names(value)))


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        name = next((v for k in _NAME_KEYS if isinstance(v := value.get(k), str)), None)
        return [name] if name else []
    return []
