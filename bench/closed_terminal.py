"""Processes left behind when the terminal closes under the app (issue 17's hang).

usage: .venv/bin/python bench/closed_terminal.py [--runs 12] [--from 0.3] [--to 3] [PAGE]

Starts the reader on PAGE (default: the reference article) in a tmux session of its own
(80x24, a socket of its own), kills the session at a random moment between --from and
--to seconds after the start (SIGHUP, the terminal gone, as a closed window does), and
counts the processes still there 5 s later. Each survivor's threads are dumped to
/tmp/closed-terminal-PID.txt (faulthandler on SIGUSR1, registered before the app
starts) and the survivor is killed. Until session 25, 6 of 12 were left behind at a load
of 17, every thread waiting (Textual's writer queue full, its writer thread ended).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = ROOT.parent / "shared" / "samples" / "000_eba45ebe7d5b167d.txt"
SOCKET = f"closed-terminal-{os.getpid()}"
START = (
    "import faulthandler, os, signal, sys; "
    "dump = open(f'/tmp/closed-terminal-{os.getpid()}.txt', 'w'); "
    "faulthandler.register(signal.SIGUSR1, file=dump, all_threads=True); "
    "from reader.cli import main; sys.exit(main(sys.argv[1:]))"
)


def tmux(*args: str) -> str:
    done = subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)
    return done.stdout


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("page", nargs="?", type=Path, default=REF)
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--from", dest="low", type=float, default=0.3)
    parser.add_argument("--to", dest="high", type=float, default=3.0)
    args = parser.parse_args()
    left = []
    for run in range(args.runs):
        name = f"run{run}"
        command = f'exec {sys.executable} -c "{START}" {args.page.resolve()}'
        tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", "-c", str(ROOT), command)
        pid = int(tmux("display", "-p", "-t", name, "#{pane_pid}").strip())
        after = random.uniform(args.low, args.high)
        time.sleep(after)
        tmux("kill-session", "-t", name)
        time.sleep(5)
        alive = running(pid)
        print(f"run {run}: closed after {after:.2f} s: {'LEFT' if alive else 'ended'}", flush=True)
        if alive:
            left.append(pid)
            os.kill(pid, signal.SIGUSR1)
            time.sleep(0.5)
            os.kill(pid, signal.SIGKILL)
    print(f"left behind: {len(left)} of {args.runs} (load {os.getloadavg()[0]:.1f})")
    for pid in left:
        print(f"  threads of {pid}: /tmp/closed-terminal-{pid}.txt")


if __name__ == "__main__":
    main()
