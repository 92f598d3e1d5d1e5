"""A discussion site's answer, saved to a file (or cached), recognised by its shape.

JSON: a Hacker News (Algolia) item, a Lobsters story, a Mastodon status with its
context; XML: a comment feed (Atom or RSS). Anything else is not a thread (None), and
reader reads it as a page.
"""

from __future__ import annotations

import json
from typing import Any

from reader.gc_pause import gc_paused
from reader.ingest.discussions import hackernews, lobsters, mastodon, wordpress
from reader.ingest.discussions.thread import Thread
from reader.ingest.source import InputError, SourceText


@gc_paused()  # a big thread is many small acyclic objects, as a big page is
def saved_thread(source: SourceText, replies: bool = True) -> Thread | None:
    """The thread saved in the source, or None; ``replies=False``: the story alone (the
    first frame's preview, quick on a thread of thousands)."""
    head = source.text[:64].lstrip()
    if head.startswith("{"):
        return json_thread(source.text, replies)
    if head.startswith("<") and wordpress.looks_like_feed(source.text):
        root = wordpress.parse_xml(source.text)
        return wordpress.to_thread(root) if wordpress.is_comment_feed(root) else None
    return None


def json_thread(text: str, replies: bool = True) -> Thread | None:
    try:
        data: Any = json.loads(text)
    except RecursionError:
        raise InputError("JSON nested too deeply to read") from None
    except ValueError:
        return None  # not JSON: a page that opens with a brace
    if hackernews.is_item(data):
        return hackernews.to_thread(data if replies else {**data, "children": []})
    if lobsters.is_story(data):
        return lobsters.to_thread(data if replies else {**data, "comments": []})
    if mastodon.is_thread(data):
        return mastodon.to_thread(data if replies else {**data, "context": {}})
    if mastodon.is_status(data):  # a status saved alone: the thread is that status
        return mastodon.to_thread({"status": data, "context": {}})
    return None
