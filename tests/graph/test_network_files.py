"""The network files at scale: sampled betweenness above a size, the viewer's top entities, write_network_files."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from diplograph.graph import analytics
from diplograph.graph.analytics import compute_metrics, project, synthetic_records
from diplograph.graph.contributions import contributions_from_records, project_contributions
from diplograph.graph.network import write_network_files
from diplograph.graph.read_outputs import load_entities, load_records, records_by_document
from diplograph.graph.viewer import top_nodes, viewer_data, write_html


@pytest.fixture(scope="module")
def synthetic():
    entities, mentions = synthetic_records(300)
    graph = project(entities, mentions)
    compute_metrics(graph)
    return entities, graph


def test_viewer_keeps_the_best_connected_entities_and_says_so(synthetic):
    _, graph = synthetic
    data = viewer_data(graph, max_nodes=50, out="/data/out")
    kept = {row["key"] for row in data["nodes"]}
    dropped = set(graph) - kept
    assert len(kept) == 50 and data["meta"]["nodes"] == 50 and data["meta"]["total"] == 300
    assert min(graph.degree(k) for k in kept) >= max(graph.degree(k) for k in dropped)
    assert data["meta"]["note"] == ("showing 50 of 300 entities (highest degree first); "
                                    "diplograph view /data/out --ego NAME / --class CLASS for the rest")
    keys = [row["key"] for row in data["nodes"]]
    assert {frozenset((keys[e["from"]], keys[e["to"]])) for e in data["edges"]} == \
        {frozenset(edge) for edge in graph.subgraph(kept).edges}
    whole = viewer_data(graph, max_nodes=300)
    assert whole["meta"]["nodes"] == 300 and whole["meta"]["note"] == ""


PAGE_DATA_SCRIPT = """
import json
from diplograph.graph.analytics import compute_metrics, project, select, synthetic_records
from diplograph.graph.viewer import viewer_data
entities, mentions = synthetic_records(300)
graph = project(entities, mentions)
compute_metrics(graph)
print(json.dumps([viewer_data(graph, max_nodes=50), viewer_data(select(graph, min_degree=3), max_nodes=None)]))
"""


def test_the_trimmed_page_is_the_same_whatever_the_hash_seed():
    """The kept nodes' order (and so the seeded layout) must not follow a set's iteration order,
    which changes with the process's hash seed."""
    import os
    import subprocess
    import sys

    pages = [subprocess.run([sys.executable, "-c", PAGE_DATA_SCRIPT], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert pages[0] == pages[1] == pages[2]
    trimmed, selected = json.loads(pages[0])
    assert len(trimmed["nodes"]) == 50 and len(selected["nodes"]) > 50


def test_ties_in_degree_go_to_the_most_mentioned():
    graph = nx.Graph()
    for key, count in (("a", 1), ("b", 9), ("c", 5), ("hub", 0)):
        graph.add_node(key, mention_count=count)
    graph.add_edges_from([("hub", "a"), ("hub", "b"), ("hub", "c")])
    assert top_nodes(graph, 3) == ["hub", "b", "c"]
    with pytest.raises(ValueError, match="max_nodes >= 1"):
        viewer_data(graph, max_nodes=0)


def test_sampled_betweenness_above_the_limit_is_seeded_and_exact_below(synthetic, monkeypatch):
    _, graph = synthetic
    exact = nx.betweenness_centrality(graph, normalized=True)
    got = {k: m.betweenness for k, m in compute_metrics(graph).items()}
    assert got.keys() == exact.keys() and all(abs(got[k] - exact[k]) < 1e-12 for k in exact)
    monkeypatch.setattr(analytics, "EXACT_BETWEENNESS_MAX", 100)
    first, second = compute_metrics(graph.copy()), compute_metrics(graph.copy())
    assert first == second
    sampled = {k: m.betweenness for k, m in first.items()}
    assert sampled != exact
    best = sorted(exact, key=lambda k: -exact[k])[:10]
    assert len(set(best) & set(sorted(sampled, key=lambda k: -sampled[k])[:20])) >= 7


def test_write_network_files_covers_every_entity_while_the_page_draws_the_top(examples_build, tmp_path):
    entities = load_entities(examples_build)
    graph = project_contributions(entities, _parts(examples_build))
    paths, metrics = write_network_files(entities, graph, tmp_path, max_nodes=10, title="examples")
    rows = list(csv.DictReader(io.StringIO(paths["metrics"].read_text(encoding="utf-8"))))
    assert sorted(r["key"] for r in rows) == sorted(e.key for e in entities) == sorted(metrics)
    assert rows == list(csv.DictReader(io.StringIO((examples_build / "metrics.csv").read_text(encoding="utf-8"))))
    page = paths["viewer"].read_text(encoding="utf-8")
    assert f"showing 10 of {len(entities)} entities" in page
    with pytest.raises(ValueError, match="node per entity"):
        write_network_files(entities, graph.subgraph(list(graph)[1:]).copy(), tmp_path)


def _parts(out):
    from diplograph.graph.contributions import document_network
    for doc_id, mentions, relations, events in records_by_document(out):
        yield document_network(doc_id, mentions, relations, events)


def test_records_by_document_reads_what_load_records_reads(examples_build):
    records = load_records(examples_build)
    groups = list(records_by_document(examples_build))
    assert [m for _, ms, _, _ in groups for m in ms] == records.mentions
    assert [r for _, _, rs, _ in groups for r in rs] == records.relations
    assert [e for _, _, _, es in groups for e in es] == records.events
    doc_ids = [doc_id for doc_id, *_ in groups]
    expected = project_contributions(records.entities, contributions_from_records(
        doc_ids, records.mentions, records.relations, records.events))
    assert list(project_contributions(records.entities, _parts(examples_build)).edges(data=True)) == \
        list(expected.edges(data=True))


def test_records_out_of_document_order_are_refused(examples_build, tmp_path):
    for name in ("documents.jsonl", "entities.jsonl", "relations.jsonl", "events.jsonl"):
        (tmp_path / name).write_bytes((examples_build / name).read_bytes())
    lines = (examples_build / "mentions.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "mentions.jsonl").write_text("".join(reversed(lines)), encoding="utf-8")
    with pytest.raises(ValueError, match="out of document order"):
        list(records_by_document(tmp_path))


def test_trimmed_page_shows_the_note_in_a_browser(synthetic, tmp_path, offline_page):
    _, graph = synthetic
    path = write_html(graph, tmp_path / "graph.html", max_nodes=40, out="big-build")
    viewer = offline_page(path)
    page = viewer.open()
    note = page.locator("#dg-trimmed")
    assert note.is_visible()
    assert note.text_content().startswith("showing 40 of 300 entities")
    assert "diplograph view big-build --ego NAME" in note.text_content()
    assert page.evaluate("dgNetwork.body.nodeIndices.length") == 40
    assert viewer.errors == [] and viewer.requests == []
    small = offline_page(write_html(graph.subgraph(list(graph)[:30]), tmp_path / "small.html")).open()
    assert not small.locator("#dg-trimmed").is_visible()
