"""`reader` in a pipeline: the text when the output is no terminal (or TERM is dumb),
standard input without `-`, and each command's --help with a correct usage line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ARTICLE = Path(__file__).parent / "fixtures" / "plain_article.txt"


def _reader(
    *args: str, stdin: bytes | None = None, term: str = "xterm"
) -> subprocess.CompletedProcess[bytes]:
    env = os.environ | {
        "TERM": term,
        "XDG_STATE_HOME": "/nonexistent-state",
        "XDG_CONFIG_HOME": "/nonexistent-config",
    }
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=env,
        timeout=60,
    )


def _text() -> str:
    result = _reader("parse", "--text", str(ARTICLE))
    assert result.returncode == 0
    return result.stdout.decode()


def test_reader_file_into_a_pipe_prints_the_text():
    result = _reader(str(ARTICLE))
    assert result.returncode == 0 and result.stdout.decode() == _text()
    assert b"\x1b[" not in result.stdout  # no full screen, no escape codes


def test_piped_input_is_read_without_a_dash():
    result = _reader(stdin=ARTICLE.read_bytes())
    assert result.returncode == 0 and result.stdout.decode() == _text().replace(str(ARTICLE), "-")


def test_a_dumb_terminal_gets_the_text_too():
    result = _reader(str(ARTICLE), term="dumb")
    assert result.returncode == 0 and result.stdout.decode() == _text()


def test_each_commands_help_names_itself_once():
    for command, usage in (
        (["parse"], "usage: reader parse "),
        (["config"], "usage: reader config "),
        (["config", "get"], "usage: reader config get "),
        (["themes"], "usage: reader themes"),
    ):
        out = _reader(*command, "--help").stdout.decode()
        first = out.splitlines()[0]
        assert first.startswith(usage), (command, first)
        assert first.count(command[-1]) == 1, (command, first)
