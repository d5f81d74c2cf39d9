"""Work spread over processes in chunks, results in order: the one pool of the build's passes.

Each pass (reading and extraction, resolution, fragments) maps a function over chunks of
documents. A chunk is about a quarter of an even share per worker, and at most ``max_chunk``
items: small enough that every worker stays busy to the end, large enough that sending
the work and its results costs little. What every chunk needs (the corpus-wide tables) is
given to each process once, as its :func:`worker_state`.

    >>> list(map_in_chunks(len, list(range(10)), workers=2, max_chunk=4))   # doctest: +SKIP
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator

from diplograph.heap import in_worker_process

_STATE = None       # what map_in_chunks gave this worker process


def _set_state(state) -> None:
    global _STATE
    _STATE = state
    in_worker_process()     # the modules and the state live as long as the process


def worker_state():
    """The ``state`` given to :func:`map_in_chunks`, in one of its worker processes."""
    return _STATE


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_in_chunks(function: Callable, items: list, *, workers: int, max_chunk: int, args: tuple = (),
                  state=None) -> Iterator:
    """``function(chunk, *args)`` for each chunk of ``items`` on ``workers`` processes, each given
    ``state`` once (:func:`worker_state`); yields the chunks' results in the order of ``items``."""
    if not items:
        return          # no processes started for nothing
    size = max(1, min(max_chunk, len(items) // (workers * 4) or 1))
    parts = chunks(items, size)
    with ProcessPoolExecutor(max_workers=workers, initializer=_set_state, initargs=(state,)) as pool:
        yield from pool.map(function, parts, *([arg] * len(parts) for arg in args))
