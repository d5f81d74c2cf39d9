"""The rdflib reference for the graph of one document (tests and benchmarks compare the direct writer,
:mod:`diplograph.graph.nquads`, with it).

    >>> lines = document_lines(record, mentions, relations, events)     # doctest: +SKIP
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from rdflib import Dataset

from diplograph.graph.rdf import build_dataset, sorted_lines
from diplograph.model import DocumentRecord, Event, Mention, Relation
from diplograph.ontology.namespace import DEFAULT_BASE


def by_document(mentions: Iterable[Mention], relations: Iterable[Relation] = (),
                events: Iterable[Event] = ()) -> dict[str, tuple[list, list, list]]:
    """doc_id -> (mentions, relations, events), each in its given order."""
    groups: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    for m in mentions:
        groups[m.doc_id][0].append(m)
    for r in relations:
        groups[r.doc_id][1].append(r)
    for e in events:
        groups[e.doc_id][2].append(e)
    return groups


def _lines(dataset: Dataset) -> list[str]:
    return sorted_lines(dataset.serialize(format="nquads"))


def document_lines(record: DocumentRecord, mentions=(), relations=(), events=(), *,
                   base: str = DEFAULT_BASE) -> list[str]:
    """The sorted N-Quads lines of one document's named graph, through an rdflib Dataset."""
    return _lines(build_dataset([record], [], list(mentions), base=base, relations=list(relations),
                                events=list(events)))
