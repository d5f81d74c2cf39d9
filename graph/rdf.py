"""The RDF graph of a build: one named graph per document plus the shared entity graph."""
from __future__ import annotations

from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from diplograph.model import DocumentRecord, Entity, Mention
from diplograph.ontology.namespace import DEFAULT_BASE, DG

CLASS_TERMS = {"Country": DG.Country, "Organisation": DG.Organisation, "Mechanism": DG.Mechanism,
               "Event": DG.Event, "Place": DG.Place, "Person": DG.Person}


class Minter:
    """IRIs from keys under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{quote(key, safe='')}")

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}document/{quote(doc_id, safe='')}")

    def entities_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")


def build_dataset(documents: list[DocumentRecord], entities: list[Entity], mentions: list[Mention],
                  *, base: str = DEFAULT_BASE) -> Dataset:
    mint = Minter(base)
    dataset = Dataset()
    shared = dataset.graph(mint.entities_graph())
    for entity in entities:
        node = mint.entity(entity.key)
        shared.add((node, RDF.type, CLASS_TERMS.get(entity.cls, DG.Organisation)))
        shared.add((node, RDFS.label, Literal(entity.label)))
        shared.add((node, SKOS.prefLabel, Literal(entity.label, lang="en")))
        for alias in entity.aliases:
            shared.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    for record in documents:
        graph = dataset.graph(mint.document(record.id))
        node = mint.document(record.id)
        graph.add((node, RDF.type, DG.Document))
        graph.add((node, DCTERMS.title, Literal(record.title)))
        graph.add((node, DG.sourcePath, Literal(record.path)))
        if record.date:
            graph.add((node, DCTERMS.date, Literal(record.date, datatype=XSD.date)))
    counts: dict[tuple[str, str], int] = {}
    for mention in mentions:
        counts[(mention.entity, mention.doc_id)] = counts.get((mention.entity, mention.doc_id), 0) + 1
    for (key, doc_id), _ in sorted(counts.items()):
        dataset.graph(mint.document(doc_id)).add((mint.entity(key), DG.mentionedIn, mint.document(doc_id)))
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    union = Graph()
    for prefix, namespace in (("dg", str(DG._NS)), ("skos", str(SKOS)), ("dcterms", str(DCTERMS))):
        union.bind(prefix, namespace)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def sorted_nquads(dataset: Dataset) -> str:
    """N-Quads, one statement a line, sorted: same input, same bytes."""
    text = dataset.serialize(format="nquads")
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
