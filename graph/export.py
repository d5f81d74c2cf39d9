"""Write a dataset in every format: Turtle, N-Triples, N-Quads, TriG and JSON-LD.

Turtle and N-Triples hold the union of all graphs; N-Quads, TriG and JSON-LD keep
one named graph per document. N-Triples and N-Quads are sorted, so the same input
gives the same bytes.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import Dataset

from diplograph.graph.rdf import sorted_lines, sorted_nquads, union_graph
from diplograph.ontology import ONTOLOGY_DIR
from diplograph.outputs import write_text_atomic

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
EXPORTS = {"turtle": "graph.ttl", "ntriples": "graph.nt", "nquads": "graph.nq", "trig": "graph.trig",
           "jsonld": "graph.jsonld"}


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    """The JSON-LD context of the exports (the prefixes of ``ontology/context.jsonld``)."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


def sorted_ntriples(dataset: Dataset) -> str:
    return "".join(sorted_lines(union_graph(dataset).serialize(format="nt")))


def serialize(dataset: Dataset, kind: str) -> str:
    """The dataset as text in one of :data:`EXPORTS`."""
    if kind == "turtle":
        return union_graph(dataset).serialize(format="turtle")
    if kind == "ntriples":
        return sorted_ntriples(dataset)
    if kind == "nquads":
        return sorted_nquads(dataset)
    if kind == "trig":
        return dataset.serialize(format="trig")
    if kind == "jsonld":
        return dataset.serialize(format="json-ld", context=jsonld_context(), indent=1, sort_keys=True)
    raise ValueError(f"unknown export {kind!r}: expected one of {', '.join(EXPORTS)}")


def write_exports(dataset: Dataset, out: Path, kinds: Iterable[str] = tuple(EXPORTS)) -> dict[str, Path]:
    """Write the exports ``kinds`` (default all) under ``out``, each file atomically; return kind -> path."""
    paths = {}
    for kind, name in EXPORTS.items():
        if kind not in kinds:
            continue
        path = Path(out) / name
        write_text_atomic(path, serialize(dataset, kind))
        paths[kind] = path
    return paths
