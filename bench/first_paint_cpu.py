"""CPU time from launch to first paint: reader against the minimal Textual app.

usage: .venv/bin/python bench/first_paint_cpu.py [--runs 7] [--base DIR] [PAGE ...]

`bench/first_paint.sh` times the first paint on the wall clock, which on a loaded
machine (two cores shared by several test runs) measures the queue as much as the
program. This runs the same programs on a terminal of 120x40 (a pty of its own) and,
as the output that holds the headline comes, reads the CPU time the program has used
so far: its process CPU clock, nanoseconds, every thread (those that ended too). CPU
time hardly moves with the load, so a start-up change can be weighed while others
work; the wall-clock figure stays the issue's measure, taken quiet. (Until session 24
it polled a tmux screen and summed the live threads' schedstat: an ended thread's CPU,
the old preview's, was lost, and the polls' lag counted work done after the frame.)

Programs take turns run after run; prints each one's median CPU ms and its ratio to the
minimal app. --base DIR adds that tree's reader (main at some commit: git archive main
| tar -x -C DIR) on the same pages. Pages default to the reference article.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import shlex
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
REF = ROOT.parent / "shared" / "samples" / "000_eba45ebe7d5b167d.txt"


def once(cmd: list[str], marker: str, cwd: Path, timeout: float = 30) -> float:
    """CPU ms used by `cmd` until `marker` is in what it has written to its terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the program, on a terminal of 120x40
        os.chdir(cwd)
        os.environ["TERM"] = "xterm-256color"
        os.execv(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    clock = ((~pid) << 3) | 2  # its CPU clock (clock_getcpuclockid's): every thread, ended too
    written, wanted, start = b"", marker.encode(), time.perf_counter()
    try:
        while time.perf_counter() - start < timeout:
            if not select.select([fd], [], [], 1)[0]:
                continue
            chunk = os.read(fd, 1 << 16)
            used = time.clock_gettime_ns(clock)  # as the chunk comes: nothing after counts
            written += chunk
            if wanted in written:
                return used / 1e6
        raise SystemExit(f"{shlex.join(cmd)}: {marker!r} never showed")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def _installed(tree: Path, page: Path) -> None:
    """The tree as an installed program finds itself after its first run: bytecode
    compiled, and the patterns kept beside it written (reader/pattern_cache.py), as a
    run writes them unless bytecode is off (PYTHONDONTWRITEBYTECODE)."""
    subprocess.run([PY, "-m", "compileall", "-q", "reader", "bench"], cwd=tree)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [PY, "-m", "reader", "parse", "--json", str(page)]
    subprocess.run(command, cwd=tree, env=env, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--base", type=Path)
    args = parser.parse_args()
    pages = args.pages or [REF]
    if not all(page.exists() for page in pages):
        print("needs the pages (the reference article is in ../shared)")
        return
    _installed(ROOT, pages[0])
    programs: dict[str, tuple[list[str], Path, Path]] = {}
    first = pages[0]
    programs["minimal"] = ([PY, "bench/minimal_app.py", str(first)], ROOT, first)
    for page in pages:
        programs[f"reader {page.name}"] = ([PY, "-m", "reader", str(page)], ROOT, page)
        if args.base:
            _installed(args.base, pages[0])
            programs[f"base {page.name}"] = ([PY, "-m", "reader", str(page)], args.base, page)
    times: dict[str, list[float]] = {name: [] for name in programs}
    markers = {p: p.read_text(encoding="utf-8").lstrip().split("\n")[0][:22] for p in pages}
    for _ in range(args.runs):
        for name, (cmd, cwd, page) in programs.items():
            times[name].append(once(cmd, markers[page], cwd))
    minimal = statistics.median(times["minimal"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:40} CPU to first paint {median:6.0f} ms  {median / minimal:.2f}x")
    print(f"load {os.getloadavg()[0]:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
