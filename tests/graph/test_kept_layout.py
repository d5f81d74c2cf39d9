"""The viewer's layout kept between builds: read back for the same graph only."""
from __future__ import annotations

import pytest

from diplograph.graph import analytics
from diplograph.graph.analytics import layout, project, synthetic_records
from diplograph.graph.kept_layout import kept_layout


@pytest.fixture
def graph():
    return project(*synthetic_records(80))


def no_layout(*args, **options):
    raise AssertionError("laid out again")


def test_the_layout_of_the_same_graph_is_read_back(graph, tmp_path, monkeypatch):
    path = tmp_path / "cache" / "layout.positions"
    first = kept_layout(graph, path)
    assert first == layout(graph) and path.is_file()
    monkeypatch.setattr(analytics, "layout", no_layout)
    weighted = graph.copy()
    a, b = next(iter(weighted.edges))
    weighted.edges[a, b]["weight"] = 99.0      # the layout does not weigh edges
    assert kept_layout(weighted, path) == first


@pytest.mark.parametrize("change", ["edge", "node order", "options"])
def test_a_different_graph_is_laid_out_again_and_kept(graph, tmp_path, change):
    path = tmp_path / "layout.positions"
    first = kept_layout(graph, path)
    options = {}
    if change == "edge":
        node = next(iter(graph))
        graph.add_edge(node, next(other for other in graph if other != node and other not in graph.adj[node]))
    elif change == "node order":
        reordered = type(graph)()
        reordered.add_nodes_from(reversed(list(graph.nodes(data=True))))
        reordered.add_edges_from(graph.edges(data=True))
        graph = reordered
    else:
        options = {"iterations": 10}
    again = kept_layout(graph, path, **options)
    assert again == layout(graph, **options) and again != first
    assert kept_layout(graph, path, **options) == again     # now the one kept


def test_an_unreadable_kept_layout_is_made_again(graph, tmp_path):
    path = tmp_path / "layout.positions"
    path.write_bytes(b"not a pickle")
    assert kept_layout(graph, path) == layout(graph)
    assert kept_layout(graph, path) == layout(graph)


def test_without_a_path_nothing_is_kept(graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert kept_layout(graph, None) == layout(graph)
    assert list(tmp_path.iterdir()) == []
