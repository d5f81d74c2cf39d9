"""The SHACL shapes catch each kind of defect, and `diplograph validate` reports it."""
from graph_records import dataset, records  # noqa: F401  (fixtures)
import subprocess
import sys

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from diplograph.graph.export import serialize
from diplograph.graph.validate import validate_dataset, validate_dir
from diplograph.ontology.iri import Minter
from diplograph.ontology.namespace import DG
from diplograph.ontology.vocab import NIF

MINT = Minter("https://example.org/kg/")
JAPAN_MENTION = MINT.mention("doc", 0, 5)


def _drop(graph, s, p):
    for o in list(graph.objects(s, p)):
        graph.remove((s, p, o))


def two_labels(ds):
    ds.graph(MINT.entities_graph()).add((MINT.entity("asean"), RDFS.label, Literal("Association of SE Asian Nations")))


def no_class(ds):
    _drop(ds.graph(MINT.entities_graph()), MINT.entity("asean"), RDF.type)


def foreign_class(ds):
    graph = ds.graph(MINT.entities_graph())
    _drop(graph, MINT.entity("asean"), RDF.type)
    graph.add((MINT.entity("asean"), RDF.type, URIRef("http://xmlns.com/foaf/0.1/Group")))


def no_iso_code(ds):
    _drop(ds.graph(MINT.entities_graph()), MINT.entity("JPN"), DG.alpha3)


def bad_iso_code(ds):
    graph = ds.graph(MINT.entities_graph())
    _drop(graph, MINT.entity("JPN"), DG.alpha2)
    graph.add((MINT.entity("JPN"), DG.alpha2, Literal("jpn")))


def bad_wikidata(ds):
    ds.graph(MINT.entities_graph()).add((MINT.entity("asean"), SKOS.exactMatch, URIRef("https://example.org/asean")))


def mention_without_document(ds):
    _drop(ds.graph(MINT.document("doc")), JAPAN_MENTION, DG.inDocument)


def mention_without_offsets(ds):
    _drop(ds.graph(MINT.document("doc")), JAPAN_MENTION, NIF.beginIndex)


def mention_with_reversed_offsets(ds):
    graph = ds.graph(MINT.document("doc"))
    _drop(graph, JAPAN_MENTION, NIF.beginIndex)
    graph.add((JAPAN_MENTION, NIF.beginIndex, Literal(9, datatype=XSD.integer)))


def mention_without_text(ds):
    _drop(ds.graph(MINT.document("doc")), JAPAN_MENTION, NIF.anchorOf)


def mention_without_rule(ds):
    _drop(ds.graph(MINT.document("doc")), JAPAN_MENTION, DG.rule)


def statement_without_evidence(ds):
    graph = ds.graph(MINT.document("doc"))
    for statement in list(graph.subjects(RDF.type, DG.RelationStatement)):
        _drop(graph, statement, PROV.wasDerivedFrom)


def statement_with_unknown_modality(ds):
    graph = ds.graph(MINT.document("doc"))
    statement = next(iter(graph.subjects(RDF.type, DG.RelationStatement)))
    _drop(graph, statement, DG.modality)
    graph.add((statement, DG.modality, Literal("rumoured")))


def event_statement_without_evidence(ds):
    graph = ds.graph(MINT.document("doc"))
    for statement in list(graph.subjects(RDF.type, DG.EventStatement)):
        _drop(graph, statement, PROV.wasDerivedFrom)


VIOLATIONS = {
    two_labels: ("entity/asean", "rdfs:label", "exactly one rdfs:label"),
    no_class: ("entity/asean", "rdf:type", "a class of the diplograph ontology"),
    foreign_class: ("entity/asean", "rdf:type", "a class of the diplograph ontology"),
    no_iso_code: ("entity/JPN", "dg:alpha3", "ISO 3166-1 alpha-3 code"),
    bad_iso_code: ("entity/JPN", "dg:alpha2", "ISO 3166-1 alpha-2 code"),
    bad_wikidata: ("entity/asean", "skos:exactMatch", "Wikidata item"),
    mention_without_document: ("mention/doc/0-5", "dg:inDocument", "belongs to one Document"),
    mention_without_offsets: ("mention/doc/0-5", "nif:beginIndex", "begin offset"),
    mention_with_reversed_offsets: ("mention/doc/0-5", "nif:beginIndex", "before its end offset"),
    mention_without_text: ("mention/doc/0-5", "nif:anchorOf", "surface text"),
    mention_without_rule: ("mention/doc/0-5", "dg:rule", "the rule that found it"),
    statement_without_evidence: ("statement/doc/", "prov:wasDerivedFrom", "evidence sentence"),
    statement_with_unknown_modality: ("statement/doc/", "dg:modality", "one modality"),
    event_statement_without_evidence: ("event-statement/doc/", "prov:wasDerivedFrom", "evidence sentence"),
}


@pytest.mark.parametrize("defect", VIOLATIONS, ids=lambda f: f.__name__)
def test_each_kind_of_violation_is_reported(dataset, defect):
    assert validate_dataset(dataset).conforms
    defect(dataset)
    report = validate_dataset(dataset)
    assert not report.conforms
    focus, path, message = VIOLATIONS[defect]
    assert any(focus in v.focus and v.path == path and message in v.message for v in report.violations), \
        report.text()
    assert "does not conform" in report.text()


def _run(*args):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], capture_output=True, text=True)


def test_validate_command_exits_1_with_a_readable_report(dataset, tmp_path):
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "graph.nq").write_text(serialize(dataset, "nquads"), encoding="utf-8")
    no_iso_code(dataset)
    mention_without_text(dataset)
    (bad / "graph.nq").write_text(serialize(dataset, "nquads"), encoding="utf-8")
    ok = _run("validate", str(good))
    assert ok.returncode == 0, ok.stderr
    assert "conforms" in ok.stdout
    failed = _run("validate", str(bad))
    assert failed.returncode == 1
    assert "a Country has one ISO 3166-1 alpha-3 code" in failed.stdout
    assert "a Mention has its surface text" in failed.stdout
    assert "does not conform: 2 violation(s)" in failed.stdout
    assert "Traceback" not in failed.stderr
    missing = _run("validate", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no such folder" in missing.stderr


def test_build_validates_by_default_and_the_examples_conform(example_build):
    assert example_build.validation is not None
    assert example_build.validation.conforms, example_build.validation.text()


def test_dev_corpus_graph_conforms(dev_build):
    report = validate_dir(dev_build.out)
    assert report.conforms, report.text()
    assert report.triples > 5000


@pytest.mark.parametrize("defect", [None, *VIOLATIONS], ids=lambda f: f.__name__ if f else "none")
def test_n_quads_read_into_one_graph_validate_as_the_dataset(dataset, defect):
    from diplograph.graph.validate import validate_nquads

    if defect:
        defect(dataset)
    assert validate_nquads(dataset.serialize(format="nquads")) == validate_dataset(dataset)
