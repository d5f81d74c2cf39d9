"""The RDF graph of a build: one named graph per document plus the shared entity graph."""
from __future__ import annotations

import warnings

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from diplograph.graph.provenance import add_events, add_mentions, add_relations
from diplograph.graph.terms import CLASS_TERMS
from diplograph.model import DocumentRecord, Entity, Event, Mention, Relation
from diplograph.ontology.identifiers import identifiers_for
from diplograph.ontology.iri import Minter
from diplograph.ontology.namespace import DEFAULT_BASE, DG
from diplograph.ontology.vocab import ITSRDF, NIF, wikidata_iri

__all__ = ["CLASS_TERMS", "Minter", "build_dataset", "union_graph", "sorted_lines", "sorted_nquads", "PREFIXES"]

PREFIXES = {
    "dg": URIRef(str(DG._NS)), "rdf": URIRef(str(RDF)), "rdfs": URIRef(str(RDFS)), "xsd": URIRef(str(XSD)),
    "owl": URIRef(str(OWL)), "skos": URIRef(str(SKOS)), "dcterms": URIRef(str(DCTERMS)),
    "prov": URIRef(str(PROV)), "schema": URIRef(str(SDO)), "nif": URIRef(str(NIF._NS)),
    "itsrdf": URIRef(str(ITSRDF._NS)), "wd": URIRef("http://www.wikidata.org/entity/"),
}


def add_entity(graph: Graph, entity: Entity, mint: Minter) -> None:
    """An entity: class, one rdfs:label, SKOS labels, key, counts and identifiers."""
    node = mint.entity(entity.key)
    graph.add((node, RDF.type, CLASS_TERMS.get(entity.cls, DG.Organisation)))
    graph.add((node, RDFS.label, Literal(entity.label)))
    graph.add((node, SKOS.prefLabel, Literal(entity.label, lang="en")))
    for alias in entity.aliases:
        if alias != entity.label:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    graph.add((node, DCTERMS.identifier, Literal(entity.key)))
    graph.add((node, DG.mentionCount, Literal(int(entity.mention_count))))
    graph.add((node, DG.origin, Literal(entity.source)))
    identifiers = identifiers_for(entity.key, entity.cls, entity.identifiers)
    if identifiers.get("alpha_2"):
        graph.add((node, DG.alpha2, Literal(identifiers["alpha_2"])))
    if identifiers.get("alpha_3"):
        graph.add((node, DG.alpha3, Literal(identifiers["alpha_3"])))
    if identifiers.get("wikidata"):
        try:
            graph.add((node, SKOS.exactMatch, wikidata_iri(identifiers["wikidata"])))
        except ValueError as error:
            warnings.warn(f"entity {entity.key!r}: {error}; no Wikidata link written", stacklevel=2)


def add_document(graph: Graph, record: DocumentRecord, mint: Minter) -> None:
    """A document: metadata, and the NIF context (offsets 0..len) of its mentions."""
    node = mint.document(record.id)
    graph.add((node, RDF.type, DG.Document))
    graph.add((node, DCTERMS.title, Literal(record.title)))
    graph.add((node, DG.sourcePath, Literal(record.path)))
    graph.add((node, DG.contentHash, Literal(record.content_hash)))
    graph.add((node, DCTERMS.format, Literal(record.media_type)))
    graph.add((node, NIF.beginIndex, Literal(0, datatype=XSD.integer)))
    graph.add((node, NIF.endIndex, Literal(len(record.text), datatype=XSD.integer)))
    if record.date:
        graph.add((node, DCTERMS.date, Literal(record.date, datatype=XSD.date)))


def build_dataset(documents: list[DocumentRecord], entities: list[Entity], mentions: list[Mention],
                  *, base: str = DEFAULT_BASE, relations: list[Relation] = (),
                  events: list[Event] = ()) -> Dataset:
    """The dataset of a build (in memory; nothing is written)."""
    mint = Minter(base)
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    shared = dataset.graph(mint.entities_graph())
    for entity in entities:
        add_entity(shared, entity, mint)
    for record in documents:
        add_document(dataset.graph(mint.document(record.id)), record, mint)
    counts: dict[tuple[str, str], int] = {}
    for mention in mentions:
        counts[(mention.entity, mention.doc_id)] = counts.get((mention.entity, mention.doc_id), 0) + 1
    for (key, doc_id), _ in sorted(counts.items()):
        dataset.graph(mint.document(doc_id)).add((mint.entity(key), DG.mentionedIn, mint.document(doc_id)))
    add_mentions(dataset, mentions, mint)
    add_relations(dataset, relations, mint, mentions)
    add_events(dataset, events, mint)
    return dataset


def prefixed_graph() -> Graph:
    """An empty graph with our prefixes bound (for readable Turtle and reports)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def union_graph(dataset: Dataset) -> Graph:
    union = prefixed_graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def sorted_lines(text: str) -> list[str]:
    """The distinct statements of N-Triples or N-Quads text, sorted, each ending in "\\n".

    Lines end at "\\n" only (not ``splitlines``): a literal may hold U+2028, U+0085 and the
    like unescaped."""
    return sorted(set(line + "\n" for line in text.split("\n") if line.strip()))


def graph_of_line(line: str) -> str:
    """The graph term of an N-Quads line of ours (named graphs only, IRIs without spaces)."""
    return line.rsplit(" ", 2)[-2]


def sorted_nquads(dataset: Dataset) -> str:
    """N-Quads, one statement a line, grouped by named graph (graphs in IRI order, lines sorted
    within each): same input, same bytes, and a streamed build can write it graph by graph."""
    return "".join(sorted(sorted_lines(dataset.serialize(format="nquads")), key=lambda line: (graph_of_line(line), line)))
