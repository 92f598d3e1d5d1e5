"""Parsing a big page allocates millions of small, acyclic objects; the cyclic
garbage collector would scan the growing heap again and again while they pile up.

``gc_paused`` turns it off for the duration of one stage (and turns it back on
after, if it was on): the objects are freed by reference counting as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Use as ``with gc_paused():`` or as a decorator ``@gc_paused()``."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
