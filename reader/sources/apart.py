"""A big file's parse in a process of its own, begun as the app starts.

The app paints a big page from its head, then parses the whole in a worker thread, which
shares the interpreter (and its one core at a time) with the UI: the comments showed
seconds after the first frame. Started with the app, the parse runs on another core
beside Textual's start-up, and the finished document crosses back pickled (a tenth of
the parse's time on a big page): the worker waits for it without holding the UI.

``start(name)`` begins it (None where no core is free for it: the parse would only slow
the first frame); ``Apart.document(source, shown)`` gives what ``parse_source(source,
shown=shown)`` gives, or None when the other process gave nothing or read another text
(the caller parses itself, and says what went wrong). ``python -m reader.sources.apart
FILE`` is the other process: it writes the pickled document on its standard output.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the app's first frame imports this module: nothing of the parser's
    from reader.ingest.source import SourceText
    from reader.model import Document
    from reader.sources.finish import Shown

MODULE = "reader.sources.apart"


def free_core() -> bool:
    """Whether a core is free for the parse: beside the app's own, half a core or more
    that the load average of the last minute leaves idle. On a machine busy on every
    core, the other process would share the app's time rather than add to it (and pay
    its start and the pickle): the app's worker parses."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    if not hasattr(os, "getloadavg"):  # a system that does not say how busy it is
        return False
    try:
        load = os.getloadavg()[0]
    except OSError:
        return False
    return cores > 1 and load + 1 <= cores - 0.5


def start(name: str) -> Apart | None:
    """The parse of the file ``name`` begun in another process; None: parse here."""
    if not free_core():
        return None
    try:
        return Apart(name)
    except OSError:
        return None


class Apart:
    def __init__(self, name: str) -> None:
        root = str(Path(__file__).resolve().parents[2])  # this tree's reader, not another
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(
            [sys.executable, "-m", MODULE, name],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # the screen is the app's: the app reports errors
            env=env,
        )
        self.stopped = False

    def document(self, source: SourceText, shown: Shown) -> Document | None:
        """The finished document of ``source`` (a flat one given to ``shown``, then
        threaded here, as ``parse_source`` does); None when the other process failed or
        read another text (the file changed between the two reads)."""
        from reader.sources.kinds import KINDS

        out = self.process.stdout
        data = b""
        if out is not None:
            with out:
                data = out.read()
        if self.process.wait() != 0 or not data:
            return None
        document: Document
        document, threaded, read = pickle.loads(data)
        if read != digest(source.text):
            return None
        if not threaded:  # a flat document: its kind threads it here
            kind = next((k for k in KINDS if k.name == document.source_kind and k.thread), None)
            if kind is None or kind.thread is None:
                return None  # a kind this process cannot thread: the app parses itself
            shown(document)
            kind.thread(document)
        return document

    def stop(self) -> None:
        """The other process ended, if still running (the app quit before it was read):
        ``document`` then gives None at once, and ``stopped`` says why."""
        self.stopped = True
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def digest(text: str) -> int:
    """A check of the text each process read (a few milliseconds for megabytes)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _ship(document: Document, threaded: bool, read: int) -> None:
    """Write the document and end the process (nothing of it needs freeing)."""
    message = (document, threaded, read)
    sys.stdout.buffer.write(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    os._exit(0)


AUTOGROUP = "/proc/sys/kernel/sched_autogroup_enabled"


def _after_the_app() -> None:
    """Run only when the app's process has nothing to run, where that costs no other
    program's share: on Linux with autogroup, a process's nice ranks it among its own
    session's alone, so the app's first frame is drawn as fast as without this process,
    which then has the session's share. Elsewhere nice ranks it below every program's
    (on a busy machine, the parse would wait for them all): left as it is."""
    try:
        with open(AUTOGROUP, encoding="ascii") as flag:
            if flag.read().strip() == "1":
                os.nice(19)
    except OSError:
        return


def main(name: str) -> None:
    """The other process: parse as the app's worker would, send the document once its
    comments are shown flat (the app threads them), or finished when its kind has no
    flat half."""
    from reader.ingest.source import read_file
    from reader.sources import parse_source

    _after_the_app()
    source = read_file(name)
    read = digest(source.text)
    _ship(parse_source(source, shown=lambda flat: _ship(flat, False, read)), True, read)


if __name__ == "__main__":
    main(sys.argv[1])
