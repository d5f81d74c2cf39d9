"""graph/communities.py: Louvain through igraph, as good as networkx's and seeded."""
import os
import random
import subprocess
import sys

import networkx as nx
import pytest

from diplograph.graph.analytics import project, synthetic_records
from diplograph.graph.communities import louvain_communities


def _partition(communities) -> set[frozenset]:
    return {frozenset(c) for c in communities}


@pytest.mark.parametrize("graph", [
    nx.karate_club_graph(), nx.les_miserables_graph(), nx.disjoint_union(nx.cycle_graph(7), nx.complete_graph(5)),
    nx.gnm_random_graph(300, 900, seed=3),
], ids=["karate", "les-miserables", "two-parts", "random"])
def test_a_partition_of_every_node_as_modular_as_networkx(graph):
    communities = louvain_communities(graph, seed=42)
    assert sorted(n for c in communities for n in c) == sorted(graph.nodes())
    ours = nx.community.modularity(graph, communities, weight="weight")
    theirs = nx.community.modularity(graph, nx.community.louvain_communities(graph, weight="weight", seed=42),
                                     weight="weight")
    assert ours >= theirs - 0.02


def test_weights_decide_the_communities():
    graph = nx.Graph()
    for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x")]:
        graph.add_edge(a, b, weight=10.0)
    graph.add_edge("c", "x", weight=0.1)
    assert _partition(louvain_communities(graph)) == {frozenset("abc"), frozenset("xyz")}
    graph.edges["c", "x"]["weight"] = 100.0      # now c and x belong together
    assert frozenset("cx") <= next(c for c in map(frozenset, louvain_communities(graph)) if "c" in c)


def test_empty_and_edgeless_graphs():
    assert louvain_communities(nx.Graph()) == []
    assert _partition(louvain_communities(nx.empty_graph(3))) == {frozenset({0}), frozenset({1}), frozenset({2})}


def test_seeded_and_leaves_the_random_module_alone():
    entities, mentions = synthetic_records(600)
    graph = project(entities, mentions)
    random.seed(7)
    before = random.random()
    random.seed(7)
    first = _partition(louvain_communities(graph, seed=1))
    assert random.random() == before        # the caller's random numbers are not consumed
    assert _partition(louvain_communities(graph.copy(), seed=1)) == first


def test_same_communities_in_another_process():
    # string hashing differs between processes: the partition must not depend on it
    code = ("from diplograph.graph.analytics import project, synthetic_records\n"
            "from diplograph.graph.communities import louvain_communities\n"
            "g = project(*synthetic_records(600))\n"
            "print(sorted(sorted(c) for c in louvain_communities(g, seed=3)))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and runs.pop().startswith("[[")


def test_plotting_modules_are_not_loaded_and_still_importable():
    code = ("import sys\nfrom diplograph.graph.communities import louvain_communities\nimport networkx as nx\n"
            "louvain_communities(nx.path_graph(4))\nassert 'matplotlib.pyplot' not in sys.modules\n"
            "import matplotlib\nprint(matplotlib.__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "matplotlib"
