"""Per-document extraction speed against spaCy's bare tokenizer, as a ratio (issue 7).

Times ``diplograph.extraction.extract_batch`` over every document of a corpus in one
process, after a warm-up, and ``spacy.blank("en").pipe`` over the same texts; prints
words/s of both (CPU time of this process, best of ``--repeat``, so other
load on the machine disturbs it less) and their ratio. ``--profile`` prints a cProfile of one extraction pass.

    python benchmarks/corpus.py /tmp/speed-100k 100000
    python benchmarks/bench_extract.py /tmp/speed-100k [--repeat 3] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path


def load(folder: Path):
    from diplograph.extract.reader import discover, read_document

    sources, _ = discover([folder])
    return [read_document(source) for source in sources]


def best_of(repeat: int, work) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one extraction pass")
    args = parser.parse_args(argv)

    import spacy
    from diplograph.extraction import extract_batch

    documents = load(args.corpus)
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    extract_batch(documents[:5])                     # warm-up: builds the pipeline, loads the rules
    bare = spacy.blank("en")
    bare.max_length = 60_000_000
    list(bare.pipe(texts[:5]))
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        extract_batch(documents)
        profile.disable()
        pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(30)
    extract_s = best_of(args.repeat, lambda: extract_batch(documents))
    tokenize_s = best_of(args.repeat, lambda: list(bare.pipe(texts)))
    print(f"{len(documents)} documents, {words} words")
    print(f"extract_batch   {words / extract_s:12,.0f} words/s  ({extract_s:.3f} s)")
    print(f"bare tokenizer  {words / tokenize_s:12,.0f} words/s  ({tokenize_s:.3f} s)")
    print(f"tokenizer / extraction time ratio: {extract_s / tokenize_s:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
