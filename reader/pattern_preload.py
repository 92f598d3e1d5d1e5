"""reader's own patterns, built before its modules ask ``re`` for them.

Most of reader's modules compile their patterns as they are imported, with
``re.compile``: a hundred and more, about 18 ms of CPU before the app's first frame and
30 ms before a parse. ``re`` keeps what it compiles in a cache of its own, looked up by
the pattern's text and flags before it compiles anything. ``preload`` (called as the
package is imported) fills that cache with the patterns the last run's modules held,
built from their opcodes as pattern_cache.py builds a module's ``Patterns``; the
modules' ``re.compile`` then finds each one built.

Which patterns the file keeps: at exit, those that a ``reader`` module holds at its
top level (or in a tuple, list or dict there) and that ``re`` compiled, under the text
and flags it was asked for: never one made from a page's words; and those it kept
before (the app's, when a parse ran), up to a bound. The file is written as bytecode
is, and only when the run compiled such a pattern the file lacked. Whatever
fails (no file, an old one, another engine, a ``re`` with no such cache) leaves ``re``
compiling as before.
"""

from __future__ import annotations

import atexit
import re
import sys
from collections.abc import Collection, Iterator
from typing import Any

from reader.pattern_cache import Entry, build, entry_of, kept_path, read_kept, write_kept

PACKAGE = "reader"
ROOM = 0.5  # the part of re's cache the kept patterns may fill: the rest is others'
KEPT = 400  # patterns the file keeps at most (the package holds about 200)


def preload(cached: str | None) -> None:
    """Put the kept patterns in ``re``'s cache; ``cached``: the package's bytecode path."""
    cache: Any = getattr(re, "_cache", None)
    path = kept_path(cached)
    if path is None or not isinstance(cache, dict):
        return
    known = read_kept(path)
    room = int(getattr(re, "_MAXCACHE", 0) * ROOM) - len(cache)
    for (pattern, flags), entry in list(known.items())[: max(room, 0)]:
        built = build(pattern, entry)
        if built is not None:  # the key re.compile(pattern, flags) looks up
            cache[type(pattern), pattern, flags] = built
    # Their keys, not their entries (1 MB alive to the run's end, a parse's peak): the
    # file is read again in the rare run that writes it.
    atexit.register(_keep, path, set(known))


def _keep(path: str, known: Collection[Any]) -> None:
    """At exit: write the file again when a module compiled a pattern it lacks
    (``known``: the patterns' keys it held at the start)."""
    if sys.dont_write_bytecode:
        return
    held = {id(pattern) for pattern in _held()}
    cache: dict[Any, Any] = getattr(re, "_cache", {})
    keys = [(key[1], key[2]) for key, pattern in list(cache.items()) if id(pattern) in held]
    new = {key: entry_of(*key) for key in keys if key not in known}
    if not new:
        return
    entries: dict[Any, Entry] = read_kept(path)
    # The patterns of modules this run did not import stay (the app's, a parse's), up
    # to a bound that lets the patterns of older versions of the modules go.
    kept = (
        entries | new
        if len(entries) + len(new) <= KEPT
        else {k: new.get(k) or entries.get(k) or entry_of(*k) for k in keys}
    )
    write_kept(path, kept)


def _held() -> Iterator[re.Pattern[Any]]:
    """The patterns the package's modules hold at their top level."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == PACKAGE or name.startswith(PACKAGE + ".")):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, re.Pattern):
                yield value
            elif isinstance(value, (tuple, list, dict)):
                inside = value.values() if isinstance(value, dict) else value
                yield from (v for v in inside if isinstance(v, re.Pattern))
