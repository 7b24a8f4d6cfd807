"""Pausing Python's cyclic garbage collector while a large structure is built.

Building a million-claim ledger or graph allocates tens of millions of small
objects and no reference cycles; the collector would walk the growing heap again
and again for nothing (it doubled the time of a bulk read in the benchmarks).
Reference counting still frees everything as usual while the collector rests.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Switch the cyclic collector off for the ``with`` block, then back to how it was.

    Nesting is safe: only the outermost block switches it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
