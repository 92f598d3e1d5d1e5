"""Which comments of a page the reader has seen, to mark the new ones on the next visit.

Kept by where the page came from (its file's path or its address), not by its content:
a page whose comments grew is new content at the same place. One small JSON file a page
under `state_dir()/visits`; a file that does not read is no visit.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable

from reader import locations
from reader.config.atomic import write_atomic
from reader.config.config_file import parse_json, read_text
from reader.ingest.source import is_url
from reader.model import Comment

MAX_SEEN = 100_000  # comments remembered for one page


def place_key(name: str) -> str | None:
    """Where a page came from, hashed: an address, or a file's absolute path (None: standard
    input and the demo, which have no place to come back to)."""
    if name in ("-", "demo", ""):
        return None
    where = name if is_url(name) else os.path.abspath(name)
    return hashlib.sha256(where.encode("utf-8")).hexdigest()


def fingerprint(comment: Comment) -> str:
    """A comment, known again by its author and words (its number may shift)."""
    words = f"{comment.author or ''}\n{' '.join(comment.text.split())[:300]}"
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def seen_before(key: str) -> set[str] | None:
    """The comments seen at the last visit, or None when there was none."""
    try:
        data = parse_json(read_text(locations.state_dir() / "visits" / f"{key}.json"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    seen = data.get("seen") if isinstance(data, dict) else None
    return {s for s in seen if isinstance(s, str)} if isinstance(seen, list) else None


def remember_seen(key: str, comments: Iterable[Comment]) -> bool:
    marks = sorted({fingerprint(c) for c in comments})[:MAX_SEEN]
    try:
        path = locations.state_dir() / "visits" / f"{key}.json"
        write_atomic(path, json.dumps({"seen": marks}).encode("utf-8"))
    except OSError:
        return False
    return True


def mark_new(comments: Iterable[Comment], seen: set[str]) -> list[int]:
    """Mark the comments not seen before as new; their numbers."""
    found = []
    for comment in comments:
        if fingerprint(comment) not in seen:
            comment.new = True
            found.append(comment.number)
    return found
