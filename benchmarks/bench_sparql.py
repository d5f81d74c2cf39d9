"""SPARQL speed on a synthetic graph shaped like ours (>= 1M triples), reported as ratios.

    python benchmarks/bench_sparql.py [--documents 21000] [--rdflib-timeout 300] [--no-servers]

For every saved query: the median latency through `diplograph query` (in-process
``cli.main``, output discarded; the interpreter's start-up is reported separately),
through raw pyoxigraph on the same store, and on rdflib's in-memory engine, in the same
run. Then load throughput: embedded store ``bulk_load`` vs ``load``, and ``diplograph load``
into the Oxigraph server and Virtuoso (started from tests/servers.py). Writes
benchmarks/results-sparql.json. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from diplograph.cli import main as cli_main  # noqa: E402
from diplograph.graph.query import parse_term, prefixes_of, saved_queries  # noqa: E402
from diplograph.graph.store import graph_counts, write_store  # noqa: E402
from diplograph.ontology.namespace import DEFAULT_BASE, DG  # noqa: E402

PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
NS = str(DG._NS)
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAMS = {
    "entities-of-class": {"class": "dg:Country"},
    "country-partners": {"name": "Country 7"},
    "country-mechanisms": {"name": "Country 7"},
    "events-by-year": {"year": "2017"},
    "co-participation": {},
    "relation-evidence": {"subject": "Country 7"},
    "documents": {},
    "entity-documents": {"name": "Organisation 3"},
}


def synthetic_nquads(path: Path, documents: int, seed: int = 7) -> int:
    """Documents with titles/dates, mentions, relations with reified evidence, events, entities."""
    rng = random.Random(seed)
    n = lambda local: ox.NamedNode(local)
    term = lambda kind, i: n(f"{DEFAULT_BASE}entity/{kind}-{i}")
    kinds = {"country": (200, "Country"), "org": (3000, "Organisation"), "mech": (2000, "Mechanism"),
             "event": (8000, "Event"), "place": (1000, "Place")}
    type_, label = n(RDF + "type"), n(RDFS + "label")
    entities = n(f"{DEFAULT_BASE}graph/entities")
    quads = []
    for kind, (count, cls) in kinds.items():
        for i in range(count):
            e = term(kind, i)
            quads += [ox.Quad(e, type_, n(NS + cls), entities),
                      ox.Quad(e, label, ox.Literal(f"{cls} {i}"), entities),
                      ox.Quad(e, n(NS + "mentionCount"), ox.Literal(str(rng.randint(1, 400)),
                                                                    datatype=n(XSD + "integer")), entities)]
            if kind == "event":
                quads += [ox.Quad(e, n(NS + "date"), ox.Literal(f"{rng.randint(2000, 2023)}-{rng.randint(1, 12):02d}-"
                                                                f"{rng.randint(1, 28):02d}", datatype=n(XSD + "date")),
                                  entities),
                          ox.Quad(e, n(NS + "place"), term("place", rng.randrange(1000)), entities)]
    actors = [("country", 200), ("org", 3000)]
    for d in range(documents):
        g = n(f"{DEFAULT_BASE}document/doc-{d}")
        quads += [ox.Quad(g, type_, n(NS + "Document"), g), ox.Quad(g, n(DCT + "title"), ox.Literal(f"Document {d}"), g),
                  ox.Quad(g, n(DCT + "date"), ox.Literal(f"20{rng.randint(10, 23)}-01-01", datatype=n(XSD + "date")), g),
                  ox.Quad(g, n(NS + "sourcePath"), ox.Literal(f"corpus/{d}.txt"), g)]
        for _ in range(25):
            kind, count = rng.choice(list(kinds.items()))
            quads.append(ox.Quad(term(kind, rng.randrange(count[0])), n(NS + "mentionedIn"), g, g))
        for r in range(3):
            kind, count = rng.choice(actors)
            s = term(kind, rng.randrange(count))
            p, o = rng.choice([("partnerOf", term("country", rng.randrange(200))),
                               ("memberOf", term("mech", rng.randrange(2000))),
                               ("initiated", term("mech", rng.randrange(2000))),
                               ("participatedIn", term("event", rng.randrange(8000))),
                               ("hosted", term("event", rng.randrange(8000)))])
            # the statement shape graph/provenance.py writes: a dg:RelationStatement derived from a dg:Sentence
            st = n(f"{DEFAULT_BASE}statement/{d}-{r}")
            sentence = n(f"{DEFAULT_BASE}sentence/{d}/{r * 100}-{r * 100 + 60}")
            integer = n("http://www.w3.org/2001/XMLSchema#integer")
            quads += [ox.Quad(s, n(NS + p), o, g), ox.Quad(st, type_, n(NS + "RelationStatement"), g),
                      ox.Quad(st, n(RDF + "subject"), s, g), ox.Quad(st, n(RDF + "predicate"), n(NS + p), g),
                      ox.Quad(st, n(RDF + "object"), o, g), ox.Quad(st, n(NS + "modality"), ox.Literal("asserted"), g),
                      ox.Quad(st, n(NS + "rule"), ox.Literal("bench"), g), ox.Quad(st, n(NS + "inDocument"), g, g),
                      ox.Quad(st, n(PROV + "wasDerivedFrom"), sentence, g),
                      ox.Quad(sentence, type_, n(NS + "Sentence"), g), ox.Quad(sentence, n(NS + "inDocument"), g, g),
                      ox.Quad(sentence, n(NIF + "beginIndex"), ox.Literal(str(r * 100), datatype=integer), g),
                      ox.Quad(sentence, n(NIF + "endIndex"), ox.Literal(str(r * 100 + 60), datatype=integer), g),
                      ox.Quad(sentence, n(NIF + "anchorOf"), ox.Literal(f"Sentence {r} of document {d} says {p}."), g)]
    ox.serialize(quads, output=str(path), format=ox.RdfFormat.N_QUADS)
    return len(quads)


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cli_args(out: Path, name: str) -> list[str]:
    args = ["query", str(out), "--name", name, "--format", "csv"]
    for key, value in PARAMS.get(name, {}).items():
        args += ["--param", f"{key}={value}"]
    return args


def _rdflib_worker(nq: str, timeout: int, queue) -> None:
    from rdflib import Dataset, Literal, URIRef

    def convert(term):
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if term.datatype.value == XSD + "string":
            return Literal(term.value)          # rdflib: a plain literal is not equal to "x"^^xsd:string
        return Literal(term.value, datatype=URIRef(term.datatype.value))

    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(nq, format="nquads")
    queue.put(("parse", time.perf_counter() - started))

    def alarm(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, alarm)
    for name, query in saved_queries().items():
        bindings = {key: convert(parse_term(value, prefixes_of(query.text))) for key, value in PARAMS.get(name, {}).items()}
        signal.alarm(timeout)
        started = time.perf_counter()
        try:
            rows = len(list(dataset.query(query.text, initBindings=bindings)))
            queue.put((name, time.perf_counter() - started, rows))
        except TimeoutError:
            queue.put((name, None, None))
        except Exception as error:          # rdflib's own engine errors on some valid queries
            queue.put((name, None, f"rdflib error: {type(error).__name__}: {error}"))
        finally:
            signal.alarm(0)
    queue.put(("done", 0))


def bench_rdflib(nq: Path, timeout: int) -> dict:
    queue = multiprocessing.Queue()
    worker = multiprocessing.Process(target=_rdflib_worker, args=(str(nq), timeout, queue))
    worker.start()
    results = {}
    while True:
        item = queue.get()
        if item[0] == "done":
            break
        results[item[0]] = item[1:] if len(item) > 2 else item[1]
    worker.join()
    return results


def bench_servers(out: Path, triples: int) -> dict:
    import servers
    from diplograph.graph.load import load

    found = {}
    for name, start in (("oxigraph-server", servers.oxigraph_server), ("virtuoso", servers.virtuoso_server)):
        try:
            with start() as server:
                report = load(out, server.endpoint, graph_store=server.graph_store, user=server.user,
                              password=server.password)
                found[name] = {"triples": report.loaded, "seconds": round(report.seconds, 2),
                               "triples_per_second": round(report.triples_per_second),
                               "verified": report.ok, "requests": report.requests}
        except servers.Unavailable as reason:
            found[name] = {"skipped": str(reason)}
    return found


def run(documents: int, rdflib_timeout: int, with_servers: bool, repeat: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="dg-bench-sparql-"))
    try:
        nq = work / "graph.nq"
        triples = synthetic_nquads(nq, documents)
        print(f"synthetic graph: {triples} quads, {documents} documents", file=sys.stderr)

        load_figures = {}
        started = time.perf_counter()
        write_store(work, nq)                                       # bulk_load, as build does
        load_figures["embedded_bulk_load_triples_per_second"] = round(triples / (time.perf_counter() - started))
        plain = ox.Store(str(work / "plain-load"))
        started = time.perf_counter()
        plain.load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        load_figures["embedded_load_triples_per_second"] = round(triples / (time.perf_counter() - started))
        del plain
        load_figures["bulk_load_speedup"] = round(load_figures["embedded_bulk_load_triples_per_second"]
                                                  / load_figures["embedded_load_triples_per_second"], 2)
        print(load_figures, file=sys.stderr)

        store = ox.Store.read_only(str(work / "store"))
        triples = sum(graph_counts(store).values())       # distinct quads (the generator repeats a few)
        queries = {}
        for name, query in saved_queries().items():
            subs = {ox.Variable(k): parse_term(v, prefixes_of(query.text)) for k, v in PARAMS.get(name, {}).items()}
            raw = lambda: list(store.query(query.text, use_default_graph_as_union=True, substitutions=subs or None))
            rows = len(raw())

            def through_cli():
                with contextlib.redirect_stdout(io.StringIO()):
                    assert cli_main(cli_args(work, name)) == 0

            through_cli()
            queries[name] = {"rows": rows, "raw_pyoxigraph_s": median_time(raw, repeat),
                             "diplograph_query_s": median_time(through_cli, repeat)}
            print(name, queries[name], file=sys.stderr)
        del store

        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "diplograph.cli", "query", str(work), "--name", "documents",
                        "--format", "csv"], check=True, capture_output=True)
        cold_cli = time.perf_counter() - started

        rdflib = bench_rdflib(nq, rdflib_timeout)
        print("rdflib", rdflib, file=sys.stderr)
        for name, figures in queries.items():
            seconds, rows = rdflib.get(name, (None, None))
            figures["rdflib_s"] = seconds
            figures["rdflib_rows"] = rows
            figures["cli_overhead_vs_raw"] = round(figures["diplograph_query_s"] / figures["raw_pyoxigraph_s"], 3)
            failed = isinstance(rows, str)
            slowest = seconds if seconds is not None else float(rdflib_timeout)
            figures["rdflib_vs_embedded"] = None if failed else round(slowest / figures["diplograph_query_s"], 1)
            figures["rdflib_timed_out"] = seconds is None and not failed

        result = {
            "triples": triples, "documents": documents, "repeat": repeat, "rdflib_timeout_s": rdflib_timeout,
            "rdflib_parse_s": round(rdflib.get("parse", 0), 1),
            "queries": queries,
            "median_rdflib_vs_embedded": statistics.median(
                q["rdflib_vs_embedded"] for q in queries.values() if q["rdflib_vs_embedded"] is not None),
            "median_cli_overhead_vs_raw": statistics.median(q["cli_overhead_vs_raw"] for q in queries.values()),
            "cold_cli_process_s": round(cold_cli, 3),
            "load": load_figures,
            "python": sys.version.split()[0], "pyoxigraph": ox.__version__,
        }
        if with_servers:
            result["load"]["servers"] = bench_servers(work, triples)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=21_000, help="synthetic documents (21000 gives >1M distinct quads)")
    parser.add_argument("--rdflib-timeout", type=int, default=300, help="seconds per rdflib query before giving up")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query for the median")
    parser.add_argument("--no-servers", action="store_true", help="skip the server load figures")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results-sparql.json")
    args = parser.parse_args()
    result = run(args.documents, args.rdflib_timeout, not args.no_servers, args.repeat)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "queries"}, indent=2))


if __name__ == "__main__":
    main()
