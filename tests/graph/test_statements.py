"""Relations in RDF: every statement with provenance, only asserted ones as direct triples."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, XSD

from diplograph.graph.rdf import Minter, build_dataset
from diplograph.graph.statements import add_statements, date_literal
from diplograph.model import DocumentRecord, Entity, Event, Relation
from diplograph.ontology.namespace import DG


def _dataset():
    doc = DocumentRecord("d1", "d1.txt", "t", "2017-01-12", "text", "h")
    entities = [Entity("CHN", "China", "Country"), Entity("MYS", "Malaysia", "Country"),
                Entity("ex", "Fourth ARF Disaster Relief Exercise", "Event")]
    relations = [
        Relation("d1.txt", "d1", "CHN", "coHosted", "ex", "China co-hosted ...", 0, 10, "co-hosted:left"),
        Relation("d1.txt", "d1", "MYS", "signed", "ex", "Will Malaysia sign ...?", 11, 20, "signed:left", "question"),
    ]
    events = [Event("ex", "d1.txt", "d1", "Fourth ARF Disaster Relief Exercise", "Exercise", "COOPERATE",
                    "2015-05", "May 2015", None, None, 4, "arf-disaster-relief-exercise",
                    [{"entity": "CHN", "role": "co-host"}])]
    dataset = build_dataset([doc], entities, [])
    return add_statements(dataset, [doc], relations, events)


def test_only_asserted_statements_are_facts():
    dataset = _dataset()
    mint = Minter()
    triples = {q[:3] for q in dataset.quads((None, None, None, None))}
    assert (mint.entity("CHN"), DG.coHosted, mint.entity("ex")) in {t[:3] for t in triples}
    assert (mint.entity("MYS"), DG.signed, mint.entity("ex")) not in {t[:3] for t in triples}
    modal = list(dataset.quads((None, DG.modality, Literal("question"), None)))
    assert len(modal) == 1
    statement = modal[0][0]
    assert (statement, RDF.subject, mint.entity("MYS"), mint.document("d1")) in dataset


def test_event_date_ordinal_and_series():
    dataset = _dataset()
    node = Minter().entity("ex")
    assert (node, DG.date, Literal("2015-05", datatype=XSD.gYearMonth)) in {q[:3] for q in dataset.quads((node, None, None, None))}
    assert (node, RDF.type, DG.Exercise) in {q[:3] for q in dataset.quads((node, None, None, None))}
    assert len(list(dataset.quads((node, DG.series, None, None)))) == 1


def test_date_literals_by_precision():
    assert date_literal("2013").datatype == XSD.gYear
    assert date_literal("2013-09").datatype == XSD.gYearMonth
    assert date_literal("2013-09-01").datatype == XSD.date
