"""Regular expressions compiled once per installation rather than once per run.

Python's ``re`` compiles a pattern with code written in Python; the date patterns
(month and weekday names in many languages, thousands of characters each) took it
about 25 ms at every start, before the app's first frame and before any page was
parsed. A module's ``Patterns`` keeps what ``re`` makes of each of its patterns (the
matching engine's opcodes) in a file beside the module's bytecode (``__cached__``,
``__pycache__/dates.cpython-311.pyc`` → ``dates.cpython-311.re<MAGIC>.marshal``) and
builds the same pattern object from it on the next start: a pattern built so equals
the one ``re.compile`` gives (``==`` compares the opcodes).

The opcodes belong to one version of Python's matching engine: the file is named for
its version, as bytecode is for the interpreter's, and whatever fails to load (no file,
an old one, a broken one, another Python's ``re``) is compiled by ``re`` as before.
The file is written as bytecode is: at exit, when a pattern was compiled anew, and
never when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``) or the folder is
read-only.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from typing import Any

try:  # the parts of re that turn a pattern into opcodes, and the engine that runs them
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python: re.compile alone
    ENGINE = None
else:
    ENGINE = _sre.MAGIC

Key = tuple[str, int]
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class Patterns:
    """The compiled patterns of one module: ``Patterns(__spec__.cached).compile(...)``."""

    def __init__(self, cached: str | None) -> None:
        self.path = kept_path(cached)
        self._known: dict[Key, Entry] | None = None
        self._used: dict[Key, re.Pattern[str]] = {}  # this run's: what the file keeps
        self._new: dict[Key, Entry] = {}  # compiled anew this run: the file is written at exit

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the file when it holds the pattern."""
        if self.path is None:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        if (built := self._used.get(key)) is not None:
            return built
        # A kept entry goes once built, its opcodes the engine's then: the entries of a
        # run were 1.4 MB alive to its end (a parse's peak), for the file written at exit.
        entry = self._load().pop(key, None)
        if entry is None or (built := build(pattern, entry)) is None:
            if not self._new:  # the file is written again at exit
                atexit.register(self.save)
            entry = self._new[key] = entry_of(pattern, int(flags))
            built = _sre.compile(pattern, *entry)
        self._used[key] = built
        return built

    def _load(self) -> dict[Key, Entry]:
        if self._known is None:
            self._known = read_kept(self.path)
        return self._known

    def save(self) -> None:
        """Write the patterns this run compiled (only those: none goes stale), those read
        from the file read from it again."""
        kept = read_kept(self.path)
        write_kept(
            self.path,
            {key: self._new.get(key) or kept.get(key) or entry_of(*key) for key in self._used},
        )


def kept_path(cached: str | None, kind: str = "") -> str | None:
    """The file of patterns kept beside a module's bytecode (``kind``: which of its
    files); None when there is none."""
    if ENGINE is None or cached is None or not cached.endswith(".pyc"):
        return None
    return f"{cached[:-4]}.re{ENGINE}{kind}.marshal"


def read_kept(path: str | None) -> dict[Any, Entry]:
    """The kept patterns' entries by (pattern, flags); none when the file does not read."""
    try:
        with open(path or "", "rb") as file:
            known = marshal.loads(file.read())  # loads(read()): load() reads by bits
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return known if isinstance(known, dict) else {}


def write_kept(path: str | None, entries: dict[Any, Entry]) -> None:
    """Keep the entries, as bytecode is written: not when Python writes none."""
    if path is None or sys.dont_write_bytecode:
        return
    temporary = f"{path}.{os.getpid()}"
    try:
        with open(temporary, "wb") as file:
            file.write(marshal.dumps(entries))
        os.replace(temporary, path)  # whole or not at all, whoever reads it
    except OSError:  # a read-only installation: compiled at each start, as before
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def build(pattern: str | bytes, entry: Entry) -> re.Pattern[Any] | None:
    """The pattern re.compile gives, built from its kept entry; None when this engine
    refuses the entry's opcodes."""
    try:
        built: re.Pattern[Any] = _sre.compile(pattern, *entry)
    except (TypeError, ValueError, RuntimeError):
        return None
    return built


def entry_of(pattern: str | bytes, flags: int) -> Entry:
    """What re.compile hands the engine for a pattern (re._compiler.compile's steps)."""
    parsed: Any = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named constants: plain ints
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        dict(groups),
        tuple(names),
    )
