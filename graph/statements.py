"""Relations and events into the RDF dataset, each with the document and sentence that state it.

Every relation becomes a ``dg:Statement`` node in its document's named graph, with its
``dg:modality``, evidence sentence, offsets and rule (provenance via ``prov:wasDerivedFrom``).
Only asserted statements also add the direct triple ``subject dg:predicate object``: a
question or a hope is recorded, never stated as a fact.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from diplograph.graph.rdf import Minter
from diplograph.model import DocumentRecord, Event, Relation
from diplograph.ontology.namespace import DEFAULT_BASE, DG, DGC

PREDICATES = {name: getattr(DG, name) for name in (
    "hosted", "coHosted", "participatedIn", "signed", "initiated", "memberOf",
    "establishedWith", "partnerOf", "supports", "heldIn")}
EVENT_CLASSES = {name: getattr(DG, name) for name in (
    "Meeting", "Conference", "Summit", "Exercise", "Operation", "Course", "Incident", "PressConference", "Signing")}
CATEGORIES = {name: getattr(DGC, name) for name in ("CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "ASSAULT")}
ROLES = {"host": DG.Host, "co-host": DG.CoHost, "participant": DG.Participant}


def date_literal(value: str) -> Literal:
    """'2013' -> xsd:gYear, '2013-09' -> xsd:gYearMonth, '2013-09-01' -> xsd:date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def _child(parent: URIRef, kind: str, *parts: str) -> URIRef:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{parent}/{kind}/{digest}")


def add_statements(dataset: Dataset, documents: list[DocumentRecord], relations: list[Relation],
                   events: list[Event], *, base: str = DEFAULT_BASE) -> Dataset:
    """Add relations and events to ``dataset`` (in place) and return it."""
    mint = Minter(base)
    for relation in relations:
        doc_node = mint.document(relation.doc_id)
        graph = dataset.graph(doc_node)
        subject, obj = mint.entity(relation.subject), mint.entity(relation.object)
        predicate = PREDICATES[relation.predicate]
        node = _child(doc_node, "statement", relation.subject, relation.predicate, relation.object,
                      relation.modality, str(relation.start))
        graph.add((node, RDF.type, DG.Statement))
        graph.add((node, RDF.subject, subject))
        graph.add((node, RDF.predicate, predicate))
        graph.add((node, RDF.object, obj))
        graph.add((node, DG.modality, Literal(relation.modality)))
        graph.add((node, DG.asserted, Literal(relation.modality == "asserted")))
        graph.add((node, DG.evidence, Literal(relation.sentence)))
        graph.add((node, DG.startOffset, Literal(relation.start)))
        graph.add((node, DG.endOffset, Literal(relation.end)))
        graph.add((node, DG.rule, Literal(relation.rule)))
        graph.add((node, PROV.wasDerivedFrom, doc_node))
        if relation.modality == "asserted":
            graph.add((subject, predicate, obj))
    for event in events:
        doc_node = mint.document(event.doc_id)
        graph = dataset.graph(doc_node)
        node = mint.entity(event.key)
        graph.add((node, RDF.type, DG.Event))
        if event.event_class in EVENT_CLASSES:
            graph.add((node, RDF.type, EVENT_CLASSES[event.event_class]))
        if event.category in CATEGORIES:
            graph.add((node, DG.category, CATEGORIES[event.category]))
        if event.date:
            graph.add((node, DG.date, date_literal(event.date)))
            graph.add((node, DG.dateText, Literal(event.date_text)))
        if event.place:
            graph.add((node, DG.place, mint.entity(event.place)))
            if event.place_text:
                graph.add((node, DG.placeText, Literal(event.place_text)))
        if event.ordinal is not None:
            graph.add((node, DG.ordinal, Literal(event.ordinal)))
        if event.series:
            series = URIRef(f"{mint.base}series/{quote(event.series, safe='')}")
            graph.add((node, DG.series, series))
            graph.add((series, RDF.type, DG.EventSeries))
            graph.add((series, RDFS.label, Literal(event.series)))
        if event.part_of:
            graph.add((node, DG.partOf, mint.entity(event.part_of)))
        for participant in event.participants:
            part = _child(node, "participation", participant["entity"], participant["role"])
            graph.add((node, DG.participation, part))
            graph.add((part, RDF.type, DG.Participation))
            graph.add((part, DG.agent, mint.entity(participant["entity"])))
            graph.add((part, DG.role, ROLES[participant["role"]]))
        graph.add((node, PROV.wasDerivedFrom, doc_node))
        graph.add((node, SKOS.note, Literal(event.sentence)))
    return dataset
