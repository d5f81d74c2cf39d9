"""Per-document network contributions: merged in document order they give project()'s graph exactly."""
from __future__ import annotations

import gc
import pickle
import random
import subprocess
import sys
import weakref

import networkx as nx
import pytest

from diplograph.graph import analytics, contributions
from diplograph.graph.analytics import MAX_EVIDENCE, compute_metrics, project
from diplograph.graph.contributions import (DocumentNetwork, contributions_from_records, document_network,
                                            project_contributions)
from diplograph.graph.read_outputs import load_records
from diplograph.model import FACT_MODALITIES, Entity, Event, Mention, Relation
from shared_data import REPO


def assert_same_graph(expected: nx.Graph, got: nx.Graph) -> None:
    """Same nodes, edges and attributes, in the same order (adjacency order too: the seeded metrics use it)."""
    assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(got.edges(data=True)) == list(expected.edges(data=True))
    assert [list(got.adj[n]) for n in got] == [list(expected.adj[n]) for n in expected]


def merged_from_build(out) -> tuple[nx.Graph, nx.Graph]:
    """project() of a build's records, and the merge of its per-document contributions."""
    records = load_records(out)
    doc_ids = []
    for mention in records.mentions:         # the documents, in the order of their records
        if not doc_ids or doc_ids[-1] != mention.doc_id:
            doc_ids.append(mention.doc_id)
    assert len(doc_ids) == len(set(doc_ids)), "mentions.jsonl is grouped by document"
    facts = [r for r in records.relations if r.modality in FACT_MODALITIES]
    expected = project(records.entities, records.mentions, facts, records.events)
    got = project_contributions(records.entities,
                                contributions_from_records(doc_ids, records.mentions, records.relations,
                                                           records.events))
    return expected, got


def test_examples_merge_to_the_projection(examples_build):
    expected, got = merged_from_build(examples_build)
    assert expected.number_of_edges() > 10
    assert any("relation" in d["kinds"] for _, _, d in expected.edges(data=True))
    assert_same_graph(expected, got)
    assert compute_metrics(got) == compute_metrics(expected)


def test_development_corpus_merges_to_the_projection(dev_build):
    expected, got = merged_from_build(dev_build.out)
    assert_same_graph(expected, got)


@pytest.fixture(scope="session")
def generated_build(tmp_path_factory):
    """A generated corpus of about 100,000 words (benchmarks/corpus.py), built once."""
    from diplograph import build

    folder = tmp_path_factory.mktemp("net-100k")
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "corpus.py"), str(folder / "corpus"), "100000"],
                   check=True, capture_output=True)
    return build([folder / "corpus"], folder / "out", validate=False)


def test_generated_corpus_merges_to_the_projection(generated_build):
    expected, got = merged_from_build(generated_build.out)
    assert expected.number_of_nodes() > 300 and expected.number_of_edges() > 1000
    assert_same_graph(expected, got)


# --- random records: every corner of the merge, with small caps so they bind -------------------

def random_records(seed: int):
    rng = random.Random(seed)
    classes = ["Country", "Organisation", "Mechanism", "Event", "Place"]
    keys = [f"k{i}" for i in range(14)]
    entities = [Entity(k, k.upper(), rng.choice(classes)) for k in keys[:12]]      # k12, k13 are unknown
    sentences = [f"Sentence {i}." for i in range(6)] + [""]
    docs, mentions, relations, events = [], [], [], []
    for d in range(rng.randint(1, 6)):
        doc_id, path = f"d{d}", f"docs/d{d}.txt"
        docs.append(doc_id)
        for s in range(rng.randint(0, 8)):
            text = rng.choice(sentences)
            for key in rng.sample(keys, rng.randint(1, 4)):
                mentions.append(Mention(path, doc_id, 0, 1, key, "Country", key, text, s * 10, "t"))
        for _ in range(rng.randint(0, 6)):
            relations.append(Relation(path, doc_id, rng.choice(keys), rng.choice(["memberOf", "hosted", "met"]),
                                      rng.choice(keys), rng.choice(sentences), 0, 1, "r",
                                      modality=rng.choice(["asserted", "asserted", "scheduled", "question"])))
        for _ in range(rng.randint(0, 3)):
            events.append(Event(rng.choice(keys), path, doc_id, "E", "Meeting",
                                participants=[{"entity": rng.choice(keys + [None]), "role": "participant"}
                                              for _ in range(rng.randint(0, 4))],
                                sentence=rng.choice(sentences)))
    return docs, entities, mentions, relations, events


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("flags", [{}, {"cooccurrence": False}, {"participation": False}])
def test_random_records_merge_to_the_projection(seed, flags, monkeypatch):
    monkeypatch.setattr(analytics, "MAX_EVIDENCE", 3)
    monkeypatch.setattr(contributions, "MAX_EVIDENCE", 3)
    docs, entities, mentions, relations, events = random_records(seed)
    facts = [r for r in relations if r.modality in FACT_MODALITIES]
    expected = project(entities, mentions, facts, events, **flags)
    got = project_contributions(entities, contributions_from_records(docs, mentions, relations, events), **flags)
    assert_same_graph(expected, got)


# --- the contribution itself ------------------------------------------------------------------

def test_a_long_document_gives_a_contribution_bounded_by_the_caps():
    mentions, relations = [], []
    for s in range(5000):
        sentence = f"France and Germany met for the {s}th time."
        mentions += [Mention("a.txt", "a", 0, 1, "France", "Country", "FRA", sentence, s * 50, "t"),
                     Mention("a.txt", "a", 0, 1, "Germany", "Country", "DEU", sentence, s * 50, "t")]
        relations.append(Relation("a.txt", "a", "FRA", "met", "DEU", sentence, 0, 1, "r"))
    part = document_network("a", mentions, relations)
    count, evidence = part.cooccurrence[("DEU", "FRA")]
    assert count == 5000 and len(evidence) == MAX_EVIDENCE
    assert part.relations == {("met", "FRA", "DEU"): 5000}
    assert len(part.relation_evidence[("DEU", "FRA")]) == MAX_EVIDENCE
    assert all(len(items) == MAX_EVIDENCE for items in part.nodes.values())
    short = document_network("a", mentions[:2 * MAX_EVIDENCE], relations[:MAX_EVIDENCE])
    assert len(pickle.dumps(part)) < 1.2 * len(pickle.dumps(short))     # not 400 times bigger


def test_contribution_pickles_and_skips_modal_relations():
    relations = [Relation("a.txt", "a", "FRA", "hosted", "DEU", "Did France host Germany?", 0, 1, "r",
                          modality="question"),
                 Relation("a.txt", "a", "FRA", "met", "FRA", "France met itself.", 0, 1, "r")]
    events = [Event("summit", "a.txt", "a", "Summit", "Summit",
                    participants=[{"entity": "FRA", "role": "host"}, {"entity": None}, {"entity": "summit"}],
                    sentence="France hosted the summit.")]
    part = document_network("a", [], relations, events)
    assert part.relations == {}
    assert part.participations == (("summit", "FRA"),)
    assert part.participation_evidence == {("FRA", "summit"): (("a.txt", "France hosted the summit."),)}
    assert pickle.loads(pickle.dumps(part)) == part
    assert document_network("a", [], relations, asserted_only=False).relations == {("hosted", "FRA", "DEU"): 1}


def test_the_merge_drops_each_contribution_once_merged():
    docs, entities, mentions, relations, events = random_records(2)
    alive: list[weakref.ref] = []

    def stream():
        for part in contributions_from_records(docs, mentions, relations, events):
            gc.collect()
            alive.append(weakref.ref(part))
            # all gone but this one and the one the merge's loop variable still names
            assert sum(ref() is not None for ref in alive[:-2]) == 0
            yield part
            del part

    graph = project_contributions(entities, stream())
    assert len(alive) == len(docs) >= 3
    assert graph.number_of_nodes() == len(entities)


def test_document_network_is_plain_data():
    assert DocumentNetwork("x") == DocumentNetwork("x")
    assert project_contributions([Entity("FRA", "France", "Country")], []).number_of_edges() == 0


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("flags", [{}, {"cooccurrence": False}, {"participation": False}])
def test_merges_of_consecutive_runs_join_to_the_merge_of_all(seed, flags, monkeypatch):
    """A rebuild's helper merges runs of unchanged documents ahead of the entity table and joins
    them with the changed ones': the same graph as merging one document at a time."""
    monkeypatch.setattr(analytics, "MAX_EVIDENCE", 3)
    monkeypatch.setattr(contributions, "MAX_EVIDENCE", 3)
    docs, entities, mentions, relations, events = random_records(seed)
    facts = [r for r in relations if r.modality in FACT_MODALITIES]
    expected = project(entities, mentions, facts, events, **flags)
    parts = list(contributions_from_records(docs, mentions, relations, events))
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(parts)), rng.randint(0, len(parts) - 1))) if len(parts) > 1 else []
    runs = [parts[a:b] for a, b in zip([0] + cuts, cuts + [len(parts)])]
    merges = []
    for run in runs:
        merge = contributions.NetworkMerge(**flags)
        for part in run:
            merge.add(part)
        merges.append(merge)
    joined = merges[0]
    for later in merges[1:]:
        joined.join(later)
    assert_same_graph(expected, joined.graph(entities))
