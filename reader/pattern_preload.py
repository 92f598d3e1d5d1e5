"""reader's own patterns, built before its modules ask ``re`` for them.

Most of reader's modules compile their patterns as they are imported, with
``re.compile``: the package holds about 450, and a parse imports modules holding about
370 (85 compiled anew at each start when a file kept only the first 256, 13–60 ms of
CPU by the load). ``re`` keeps what it compiles in a cache of its own, looked up by
the pattern's text and flags before it compiles anything. A finder of the package's
modules (``sys.meta_path``, installed as the package is imported) fills that cache,
as each module is found and before its code runs, with the patterns that module held
at the end of the last run, built from their opcodes as pattern_cache.py builds a
module's ``Patterns``; the module's ``re.compile`` then finds each one built. A run
builds only the patterns of the modules it imports: a parse never holds the app's.

Which patterns a module's file keeps: at exit, those the module holds at its top
level (or in a tuple, list or dict there) and that ``re`` compiled, under the text and
flags it was asked for: never one made from a page's words. The file (beside the
module's bytecode, ``__pycache__/dates.cpython-311.re<MAGIC>.held.marshal``) is written
as bytecode is, and only when the module held a pattern the file lacked; it then keeps
exactly the module's patterns, so an edited module's old ones go. Whatever fails (no
file, an old one, another engine, a ``re`` with no such cache) leaves ``re`` compiling
as before.
"""

from __future__ import annotations

import atexit
import re
import sys
from collections.abc import Iterator, Sequence
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

from reader.pattern_cache import Key, build, entry_of, kept_path, read_kept, write_kept

PACKAGE = "reader"
HELD = ".held"  # the kept file's name after the engine's version: apart from Patterns'


class ModulePatterns:
    """A finder (``importlib.abc.MetaPathFinder``) of a package's modules that puts each
    module's kept patterns in ``re``'s cache as it is found; ``keep`` at exit."""

    def __init__(self, package: str = PACKAGE) -> None:
        self.prefix = package + "."
        self.found: dict[str, tuple[str, frozenset[Key]]] = {}  # module: file, keys read

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not name.startswith(self.prefix):
            return None
        spec = PathFinder.find_spec(name, path, target)
        if spec is not None and (file := kept_path(spec.cached, HELD)) is not None:
            self.found[name] = (file, frozenset(preload(file)))
        return spec

    def keep(self) -> None:
        """Write again the file of each module found that now holds a pattern it lacked."""
        if sys.dont_write_bytecode:
            return
        cache: dict[Any, Any] = getattr(re, "_cache", {})
        asked = {id(pattern): (key[1], key[2]) for key, pattern in list(cache.items())}
        for name, (file, known) in self.found.items():
            if (module := sys.modules.get(name)) is None:
                continue
            keys = list(dict.fromkeys(asked[id(p)] for p in held_by(module) if id(p) in asked))
            if all(key in known for key in keys):
                continue
            entries = read_kept(file) if known else {}
            write_kept(file, {key: entries.get(key) or entry_of(*key) for key in keys})


def preload(file: str) -> list[Key]:
    """Put a file's kept patterns in ``re``'s cache while it has room; their keys."""
    cache: Any = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return []
    known = read_kept(file)  # its entries go once built (the engine's opcodes then)
    room = getattr(re, "_MAXCACHE", 0) - len(cache)
    for (pattern, flags), entry in list(known.items())[: max(room, 0)]:
        built = build(pattern, entry)
        if built is not None:  # the key re.compile(pattern, flags) looks up
            cache[type(pattern), pattern, flags] = built
    return list(known)


def install(package: str = PACKAGE) -> ModulePatterns | None:
    """The package's finder, first on ``sys.meta_path`` (once a process)."""
    if any(isinstance(f, ModulePatterns) for f in sys.meta_path) or not hasattr(re, "_cache"):
        return None
    finder = ModulePatterns(package)
    sys.meta_path.insert(0, finder)
    atexit.register(finder.keep)
    return finder


def held_by(module: ModuleType) -> Iterator[re.Pattern[Any]]:
    """The patterns a module holds at its top level."""
    for value in list(vars(module).values()):
        if isinstance(value, re.Pattern):
            yield value
        elif isinstance(value, (tuple, list, dict)):
            inside = value.values() if isinstance(value, dict) else value
            yield from (v for v in inside if isinstance(v, re.Pattern))


def _held() -> Iterator[re.Pattern[Any]]:
    """The patterns the package's modules hold at their top level."""
    for name, module in list(sys.modules.items()):
        if module is not None and (name == PACKAGE or name.startswith(PACKAGE + ".")):
            yield from held_by(module)
