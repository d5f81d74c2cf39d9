"""Network stage benchmark: projection, metrics, metrics.csv and graph.html of a finished build.

Two ways, each in its own process so that peak memory is the process's own:

* ``records``: today's stage, ``project()`` over every mention, relation and event of the
  corpus (loaded from ``OUT/*.jsonl`` first, as the in-memory build holds them), then
  ``compute_metrics``, ``metrics_csv`` and ``write_html`` with no viewer limit;
* ``stream``: the records read one document at a time, each reduced to its
  ``DocumentNetwork`` and dropped, merged by ``project_contributions``, then
  ``write_network_files`` (sampled betweenness and the viewer limit).

Seconds are wall clock of the stage (reading the JSONL files is reported apart); memory
is the peak resident set of the process (``ru_maxrss``) and its rise over the process
before the stage. Build the corpora first, e.g.::

    python benchmarks/corpus.py /tmp/net-1m 1000000 && diplograph build /tmp/net-1m --out /tmp/net-1m-out
    python benchmarks/bench_network.py /tmp/net-100k-out /tmp/net-1m-out   # -> benchmarks/results-network.json
"""
from __future__ import annotations

import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results-network.json"


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_records(out: Path, folder: Path) -> dict:
    from diplograph.graph.analytics import compute_metrics, metrics_csv, project
    from diplograph.graph.read_outputs import load_records
    from diplograph.graph.viewer import write_html
    from diplograph.model import FACT_MODALITIES

    before = _rss_mb()
    t = time.perf_counter()
    records = load_records(out)
    read_s = time.perf_counter() - t
    loaded = _rss_mb()
    t = time.perf_counter()
    facts = [r for r in records.relations if r.modality in FACT_MODALITIES]
    graph = project(records.entities, records.mentions, facts, records.events)
    project_s = time.perf_counter() - t
    t = time.perf_counter()
    metrics = compute_metrics(graph)
    metrics_s = time.perf_counter() - t
    t = time.perf_counter()
    (folder / "metrics.csv").write_text(metrics_csv(metrics), encoding="utf-8")
    write_html(graph, folder / "graph.html", documents=records.documents, max_nodes=None)
    write_s = time.perf_counter() - t
    return {"read_s": read_s, "project_s": project_s, "metrics_s": metrics_s, "write_s": write_s,
            "stage_s": project_s + metrics_s + write_s, "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(), "rss_before_mb": before, "rss_records_mb": loaded - before,
            "peak_mb": _peak_mb(), "html_bytes": (folder / "graph.html").stat().st_size}


def run_stream(out: Path, folder: Path) -> dict:
    from diplograph.graph.contributions import document_network, project_contributions
    from diplograph.graph.network import write_network_files
    from diplograph.graph.read_outputs import load_entities, records_by_document

    before = _rss_mb()
    entities = load_entities(out)
    documents = {row["path"]: row.get("title") or row["path"]
                 for row in map(json.loads, (out / "documents.jsonl").read_text(encoding="utf-8").splitlines())}
    contribute_s = 0.0

    def parts():
        nonlocal contribute_s
        for doc_id, mentions, relations, events in records_by_document(out):
            t = time.perf_counter()
            part = document_network(doc_id, mentions, relations, events)
            contribute_s += time.perf_counter() - t
            yield part

    merged_at = time.perf_counter()
    graph = project_contributions(entities, parts())
    merge_total = time.perf_counter() - merged_at
    t = time.perf_counter()
    paths, metrics = write_network_files(entities, graph, folder, documents=documents)
    files_s = time.perf_counter() - t
    return {"contribute_s": contribute_s, "read_and_merge_s": merge_total - contribute_s,
            "metrics_and_files_s": files_s, "stage_s": contribute_s + (merge_total - contribute_s) + files_s,
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "rss_before_mb": before,
            "peak_mb": _peak_mb(), "html_bytes": paths["viewer"].stat().st_size}


def child(mode: str, out: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        row = (run_records if mode == "records" else run_stream)(Path(out), Path(tmp))
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()}))


def main(outs: list[str]) -> int:
    report = {"python": platform.python_version(), "machine": platform.machine(), "builds": []}
    for out in outs:
        row = {"out": out}
        for mode in ("records", "stream"):
            done = subprocess.run([sys.executable, __file__, "--child", mode, out], check=True, capture_output=True,
                                  text=True)
            row[mode] = json.loads(done.stdout.strip().splitlines()[-1])
            print(out, mode, row[mode], file=sys.stderr)
        row["ratios"] = {"stage_records_over_stream": round(row["records"]["stage_s"] / row["stream"]["stage_s"], 1),
                         "peak_records_over_stream": round(row["records"]["peak_mb"] / row["stream"]["peak_mb"], 2)}
        report["builds"].append(row)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 2:
        sys.exit(main(sys.argv[1:]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
