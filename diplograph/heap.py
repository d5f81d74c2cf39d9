"""The cyclic garbage collector told which objects live long.

A build makes objects that stay (modules, the pipeline's tables, the corpus state) and many
more that die young. Python's full collections scan every tracked object whenever the heap has
grown by a quarter: at 1M words, one worker, 17 of them took 1.8 s and found almost nothing,
and in a rebuild 0.7 of 4.9 s. :func:`settle` (``gc.freeze``) takes what exists now out of
those scans; :func:`build_heap` undoes it when the build ends, so that nothing stays frozen in
the caller's process (a frozen object in a reference cycle is freed only once unfrozen).
Reference counting still frees frozen objects as usual.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_builds = 0             # builds under way in this process
_worker = False         # a process of the build's pool, which lives for the build only


@contextmanager
def build_heap() -> Iterator[None]:
    """Around a build: what exists when it starts is settled, and nothing is frozen after it."""
    global _builds
    _builds += 1
    settle()
    try:
        yield
    finally:
        _builds -= 1
        if not _builds:
            gc.unfreeze()


def settle() -> None:
    """Count every object that exists now as long-lived, during a build or in its worker processes
    (elsewhere this does nothing)."""
    if _builds or _worker:
        gc.freeze()


def in_worker_process() -> None:
    """Called in each process of the build's pool: it ends with the pool, nothing to unfreeze."""
    global _worker
    _worker = True
    gc.freeze()


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a while: unpickling a million small objects (none of
    them garbage) otherwise runs it again and again, which takes longer than the unpickling."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
