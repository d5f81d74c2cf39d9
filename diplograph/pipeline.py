"""Documents in, knowledge graph out: read, extract, resolve, write.

    >>> from diplograph import build
    >>> result = build(["examples"], out="out/examples")
    >>> len(result.entities) > 0
    True
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from diplograph.extract.facts import resolve_facts, split_by_modality
from diplograph.extract.gazetteer import default_gazetteer
from diplograph.extract.reader import DEFAULT_MAX_BYTES, ReadError, discover, read_document
from diplograph.extraction import CACHE_DIR, extract_documents, rules_version
from diplograph.extract.resolve import Resolver
from diplograph.model import DocumentRecord, Entity, Event, FileProblem, Mention, Relation
from diplograph.outputs import write_jsonl_atomic
from diplograph.ontology.namespace import DEFAULT_BASE

@dataclass
class BuildResult:
    """Everything a build produced; ``problems`` lists the files it could not use.

    A streamed build (:mod:`diplograph.streaming`) does not hold its records: ``mentions``,
    ``relations`` and ``events`` are read from ``OUT/*.jsonl`` on first use, and ``documents``
    carry their metadata without their text."""

    out: Path | None
    documents: list[DocumentRecord] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    validation: object | None = None    # diplograph.graph.validate.Report when the build validated
    stats: dict = field(default_factory=dict)   # seconds per stage, documents cached/extracted, quads

    @property
    def ok(self) -> bool:
        return not self.problems


def read_all(inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
             on_problem: Callable[[FileProblem], None] | None = None) -> tuple[list[DocumentRecord], list[FileProblem]]:
    sources, problems = discover(list(inputs))
    for problem in problems:
        if on_problem:
            on_problem(problem)
    documents = []
    for source in sources:
        try:
            documents.append(read_document(source, max_bytes=max_bytes))
        except ReadError as error:
            problem = FileProblem(str(source.path), str(error))
            problems.append(problem)
            if on_problem:
                on_problem(problem)
    return documents, problems


def build(inputs: Iterable[str | Path], out: str | Path | None = None, *, model: str | None = None,
          base: str = DEFAULT_BASE, max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False,
          on_problem: Callable[[FileProblem], None] | None = None, validate: bool = True,
          workers: int = 1, cache: bool = True, rdf: str = "auto", engine: str = "local",
          scheduler: str | None = None, exports: str | Iterable[str] = "auto") -> BuildResult:
    """Build the knowledge graph of the documents under ``inputs``; write it under ``out`` if given.

    With ``validate`` (the default) the written graph is checked against the SHACL shapes and
    the report is in ``result.validation``. ``workers`` spreads the extraction over processes;
    with ``cache`` (the default when ``out`` is given) unchanged documents are taken from
    ``OUT/cache`` (see :mod:`diplograph.extraction`). ``rdf`` is ``"memory"`` (one rdflib
    dataset), ``"stream"`` (one document graph at a time, see :mod:`diplograph.graph.stream`)
    or ``"auto"`` (streams above :data:`STREAM_ABOVE_BYTES` of input). ``engine="dask"`` runs the
    extraction on a Dask cluster (``scheduler`` address, else a local cluster). ``exports`` names
    the serialisations written besides ``graph.nq`` (see :func:`export_formats`): by default all
    of them for an in-memory build, none for a streamed one (each is as large as the corpus's
    graph and would be rewritten by every rebuild; ask for them, or query the store)."""
    from diplograph.ontology.iri import check_base

    check_base(base)
    if engine not in ("local", "dask"):
        raise ValueError(f"expected engine 'local' or 'dask' but got {engine!r}")
    if rdf not in ("auto", "memory", "stream"):
        raise ValueError(f"expected rdf 'auto', 'memory' or 'stream' but got {rdf!r}")
    if workers < 1:
        raise ValueError(f"expected workers >= 1 but got {workers}")
    streamed = out is not None and (engine == "dask" or rdf == "stream"
                                    or (rdf == "auto" and _input_exceeds(inputs, STREAM_ABOVE_BYTES)))
    formats = export_formats(exports, streamed=streamed)
    stats: dict = {}
    clock = _Clock(stats)
    if streamed:
        from diplograph.streaming import build_streamed
        return build_streamed(inputs, out, model=model, base=base, max_bytes=max_bytes, progress=progress,
                              on_problem=on_problem, validate=validate, workers=workers, cache=cache,
                              clock=clock, stats=stats, engine=engine, scheduler=scheduler, formats=formats)
    documents, problems = read_all(inputs, max_bytes=max_bytes, on_problem=on_problem)
    clock.lap("read")
    cache_dir = Path(out) / CACHE_DIR / rules_version() if (out is not None and cache) else None
    if engine == "dask":
        from diplograph.dask_engine import extract_with_dask
        extractions = extract_with_dask(documents, model=model, scheduler=scheduler, workers=workers,
                                        cache_dir=cache_dir, stats=stats)
    else:
        extractions = extract_documents(documents, model=model, workers=workers, cache_dir=cache_dir,
                                        progress=progress, stats=stats)
    if cache_dir is not None:
        _drop_other_versions(cache_dir)
    clock.lap("extract")
    mentions, entities = Resolver(default_gazetteer()).resolve(documents, extractions)
    clock.lap("resolve")
    relations, events = resolve_facts(documents, extractions, mentions, entities)
    del extractions
    clock.lap("facts")
    result = BuildResult(out=Path(out) if out else None, documents=documents, mentions=mentions,
                         entities=entities, relations=relations, events=events, problems=problems,
                         stats=stats)
    if out is not None:
        from diplograph.outputs import staged   # all files or none: see diplograph/outputs.py
        from diplograph.streaming import forget_store_graphs
        final = result.out
        forget_store_graphs(final)      # the store this build writes is not the streamed one they describe
        with staged(final) as stage:
            result.out = stage
            write_outputs(result, base=base, validate=validate, clock=clock, formats=formats)
        result.out, result.outputs = final, {k: final / p.relative_to(stage) for k, p in result.outputs.items()}
    return result


EXPORT_FORMATS = {"ttl": "turtle", "nt": "ntriples", "trig": "trig", "jsonld": "jsonld"}


def export_formats(exports: str | Iterable[str], *, streamed: bool) -> tuple[str, ...]:
    """The export kinds (``turtle``, ``ntriples``, ``trig``, ``jsonld``) asked for by ``exports``:
    ``"auto"``, ``"all"``, ``"none"``, or a comma-separated list (or iterable) of ttl, nt, trig, jsonld."""
    if isinstance(exports, str):
        if exports == "auto":
            return () if streamed else tuple(EXPORT_FORMATS.values())
        names = [n.strip() for n in exports.split(",") if n.strip()]
    else:
        names = list(exports)
    if names == ["all"]:
        return tuple(EXPORT_FORMATS.values())
    if names == ["none"]:
        return ()
    unknown = [n for n in names if n not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"unknown export {', '.join(unknown)}: expected all, none, auto or some of "
                         f"{', '.join(EXPORT_FORMATS)}")
    return tuple(EXPORT_FORMATS[n] for n in dict.fromkeys(names))


# rdflib's in-memory dataset and serialisers grow with the corpus: with ``rdf="auto"``, above
# this many bytes of input files the build streams (diplograph/streaming.py), reading only the
# files that changed since the last build; below it one dataset gives every export.
STREAM_ABOVE_BYTES = 500_000


def _input_exceeds(inputs, limit: int) -> bool:
    """Whether the files of ``inputs`` hold more than ``limit`` bytes (counted until they do)."""
    sources, _ = discover(list(inputs))
    total = 0
    for source in sources:
        try:
            total += source.path.stat().st_size
        except OSError:
            continue
        if total > limit:
            return True
    return False


class _Clock:
    """Seconds per stage into ``stats["seconds"]``; the process's peak memory (MB) when each stage
    ended into ``stats["peak_rss_mb"]``, to tell which stage makes it."""

    def __init__(self, stats: dict):
        self.seconds = stats.setdefault("seconds", {})
        self.peaks = stats.setdefault("peak_rss_mb", {})
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        import resource

        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self.last
        self.peaks[stage] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        self.last = now


def _drop_other_versions(cache_dir: Path) -> None:
    """Cache folders of other rules versions can never be hit again."""
    import shutil

    for folder in cache_dir.parent.iterdir():
        if folder.is_dir() and folder != cache_dir:
            shutil.rmtree(folder, ignore_errors=True)


def _write_records(result: BuildResult) -> dict[str, Path]:
    out = result.out
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "documents": out / "documents.jsonl",
        "mentions": out / "mentions.jsonl",
        "entities": out / "entities.jsonl",
        "relations": out / "relations.jsonl",
        "relations_modal": out / "relations-modal.jsonl",
        "events": out / "events.jsonl",
        "store": out / "store",
    }
    write_jsonl_atomic(paths["documents"], (d.to_dict() for d in result.documents))
    write_jsonl_atomic(paths["mentions"], (m.to_dict() for m in result.mentions))
    write_jsonl_atomic(paths["entities"], (e.to_dict() for e in result.entities))
    facts, modal = split_by_modality(result.relations)
    write_jsonl_atomic(paths["relations"], (r.to_dict() for r in facts))
    write_jsonl_atomic(paths["relations_modal"], (r.to_dict() for r in modal))
    write_jsonl_atomic(paths["events"], (e.to_dict() for e in result.events))
    return paths


def write_outputs(result: BuildResult, *, base: str = DEFAULT_BASE, validate: bool = False,
                  clock: _Clock | None = None, formats: Iterable[str] = ("turtle", "ntriples", "trig", "jsonld")) -> None:
    from diplograph.graph.export import write_exports
    from diplograph.graph.rdf import build_dataset

    clock = clock or _Clock(result.stats)
    paths = _write_records(result)
    clock.lap("records")
    dataset = build_dataset(result.documents, result.entities, result.mentions, base=base,
                            relations=result.relations, events=result.events)
    clock.lap("rdf")
    from diplograph.graph.network import write_network_outputs
    paths.update(write_network_outputs(result, dataset, base=base))   # metrics.csv, graph.html
    clock.lap("viewer")
    paths.update(write_exports(dataset, result.out, ("nquads", *formats)))
    clock.lap("rdf")
    if validate:
        from diplograph.graph.validate import validate_dataset
        result.validation = validate_dataset(dataset)
        clock.lap("validate")
    from diplograph.graph.store import write_store
    write_store(result.out, paths["nquads"])
    clock.lap("store")
    result.outputs = paths
