"""N-Quads lines of a build by plain string formatting: the bytes of the rdflib path, without rdflib.

:func:`document_lines`, :func:`entity_lines` and :func:`metrics_lines` return exactly the
sorted, distinct lines that :func:`~diplograph.graph.stream.document_lines`, the entity
graph of :func:`~diplograph.graph.rdf.build_dataset` and
:func:`~diplograph.graph.analytics.add_metrics_to_dataset` give through an rdflib
``Dataset`` and its N-Quads serialiser, but no rdflib term or graph is made: each line is
an f-string over the records of :mod:`diplograph.model`. IRIs come from
:class:`~diplograph.ontology.iri.Minter` (entity and document IRIs are cached), the
``<...>`` forms of the ontology terms are computed once, at import.

Literals are written the way rdflib's N-Quads serialiser writes them (``_quoteLiteral``):
only ``\\``, ``"``, line feed and carriage return are escaped; tabs, other control
characters, U+2028 and emoji are written as they are, and a lone surrogate becomes ``?``
(rdflib encodes with ``errors="replace"``). Plain strings carry no datatype, ``en``
labels a language tag. Typed literals keep rdflib's normalisation: integers and booleans
are formatted as rdflib formats them; a canonical date (``2013-09-01``, ``2013-09``,
``2013``) is written as given, and any other date value goes once through rdflib's own
parser (memoised), so an odd date such as ``2013-09-01Z`` gets rdflib's normal form.

    >>> lines = document_lines(record, mentions, relations, events)   # doctest: +SKIP
"""
from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from collections import defaultdict
from datetime import date as _date
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator

from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from diplograph.graph.network_data import canonical_decimal
from diplograph.graph.terms import CLASS_TERMS, ROLE_RELATIONS, event_class_term, relation_term
from diplograph.model import FACT_MODALITIES, DocumentRecord, Entity, Event, Mention, Relation
from diplograph.ontology.identifiers import identifiers_for
from diplograph.ontology.iri import Minter
from diplograph.ontology.namespace import DEFAULT_BASE, DG
from diplograph.ontology.vocab import NIF, wikidata_iri

__all__ = ["document_lines", "entity_lines", "metrics_lines", "build_chunks", "literal", "iri"]


def iri(term: str) -> str:
    """``<term>``: an IRI in N-Triples form (the minted and ontology IRIs need no escaping)."""
    return f"<{term}>"


# Predicates and classes in N-Quads form, once.
TYPE, LABEL = iri(RDF.type), iri(RDFS.label)
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = iri(RDF.subject), iri(RDF.predicate), iri(RDF.object)
PREF_LABEL, ALT_LABEL, EXACT_MATCH = iri(SKOS.prefLabel), iri(SKOS.altLabel), iri(SKOS.exactMatch)
IDENTIFIER, TITLE, FORMAT, DATE = iri(DCTERMS.identifier), iri(DCTERMS.title), iri(DCTERMS.format), iri(DCTERMS.date)
DERIVED_FROM = iri(PROV.wasDerivedFrom)
BEGIN, END, ANCHOR = iri(NIF.beginIndex), iri(NIF.endIndex), iri(NIF.anchorOf)
CONTEXT, NIF_SENTENCE = iri(NIF.referenceContext), iri(NIF.sentence)
DG_DOCUMENT, DG_SENTENCE, DG_MENTION = iri(DG.Document), iri(DG.Sentence), iri(DG.Mention)
DG_RELATION_STATEMENT, DG_EVENT_STATEMENT = iri(DG.RelationStatement), iri(DG.EventStatement)
DG_PARTICIPATION, DG_ORGANISATION = iri(DG.Participation), iri(DG.Organisation)
IN_DOCUMENT, RULE, NESTED, REFERS_TO = iri(DG.inDocument), iri(DG.rule), iri(DG.nested), iri(DG.refersTo)
MENTIONED_IN, SOURCE_PATH, CONTENT_HASH = iri(DG.mentionedIn), iri(DG.sourcePath), iri(DG.contentHash)
MENTION_COUNT, ORIGIN, ALPHA2, ALPHA3 = iri(DG.mentionCount), iri(DG.origin), iri(DG.alpha2), iri(DG.alpha3)
MODALITY, ABOUT, EVENT_CLASS, DATE_TEXT = iri(DG.modality), iri(DG.about), iri(DG.eventClass), iri(DG.dateText)
DG_DATE, PLACE, ORDINAL, SERIES = iri(DG.date), iri(DG.place), iri(DG.ordinal), iri(DG.series)
CATEGORY, PART_OF, PARTICIPANT, ROLE = iri(DG.category), iri(DG.partOf), iri(DG.participant), iri(DG.role)
PARTICIPATION, PARTICIPATED_IN = iri(DG.participation), iri(DG.participatedIn)
DEGREE, PAGE_RANK, BETWEENNESS, COMMUNITY = iri(DG.degree), iri(DG.pageRank), iri(DG.betweenness), iri(DG.community)
CLASSES = {name: iri(term) for name, term in CLASS_TERMS.items()}
ROLES = {role: iri(term) for role, term in ROLE_RELATIONS.items()}

INTEGER = f"^^{iri(XSD.integer)}"
DECIMAL = f"^^{iri(XSD.decimal)}"
TRUE, FALSE = f'"true"^^{iri(XSD.boolean)}', f'"false"^^{iri(XSD.boolean)}'
EN = "@en"
_TEMPORAL = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
_CANONICAL = {"date": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), "gYearMonth": re.compile(r"[0-9]{4}-[0-9]{2}"),
              "gYear": re.compile(r"[0-9]{4}")}


def literal(text: str, suffix: str = "") -> str:
    """A literal as rdflib's N-Quads serialiser writes it; ``suffix`` is ``@lang`` or ``^^<datatype>``."""
    if not isinstance(text, str):
        text = str(text)
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:   # a lone surrogate: rdflib encodes with errors="replace"
            text = text.encode("utf-8", "replace").decode("utf-8")
    return f'"{text}"{suffix}'


def integer(value) -> str:
    return f'"{int(value)}"{INTEGER}'


@lru_cache(maxsize=4096)
def _rdflib_temporal(value: str, kind: str) -> str:
    """The literal rdflib writes for an unusual date value (its parser normalises some)."""
    from rdflib import Literal
    from rdflib.plugins.serializers.nt import _quoteLiteral

    text = _quoteLiteral(Literal(value, datatype=_TEMPORAL[kind]))
    return text.encode("utf-8", "replace").decode("utf-8")


def temporal(value: str, kind: str = "date") -> str:
    """An xsd:date, xsd:gYearMonth or xsd:gYear literal, byte-identical to rdflib's."""
    if _CANONICAL[kind].fullmatch(value):
        if kind != "date":
            return f'"{value}"^^<{_TEMPORAL[kind]}>'
        try:
            if _date.fromisoformat(value).isoformat() == value:
                return f'"{value}"^^<{_TEMPORAL[kind]}>'
        except ValueError:
            pass
    return _rdflib_temporal(value, kind)


def event_date(value: str | None) -> str | None:
    """:func:`diplograph.graph.terms.date_literal` as N-Quads text (same patterns, same choice)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        return temporal(value, "date")
    if re.fullmatch(r"\d{4}-\d{2}", value or ""):
        return temporal(value, "gYearMonth")
    if re.fullmatch(r"\d{4}", value or ""):
        return temporal(value, "gYear")
    return None


@lru_cache(maxsize=16)
def _minter(base: str) -> Minter:
    return Minter(base)


@lru_cache(maxsize=1 << 17)
def _entity(base: str, key: str) -> str:
    return iri(_minter(base).entity(key))


@lru_cache(maxsize=1 << 12)
def _document(base: str, doc_id: str) -> str:
    return iri(_minter(base).document(doc_id))


@lru_cache(maxsize=256)
def _relation_predicate(name: str) -> str:
    return iri(relation_term(name))


@lru_cache(maxsize=256)
def _event_class(name: str | None) -> str:
    return iri(event_class_term(name))


class _Writer:
    """The lines of one call: a set of statements, IRIs minted under one base."""

    def __init__(self, base: str):
        self.base = _minter(base).base
        self.mint = _minter(self.base)
        self.lines: set[str] = set()
        self.sentences: dict[tuple[str, int, str], str] = {}

    def entity(self, key: str) -> str:
        return _entity(self.base, key)

    def document(self, doc_id: str) -> str:
        return _document(self.base, doc_id)

    def sentence(self, doc_id: str, start: int, text: str) -> str:
        """The sentence node (its six statements written the first time)."""
        known = self.sentences.get((doc_id, start, text))
        if known is not None:
            return known
        end = start + len(text)
        node = iri(self.mint.sentence(doc_id, start, end))
        doc = self.document(doc_id)
        g = f" {doc} .\n"
        self.lines.update((
            f"{node} {TYPE} {DG_SENTENCE}{g}",
            f"{node} {IN_DOCUMENT} {doc}{g}",
            f"{node} {CONTEXT} {doc}{g}",
            f"{node} {BEGIN} {integer(start)}{g}",
            f"{node} {END} {integer(end)}{g}",
            f"{node} {ANCHOR} {literal(text)}{g}",
        ))
        self.sentences[(doc_id, start, text)] = node
        return node

    def add_document(self, record: DocumentRecord) -> None:
        doc = self.document(record.id)
        g = f" {doc} .\n"
        self.lines.update((
            f"{doc} {TYPE} {DG_DOCUMENT}{g}",
            f"{doc} {TITLE} {literal(record.title)}{g}",
            f"{doc} {SOURCE_PATH} {literal(record.path)}{g}",
            f"{doc} {CONTENT_HASH} {literal(record.content_hash)}{g}",
            f"{doc} {FORMAT} {literal(record.media_type)}{g}",
            f'{doc} {BEGIN} "0"{INTEGER}{g}',
            f"{doc} {END} {integer(len(record.text))}{g}",
        ))
        if record.date:
            self.lines.add(f"{doc} {DATE} {temporal(record.date)}{g}")

    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        add = self.lines.add
        for m in mentions:
            doc = self.document(m.doc_id)
            g = f" {doc} .\n"
            node = iri(self.mint.mention(m.doc_id, m.start, m.end))
            entity = self.entity(m.entity)
            sentence = self.sentence(m.doc_id, m.sentence_start, m.sentence)
            add(f"{entity} {MENTIONED_IN} {doc}{g}")
            add(f"{node} {TYPE} {DG_MENTION}{g}")
            add(f"{node} {IN_DOCUMENT} {doc}{g}")
            add(f"{node} {CONTEXT} {doc}{g}")
            add(f"{node} {BEGIN} {integer(m.start)}{g}")
            add(f"{node} {END} {integer(m.end)}{g}")
            add(f"{node} {ANCHOR} {literal(m.text)}{g}")
            add(f"{node} {NIF_SENTENCE} {sentence}{g}")
            add(f"{node} {RULE} {literal(m.rule)}{g}")
            add(f"{node} {NESTED} {TRUE if m.nested else FALSE}{g}")
            add(f"{node} {REFERS_TO} {entity}{g}")

    def add_relations(self, relations: Iterable[Relation], mentions: Iterable[Mention]) -> None:
        # (doc_id, entity) -> sorted (start, end) of its mentions: evidence found by bisection
        spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for m in mentions:
            spans[(m.doc_id, m.entity)].append((m.start, m.end))
        for found in spans.values():
            found.sort()
        add = self.lines.add
        for r in relations:
            predicate = _relation_predicate(r.predicate)
            doc = self.document(r.doc_id)
            g = f" {doc} .\n"
            subject, obj = self.entity(r.subject), self.entity(r.object)
            node = iri(self.mint.relation(r.doc_id, r.start, r.end, r.subject, r.predicate, r.object, r.modality))
            sentence = self.sentence(r.doc_id, r.start, r.sentence)
            add(f"{node} {TYPE} {DG_RELATION_STATEMENT}{g}")
            add(f"{node} {RDF_SUBJECT} {subject}{g}")
            add(f"{node} {RDF_PREDICATE} {predicate}{g}")
            add(f"{node} {RDF_OBJECT} {obj}{g}")
            add(f"{node} {MODALITY} {literal(r.modality)}{g}")
            add(f"{node} {RULE} {literal(r.rule)}{g}")
            add(f"{node} {IN_DOCUMENT} {doc}{g}")
            add(f"{node} {DERIVED_FROM} {sentence}{g}")
            for key in {r.subject, r.object}:
                found = spans.get((r.doc_id, key), ())
                for i in range(bisect_left(found, (r.start, -1 << 62)), len(found)):
                    start, end = found[i]
                    if start > r.end:
                        break
                    if end <= r.end:
                        add(f"{node} {DERIVED_FROM} {iri(self.mint.mention(r.doc_id, start, end))}{g}")
            if r.modality in FACT_MODALITIES:
                add(f"{subject} {predicate} {obj}{g}")

    def add_events(self, events: Iterable[Event]) -> None:
        add = self.lines.add
        for e in events:
            doc = self.document(e.doc_id)
            g = f" {doc} .\n"
            event = self.entity(e.key)
            node = iri(self.mint.event_statement(e.doc_id, e.key))
            cls = _event_class(e.event_class)
            add(f"{node} {TYPE} {DG_EVENT_STATEMENT}{g}")
            add(f"{node} {ABOUT} {event}{g}")
            add(f"{node} {EVENT_CLASS} {cls}{g}")
            add(f"{node} {IN_DOCUMENT} {doc}{g}")
            add(f"{event} {TYPE} {cls}{g}")
            if e.sentence:
                add(f"{node} {DERIVED_FROM} {self.sentence(e.doc_id, e.start, e.sentence)}{g}")
            attributes = []
            date = event_date(e.date) if e.date else None
            if date is not None:
                attributes.append((DG_DATE, date))
            if e.date_text:
                add(f"{node} {DATE_TEXT} {literal(e.date_text)}{g}")
            if e.place:
                attributes.append((PLACE, self.entity(e.place)))
            if e.ordinal is not None:
                attributes.append((ORDINAL, integer(e.ordinal)))
            if e.series:
                attributes.append((SERIES, literal(e.series)))
            if e.category:
                attributes.append((CATEGORY, literal(e.category)))
            if e.part_of:
                attributes.append((PART_OF, self.entity(e.part_of)))
            for participant in e.participants:
                key, role = participant["entity"], participant.get("role") or "participant"
                part = iri(self.mint.participation(e.doc_id, e.key, key, role))
                member = self.entity(key)
                add(f"{part} {TYPE} {DG_PARTICIPATION}{g}")
                add(f"{part} {PARTICIPANT} {member}{g}")
                add(f"{part} {ROLE} {literal(role)}{g}")
                attributes.append((PARTICIPATION, part))
                add(f"{member} {ROLES.get(role.casefold(), PARTICIPATED_IN)} {event}{g}")
            for predicate, value in attributes:
                add(f"{node} {predicate} {value}{g}")
                add(f"{event} {predicate} {value}{g}")

    def add_entity(self, entity: Entity, g: str) -> None:
        node = self.entity(entity.key)
        add = self.lines.add
        add(f"{node} {TYPE} {CLASSES.get(entity.cls, DG_ORGANISATION)}{g}")
        add(f"{node} {LABEL} {literal(entity.label)}{g}")
        add(f"{node} {PREF_LABEL} {literal(entity.label, EN)}{g}")
        for alias in entity.aliases:
            if alias != entity.label:
                add(f"{node} {ALT_LABEL} {literal(alias, EN)}{g}")
        add(f"{node} {IDENTIFIER} {literal(entity.key)}{g}")
        add(f"{node} {MENTION_COUNT} {integer(entity.mention_count)}{g}")
        add(f"{node} {ORIGIN} {literal(entity.source)}{g}")
        identifiers = identifiers_for(entity.key, entity.cls, entity.identifiers)
        if identifiers.get("alpha_2"):
            add(f"{node} {ALPHA2} {literal(identifiers['alpha_2'])}{g}")
        if identifiers.get("alpha_3"):
            add(f"{node} {ALPHA3} {literal(identifiers['alpha_3'])}{g}")
        if identifiers.get("wikidata"):
            try:
                add(f"{node} {EXACT_MATCH} {iri(wikidata_iri(identifiers['wikidata']))}{g}")
            except ValueError as error:
                warnings.warn(f"entity {entity.key!r}: {error}; no Wikidata link written", stacklevel=3)

    def sorted(self) -> list[str]:
        return sorted(self.lines)


def document_lines(record: DocumentRecord, mentions: Iterable[Mention] = (), relations: Iterable[Relation] = (),
                   events: Iterable[Event] = (), *, base: str = DEFAULT_BASE) -> list[str]:
    """The sorted, distinct N-Quads lines of one document's named graph (each ending in "\\n"):
    the same lines as :func:`diplograph.graph.stream.document_lines`."""
    mentions = list(mentions)
    writer = _Writer(base)
    writer.add_document(record)
    writer.add_mentions(mentions)
    writer.add_relations(relations, mentions)
    writer.add_events(events)
    return writer.sorted()


def entities_graph(base: str = DEFAULT_BASE) -> str:
    """``<base graph/entities>``: the graph term of the shared entity graph."""
    return iri(_minter(base).entities_graph())


def document_graph(doc_id: str, base: str = DEFAULT_BASE) -> str:
    """The graph term (``<...>``) of a document's named graph."""
    return _document(_minter(base).base, doc_id)


def entity_lines(entities: Iterable[Entity], *, base: str = DEFAULT_BASE) -> list[str]:
    """The sorted, distinct N-Quads lines of the shared entity graph, as ``build_dataset([], entities, [])``
    serialises them."""
    writer = _Writer(base)
    g = f" {entities_graph(writer.base)} .\n"
    for entity in entities:
        writer.add_entity(entity, g)
    return writer.sorted()


def _decimal(text: str) -> str:
    # rdflib keeps an xsd:decimal as format(Decimal(lexical), "f")
    return f'"{format(Decimal(text), "f")}"{DECIMAL}'


def metrics_lines(metrics: dict, *, base: str = DEFAULT_BASE) -> list[str]:
    """The sorted N-Quads lines :func:`~diplograph.graph.analytics.add_metrics_to_dataset` adds to the
    entity graph (``metrics`` maps key -> :class:`~diplograph.graph.network_data.NodeMetrics`)."""
    base = _minter(base).base
    g = f" {entities_graph(base)} .\n"
    lines = set()
    for key, item in metrics.items():
        node = _entity(base, key)
        lines.add(f'{node} {DEGREE} "{item.degree}"{INTEGER}{g}')
        lines.add(f"{node} {PAGE_RANK} {_decimal(canonical_decimal(item.pagerank))}{g}")
        lines.add(f"{node} {BETWEENNESS} {_decimal(canonical_decimal(item.betweenness))}{g}")
        lines.add(f'{node} {COMMUNITY} "{item.community}"{INTEGER}{g}')
    return sorted(lines)


def build_chunks(documents: Iterable[DocumentRecord], mentions: Iterable[Mention] = (),
                 relations: Iterable[Relation] = (), events: Iterable[Event] = (),
                 entities: Iterable[Entity] = (), metrics: dict | None = None, *,
                 base: str = DEFAULT_BASE) -> Iterator[tuple[str, list[str]]]:
    """``(graph term, sorted lines)`` per document, then the entity graph (with ``metrics``):
    the chunks :mod:`diplograph.graph.line_formats` writes. One document's lines at a time."""
    from diplograph.graph.stream import by_document

    groups = by_document(mentions, relations, events)
    for record in documents:
        ms, rs, es = groups.get(record.id, ((), (), ()))
        yield document_graph(record.id, base), document_lines(record, ms, rs, es, base=base)
    lines = entity_lines(entities, base=base)
    if metrics:
        lines = sorted(set(lines).union(metrics_lines(metrics, base=base)))
    yield entities_graph(base), lines
