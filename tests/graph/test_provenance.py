from graph_records import dataset, records  # noqa: F401  (fixtures)
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from diplograph.graph.queries import description, query_text
from diplograph.graph.validate import validate_dataset
from diplograph.ontology.iri import Minter
from diplograph.ontology.namespace import DG
from diplograph.ontology.vocab import NIF

MINT = Minter("https://example.org/kg/")


def quads(dataset, s=None, p=None, o=None):
    return list(dataset.quads((s, p, o, None)))


def test_each_document_is_a_named_graph_holding_its_mentions(dataset, records):
    document = records[0]
    graph = dataset.graph(MINT.document("doc"))
    mentions = set(graph.subjects(RDF.type, DG.Mention))
    assert len(mentions) == len(records[2])
    japan = MINT.mention("doc", 0, 5)
    assert graph.value(japan, NIF.anchorOf) == Literal("Japan")
    assert graph.value(japan, NIF.beginIndex).toPython() == 0
    assert graph.value(japan, NIF.endIndex).toPython() == 5
    assert graph.value(japan, DG.rule) == Literal("gazetteer")
    assert graph.value(japan, DG.inDocument) == MINT.document("doc")
    assert graph.value(japan, DG.refersTo) == MINT.entity("JPN")
    sentence = graph.value(japan, NIF.sentence)
    assert str(graph.value(sentence, NIF.anchorOf)) == document.text[:graph.value(sentence, NIF.endIndex).toPython()]


def test_countries_carry_iso_codes_and_wikidata(dataset):
    entities = dataset.graph(MINT.entities_graph())
    japan = MINT.entity("JPN")
    assert entities.value(japan, DG.alpha3) == Literal("JPN")
    assert entities.value(japan, DG.alpha2) == Literal("JP")
    assert entities.value(japan, SKOS.exactMatch) == URIRef("http://www.wikidata.org/entity/Q17")
    assert entities.value(MINT.entity("asean"), SKOS.exactMatch) == URIRef("http://www.wikidata.org/entity/Q7768")
    assert entities.value(MINT.entity("VNM"), SKOS.altLabel) == Literal("Vietnam", lang="en")


def test_relations_are_reified_with_evidence_and_only_asserted_ones_are_direct(dataset, records):
    japan, drill, asean = MINT.entity("JPN"), MINT.entity("second-coastal-rescue-exercise"), MINT.entity("asean")
    assert quads(dataset, japan, DG.participatedIn, drill)
    assert quads(dataset, drill, DG.heldIn, MINT.entity("da-nang"))
    assert not quads(dataset, asean, DG.hosted, drill), "a question is not an assertion"
    statements = {q[0] for q in quads(dataset, None, RDF.type, DG.RelationStatement)}
    assert len(statements) == 3
    question = next(s for s in statements if (s, RDF.subject, asean, MINT.document("doc")) in dataset)
    graph = dataset.graph(MINT.document("doc"))
    assert graph.value(question, DG.modality) == Literal("question")
    evidence = set(graph.objects(question, PROV.wasDerivedFrom))
    start = records[0].text.index("ASEAN")
    assert MINT.mention("doc", start, start + 5) in evidence   # the ASEAN mention inside the sentence
    sentences = [e for e in evidence if (e, RDF.type, DG.Sentence) in graph]
    assert [str(graph.value(s, NIF.anchorOf)) for s in sentences] == ["Was it hosted by ASEAN?"]


def test_unknown_predicate_is_a_clear_error(records):
    from diplograph.graph.rdf import build_dataset
    from diplograph.model import Relation
    document, entities, mentions, _, _ = records
    bad = Relation("doc.txt", "doc", "JPN", "likes", "VNM", "x", 0, 1, "r")
    with pytest.raises(ValueError, match="unknown relation predicate 'likes': expected one of hosted"):
        build_dataset([document], entities, mentions, relations=[bad])


def test_the_evidence_query_returns_the_supporting_sentence(dataset):
    assert description("evidence").startswith("for every relation statement")
    rows = list(dataset.query(query_text("evidence")))
    assert len(rows) == 3
    by_triple = {(r.subject, r.predicate, r.object): r for r in rows}
    row = by_triple[(MINT.entity("JPN"), DG.participatedIn, MINT.entity("second-coastal-rescue-exercise"))]
    assert str(row.sentence) == "Japan and Viet Nam held the Second Coastal Rescue Exercise in Da Nang."
    assert (row.start.toPython(), row.document) == (0, MINT.document("doc"))
    one = list(dataset.query(query_text("evidence"), initBindings={"subject": MINT.entity("asean")}))
    assert [str(r.sentence) for r in one] == ["Was it hosted by ASEAN?"]
    assert str(one[0].modality) == "question"


def test_the_evidence_query_runs_on_pyoxigraph(dataset):
    import pyoxigraph
    from diplograph.graph.export import serialize
    store = pyoxigraph.Store()
    store.load(serialize(dataset, "nquads").encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    rows = list(store.query(query_text("evidence")))
    assert sorted(str(r["sentence"].value) for r in rows) == sorted(
        ["Japan and Viet Nam held the Second Coastal Rescue Exercise in Da Nang."] * 2 + ["Was it hosted by ASEAN?"])


def test_events_have_statements_attributes_and_participations(dataset):
    drill = MINT.entity("second-coastal-rescue-exercise")
    graph = dataset.graph(MINT.document("doc"))
    assert (drill, RDF.type, DG.Exercise) in graph
    assert graph.value(drill, DG.ordinal).toPython() == 2
    assert str(graph.value(drill, DG.date)) == "2019-05"
    assert graph.value(drill, DG.place) == MINT.entity("da-nang")
    statement = graph.value(None, DG.about, drill)
    assert (statement, RDF.type, DG.EventStatement) in graph
    assert graph.value(statement, PROV.wasDerivedFrom) == MINT.sentence("doc", 0, 70)
    roles = {(graph.value(p, DG.participant), str(graph.value(p, DG.role))) for p in graph.objects(drill, DG.participation)}
    assert roles == {(MINT.entity("JPN"), "host"), (MINT.entity("VNM"), "participant")}
    assert (MINT.entity("JPN"), DG.hosted, drill) in graph


def test_hand_made_graph_conforms(dataset):
    report = validate_dataset(dataset)
    assert report.conforms, report.text()
