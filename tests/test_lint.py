"""The code stays ruff clean: lint and format."""

from __future__ import annotations

from tools import run_tool

PATHS = ["reader", "tests", "bench"]


def test_ruff_check() -> None:
    result = run_tool("ruff", "check", "--quiet", *PATHS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run_tool("ruff", "format", "--check", "--quiet", *PATHS)
    assert result.returncode == 0, result.stdout + result.stderr
