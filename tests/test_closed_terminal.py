"""A terminal closed under the app (a tmux pane killed, a terminal window closed) ends the
process within a moment, even when it happens while the app is painting: no process is
left behind with every thread waiting."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "forkpty"), reason="needs a pseudo-terminal")

HEADLINE = b"Gulls return to the Lark Sound pier"
PAGE = (
    HEADLINE.decode()
    + "\n\nMarch 3, 2026\n\n"
    + "".join(
        f"Paragraph {n}: the gulls came back to the pier at dawn, and the boats went out.\n\n"
        for n in range(300)
    )
)


def _size(fd: int, columns: int, rows: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def _start(tmp_path: Path) -> tuple[int, int]:
    """`python -m reader` on a pseudo-terminal of its own (its controlling terminal, as
    in a tmux pane), once its first frame shows; its pid and the terminal's other end."""
    page = tmp_path / "gulls.txt"
    page.write_text(PAGE, encoding="utf-8")
    env = os.environ | {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "TERM": "xterm-256color",
    }
    pid, terminal = os.forkpty()
    if pid == 0:  # pragma: no cover (the child)
        os.execve(sys.executable, [sys.executable, "-m", "reader", str(page)], env)
    _size(terminal, 200, 60)
    shown, deadline = b"", time.monotonic() + 60  # a busy machine starts slowly
    while HEADLINE not in shown and time.monotonic() < deadline:
        if select.select([terminal], [], [], 0.1)[0]:
            shown = shown[-200:] + os.read(terminal, 65536)
    if HEADLINE not in shown:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert HEADLINE in shown
    return pid, terminal


def _gone_within(pid: int, seconds: float) -> int | None:
    """The process's exit status once it ended, None if it still runs after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    return None


def test_a_terminal_closed_while_the_app_paints_ends_the_process(tmp_path):
    pid, terminal = _start(tmp_path)
    status = None
    try:
        # Nobody reads the terminal any more and it keeps changing size: the app paints
        # frame after frame that cannot be written out, as when the hangup finds it busy.
        for n in range(150):
            _size(terminal, 200 - n % 2 * 20, 60)
            time.sleep(0.005)
        os.close(terminal)  # the pane is killed: SIGHUP, and writes fail from now on
        status = _gone_within(pid, 5)
    finally:
        if status is None:  # left behind (or the test failed): not for the next test
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    assert status == 128 + signal.SIGHUP
