"""The viewer's layout kept between builds, and read back when the graph laid out is the same.

The page lays out its top entities (at most 1,000) by force (:func:`~diplograph.graph.analytics.layout`:
0.2 s for 1,000 nodes, a fifth of a one-document rebuild's critical path). The layout depends
only on the nodes' order, the edges between them (and, above
:data:`~diplograph.graph.analytics.SMALL_LAYOUT_MAX` nodes, their communities), its options and
the code that makes it. A rebuild that changed a few documents of a large corpus seldom changes
any of these for the top entities. So a build keeps the last layout in one file under its cache,
with a key of all of it; the next build reads the positions back when its key is the same and
lays the graph out again otherwise. One file, replaced whole: the cache never grows.

    >>> kept_layout(graph, Path("out/cache/v1/layout.positions"))     # doctest: +SKIP
    {'country/JP': (-120.4, 33.0), ...}
"""
from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path

import networkx as nx

from diplograph.graph import analytics
from diplograph.outputs import write_bytes_atomic


def kept_layout(graph: nx.Graph, path: Path | None, **options) -> dict[str, tuple[float, float]]:
    """:func:`~diplograph.graph.analytics.layout` of ``graph`` (with ``options``), read from ``path``
    when it holds the layout of the same graph, else made and kept there (``None``: made, kept nowhere)."""
    if path is None:
        return analytics.layout(graph, **options)
    key = layout_key(graph, options)
    try:
        with open(path, "rb") as f:
            kept_key, positions = pickle.load(f)
        if kept_key == key:
            return positions
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        pass        # none yet, or unreadable: made again
    positions = analytics.layout(graph, **options)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, pickle.dumps((key, positions), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass        # a cache: the next build lays it out again
    return positions


def layout_key(graph: nx.Graph, options: dict) -> str:
    """A digest of everything the layout of ``graph`` depends on."""
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    edges = sorted((min(index[a], index[b]), max(index[a], index[b])) for a, b in graph.edges)  # (a set: forces are symmetric)
    communities = ([graph.nodes[node].get("community") for node in nodes]
                   if len(nodes) > analytics.SMALL_LAYOUT_MAX else None)
    inputs = (nodes, edges, communities, sorted(options.items()), _code())
    return hashlib.sha256(repr(inputs).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _code() -> str:
    """The layout's code (the module that holds it) and numpy's version (its float32 arithmetic)."""
    import numpy

    source = Path(analytics.__file__).read_bytes()
    return f"{hashlib.sha256(source).hexdigest()} numpy {numpy.__version__}"
