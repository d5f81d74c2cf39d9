"""graph/adjacency.py: the neighbour sums and PageRank networkx would give, with numpy's product
(small graphs: no scipy) or scipy.sparse's (large ones)."""
import random

import networkx as nx
import numpy as np
import pytest

from diplograph.graph import adjacency
from diplograph.graph.adjacency import Adjacency, pagerank


def _weighted(graph: nx.Graph, seed: int) -> nx.Graph:
    rnd = random.Random(seed)
    for a, b in graph.edges():
        graph.edges[a, b]["weight"] = rnd.choice([0.5, 1.0, 3.0])
    return graph


def _with_self_loop_and_isolate():
    graph = _weighted(nx.gnm_random_graph(80, 150, seed=2), 2)
    graph.add_edge(4, 4, weight=2.5)
    graph.add_node("alone")
    return graph


@pytest.mark.parametrize("graph", [
    nx.path_graph(2), nx.empty_graph(4), nx.karate_club_graph(), nx.star_graph(6),
    _weighted(nx.gnm_random_graph(300, 700, seed=3), 3), _with_self_loop_and_isolate(),
], ids=["path2", "isolated", "karate", "star", "random-weighted", "self-loop-isolate"])
@pytest.mark.parametrize("product", ["numpy", "scipy"])
def test_pagerank_is_networkx(graph, product, monkeypatch):
    monkeypatch.setattr(adjacency, "SPARSE_FROM_NODES", 10**9 if product == "numpy" else 1)
    expected, got = nx.pagerank(graph, weight="weight"), pagerank(graph, weight="weight")
    assert expected.keys() == got.keys()
    assert max(abs(expected[n] - got[n]) for n in expected) < 1e-12


@pytest.mark.parametrize("product", ["numpy", "scipy"])
@pytest.mark.parametrize("weight", ["weight", None])
def test_neighbour_sums_are_the_adjacency_product(product, weight, monkeypatch):
    monkeypatch.setattr(adjacency, "SPARSE_FROM_NODES", 10**9 if product == "numpy" else 1)
    graph = _with_self_loop_and_isolate()
    nodes = list(graph)
    matrix = nx.to_numpy_array(graph, nodelist=nodes, weight=weight)
    values = np.random.default_rng(0).random((3, len(nodes)))
    matrix_of = Adjacency(graph, {node: i for i, node in enumerate(nodes)}, weight=weight)
    assert (matrix_of.sparse is not None) == (product == "scipy")
    assert np.allclose(matrix_of.neighbour_sums(values), (matrix @ values.T).T)


def test_a_large_graph_takes_scipys_product_and_a_small_one_numpys():
    big, small = nx.barabasi_albert_graph(adjacency.SPARSE_FROM_NODES, 2, seed=1), nx.path_graph(5)
    assert Adjacency(big, {n: i for i, n in enumerate(big)}).sparse is not None
    assert Adjacency(small, {n: i for i, n in enumerate(small)}).sparse is None

