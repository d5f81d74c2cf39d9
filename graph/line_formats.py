"""N-Triples, Turtle, TriG and JSON-LD written from N-Quads lines, one named graph at a time.

The input is a stream of chunks ``(graph, lines)``: ``graph`` is a graph term such as
``<https://w3id.org/diplograph/id/document/a>`` and ``lines`` are N-Quads lines of that
graph (as :mod:`diplograph.graph.nquads` makes them, each ending in `` <graph> .\\n``).
Every writer holds one chunk at most, so memory does not grow with the corpus, and
nothing goes through rdflib or a store:

* N-Triples: each line without its graph term;
* Turtle: the ``@prefix`` lines of :data:`~diplograph.graph.rdf.PREFIXES`, then the same
  N-Triples lines (N-Triples is valid Turtle);
* TriG: the prefixes, then a ``<graph> { ... }`` block per chunk;
* JSON-LD: expanded form, a JSON array of ``{"@id": graph, "@graph": [node objects]}``,
  the chunk's triples grouped by subject; IRIs as ``{"@id": ...}``, literals as
  ``{"@value": ..., "@type"|"@language": ...}``, ``rdf:type`` objects under ``"@type"``.

A graph named in several chunks gets several blocks (TriG and JSON-LD merge them on
reading), and a triple stated in several graphs appears once per graph in the N-Triples
and Turtle files: both are the same RDF graph as the deduplicated union.

Each file is written to a temporary file beside its target and renamed into place when
the writer is closed without error (a failed write leaves the old file untouched).

    >>> from diplograph.graph.nquads import build_chunks
    >>> write_exports(build_chunks(documents, mentions, relations, events, entities), out)  # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable

from rdflib.namespace import RDF

from diplograph.outputs import _umask

__all__ = ["NTriplesWriter", "TurtleWriter", "TrigWriter", "JsonLdWriter", "write_exports", "triples_of",
           "EXPORT_NAMES"]

EXPORT_NAMES = {"ntriples": "graph.nt", "turtle": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld"}
_TYPE = str(RDF.type)
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _default_prefixes() -> dict[str, str]:
    from diplograph.graph.rdf import PREFIXES
    return {name: str(namespace) for name, namespace in PREFIXES.items()}


def triples_of(graph: str, lines: Iterable[str]) -> list[str]:
    """N-Triples lines (``s p o .\\n``) of the N-Quads ``lines`` of ``graph``; a ValueError names a
    line that is not in ``graph``."""
    suffix = f" {graph} .\n"
    cut = len(suffix)
    triples = []
    for line in lines:
        if not line.endswith(suffix):
            raise ValueError(f"expected an N-Quads line of graph {graph} ending in {suffix!r}, got {line!r}")
        triples.append(line[:-cut] + " .\n")
    return triples


class _FileWriter:
    """A text file written through a temporary file and renamed into place by :meth:`close`."""

    header = ""
    footer = ""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self._tmp = Path(tmp)
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        self._file.write(self.header)

    def write(self, graph: str, lines: Iterable[str]) -> None:
        """Write one chunk: the N-Quads ``lines`` of ``graph``."""
        self.write_triples(graph, triples_of(graph, lines))

    def write_triples(self, graph: str, triples: list[str]) -> None:
        raise NotImplementedError

    def close(self) -> Path:
        """Finish the file and rename it into place."""
        self._file.write(self.footer)
        self._file.flush()
        os.fchmod(self._file.fileno(), 0o666 & ~_umask())
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        self._file.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


class NTriplesWriter(_FileWriter):
    """The triples of every chunk, graph names dropped."""

    def write_triples(self, graph: str, triples: list[str]) -> None:
        self._file.writelines(triples)


def _prefix_lines(prefixes: dict[str, str] | None) -> str:
    prefixes = _default_prefixes() if prefixes is None else prefixes
    return "".join(f"@prefix {name}: <{namespace}> .\n" for name, namespace in prefixes.items()) + "\n"


class TurtleWriter(NTriplesWriter):
    """``@prefix`` lines, then the triples as N-Triples (which is Turtle)."""

    def __init__(self, path: str | Path, *, prefixes: dict[str, str] | None = None):
        self.header = _prefix_lines(prefixes)
        super().__init__(path)


class TrigWriter(_FileWriter):
    """``@prefix`` lines, then one ``<graph> { ... }`` block per chunk."""

    def __init__(self, path: str | Path, *, prefixes: dict[str, str] | None = None):
        self.header = _prefix_lines(prefixes)
        super().__init__(path)

    def write_triples(self, graph: str, triples: list[str]) -> None:
        if triples:
            self._file.write(f"{graph} {{\n")
            self._file.writelines(triples)
            self._file.write("}\n")


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
                       else _ECHAR.get(m.group(3), m.group(3)), text)


def _node(term: str) -> str:
    """``<iri>`` -> ``iri``; ``_:b0`` stays."""
    if term[0] == "<":
        return term[1:-1] if "\\" not in term else _unescape(term[1:-1])
    return term


def _literal(term: str) -> dict:
    end = term.rindex('"')
    text = term[1:end]
    value: dict = {"@value": text if "\\" not in text else _unescape(text)}
    if end + 1 < len(term):
        tail = term[end + 1:]
        if tail[0] == "@":
            value["@language"] = tail[1:]
        elif tail.startswith("^^<"):
            value["@type"] = _node(tail[2:])
    return value


def node_objects(triples: list[str]) -> list[dict]:
    """Expanded JSON-LD node objects of N-Triples lines, one per subject, in order of first appearance."""
    nodes: dict[str, dict] = {}
    keys: dict[str, str] = {}       # predicate term -> JSON-LD key ("@type" for rdf:type)
    for triple in triples:
        subject, predicate, obj = triple[:-3].split(" ", 2)
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = {"@id": _node(subject)}
        key = keys.get(predicate)
        if key is None:
            key = keys[predicate] = _node(predicate)
            if key == _TYPE:
                key = keys[predicate] = "@type"
        if obj[0] == '"':
            if key == "@type":      # a literal type is a plain property, not a node type
                key = _TYPE
            value = _literal(obj)
        elif key == "@type":
            value = _node(obj)
        else:
            value = {"@id": _node(obj)}
        values = node.get(key)
        if values is None:
            node[key] = [value]
        else:
            values.append(value)
    return list(nodes.values())


class JsonLdWriter(_FileWriter):
    """Expanded JSON-LD: ``[{"@id": graph, "@graph": [...]}, ...]``."""

    header = "["
    footer = "\n]\n"

    def __init__(self, path: str | Path):
        super().__init__(path)
        self._first = True

    def write_triples(self, graph: str, triples: list[str]) -> None:
        if not triples:
            return
        block = {"@id": _node(graph), "@graph": node_objects(triples)}
        self._file.write("\n" if self._first else ",\n")
        self._file.write(json.dumps(block, ensure_ascii=False, separators=(",", ":")))
        self._first = False


def write_exports(chunks: Iterable[tuple[str, Iterable[str]]], out: str | Path, *,
                  prefixes: dict[str, str] | None = None,
                  formats: Iterable[str] = tuple(EXPORT_NAMES)) -> dict[str, Path]:
    """Write ``graph.nt``, ``graph.ttl``, ``graph.trig`` and ``graph.jsonld`` (or the ``formats``
    named, keys of :data:`EXPORT_NAMES`) under ``out`` in one pass over ``chunks``, each through a
    temporary file: all are renamed into place at the end, or none when a chunk is refused."""
    out = Path(out)
    unknown = set(formats) - set(EXPORT_NAMES)
    if unknown:
        raise ValueError(f"expected formats among {', '.join(EXPORT_NAMES)} but got {', '.join(sorted(unknown))}")
    makers = {"ntriples": lambda p: NTriplesWriter(p), "turtle": lambda p: TurtleWriter(p, prefixes=prefixes),
              "trig": lambda p: TrigWriter(p, prefixes=prefixes), "jsonld": lambda p: JsonLdWriter(p)}
    writers: dict[str, _FileWriter] = {}
    try:
        for kind in formats:
            writers[kind] = makers[kind](out / EXPORT_NAMES[kind])
        for graph, lines in chunks:
            triples = triples_of(graph, lines)
            for writer in writers.values():
                writer.write_triples(graph, triples)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    return {kind: writer.close() for kind, writer in writers.items()}
