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
            _age_survivors()
            gc.enable()


def _age_survivors() -> None:
    """Move every tracked object to the oldest generation, without scanning any.

    Turned back on, the collector would scan all that the stage built (its whole young
    generation) at the next allocation: tens of milliseconds on a big page, for
    objects that live on as the document. Cyclic garbage among them waits for the
    next full collection instead.
    """
    gc.freeze()
    gc.unfreeze()
