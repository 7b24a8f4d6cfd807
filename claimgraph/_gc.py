"""Pausing Python's cyclic garbage collector while a large structure is built.

Building a million-claim ledger or graph allocates tens of millions of small
objects and no reference cycles; the collector would walk the growing heap again
and again for nothing (it doubled the time of a bulk read in the benchmarks).
Reference counting still frees everything as usual while the collector rests.
At the end of the block, what was built goes straight to the oldest generation,
so the first collection after it does not walk all of it either.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc(*, promote: bool = True) -> Iterator[None]:
    """Switch the cyclic collector off for the ``with`` block, then back to how it was.

    Nesting is safe: only the outermost block switches it back on (and, with
    ``promote``, moves what was built to the oldest generation).

    Args:
        promote: move what the block built to the oldest generation, for a
            structure of millions of objects. Leave it off for a block that
            builds a result of modest size over a large heap (an analysis's
            records): the check it needs (``gc.get_freeze_count``) counts every
            frozen object one by one, a second at a million claims frozen.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What the block built is long-lived (a ledger, a graph): left young, the
            # next collection would walk every one of its millions of objects just to
            # promote them. freeze() + unfreeze() moves every tracked object into the
            # oldest generation at once, without a walk (both are documented to).
            # Not when the program froze objects of its own (say, before forking):
            # unfreeze() would thaw them too.
            if promote and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
