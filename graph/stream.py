"""The graph of a large build, written one document at a time.

``build_dataset`` over a whole corpus holds every quad in an rdflib ``Dataset`` (memory
grows with the corpus and the five rdflib serialisers dominate the build). Here each
document's named graph is made on its own, serialised to sorted N-Quads lines and
written to a shard; the shards are merged (``heapq.merge``) into ``graph.nq``. The
lines are exactly those of :func:`~diplograph.graph.rdf.sorted_nquads` over the whole
dataset, so ``graph.nq`` is byte-identical to the in-memory path. The other exports
are dumped by Oxigraph from the embedded store, and SHACL validation runs on the
entity graph plus a sample of documents.

    >>> shards = write_shards(out / "shards", documents, mentions, relations, events)  # doctest: +SKIP
"""
from __future__ import annotations

import heapq
import os
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import Dataset

from diplograph.graph.rdf import build_dataset, sorted_lines
from diplograph.model import DocumentRecord, Entity, Event, Mention, Relation
from diplograph.ontology.namespace import DEFAULT_BASE

SHARD_DOCS = 100            # documents per shard
VALIDATE_SAMPLE = 25        # documents validated with the entity graph on a streamed build


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
    """The sorted N-Quads lines of one document's named graph."""
    return _lines(build_dataset([record], [], list(mentions), base=base, relations=list(relations),
                                events=list(events)))


def entity_dataset(entities: list[Entity], *, base: str = DEFAULT_BASE) -> Dataset:
    """The shared entity graph alone (network metrics are added to it by the caller)."""
    return build_dataset([], entities, [], base=base)


def write_lines(path: Path, lines: Iterable[str]) -> Path:
    """Sorted, unique lines to ``path`` (through a temporary file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.writelines(sorted(set(lines)))
    os.replace(tmp, path)
    return path


def write_shard(path: str | Path, documents: list[DocumentRecord], groups: dict, *,
                base: str = DEFAULT_BASE) -> Path:
    """One shard: the named graphs of ``documents`` (``groups`` as from :func:`by_document`)."""
    lines: list[str] = []
    for record in documents:
        ms, rs, es = groups.get(record.id, ((), (), ()))
        lines.extend(document_lines(record, ms, rs, es, base=base))
    return write_lines(Path(path), lines)


def write_shards(folder: str | Path, documents: list[DocumentRecord], mentions, relations, events, *,
                 base: str = DEFAULT_BASE, shard_docs: int = SHARD_DOCS) -> list[Path]:
    """Shards ``part-00000.nq``, ... of ``shard_docs`` documents each under ``folder``."""
    folder = Path(folder)
    groups = by_document(mentions, relations, events)
    paths = []
    for n, i in enumerate(range(0, len(documents), shard_docs)):
        paths.append(write_shard(folder / f"part-{n:05d}.nq", documents[i:i + shard_docs], groups, base=base))
    return paths


def _read(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        yield from f


def merge_sorted(paths: list[Path], target: Path) -> int:
    """Merge sorted N-Quads files into ``target`` (sorted, duplicates dropped); return the line count."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    count, last = 0, None
    with tmp.open("w", encoding="utf-8") as f:
        for line in heapq.merge(*(_read(p) for p in paths)):
            if line != last:
                f.write(line)
                count += 1
                last = line
    os.replace(tmp, target)
    return count


def sort_unique(source: Path, target: Path) -> None:
    """Sorted, unique lines of ``source`` into ``target``: ``LC_ALL=C sort -u`` (byte order, which
    for UTF-8 is code-point order, as Python sorts) where available, else in memory."""
    import shutil
    import subprocess

    if shutil.which("sort"):
        subprocess.run(["sort", "-u", "-o", str(target), str(source)], check=True,
                       env={**os.environ, "LC_ALL": "C"})
    else:
        write_lines(target, _read(source))


def dump_exports(store_dir: Path, out: Path, prefixes: dict[str, str]) -> dict[str, Path]:
    """Turtle, N-Triples, TriG and JSON-LD of the store, written by Oxigraph without holding
    the graph in memory (N-Triples sorted, so the same input gives the same bytes)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    union = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    paths = {"turtle": out / "graph.ttl", "ntriples": out / "graph.nt", "trig": out / "graph.trig",
             "jsonld": out / "graph.jsonld"}
    for kind, fmt in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        tmp = paths[kind].with_name(f".{paths[kind].name}.{os.getpid()}.tmp")
        store.query(union).serialize(str(tmp), fmt)
        if kind == "ntriples":
            sort_unique(tmp, paths[kind])
            tmp.unlink(missing_ok=True)
        else:
            os.replace(tmp, paths[kind])
    for kind, fmt in (("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)):
        tmp = paths[kind].with_name(f".{paths[kind].name}.{os.getpid()}.tmp")
        store.dump(str(tmp), fmt, prefixes=prefixes if kind == "trig" else None)
        os.replace(tmp, paths[kind])
    return paths


def sample(items: list, size: int) -> list:
    """``size`` items spread evenly over ``items`` (all of them when there are no more)."""
    if len(items) <= size:
        return list(items)
    step = len(items) / size
    return [items[int(i * step)] for i in range(size)]
