"""The networkx projection and its metrics, from hand-made records."""
from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Literal

from diplograph.graph.analytics import (add_metrics_to_dataset, compute_metrics, find_node, layout, metrics_csv,
                                        project, select, sub_graph, synthetic_records)
from diplograph.graph.rdf import Minter
from diplograph.model import Entity, Event, Mention, Relation
from diplograph.ontology.namespace import DG


def ent(key, cls="Country", label=None, **kw):
    return Entity(key, label or key.title(), cls, **kw)


def mention(key, sentence, start, doc="a.txt"):
    return Mention(doc, doc, 0, 1, key, "Country", key, sentence, start, "test")


def test_mentions_only_give_sentence_cooccurrence_edges():
    entities = [ent("FRA"), ent("DEU"), ent("ITA")]
    mentions = [mention("FRA", "France and Germany met.", 0), mention("DEU", "France and Germany met.", 0),
                mention("FRA", "France and Germany met again.", 30), mention("DEU", "France and Germany met again.", 30),
                mention("ITA", "Italy stayed home.", 60)]
    graph = project(entities, mentions)
    assert set(graph.edges) == {("FRA", "DEU")}
    edge = graph.edges["FRA", "DEU"]
    assert edge["cooccurrence"] == 2 and edge["kinds"] == ["cooccurrence"] and edge["weight"] == 1.0
    assert [e["sentence"] for e in edge["evidence"]] == ["France and Germany met.", "France and Germany met again."]
    assert graph.nodes["ITA"]["evidence"] == [{"doc": "a.txt", "sentence": "Italy stayed home."}]
    assert set(project(entities, mentions, cooccurrence=False).edges) == set()


def test_relations_become_typed_weighted_edges_with_direction():
    entities = [ent("FRA"), ent("NATO", "Organisation"), ent("DEU")]
    relations = [Relation("a.txt", "a", "FRA", "memberOf", "NATO", "France is in NATO.", 0, 18, "r"),
                 Relation("b.txt", "b", "FRA", "memberOf", "NATO", "France joined NATO.", 0, 19, "r"),
                 Relation("b.txt", "b", "NATO", "hosts", "FRA", "NATO hosts France.", 20, 38, "r"),
                 Relation("b.txt", "b", "DEU", "memberOf", "GHOST", "Unknown object.", 0, 1, "r")]
    graph = project(entities, [], relations)
    edge = graph.edges["NATO", "FRA"]
    assert edge["relations"] == [{"predicate": "hosts", "subject": "NATO", "object": "FRA", "count": 1},
                                 {"predicate": "memberOf", "subject": "FRA", "object": "NATO", "count": 2}]
    assert edge["label"] == "hosts, memberOf" and edge["kinds"] == ["relation"] and edge["weight"] == 3.0
    assert len(edge["evidence"]) == 3
    assert graph.number_of_edges() == 1     # the relation to an unknown entity is dropped


def test_co_participation_in_events_and_mechanisms():
    entities = [ent("FRA"), ent("DEU"), ent("ITA"), ent("summit", "Event"), ent("arf", "Mechanism")]
    events = [Event("summit", "a.txt", "a", "Summit", "Summit",
                    participants=[{"entity": "FRA", "role": "host"}, {"entity": "DEU", "role": "participant"}],
                    sentence="France hosted Germany.")]
    relations = [Relation("a.txt", "a", "DEU", "memberOf", "arf", "s", 0, 1, "r"),
                 Relation("a.txt", "a", "ITA", "memberOf", "arf", "s", 0, 1, "r")]
    graph = project(entities, [], relations, events)
    assert graph.edges["FRA", "DEU"]["participation"] == 1          # both at the summit
    assert graph.edges["DEU", "ITA"]["participation"] == 1          # both in the mechanism
    assert graph.edges["summit", "FRA"]["kinds"] == ["participation"]
    plain = project(entities, [], relations, events, participation=False)
    assert not plain.has_edge("FRA", "DEU") and not plain.has_edge("DEU", "ITA")


def test_metrics_find_the_hub_and_the_communities():
    # two 5-cliques joined through a hub
    graph = nx.Graph()
    for prefix in "ab":
        for i in range(5):
            graph.add_node(f"{prefix}{i}", label=f"{prefix}{i}", cls="Country")
        for i in range(5):
            for j in range(i + 1, 5):
                graph.add_edge(f"{prefix}{i}", f"{prefix}{j}", weight=1.0)
    graph.add_node("hub", label="Hub", cls="Organisation")
    graph.add_edge("hub", "a0", weight=1.0)
    graph.add_edge("hub", "b0", weight=1.0)
    metrics = compute_metrics(graph)
    assert max(metrics.values(), key=lambda m: m.betweenness).key == "hub"
    assert metrics["a0"].degree == 5 and metrics["hub"].degree == 2
    assert len({metrics[f"a{i}"].community for i in range(5)}) == 1
    assert metrics["a1"].community != metrics["b1"].community
    assert metrics == compute_metrics(graph.copy())      # seeded: same answer twice
    assert abs(sum(m.pagerank for m in metrics.values()) - 1.0) < 1e-6
    assert graph.nodes["hub"]["betweenness"] == metrics["hub"].betweenness


def test_metrics_csv_and_rdf():
    entities = [ent("FRA"), ent("DEU")]
    mentions = [mention("FRA", "s", 0), mention("DEU", "s", 0)]
    graph = project(entities, mentions)
    metrics = compute_metrics(graph)
    rows = list(csv.DictReader(io.StringIO(metrics_csv(metrics))))
    assert [r["key"] for r in rows] == ["DEU", "FRA"]
    assert rows[0]["degree"] == "1" and rows[0]["class"] == "Country"
    dataset = Dataset()
    add_metrics_to_dataset(dataset, metrics, base="http://example.org/")
    node = Minter("http://example.org/").entity("FRA")
    shared = dataset.graph(Minter("http://example.org/").entities_graph())
    assert shared.value(node, DG.degree) == Literal(1)
    assert float(shared.value(node, DG.pageRank)) == pytest.approx(0.5)
    assert shared.value(node, DG.community) is not None and shared.value(node, DG.betweenness) is not None


def test_select_by_ego_class_and_degree():
    graph = nx.path_graph(["a", "b", "c", "d"])
    for n, cls in zip("abcd", ["Country", "Event", "Country", "Country"]):
        graph.nodes[n].update(label=n.upper(), cls=cls, aliases=[f"alias-{n}"])
    assert set(select(graph, ego="B", depth=1)) == {"a", "b", "c"}
    assert set(select(graph, ego="alias-a", depth=2)) == {"a", "b", "c"}
    assert set(select(graph, classes=["country"])) == {"a", "c", "d"}
    assert set(select(graph, min_degree=2)) == {"b", "c"}
    with pytest.raises(ValueError, match="did you mean"):
        find_node(graph, "alias-x")


def test_sub_graph_keeps_the_graph_order_of_nodes_and_edges():
    graph = nx.relabel_nodes(nx.gnm_random_graph(200, 800, seed=3), lambda i: f"n{i}")
    graph.add_edge("n5", "n5", weight=2.0)
    graph.nodes["n7"]["label"] = "Seven"
    keep = {f"n{i}" for i in range(0, 200, 3)} | {"n5", "n7"}
    kept = sub_graph(graph, keep)
    assert list(kept.nodes) == [n for n in graph if n in keep]
    assert list(kept.edges) == [(u, v) for u, v in graph.edges if u in keep and v in keep]
    assert kept.edges["n5", "n5"] == {"weight": 2.0} and kept.nodes["n7"]["label"] == "Seven"


@pytest.mark.parametrize("n", [50, 3000])
def test_layout_places_every_node(n):
    entities, mentions = synthetic_records(n)
    graph = project(entities, mentions)
    compute_metrics(graph)
    positions = layout(graph)
    assert set(positions) == set(graph)
    assert len(set(positions.values())) > 0.95 * n        # not a blob
