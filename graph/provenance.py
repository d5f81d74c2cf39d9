"""Provenance as RDF: sentences, mentions, relation statements and event statements.

Everything a document says goes into that document's named graph. Mentions and
sentences are NIF 2.0 strings whose ``nif:referenceContext`` is the document;
relation and event statements point to their evidence with ``prov:wasDerivedFrom``.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from diplograph.graph.terms import ROLE_RELATIONS, date_literal, event_class_term, relation_term
from diplograph.model import FACT_MODALITIES, Event, Mention, Relation
from diplograph.ontology.iri import Minter
from diplograph.ontology.namespace import DG
from diplograph.ontology.vocab import NIF


def _index(value: int) -> Literal:
    # xsd:integer, not nonNegativeInteger: Oxigraph stores derived integer types as xsd:integer,
    # and the store must hold the same quads as graph.nq (shapes check minInclusive 0)
    return Literal(int(value), datatype=XSD.integer)


def add_sentence(graph: Graph, mint: Minter, doc_id: str, start: int, text: str) -> URIRef:
    """The sentence node of ``text`` at ``start`` in the document (created once, shared)."""
    end = start + len(text)
    node = mint.sentence(doc_id, start, end)
    document = mint.document(doc_id)
    graph.add((node, RDF.type, DG.Sentence))
    graph.add((node, DG.inDocument, document))
    graph.add((node, NIF.referenceContext, document))
    graph.add((node, NIF.beginIndex, _index(start)))
    graph.add((node, NIF.endIndex, _index(end)))
    graph.add((node, NIF.anchorOf, Literal(text)))
    return node


def add_mentions(dataset: Dataset, mentions: Iterable[Mention], mint: Minter) -> None:
    """One dg:Mention per mention, with document, sentence, offsets, surface text, rule and entity."""
    for m in mentions:
        graph = dataset.graph(mint.document(m.doc_id))
        node = mint.mention(m.doc_id, m.start, m.end)
        document = mint.document(m.doc_id)
        sentence = add_sentence(graph, mint, m.doc_id, m.sentence_start, m.sentence)
        graph.add((node, RDF.type, DG.Mention))
        graph.add((node, DG.inDocument, document))
        graph.add((node, NIF.referenceContext, document))
        graph.add((node, NIF.beginIndex, _index(m.start)))
        graph.add((node, NIF.endIndex, _index(m.end)))
        graph.add((node, NIF.anchorOf, Literal(m.text)))
        graph.add((node, NIF.sentence, sentence))
        graph.add((node, DG.rule, Literal(m.rule)))
        graph.add((node, DG.nested, Literal(bool(m.nested))))
        graph.add((node, DG.refersTo, mint.entity(m.entity)))


def add_relations(dataset: Dataset, relations: Iterable[Relation], mint: Minter,
                  mentions: Iterable[Mention] = ()) -> None:
    """Each relation becomes a reified dg:RelationStatement derived from its sentence (and the
    mentions of its subject and object in that sentence); asserted ones also become direct triples."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc_id].append(m)
    for r in relations:
        predicate = relation_term(r.predicate)
        graph = dataset.graph(mint.document(r.doc_id))
        subject, obj = mint.entity(r.subject), mint.entity(r.object)
        node = mint.relation(r.doc_id, r.start, r.end, r.subject, r.predicate, r.object, r.modality)
        sentence = add_sentence(graph, mint, r.doc_id, r.start, r.sentence)
        graph.add((node, RDF.type, DG.RelationStatement))
        graph.add((node, RDF.subject, subject))
        graph.add((node, RDF.predicate, predicate))
        graph.add((node, RDF.object, obj))
        graph.add((node, DG.modality, Literal(r.modality)))
        graph.add((node, DG.rule, Literal(r.rule)))
        graph.add((node, DG.inDocument, mint.document(r.doc_id)))
        graph.add((node, PROV.wasDerivedFrom, sentence))
        for m in by_doc.get(r.doc_id, ()):
            if m.entity in (r.subject, r.object) and r.start <= m.start and m.end <= r.end:
                graph.add((node, PROV.wasDerivedFrom, mint.mention(m.doc_id, m.start, m.end)))
        if r.modality in FACT_MODALITIES:
            graph.add((subject, predicate, obj))


def add_events(dataset: Dataset, events: Iterable[Event], mint: Minter) -> None:
    """What each document says about an event, as a dg:EventStatement derived from its sentence,
    plus the same attributes directly on the event."""
    for e in events:
        graph = dataset.graph(mint.document(e.doc_id))
        event = mint.entity(e.key)
        node = mint.event_statement(e.doc_id, e.key)
        cls = event_class_term(e.event_class)
        graph.add((node, RDF.type, DG.EventStatement))
        graph.add((node, DG.about, event))
        graph.add((node, DG.eventClass, cls))
        graph.add((node, DG.inDocument, mint.document(e.doc_id)))
        graph.add((event, RDF.type, cls))
        if e.sentence:
            graph.add((node, PROV.wasDerivedFrom, add_sentence(graph, mint, e.doc_id, e.start, e.sentence)))
        attributes = []
        date = date_literal(e.date) if e.date else None
        if date is not None:
            attributes.append((DG.date, date))
        if e.date_text:
            graph.add((node, DG.dateText, Literal(e.date_text)))
        if e.place:
            attributes.append((DG.place, mint.entity(e.place)))
        if e.ordinal is not None:
            attributes.append((DG.ordinal, Literal(int(e.ordinal))))
        if e.series:
            attributes.append((DG.series, Literal(e.series)))
        if e.category:
            attributes.append((DG.category, Literal(e.category)))
        if e.part_of:
            attributes.append((DG.partOf, mint.entity(e.part_of)))
        for participant in e.participants:
            key, role = participant["entity"], participant.get("role") or "participant"
            part = mint.participation(e.doc_id, e.key, key, role)
            graph.add((part, RDF.type, DG.Participation))
            graph.add((part, DG.participant, mint.entity(key)))
            graph.add((part, DG.role, Literal(role)))
            attributes.append((DG.participation, part))
            graph.add((mint.entity(key), ROLE_RELATIONS.get(role.casefold(), DG.participatedIn), event))
        for predicate, value in attributes:
            graph.add((node, predicate, value))
            graph.add((event, predicate, value))
