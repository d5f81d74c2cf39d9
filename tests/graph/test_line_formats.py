"""graph/line_formats.py: every file parses (rdflib and Oxigraph) back to the graph of the same records."""
from __future__ import annotations

import dataclasses
import json
import logging

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from diplograph.graph.line_formats import EXPORT_NAMES, TrigWriter, write_exports
from diplograph.graph.nquads import build_chunks, document_graph
from diplograph.graph.rdf import build_dataset, sorted_nquads
from nasty_records import BASE, NASTY, adversarial_records

RDFLIB_FORMATS = {"ntriples": "nt", "turtle": "turtle", "trig": "trig", "jsonld": "json-ld"}
OX_FORMATS = {"ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
              "jsonld": ox.RdfFormat.JSON_LD}


@pytest.fixture(autouse=True)
def _quiet_rdflib(caplog):
    caplog.set_level(logging.CRITICAL, logger="rdflib")


def nasty_build(texts):
    """Records of every text, plus a second document stating the first one's event and relation again
    (the same triples in two named graphs)."""
    documents, mentions, relations, events, entities = [], [], [], [], []
    for text in texts:
        record, ms, rs, es, ents = adversarial_records(text)
        documents.append(record)
        mentions += ms
        relations += rs
        events += es
        entities += [e for e in ents if e.key not in {x.key for x in entities}]
    again = dataclasses.replace(documents[0], id="again", path="/again")
    documents.append(again)
    relations.append(dataclasses.replace(relations[0], doc="again", doc_id="again"))
    events.append(dataclasses.replace(events[0], doc="again", doc_id="again"))
    return documents, mentions, relations, events, entities


def write_and_expect(tmp_path, documents, mentions, relations, events, entities):
    paths = write_exports(build_chunks(documents, mentions, relations, events, entities, base=BASE), tmp_path)
    dataset = build_dataset(documents, entities, mentions, base=BASE, relations=relations, events=events)
    return paths, dataset


def rdflib_quads(dataset: Dataset) -> set:
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}


def check_with_rdflib(paths, dataset):
    quads = rdflib_quads(dataset)
    triples = {(s, p, o) for s, p, o, _ in quads}
    assert len(triples) < len(quads) or not quads    # some triple is in two graphs: the union is smaller
    for kind in ("ntriples", "turtle"):
        graph = Graph().parse(paths[kind], format=RDFLIB_FORMATS[kind])
        assert set(graph) == triples, kind
    for kind in ("trig", "jsonld"):
        parsed = Dataset().parse(paths[kind], format=RDFLIB_FORMATS[kind])
        assert rdflib_quads(parsed) == quads, kind


def check_with_oxigraph(paths, dataset):
    """Oxigraph reads each file to the quads it reads from the rdflib path's N-Quads."""
    quads = set(ox.parse(sorted_nquads(dataset).encode("utf-8"), ox.RdfFormat.N_QUADS))
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    assert quads
    for kind in ("ntriples", "turtle"):
        assert {ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(path=str(paths[kind]), format=OX_FORMATS[kind])} == triples, kind
    for kind in ("trig", "jsonld"):
        assert set(ox.parse(path=str(paths[kind]), format=OX_FORMATS[kind])) == quads, kind


def test_examples_every_format(example_build, tmp_path):
    r = example_build
    paths, dataset = write_and_expect(tmp_path, r.documents, r.mentions, r.relations, r.events + [
        dataclasses.replace(r.events[0], doc_id=r.documents[-1].id)], r.entities)
    assert sorted(p.name for p in paths.values()) == sorted(EXPORT_NAMES.values())
    check_with_rdflib(paths, dataset)
    check_with_oxigraph(paths, dataset)


def test_adversarial_literals_every_format(tmp_path):
    # rdflib's own graph holds the lone surrogate, its files a "?": compare rdflib without that text
    texts = [t for t in NASTY if "\ud800" not in t]
    paths, dataset = write_and_expect(tmp_path, *nasty_build(texts))
    check_with_rdflib(paths, dataset)
    check_with_oxigraph(paths, dataset)


def test_lone_surrogate_is_written_as_rdflib_writes_it(tmp_path):
    paths, dataset = write_and_expect(tmp_path, *nasty_build(["lone \ud800 surrogate"]))
    check_with_oxigraph(paths, dataset)
    assert "lone ? surrogate" in paths["jsonld"].read_text(encoding="utf-8")


def test_jsonld_is_expanded_form(tmp_path):
    paths, _ = write_and_expect(tmp_path, *nasty_build(['say "no"']))
    data = json.loads(paths["jsonld"].read_text(encoding="utf-8"))
    graphs = [block["@id"] for block in data]
    assert document_graph('doc say "no"', BASE)[1:-1] in graphs and graphs[-1] == BASE + "graph/entities"
    nodes = [node for block in data for node in block["@graph"]]
    values = [v for node in nodes for key, vs in node.items() if key not in ("@id", "@type") for v in vs]
    assert {"@value": 'say "no"', "@language": "en"} in values
    assert {"@value": "true", "@type": "http://www.w3.org/2001/XMLSchema#boolean"} in values
    assert all(set(v) <= {"@id"} or "@value" in v for v in values)
    assert any(node.get("@type") for node in nodes)


def test_trig_repeats_a_graph_block_and_reads_back_merged(tmp_path):
    graph = "<https://example.org/g>"
    with TrigWriter(tmp_path / "g.trig", prefixes={}) as writer:
        writer.write(graph, ['<https://example.org/a> <https://example.org/p> "1" <https://example.org/g> .\n'])
        writer.write(graph, ['<https://example.org/b> <https://example.org/p> "2" <https://example.org/g> .\n'])
    text = (tmp_path / "g.trig").read_text(encoding="utf-8")
    assert text.count(graph + " {") == 2
    assert len(set(ox.parse(path=str(tmp_path / "g.trig"), format=ox.RdfFormat.TRIG))) == 2


def test_refused_chunk_leaves_old_files_and_no_temporary_files(tmp_path):
    old = {name: f"old {name}" for name in EXPORT_NAMES.values()}
    for name, text in old.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    good = ("<https://example.org/g>", ['<https://example.org/a> <https://example.org/p> "1" <https://example.org/g> .\n'])
    bad = ("<https://example.org/g>", ['<https://example.org/a> <https://example.org/p> "1" <https://example.org/h> .\n'])
    with pytest.raises(ValueError, match="expected an N-Quads line of graph <https://example.org/g>"):
        write_exports(iter([good, bad]), tmp_path)
    assert {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()} == old


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="expected formats among .* but got rdfxml"):
        write_exports([], tmp_path, formats=["rdfxml"])


def test_blank_nodes_literal_types_and_escaped_iris(tmp_path):
    """Lines from elsewhere: blank nodes, an rdf:type whose object is a literal, \\u escapes, a datatype."""
    from rdflib import URIRef
    from rdflib.compare import isomorphic

    g = "<https://example.org/g>"
    lines = [
        f'_:b0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/C> {g} .\n',
        f'_:b0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "not a class" {g} .\n',
        f'_:b0 <https://example.org/p> _:b1 {g} .\n',
        f'_:b1 <https://example.org/p\\u00E9> "caf\\u00E9 \\t \\"x\\"" {g} .\n',
        f'<https://example.org/a> <https://example.org/n> "5"^^<http://www.w3.org/2001/XMLSchema#integer> {g} .\n',
        f'<https://example.org/a> <https://example.org/l> "hello"@en-GB {g} .\n',
    ]
    paths = write_exports([(g, lines)], tmp_path)
    expected = Dataset().parse(data="".join(lines), format="nquads").graph(URIRef(g[1:-1]))
    assert len(expected) == len(lines)
    for kind in ("trig", "jsonld"):
        parsed = Dataset().parse(paths[kind], format=RDFLIB_FORMATS[kind]).graph(URIRef(g[1:-1]))
        assert isomorphic(parsed, expected), kind
    for kind in ("ntriples", "turtle"):
        assert isomorphic(Graph().parse(paths[kind], format=RDFLIB_FORMATS[kind]), expected), kind
