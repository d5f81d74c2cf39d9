"""Every export parses in rdflib and pyoxigraph; JSON-LD round-trips; builds are reproducible."""
from pathlib import Path

from graph_records import dataset, records  # noqa: F401  (fixtures)
import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from diplograph.graph.export import EXPORTS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
OXIGRAPH_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                    "nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
                    "jsonld": pyoxigraph.RdfFormat.JSON_LD}
DATASET_FORMATS = {"nquads", "trig", "jsonld"}


def _triples(dataset) -> set:
    return {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}


def test_build_writes_every_export(example_build):
    for kind, name in EXPORTS.items():
        assert example_build.outputs[kind].name == name
        assert example_build.outputs[kind].stat().st_size > 1000


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_rdflib_and_pyoxigraph_parse_every_export_to_the_same_statements(example_build, kind):
    path = example_build.outputs[kind]
    reference = Dataset()
    reference.parse(example_build.outputs["nquads"], format="nquads")
    if kind in DATASET_FORMATS:
        parsed = Dataset()
        parsed.parse(path, format=RDFLIB_FORMATS[kind])
        assert len(_triples(parsed)) == len(_triples(reference))
        quads = list(pyoxigraph.parse(path=str(path), format=OXIGRAPH_FORMATS[kind]))
        graphs = {str(q.graph_name.value) for q in quads if not isinstance(q.graph_name, pyoxigraph.DefaultGraph)}
        assert len(graphs) == len(example_build.documents) + 1      # documents + the entities graph
    else:
        parsed = Graph().parse(path, format=RDFLIB_FORMATS[kind])
        assert len(parsed) == len(_triples(reference))
        quads = list(pyoxigraph.parse(path=str(path), format=OXIGRAPH_FORMATS[kind]))
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(_triples(reference))


def test_jsonld_round_trips_to_an_isomorphic_dataset(example_build):
    original, back = Dataset(), Dataset()
    original.parse(example_build.outputs["nquads"], format="nquads")
    back.parse(example_build.outputs["jsonld"], format="json-ld")
    names = {g.identifier for g in original.graphs() if len(g)}
    assert names == {g.identifier for g in back.graphs() if len(g)}
    for name in names:
        assert isomorphic(original.graph(name), back.graph(name)), name


def test_two_builds_give_byte_identical_nquads(example_build, tmp_path):
    from diplograph import build
    again = build([EXAMPLES], tmp_path / "again", validate=False)
    first = example_build.outputs["nquads"].read_bytes()
    assert first == again.outputs["nquads"].read_bytes()
    lines = first.decode().splitlines()
    graph = [line.rsplit(" ", 2)[-2] for line in lines]     # grouped by named graph, sorted within
    assert lines == sorted(lines, key=lambda line: (line.rsplit(" ", 2)[-2], line)) and len(set(graph)) > 2
    assert example_build.outputs["ntriples"].read_bytes() == again.outputs["ntriples"].read_bytes()


def test_base_is_configurable(tmp_path):
    from diplograph import build
    result = build([EXAMPLES / "news" / "2015-cyber-dialogue.txt"], tmp_path, base="https://example.org/kg#",
                   validate=False)
    text = result.outputs["nquads"].read_text()
    assert "<https://example.org/kg#entity/" in text
    assert "w3id.org/diplograph/id/" not in text
