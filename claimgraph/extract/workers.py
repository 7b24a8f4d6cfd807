"""Work spread over the machine's cores, results in the order it was given.

The rules are plain Python, so one process reads about half a megabyte of
article text a second whatever the machine. A long article (several blocks of
:mod:`claimgraph.extract.draft`) or a batch of articles is therefore read by one
process per core. Each piece of work is done whole by one worker, so what comes
back is the same, byte for byte, whatever the number of workers.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

__all__ = ["available_cores", "ordered_map", "worker_count"]

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

#: Pieces of work handed out ahead of the one awaited, per worker: enough to keep every worker
#: busy, few enough that a 50 MB input is never held twice over in queued blocks and results.
_AHEAD_PER_WORKER = 2


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(workers: int | None) -> int:
    """The number of processes to use: ``workers`` as given, or one per available core for None.

    Raises:
        ValueError: ``workers`` is below 1.
    """
    if workers is None:
        return available_cores()
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    return workers


def _context() -> multiprocessing.context.BaseContext:
    """How to start workers.

    Forking is fastest, and the workers start with the rules imported and their caches
    warm; but forking a process that runs other threads can copy a lock another thread
    holds, so such a process starts its workers from a clean server process instead.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def ordered_map(function: Callable[[_Item], _Result], items: Iterable[_Item], workers: int) -> Iterator[_Result]:
    """``map(function, items)`` over ``workers`` processes, results in the order of ``items``.

    Items are read lazily and only a few per worker are in flight, so memory stays
    bounded on a long stream. With one worker, or one item, no process is started.
    ``function`` must be importable by name (a module's top-level function), and an
    error it raises is raised here, at its item's turn.
    """
    pending = iter(items)
    head = list(itertools.islice(pending, 2))
    if workers <= 1 or len(head) < 2:
        yield from map(function, itertools.chain(head, pending))
        return
    ahead = workers * _AHEAD_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        queued: deque[Future[_Result]] = deque(pool.submit(function, item) for item in head)
        for item in pending:
            while len(queued) >= ahead:
                yield queued.popleft().result()
            queued.append(pool.submit(function, item))
        while queued:
            yield queued.popleft().result()
