"""Time from launching the app to a marker on its screen with another text gone from it.

    python bench/landed.py --marker "Comments (20000)" --gone "threading" -- CMD ARGS...

What ../shared/tools/first_paint.py measures for a text appearing, for a state that a
text's going ends: a copied page's comments show counted and flat as soon as the parse
ends ("Comments (N)"), and the status bar says "threading replies…" until their
threading lands. One run; prints the milliseconds (nothing on a timeout).
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import time
import uuid


def once(command: list[str], marker: str, gone: str, size: str, timeout: float) -> float | None:
    name = "landed-" + uuid.uuid4().hex[:8]
    width, height = size.split("x")
    start = time.perf_counter()
    shell = "env TERM=xterm-256color " + " ".join(shlex.quote(c) for c in command)
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", width, "-y", height, shell])
    try:
        while time.perf_counter() - start < timeout:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True
            ).stdout
            if marker in screen and gone not in screen:
                return (time.perf_counter() - start) * 1000
            time.sleep(0.005)
        return None
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--marker", required=True)
    parser.add_argument("--gone", required=True)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    ms = once(command, args.marker, args.gone, args.size, args.timeout)
    if ms is not None:
        print(round(ms))


if __name__ == "__main__":
    main()
