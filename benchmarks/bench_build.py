"""Build benchmark: throughput, memory, workers and rebuilds, as ratios against spaCy's bare tokenizer.

Generates corpora of about 100k and 1M words (``benchmarks/corpus.py``), then, each run in a
fresh process so that peak memory is its own:

- a full build with one worker, per stage, and ``spacy.blank("en")`` over the same texts in the
  same process (the tokenizer baseline);
- the same build with ``--workers 2`` (speed-up over one worker);
- a rebuild after one document of 1,000 changed (fraction of the full build's time), then a
  second one after another document changed (the full build compacts the store it loads, so
  neither rebuild compacts it: ``SETTLED_LOAD_BATCHES`` in ``diplograph/streaming.py``).

The 1M-word builds (one worker, two workers, a rebuild) run ``--repeat`` times (default 3),
interleaved. On a shared machine a run is easily 30% slower than the next, so a ratio between
runs is taken within each round, from runs a minute apart, and the median round is reported
(with every round's ratio, and the CPU time the host took from this machine during each
run); the throughput is the fastest one-worker run's, against the tokenizer timed in the
same process. Writes
``benchmarks/results.json`` and prints a table. Targets are reported, not asserted.

    .venv/bin/python benchmarks/bench_build.py [--repeat N]     # or: make bench
"""
from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = {"100k": 100_000, "1m": 1_000_000}
STAGES = {  # our stage names -> the issue's
    "read": "cleaning", "extract": "rule matching", "resolve": "resolution", "facts": "relations/events",
    "records": "records (JSONL)", "rdf": "RDF", "exports": "exports", "validate": "validation",
    "store": "store", "viewer": "viewer",
}
TARGETS = {"build_vs_tokenizer": ">= 0.10", "rss_1m_over_100k": "<= 1.2", "workers2_speedup": ">= 1.7",
           "rebuild_one_fraction": "<= 0.05"}


def run_once(corpus: str, out: str, workers: int, cache: bool) -> dict:
    """One build in this process; prints its measurements as JSON."""
    import spacy

    from diplograph import build
    from diplograph.extract.reader import discover, read_document

    sources, _ = discover([corpus])
    texts = [read_document(s).text for s in sources]
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.blank("en")
    nlp.max_length = 60_000_000
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    tokenizer_s = time.perf_counter() - t
    del texts, nlp
    t = time.perf_counter()
    result = build([corpus], out, workers=workers, cache=cache)
    build_s = time.perf_counter() - t
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the largest helper (the viewer's page process; the extraction workers with --workers N):
    # not in rss_mb, reported beside it
    helper_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"words": words, "documents": len(result.documents), "tokenizer_s": tokenizer_s,
            "build_s": build_s, "rss_mb": rss_mb, "helper_rss_mb": helper_rss_mb, "stats": result.stats,
            "conforms": result.validation.conforms if result.validation else None}


def steal_seconds() -> float | None:
    """CPU time the host has taken from this (virtual) machine since boot, all CPUs; None where
    the kernel does not tell (no /proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def subprocess_run(corpus: Path, out: Path, workers: int = 1, cache: bool = True) -> dict:
    os.sync()       # the last run's writes reach the disk now, not during (and slowing) this one
    args = [sys.executable, __file__, "--run", str(corpus), str(out), str(workers), "1" if cache else "0"]
    stolen = steal_seconds()
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark run failed:\n{done.stderr[-3000:]}")
    run = json.loads(done.stdout.strip().splitlines()[-1])
    if stolen is not None:
        run["steal_s"] = round(steal_seconds() - stolen, 2)
    return run


def median_round(ratios: list[float]) -> float:
    """The ratio of the median round (of an even number: the lower of the middle two)."""
    return statistics.median_low(ratios)


def compile_bytecode() -> bool:
    """The package's modules compiled to bytecode (``__pycache__``) before the runs, as Python
    keeps them after a first import: each run then measures the build, not the compiling of our
    16k lines (0.18 s in every process, the build's and its helper's), which a machine that sets
    ``PYTHONDONTWRITEBYTECODE`` (this one does) would pay in every run. True when all compiled."""
    import compileall

    root = HERE.parent
    return all(compileall.compile_dir(str(root / folder), quiet=1)
               for folder in ("diplograph", "extract", "graph", "ontology"))


def main(repeat: int = 3) -> None:
    sys.path.insert(0, str(HERE))
    from corpus import generate, seed_folder

    bytecode = compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    try:
        corpora = {name: work / f"corpus-{name}" for name in SIZES}
        for name, words in SIZES.items():
            generate(corpora[name], words)
        runs = {}
        for name in SIZES:       # clean builds, one worker, fresh process each
            runs[name] = subprocess_run(corpora[name], work / f"out-{name}")   # fresh folder: all extracted
            print(f"built {name}: {runs[name]['build_s']:.1f} s", file=sys.stderr)
        ones, twos, rebuilds, next_rebuilds = [runs["1m"]], [], [], []
        changed, changed_next = sorted(corpora["1m"].glob("*.txt"))[500:502]
        for attempt in range(repeat):
            if attempt:     # a fresh folder: every document extracted again
                shutil.rmtree(work / "out-1m")
                ones.append(subprocess_run(corpora["1m"], work / "out-1m"))
                shutil.rmtree(work / "out-1m-w2")
            twos.append(subprocess_run(corpora["1m"], work / "out-1m-w2", workers=2))
            # one document of 1,000 changes; the cache of the clean 1M build (same out folder) serves the rest
            changed.write_text(changed.read_text(encoding="utf-8")
                               + f"\nJapan and Viet Nam held the Mekong Water Dialogue {attempt + 1}.\n", encoding="utf-8")
            rebuilds.append(subprocess_run(corpora["1m"], work / "out-1m"))
            # then another (a store that one rebuild has updated)
            changed_next.write_text(changed_next.read_text(encoding="utf-8")
                                    + f"\nIndia and Nepal held the Kosi River Dialogue {attempt + 1}.\n", encoding="utf-8")
            next_rebuilds.append(subprocess_run(corpora["1m"], work / "out-1m"))
            print(f"1m: {ones[-1]['build_s']:.1f} s, with 2 workers {twos[-1]['build_s']:.1f} s, "
                  f"rebuild {rebuilds[-1]['build_s']:.1f} s, the next {next_rebuilds[-1]['build_s']:.1f} s "
                  f"(steal {[r.get('steal_s') for r in (ones[-1], twos[-1], rebuilds[-1], next_rebuilds[-1])]} s)",
                  file=sys.stderr)
        speedups = [one["build_s"] / two["build_s"] for one, two in zip(ones, twos)]
        fractions = [rebuild["build_s"] / one["build_s"] for one, rebuild in zip(ones, rebuilds)]
        next_fractions = [rebuild["build_s"] / one["build_s"] for one, rebuild in zip(ones, next_rebuilds)]
        next_rebuild = next_rebuilds[next_fractions.index(median_round(next_fractions))]
        middle = speedups.index(median_round(speedups))
        two = twos[middle]
        rebuild = rebuilds[fractions.index(median_round(fractions))]
        big = min(ones, key=lambda run: run["build_s"])
        runs["1m"] = big
        words_per_s = big["words"] / big["build_s"]
        tokenizer_wps = big["words"] / big["tokenizer_s"]
        stage_seconds = big["stats"]["seconds"]
        stages = {}
        for stage, seconds in stage_seconds.items():
            stages[STAGES.get(stage, stage)] = {
                "seconds": round(seconds, 3),
                "words_per_s": round(big["words"] / seconds) if seconds else None,
                "vs_tokenizer": round((big["words"] / seconds) / tokenizer_wps, 4) if seconds else None,
            }
        results = {
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
            "seed_corpus": seed_folder().name,
            "bytecode_compiled_first": bytecode,
            "corpora": {name: {"words": runs[name]["words"], "documents": runs[name]["documents"]} for name in SIZES},
            "tokenizer_words_per_s": round(tokenizer_wps),
            "build_words_per_s": round(words_per_s),
            "build_vs_tokenizer": round(words_per_s / tokenizer_wps, 4),
            "build_100k_vs_tokenizer": round(runs["100k"]["tokenizer_s"] / runs["100k"]["build_s"], 4),
            "stages_1m": stages,
            "rss_mb": {name: round(runs[name]["rss_mb"], 1) for name in SIZES},
            "rss_1m_over_100k": round(runs["1m"]["rss_mb"] / runs["100k"]["rss_mb"], 3),
            "helper_rss_mb": {name: round(runs[name]["helper_rss_mb"], 1) for name in SIZES},
            # the process's peak when each stage ended (a stage met twice, the store: at its last end)
            "rss_mb_at_stage_end": {name: runs[name]["stats"].get("peak_rss_mb") for name in SIZES},
            "workers2_speedup": round(median_round(speedups), 3),
            "workers2_speedup_rounds": [round(r, 3) for r in speedups],
            "workers2_extract_speedup": round(ones[middle]["stats"]["seconds"]["extract"]
                                              / two["stats"]["seconds"]["extract"], 3),
            "rebuild_one_fraction": round(median_round(fractions), 4),
            "rebuild_one_fraction_rounds": [round(r, 4) for r in fractions],
            "rebuild_extracted": rebuild["stats"].get("extracted"),
            "rebuild_written_documents": rebuild["stats"].get("written_documents"),
            "rebuild_stages_seconds": {STAGES.get(k, k): round(v, 3) for k, v in rebuild["stats"]["seconds"].items()},
            # the rebuild after that one: its store compacted already (not a target of the issue's)
            "rebuild_next_fraction": round(median_round(next_fractions), 4),
            "rebuild_next_fraction_rounds": [round(r, 4) for r in next_fractions],
            "rebuild_next_stages_seconds": {STAGES.get(k, k): round(v, 3)
                                            for k, v in next_rebuild["stats"]["seconds"].items()},
            "workers2_stages_seconds": {STAGES.get(k, k): round(v, 3) for k, v in two["stats"]["seconds"].items()},
            "seconds": {"build_1m": round(big["build_s"], 2), "build_1m_median_round": round(ones[middle]["build_s"], 2),
                        "build_1m_workers2": round(two["build_s"], 2),
                        "rebuild_one_of_1000": round(rebuild["build_s"], 2),
                        "rebuild_next_one_of_1000": round(next_rebuild["build_s"], 2),
                        "build_100k": round(runs["100k"]["build_s"], 2)},
            "repeat": repeat,
            "all_seconds_1m": {"build": [round(r["build_s"], 2) for r in ones],
                               "workers2": [round(r["build_s"], 2) for r in twos],
                               "rebuild": [round(r["build_s"], 2) for r in rebuilds],
                               "rebuild_next": [round(r["build_s"], 2) for r in next_rebuilds]},
            # CPU seconds the host took from this machine during each run (all CPUs): a round
            # with much of it measured the neighbours as much as the build
            "steal_seconds_1m": {"build": [r.get("steal_s") for r in ones], "workers2": [r.get("steal_s") for r in twos],
                                 "rebuild": [r.get("steal_s") for r in rebuilds],
                                 "rebuild_next": [r.get("steal_s") for r in next_rebuilds]},
            "conforms": big["conforms"],
            "targets": TARGETS,
        }
        (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print_table(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_table(r: dict) -> None:
    print(f"bare tokenizer: {r['tokenizer_words_per_s']:,} words/s; build (1 worker, "
          f"{r['corpora']['1m']['words']:,} words): {r['build_words_per_s']:,} words/s")
    print(f"{'stage (1M words)':<20} {'seconds':>9} {'words/s':>12} {'vs tokenizer':>13}")
    for stage, row in r["stages_1m"].items():
        wps = f"{row['words_per_s']:,}" if row["words_per_s"] else "-"
        print(f"{stage:<20} {row['seconds']:>9.2f} {wps:>12} {row['vs_tokenizer'] or 0:>13.4f}")
    print(f"{'metric':<24} {'measured':>10} {'target':>8}")
    for key, target in r["targets"].items():
        print(f"{key:<24} {r[key]:>10} {target:>8}")
    print(f"peak RSS MB: {r['rss_mb']} (largest helper process: {r['helper_rss_mb']})")
    print(f"rebuild after one change, seconds per stage: {r['rebuild_stages_seconds']}")
    print(f"the rebuild after it (store compacted already): {r['rebuild_next_fraction']} of a full build; "
          f"seconds per stage: {r['rebuild_next_stages_seconds']}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        corpus, out, workers, cache = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1"
        print(json.dumps(run_once(corpus, out, workers, cache)))
    else:
        import argparse
        parser = argparse.ArgumentParser(description="Build benchmark -> benchmarks/results.json")
        parser.add_argument("--repeat", type=int, default=3,
                            help="rounds of the 1M-word builds, the median round's ratios kept (default 3)")
        main(parser.parse_args().repeat)
