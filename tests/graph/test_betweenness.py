"""graph/betweenness.py gives networkx's betweenness, exact and sampled."""
import networkx as nx
import pytest

from diplograph.graph import adjacency
from diplograph.graph.analytics import betweenness_pivots, project, synthetic_records
from diplograph.graph.betweenness import betweenness_centrality


def _assert_same(expected: dict, got: dict) -> None:
    assert expected.keys() == got.keys()
    assert max((abs(expected[n] - got[n]) for n in expected), default=0.0) < 1e-12


def _with_self_loop():
    graph = nx.gnm_random_graph(60, 100, seed=1)
    graph.add_edge(5, 5)
    return graph


@pytest.mark.parametrize("graph", [
    nx.path_graph(3), nx.path_graph(2), nx.empty_graph(5), nx.karate_club_graph(), nx.star_graph(6),
    nx.disjoint_union(nx.cycle_graph(7), nx.complete_graph(5)), nx.gnm_random_graph(300, 900, seed=3),
    nx.grid_2d_graph(6, 7), _with_self_loop(),
], ids=["path3", "path2", "isolated", "karate", "star", "two-parts", "random", "grid", "self-loop"])
@pytest.mark.parametrize("product", ["numpy", "scipy"])
def test_exact_betweenness_is_networkx(graph, product, monkeypatch):
    monkeypatch.setattr(adjacency, "SPARSE_FROM_NODES", 10**9 if product == "numpy" else 1)
    _assert_same(nx.betweenness_centrality(graph, normalized=True), betweenness_centrality(graph))


@pytest.mark.parametrize("k", [2, 32, 399])
def test_sampled_betweenness_uses_networkx_sources_and_scaling(k):
    graph = nx.gnm_random_graph(400, 1500, seed=5)
    _assert_same(nx.betweenness_centrality(graph, k=k, seed=42, normalized=True),
                 betweenness_centrality(graph, k, seed=42))


def test_sampled_betweenness_on_a_projection_above_the_exact_limit():
    entities, mentions = synthetic_records(1500)
    graph = project(entities, mentions)
    assert graph.number_of_nodes() >= adjacency.SPARSE_FROM_NODES      # scipy's product
    k = betweenness_pivots(graph.number_of_nodes(), graph.number_of_edges())
    assert k is not None and k < graph.number_of_nodes()
    _assert_same(nx.betweenness_centrality(graph, k=k, seed=7, normalized=True),
                 betweenness_centrality(graph, k, seed=7))


def test_betweenness_refuses_directed_graphs():
    with pytest.raises(ValueError, match="undirected"):
        betweenness_centrality(nx.DiGraph([(1, 2)]))
