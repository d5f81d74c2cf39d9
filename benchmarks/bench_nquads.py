"""RDF writing benchmark: the rdflib path against string formatting, as speed-up ratios.

Reads the records of a finished build (``diplograph build CORPUS --out OUT``; the documents
are read again from their paths for their text) and times, in this process:

- N-Quads lines of every document: ``graph.stream.document_lines`` (an rdflib Dataset per
  document, serialised) against ``graph.nquads.document_lines``; both must give the same lines;
- the entity graph with its metrics: rdflib Dataset + ``add_metrics_to_dataset`` + serialise,
  against ``nquads.entity_lines`` + ``nquads.metrics_lines``;
- the exports: Oxigraph dumping Turtle, N-Triples, TriG and JSON-LD from ``OUT/store``
  (Oxigraph's dumps from the store (``oxigraph_dump``, the former path)) against ``graph.line_formats.write_exports`` over the chunks
  (given the lines, and end to end with the lines made on the way);
- peak Python allocations (tracemalloc) of the two ways of making every document's lines.

Writes ``benchmarks/results-nquads.json`` and prints it. Nothing is asserted about time.

    .venv/bin/python benchmarks/corpus.py /tmp/nq-100k 100000
    .venv/bin/diplograph build /tmp/nq-100k --out /tmp/nq-100k-out --rdf stream
    .venv/bin/python benchmarks/bench_nquads.py /tmp/nq-100k-out
"""
from __future__ import annotations

import gc
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(out: Path):
    from diplograph.extract.reader import discover, read_document
    from diplograph.graph.read_outputs import _make, _rows, load_records
    from diplograph.model import Relation

    records = load_records(out)
    rows = list(_rows(out / "documents.jsonl"))
    sources, _ = discover([row["path"] for row in rows])
    documents = [read_document(source) for source in sources]
    wanted = [row["id"] for row in rows]
    by_id = {d.id: d for d in documents}
    missing = [i for i in wanted if i not in by_id]
    if missing:
        sys.exit(f"the documents of {out} changed since the build: {len(missing)} ids not found, e.g. {missing[0]}")
    relations = records.relations + [_make(Relation, row) for row in _rows(out / "relations-modal.jsonl")]
    return [by_id[i] for i in wanted], records.mentions, relations, records.events, records.entities


def timed(function, repeat: int = 3):
    """Best of ``repeat`` runs: (seconds, result)."""
    best, result = None, None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = function()
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return best, result


def peak_mb(function) -> float:
    gc.collect()
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(peak / 2 ** 20, 2)


def main(out: Path) -> dict:
    from rdflib import Dataset

    from diplograph.graph import nquads, stream
    from diplograph.graph.analytics import add_metrics_to_dataset, compute_metrics, project
    from diplograph.graph.line_formats import write_exports
    from diplograph.graph.rdf import PREFIXES, build_dataset, sorted_lines

    documents, mentions, relations, events, entities = load(out)
    groups = stream.by_document(mentions, relations, events)
    base = nquads.DEFAULT_BASE
    metrics = compute_metrics(project(entities, mentions, relations, events))

    def old_documents():
        return [stream.document_lines(d, *groups.get(d.id, ((), (), ())), base=base) for d in documents]

    def new_documents():
        return [nquads.document_lines(d, *groups.get(d.id, ((), (), ())), base=base) for d in documents]

    def old_entities():
        dataset = build_dataset([], entities, [], base=base)
        add_metrics_to_dataset(dataset, metrics, base=base)
        return sorted_lines(dataset.serialize(format="nquads"))

    def new_entities():
        return sorted(set(nquads.entity_lines(entities, base=base)) | set(nquads.metrics_lines(metrics, base=base)))

    old_doc_s, old_lines = timed(old_documents)
    new_doc_s, new_lines = timed(new_documents)
    if old_lines != new_lines:
        sys.exit("document lines differ between the rdflib path and nquads: not a fair comparison")
    old_ent_s, old_ent = timed(old_entities)
    new_ent_s, new_ent = timed(new_entities)
    if old_ent != new_ent:
        sys.exit("entity lines differ between the rdflib path and nquads")
    quads = sum(map(len, new_lines)) + len(new_ent)

    chunks = [(nquads.document_graph(d.id, base), lines) for d, lines in zip(documents, new_lines)]
    chunks.append((nquads.entities_graph(base), new_ent))
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    work = Path(tempfile.mkdtemp(prefix="bench-nquads-"))
    try:
        store = out / "store"
        (work / "old").mkdir()
        old_exp_s, _ = timed(lambda: oxigraph_dump(store, work / "old", prefixes))
        new_exp_s, paths = timed(lambda: write_exports(chunks, work / "new", prefixes=prefixes))
        end_to_end_s, _ = timed(lambda: write_exports(
            nquads.build_chunks(documents, mentions, relations, events, entities, metrics, base=base),
            work / "e2e", prefixes=prefixes))
        sizes = {kind: path.stat().st_size for kind, path in paths.items()}
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def each(document_lines):
        def run():
            for d in documents:     # one document's lines at a time, as a streamed build makes them
                document_lines(d, *groups.get(d.id, ((), (), ())), base=base)
        return run

    old_peak = peak_mb(each(stream.document_lines))
    new_peak = peak_mb(each(nquads.document_lines))
    words = sum(len(d.text.split()) for d in documents)
    return {
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "build": str(out), "documents": len(documents), "words": words, "quads": quads,
        "document_lines": {"rdflib_s": round(old_doc_s, 3), "nquads_s": round(new_doc_s, 3),
                           "speedup": round(old_doc_s / new_doc_s, 1),
                           "rdflib_quads_per_s": round(quads / old_doc_s), "nquads_quads_per_s": round(quads / new_doc_s)},
        "entity_and_metrics_lines": {"rdflib_s": round(old_ent_s, 4), "nquads_s": round(new_ent_s, 4),
                                     "speedup": round(old_ent_s / new_ent_s, 1)},
        "exports": {"oxigraph_dump_s": round(old_exp_s, 3), "line_formats_s": round(new_exp_s, 3),
                    "speedup": round(old_exp_s / new_exp_s, 1),
                    "line_formats_with_lines_s": round(end_to_end_s, 3),
                    "dump_vs_lines_and_formats": round(old_exp_s / end_to_end_s, 2), "bytes": sizes},
        "peak_python_mb_one_document_at_a_time": {"rdflib": old_peak, "nquads": new_peak,
                                              "ratio": round(old_peak / new_peak, 2) if new_peak else None},
        "notes": "best of 3 runs each; the rdflib and nquads lines are checked equal before timing is reported; "
                 "peak_python_mb: tracemalloc peak over all documents, each document's lines dropped after it is made; "
                 "Oxigraph's own (Rust) memory is not traced",
    }


def oxigraph_dump(store_dir: Path, out: Path, prefixes: dict[str, str]) -> dict[str, Path]:
    """Turtle, N-Triples, TriG and JSON-LD of the store, dumped by Oxigraph (the exports of
    streamed builds before ``graph/line_formats.py``), kept here as the baseline."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    union = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    paths = {"turtle": out / "graph.ttl", "ntriples": out / "graph.nt", "trig": out / "graph.trig",
             "jsonld": out / "graph.jsonld"}
    for kind, fmt in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        tmp = paths[kind].with_name(f".{paths[kind].name}.{os.getpid()}.tmp")
        store.query(union).serialize(str(tmp), fmt)
        os.replace(tmp, paths[kind])
    for kind, fmt in (("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)):
        tmp = paths[kind].with_name(f".{paths[kind].name}.{os.getpid()}.tmp")
        store.dump(str(tmp), fmt, prefixes=prefixes if kind == "trig" else None)
        os.replace(tmp, paths[kind])
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    results = main(Path(sys.argv[1]))
    (HERE / "results-nquads.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
