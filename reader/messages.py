"""The lines reader prints on stderr: ``reader: `` then its parts, each cleaned.

A part may quote outside text (a file name, a server's reason phrase, a header, a
theme's description): `one_line` strips every control character from it, so no
message can drive the terminal, and keeps it on one line.
"""

from __future__ import annotations

import sys

from reader.model.clean import one_line


def error_line(*parts: object) -> str:
    return "reader: " + ": ".join(one_line(part) for part in parts)


def say(*parts: object) -> None:
    """Print ``reader: PART: PART…`` on stderr."""
    print(error_line(*parts), file=sys.stderr)


def fail(*parts: object, status: int = 1) -> int:
    """`say` the parts; returns `status`, the exit status."""
    say(*parts)
    return status
