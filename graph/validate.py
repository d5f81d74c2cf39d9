"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` (pySHACL).

    >>> report = validate_dir("out/examples")
    >>> report.conforms, len(report.violations)
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph
from rdflib.namespace import RDF, SH

from diplograph.graph.rdf import prefixed_graph, union_graph
from diplograph.ontology import ONTOLOGY_DIR

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_FILE = ONTOLOGY_DIR / "diplograph.ttl"
INPUTS = (("graph.nq", "nquads"), ("graph.trig", "trig"))


class ValidationInputError(ValueError):
    """The folder holds no graph to validate."""


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    shape: str
    value: str = ""
    severity: str = "Violation"

    def __str__(self) -> str:
        value = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus}\n  {self.path}: {self.message}{value}\n  shape {self.shape}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def text(self) -> str:
        """A readable report: one block per result, then a summary line."""
        lines = [str(v) for v in self.violations]
        if self.conforms:
            lines.append(f"conforms: {self.triples} triples, 0 violations")
        else:
            lines.append(f"does not conform: {len(self.violations)} violation(s) in {self.triples} triples")
        return "\n".join(lines)


def _turtle_file(path: Path) -> Graph:
    """The Turtle file ``path`` as an rdflib graph, with its prefixes. Oxigraph parses it and
    rdflib reads the N-Triples: rdflib's own Turtle parser takes 85 ms just to import, more
    than the rest of a build's validation of one changed document."""
    import pyoxigraph as ox

    parser = ox.parse(path=path, format=ox.RdfFormat.TURTLE)
    triples = ox.serialize((quad.triple for quad in parser), format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    for prefix, namespace in parser.prefixes.items():
        graph.bind(prefix, namespace)
    return graph.parse(data=triples.decode("utf-8"), format="nt")


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return _turtle_file(SHAPES_FILE)


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return _turtle_file(ONTOLOGY_FILE)


def _short(graph: Graph, node) -> str:
    if node is None:
        return ""
    try:
        return node.n3(graph.namespace_manager)
    except Exception:
        return str(node)


def validate_graph(data: Graph, *, mix_in_place: bool = False) -> Report:
    """Validate one graph (the union of a dataset). The ontology is mixed in, so
    ``sh:targetClass dg:Event`` also reaches meetings, exercises and summits: into a copy of
    ``data``, or with ``mix_in_place`` into ``data`` itself (one graph in memory, not two)."""
    from pyshacl import validate

    triples = len(data)
    if mix_in_place:
        for triple in _ontology():
            data.add(triple)
        conforms, results, _ = validate(data, shacl_graph=_shapes(), inference="none", inplace=True,
                                        abort_on_first=False, allow_warnings=True)
    else:
        conforms, results, _ = validate(data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none",
                                        abort_on_first=False, allow_warnings=True)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(
            focus=_short(data, results.value(result, SH.focusNode)),
            path=_short(data, results.value(result, SH.resultPath)) or "(node)",
            message=str(message) if message is not None else _short(data, results.value(result, SH.sourceConstraintComponent)),
            shape=_short(_shapes(), results.value(result, SH.sourceShape)),
            value=_short(data, results.value(result, SH.value)),
            severity=_short(results, results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1].removeprefix("sh:"),
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message, v.value))
    return Report(bool(conforms), violations, triples)


def validate_dataset(dataset: Dataset) -> Report:
    return validate_graph(union_graph(dataset))


def validate_nquads(texts: str | Iterable[str]) -> Report:
    """Validate the union of the graphs of N-Quads ``texts`` (one text, or several read one at a
    time), read straight into one graph (the graph names dropped by Oxigraph's parser) rather than
    into a dataset and then its union."""
    import pyoxigraph as ox

    union = prefixed_graph()
    for text in [texts] if isinstance(texts, str) else texts:
        quads = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        triples = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES)
        if triples:
            union.parse(data=triples.decode("utf-8"), format="nt")
    return validate_graph(union, mix_in_place=True)


def validate_nquads_files(text: str, paths: Iterable[str | Path]) -> Report:
    """Validate the union of the N-Quads ``text`` and of the N-Quads files ``paths`` (read one at a
    time): a build's sample, validated by its helper process."""
    return validate_nquads(itertools.chain([text], (Path(path).read_text(encoding="utf-8") for path in paths)))


def load_output(folder: str | Path) -> Dataset:
    """The dataset a build wrote into ``folder`` (graph.nq, else graph.trig)."""
    folder = Path(folder)
    for name, fmt in INPUTS:
        path = folder / name
        if path.is_file():
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            return dataset
    if not folder.is_dir():
        raise ValidationInputError(f"{folder}: no such folder (expected the --out folder of a build)")
    raise ValidationInputError(f"{folder}: expected graph.nq or graph.trig from `diplograph build`, found neither")


def validate_dir(folder: str | Path) -> Report:
    """Validate the graph a build wrote into ``folder``."""
    return validate_dataset(load_output(folder))
