"""CPU time from launch to first paint: reader against the minimal Textual app.

usage: .venv/bin/python bench/first_paint_cpu.py [--runs 7] [--base DIR] [PAGE ...]

`bench/first_paint.sh` times the first paint on the wall clock, which on a loaded
machine (two cores shared by several test runs) measures the queue as much as the
program. This runs the same programs the same way (a detached tmux of 120x40, the
screen polled for the headline) and, the moment the headline shows, reads the CPU
time the program's processes and threads have used so far (each process's CPU clock,
nanoseconds, read just before the look that finds the headline; ended threads count).
CPU time hardly moves with the load, so a start-up change can be weighed while others
work; the wall-clock figure stays the issue's measure, taken quiet.

Programs take turns run after run; prints each one's median CPU ms and its ratio to the
minimal app. --base DIR adds that tree's reader (main at some commit: git archive main
| tar -x -C DIR) on the same pages. Pages default to the reference article.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
REF = ROOT.parent / "shared" / "samples" / "000_eba45ebe7d5b167d.txt"


def _processes(root: int) -> list[int]:
    """`root` and every process under it."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{pid}/task"):
                todo += map(int, Path(f"/proc/{pid}/task/{task}/children").read_text().split())
    return found


def _cpu_ns(root: int) -> int:
    """CPU time of `root` and every process under it: each one's process CPU clock
    (clock_getcpuclockid's id, made as glibc makes it), which holds its threads that
    have ended too (/proc's per-thread schedstat loses those: a preview's thread)."""
    total = 0
    for pid in _processes(root):
        with contextlib.suppress(OSError):  # a process gone
            total += time.clock_gettime_ns(((~pid) << 3) | 2)
    return total


def once(cmd: list[str], marker: str, cwd: Path, timeout: float = 30) -> float:
    """CPU ms used by `cmd` until `marker` shows on its screen."""
    name = "fpc-" + uuid.uuid4().hex[:8]
    tmux = ["tmux", "-L", name]  # a server of its own: none shared with others' sessions
    line = f"cd {shlex.quote(str(cwd))} && env TERM=xterm-256color " + shlex.join(cmd)
    subprocess.run([*tmux, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", line])
    try:
        pid = int(
            subprocess.run(
                [*tmux, "display", "-p", "-t", name, "#{pane_pid}"],
                capture_output=True,
                text=True,
            ).stdout
        )
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            used = _cpu_ns(pid)  # before the look that finds it: not the work after the frame
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", name], capture_output=True, text=True
            ).stdout
            if marker in screen:
                return used / 1e6
            time.sleep(0.005)
        raise SystemExit(f"{shlex.join(cmd)}: {marker!r} never showed")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


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
