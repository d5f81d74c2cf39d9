"""A large build, one document at a time, reusing what has not changed.

Memory holds the corpus-wide state only (the acronym table and the tallies until the fragments
are written, the entity table, the merged network while its metrics are made, in the build's
helper process when there is one; the entity graph's lines go to a file); a document's records
are made, written and dropped. Three passes:

1. **extract**: each file is read and extracted, or, when its size and modification time
   are those of the last build, taken from the cache without being read
   (:mod:`diplograph.extraction` keeps ``(record, extraction)`` per document);
2. **resolve**: the acronym table from every document's definitions, then each document's
   mentions resolved against it and tallied into the entity table. A document whose
   questions to the table (:meth:`~diplograph.extract.resolve.Resolver.document_rows`) get the
   answers they got last time keeps its tally;
3. **write**: each document's outputs (its JSONL lines, the N-Quads of its named graph, its
   share of the entity network) are a *fragment*, cached under a signature of everything
   they depend on: the extraction, the answers of the table, the classes of the entities
   it names and the base IRI. Unchanged fragments are reused; the output files are their
   concatenation plus the corpus-wide parts (entities, metrics, viewer).

The embedded store of the previous build is copied (Oxigraph's ``backup``: hard links) and
only the named graphs whose fragment changed are replaced. A build that bulk-loads a large
corpus's store compacts it before committing it; a store an older build left uncompacted is
compacted by the first rebuild, on its copy, meanwhile (:mod:`diplograph.store_compaction`).
A rebuild equals a clean build.

    >>> result = build_streamed(["archive/"], "out/archive", workers=2)   # doctest: +SKIP
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import re
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

from diplograph.extract.facts import document_facts, referenced_keys, split_by_modality
from diplograph.extract.gazetteer import default_gazetteer
from diplograph.extract.reader import discover
from diplograph.extract.records import AcronymDefinition
from diplograph.extract.resolve import AcronymTable, EntityTally, Resolver, document_mentions
from diplograph.extraction import ExtractionCache, FileExtracted, extracted_files, read_and_extract
from diplograph.graph.contributions import document_network
from diplograph.graph.network_data import metrics_csv
from diplograph.graph.network_job import measure_network, premerge_networks, write_measured_page
from diplograph.graph.helper_process import HelperProcess, Job, run_here, validate_files
from diplograph.graph.nquads import document_lines, entity_lines, metrics_lines
from diplograph.fragments import RECORD_KINDS, Fragment, FragmentCache
from diplograph.heap import build_heap, paused_gc, settle
from diplograph.model import DocumentRecord, Entity, FileProblem
from diplograph.ontology.iri import Minter
from diplograph.outputs import jsonl_text, read_ahead, start_writeback, write_bytes_atomic, write_text_atomic
from diplograph.pool import map_in_chunks, worker_state
from diplograph.store_compaction import CompactedCopy

MANIFEST = "manifest.pkl"
FRAGMENTS = "fragments"
VIEWER_PAGE = "graph.html"      # the entity network's page, drawn by the helper or here
LAYOUT_KEPT = "layout.positions"      # the last page's layout (a pickle), read back when the next page lays out the same graph
STORE_GRAPHS = ".store-graphs.json"     # the committed store's graphs (-> fragment signature), its compaction
STORE_SHARED = ".store-shared.nq"       # the entity graph's lines in the committed store
REPLACE_GRAPHS_UP_TO = 0.25             # above this share of stale named graphs, the store is loaded anew
# A store bulk-loaded in more batches than this is compacted by the build that loads it (a store
# an older build left so is compacted before its first update: diplograph/store_compaction.py).
# Each batch is a file at RocksDB's first level; the first write after the load waits for RocksDB
# to merge them when they are many: after 55 batches (1.1M quads in batches of 20k lines) one
# graph's update waited 0.4-1.6 s, after 37 or 28 it took 0.03 s. In batches of 20k lines
# (graph/store.py) that is a corpus of up to about 600k words.
SETTLED_LOAD_BATCHES = 32
HELPER_PROCESS = True   # the network, graph.html and the validation by a helper process (graph/helper_process.py), on another core


@dataclass
class DocumentState:
    """What the last build knew of one file: enough to skip it when nothing it depends on changed."""

    source: str                     # the file, as found
    name: str                       # its path under the input folder (part of the document id)
    size: int
    mtime_ns: int
    key: str                        # extraction cache key (content, rules, model)
    record: dict                    # DocumentRecord.to_dict(): metadata, no text
    definitions: list[AcronymDefinition] = field(default_factory=list)
    asked: dict | None = None       # question to the acronym table -> answer, at the last resolution
    tally: bytes | None = None      # its EntityTally, pickled
    referenced: list[str] = field(default_factory=list)     # entity keys its outputs depend on
    fragment: str | None = None
    # (its fragment's signature, that fragment's sizes): read from the cache once, kept in the manifest
    fragment_sizes: tuple[str, Fragment] | None = None

    @property
    def doc_id(self) -> str:
        return self.record["id"]

    @property
    def path(self) -> str:
        return self.record["path"]


def _jsonl(rows) -> str:
    return jsonl_text(row.to_dict() for row in rows)


def _load_manifest(folder: Path) -> dict[str, DocumentState]:
    try:
        with (folder / MANIFEST).open("rb") as f, paused_gc():
            states = pickle.load(f)
        return states if isinstance(states, dict) else {}
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        return {}


def _save_manifest(folder: Path, states: list[DocumentState]) -> None:
    with paused_gc():
        data = pickle.dumps({s.source: s for s in states}, protocol=pickle.HIGHEST_PROTOCOL)
    write_bytes_atomic(folder / MANIFEST, data)


def _forget_resolution(states: list[DocumentState]) -> None:
    """Drop what only the next build's resolution reads (it is in the saved manifest): the rest of
    the build needs each state's record and fragment, and memory should not hold a corpus-wide
    pile of tallies and answers while the network and the store are made."""
    for state in states:
        state.definitions, state.asked, state.tally, state.referenced = [], None, None, []


def give_back_freed_memory() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``; nothing elsewhere).
    Oxigraph's loader threads leave freed memory in per-thread heaps that would otherwise count
    as in use for the rest of the build."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# glibc's mallopt() parameter for the most heaps (arenas) its threads may spread over
M_ARENA_MAX = -8


def fewer_heaps() -> None:
    """At most one C heap per core (two at least) for the threads started from now on (glibc's
    ``M_ARENA_MAX``; nothing elsewhere). glibc's default is eight per core, and each of Oxigraph's
    loader threads leaves what it freed scattered in its own, where :func:`give_back_freed_memory`
    cannot return it: a load of 1.1M quads kept 17 MB after its store closed, 6-11 MB with two
    heaps, so the 1M-word build's later stages peak 12-16 MB lower. The price, measured: that load
    takes 5-15% longer (its threads share the heaps) and peaks a few MB higher itself."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, max(2, os.cpu_count() or 1))
    except (OSError, AttributeError):
        pass


def forget_store_graphs(out: Path) -> None:
    """For a build that writes the store another way (in memory): the next streamed build must not
    take the store for the one these files describe, and loads it anew."""
    for name in (STORE_GRAPHS, STORE_SHARED):
        (out / name).unlink(missing_ok=True)


def _digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]


# --- pass 1: extract ------------------------------------------------------------------------

def extract_pass(inputs, cache: ExtractionCache, old: dict[str, DocumentState], *, model: str | None,
                 workers: int, max_bytes: int, on_problem: Callable[[FileProblem], None] | None,
                 stats: dict, progress: bool = False, client=None,
                 on_unchanged: Callable[[list], None] | None = None) -> tuple[list[DocumentState], list[FileProblem]]:
    """A state per readable file, in discovery order; the others become problems. ``on_unchanged``
    is given, before any file is read, the files in discovery order: the last build's state of
    those unchanged since, ``None`` for the others."""
    sources, found = discover(list(inputs))
    problems: list[FileProblem] = []

    def report(problem: FileProblem) -> None:
        problems.append(problem)
        if on_problem:
            on_problem(problem)

    for problem in found:
        report(problem)
    slots: list[DocumentState | None] = []      # discovery order; None until read
    todo: list[tuple[int, object, os.stat_result]] = []
    cached = extracted = 0
    for source in sources:
        try:
            stat = source.path.stat()
        except OSError as error:
            report(FileProblem(str(source.path), f"cannot read: {error.strerror or error}"))
            continue
        before = old.get(str(source.path))
        if before and before.size == stat.st_size and before.mtime_ns == stat.st_mtime_ns \
                and before.name == source.name and (cache.folder / f"{before.key}.pkl").exists():
            slots.append(before)        # unchanged file: not even read
            cached += 1
            continue
        todo.append((len(slots), source, stat))
        slots.append(None)
    if on_unchanged is not None:
        on_unchanged(list(slots))
    if client is not None:
        outcomes = _read_and_extract_on_dask(client, [s for _, s, _ in todo], cache, model=model,
                                             max_bytes=max_bytes)
    else:   # read and extracted where they are extracted: this process gets small records back
        outcomes = extracted_files([s for _, s, _ in todo], cache.folder, model=model, workers=workers,
                                   max_bytes=max_bytes, progress=progress)
    for (i, source, stat), outcome in zip(todo, outcomes):
        if outcome.problem is not None:
            report(FileProblem(str(source.path), outcome.problem))
            continue
        before = old.get(str(source.path))
        if before and before.key == outcome.key and before.name == source.name and before.record == outcome.record:
            # touched, not changed: its resolution and fragment still hold
            before.size, before.mtime_ns = stat.st_size, stat.st_mtime_ns
            slots[i] = before
        else:
            slots[i] = DocumentState(str(source.path), source.name, stat.st_size, stat.st_mtime_ns, outcome.key,
                                     outcome.record, definitions=outcome.definitions)
        extracted += outcome.extracted
        cached += not outcome.extracted
    stats.update(cached=cached, extracted=extracted)
    return [state for state in slots if state is not None], problems


def _read_and_extract_on_dask(client, sources: list, cache: ExtractionCache, *, model: str | None,
                              max_bytes: int) -> list[FileExtracted]:
    """The texts read here and extracted on the cluster (whose workers need not see the input files)."""
    from diplograph.dask_engine import dask_extractions

    return read_and_extract(sources, cache, lambda records: dask_extractions(client, records, model=model),
                            model=model, max_bytes=max_bytes)


# --- pass 2: resolve ------------------------------------------------------------------------

def _answer(table: AcronymTable, question: tuple[str, str], doc_id: str):
    kind, value = question
    return table.lookup(value, doc_id) if kind == "acronym" else table.learned.get(value)


def document_resolution(resolver: Resolver, table: AcronymTable, cache: ExtractionCache, key: str,
                        path: str) -> tuple[dict, bytes, list[str]]:
    """One document resolved against the corpus-wide ``table``: the questions it asked and their
    answers, its entity tally (pickled: a fifth of the memory of live counters, 25 MB for 1,000
    documents) and the entity keys its outputs depend on."""
    _, extraction = cache.get(key)
    asked: dict = {}
    rows = resolver.document_rows(extraction, table, asked)
    tally = pickle.dumps(EntityTally().add(path, rows).plain(), protocol=pickle.HIGHEST_PROTOCOL)
    return asked, tally, sorted({key for _, key, _, _ in rows} | referenced_keys(extraction))


def resolve_pass(states: list[DocumentState], resolver: Resolver, cache: ExtractionCache,
                 stats: dict, workers: int = 1) -> tuple[AcronymTable, dict[str, Entity]]:
    table = resolver.corpus_table((s.doc_id, s.definitions) for s in states)
    stale = [state for state in states
             if not (isinstance(state.tally, bytes) and state.asked is not None
                     and all(_answer(table, q, state.doc_id) == a for q, a in state.asked.items()))]
    if workers > 1 and len(stale) > 1:
        parts = map_in_chunks(_resolutions_of, [(s.key, s.path) for s in stale], workers=workers, max_chunk=32,
                              args=(str(cache.folder),), state=table)
        resolutions = (resolution for part in parts for resolution in part)
    else:
        resolutions = (document_resolution(resolver, table, cache, s.key, s.path) for s in stale)
    for state, (asked, tally, referenced) in zip(stale, resolutions):
        state.asked, state.tally, state.referenced, state.fragment = asked, tally, referenced, None
    merged = EntityTally()
    for state in states:        # in discovery order, whoever resolved them
        merged.merge(pickle.loads(state.tally))
    stats["resolved_documents"] = len(stale)
    return table, resolver.entities(merged)


def _resolutions_of(items: list[tuple[str, str]], cache_folder: str) -> list:
    """In a worker process: the resolutions of ``items`` ((extraction key, path) pairs) against
    the table the process was given."""
    resolver, cache = Resolver(default_gazetteer()), ExtractionCache(cache_folder)
    return [document_resolution(resolver, worker_state(), cache, key, path) for key, path in items]


# --- pass 3: fragments ----------------------------------------------------------------------

def fragment_signature(state: DocumentState, classes: dict[str, str], base: str) -> str:
    return _digest(state.key, sorted(state.asked.items(), key=repr), [(k, classes.get(k)) for k in state.referenced],
                   base)


def make_fragment(record: DocumentRecord, extraction, resolver: Resolver, table: AcronymTable,
                  entities: dict[str, Entity], classes: dict[str, str], base: str) -> tuple[Fragment, bytes, list[str]]:
    rows = resolver.document_rows(extraction, table)
    mentions = document_mentions(record, rows, entities)
    relations, events = document_facts(record, extraction, mentions, classes)
    facts, modal = split_by_modality(relations)
    lines = document_lines(record, mentions, relations, events, base=base)
    parts = [_jsonl(rows).encode("utf-8") for rows in (mentions, facts, modal, events)]
    fragment = Fragment(tuple(len(part) for part in parts), len(lines),
                        document_network(record.id, mentions, facts, events))
    return fragment, b"".join(parts), lines


def write_fragments(cache_folder: str, items: list[tuple[str, str]], corpus: tuple, base: str) -> int:
    """The fragments of ``items`` ((extraction key, fragment signature) pairs), read from and written
    to the cache under ``cache_folder``; ``corpus`` is (acronym table, entities). Runs here, in a
    worker process or on a Dask worker (which must see ``cache_folder``)."""
    table, entities = corpus
    classes = {key: e.cls for key, e in entities.items()}
    resolver = Resolver(default_gazetteer())
    extractions, fragments = ExtractionCache(cache_folder), FragmentCache(Path(cache_folder) / FRAGMENTS)
    for key, signature in items:
        record, extraction = extractions.get(key)
        fragment, records, lines = make_fragment(record, extraction, resolver, table, entities, classes, base)
        fragments.put(signature, fragment, records, lines)
    return len(items)


def fragment_pass(states: list[DocumentState], table: AcronymTable, entities: dict[str, Entity],
                  cache: ExtractionCache, fragments: FragmentCache, *, base: str, stats: dict,
                  client=None, workers: int = 1) -> set[str]:
    """Give every state its fragment signature; make the fragments not in the cache (returned)."""
    classes = {key: e.cls for key, e in entities.items()}
    missing = []
    for state in states:
        state.fragment = fragment_signature(state, classes, base)
        if not fragments.has(state.fragment):
            missing.append((state.key, state.fragment))
    missing = list(dict.fromkeys(missing))      # two copies of one file share their fragment
    if client is not None:
        from diplograph.dask_engine import dask_fragments
        dask_fragments(client, cache.folder, missing, table, entities, base=base)
    elif workers > 1 and len(missing) > 1:
        for _ in map_in_chunks(_fragments_of, missing, workers=workers, max_chunk=32,
                               args=(str(cache.folder), base), state=(table, entities)):
            pass
    else:
        write_fragments(str(cache.folder), missing, (table, entities), base)
    for state in states:
        if state.fragment_sizes is None or state.fragment_sizes[0] != state.fragment:
            state.fragment_sizes = (state.fragment, fragments.get(state.fragment))
    stats["written_documents"] = len(missing)
    return {signature for _, signature in missing}


def _fragments_of(items: list[tuple[str, str]], cache_folder: str, base: str) -> int:
    """In a worker process: :func:`write_fragments` with the corpus state the process was given."""
    return write_fragments(cache_folder, items, worker_state(), base)


# --- outputs --------------------------------------------------------------------------------

class _Outputs:
    """Append-only files in the staging folder (bytes: UTF-8 text)."""

    def __init__(self, folder: Path, names: dict[str, str]):
        self.paths = {kind: folder / name for kind, name in names.items()}
        self.files = {kind: path.open("wb") for kind, path in self.paths.items()}

    def write(self, kind: str, data: bytes) -> None:
        self.files[kind].write(data)

    def close(self) -> None:
        for f in self.files.values():
            f.flush()
            os.fsync(f.fileno())
            f.close()


def graph_order(states: list[DocumentState], mint: Minter) -> list[tuple[str, DocumentState | None]]:
    """Named graphs in the order of ``graph.nq``: by IRI; ``None`` stands for the entity graph."""
    graphs = [(f"<{mint.document(s.doc_id)}>", s) for s in states]
    graphs.append((f"<{mint.entities_graph()}>", None))
    return sorted(graphs, key=lambda item: item[0])


class OnDisk:
    """A list of records read from a JSONL output on first use: a streamed build does not hold them."""

    def __init__(self, path: Path, cls):
        self.path, self.cls, self._items = path, cls, None

    def _load(self) -> list:
        if self._items is None:
            from diplograph.graph.read_outputs import _make, _rows
            self._items = [_make(self.cls, row) for row in _rows(self.path)]
        return self._items

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self):
        return iter(self._load())

    def __getitem__(self, index):
        return self._load()[index]

    def __bool__(self) -> bool:
        return bool(self._load())

    def __repr__(self) -> str:
        return f"OnDisk({self.path.name}, {len(self)} records)"


# --- the build ------------------------------------------------------------------------------

VALIDATE_SAMPLE = 10        # documents validated with the entity graph
VALIDATE_ENTITIES = 500     # entities validated on a first build besides those the documents name


def validation_sample(states: list[DocumentState], entities: dict[str, Entity], fragments: FragmentCache,
                      written: set | None, mint: Minter) -> tuple[str, list[str]]:
    """What the build validates (SHACL) of what it wrote anew: up to :data:`VALIDATE_SAMPLE` of the
    documents whose fragment was made now (spread over them; their N-Quads files are returned),
    with the lines of the entities those documents name and, on a first build,
    :data:`VALIDATE_ENTITIES` more spread over the entity graph (all of it when it is no larger).
    ``diplograph validate OUT`` checks everything."""
    fresh = [s for s in states if written is None or s.fragment in written]
    chosen = [str(fragments.nquads(state.fragment)) for state in _sample(fresh, VALIDATE_SAMPLE)]
    # the entities the chosen documents name, plus (on a first build) an even spread of the others
    named: set[str] = set()
    for path in chosen:
        named.update(re.findall(r"<[^>]+/entity/[^>]+>", Path(path).read_text(encoding="utf-8")))
    by_iri = {f"<{mint.entity(key)}>": entity for key, entity in entities.items()}
    if written is None or len(fresh) == len(states):
        named.update(_sample(sorted(by_iri), VALIDATE_ENTITIES))
    lines = entity_lines([by_iri[node] for node in sorted(named) if node in by_iri], base=mint.base)
    return "".join(line for line in lines if line.split(" ", 1)[0] in named), chosen


def build_streamed(inputs, out: str | Path, *, model: str | None = None, base: str, max_bytes: int,
                   progress: bool = False, on_problem=None, validate: bool = True, workers: int = 1,
                   cache: bool = True, clock=None, stats: dict | None = None, engine: str = "local",
                   scheduler: str | None = None, formats: tuple[str, ...] = ()):
    """Build the graph of ``inputs`` into ``out`` one document at a time (see the module's text).
    ``engine="dask"`` extracts and writes the fragments on a Dask cluster (``scheduler``, else a
    local one): the cache folder ``OUT/cache`` must then be on a filesystem every worker sees."""
    if engine == "dask":
        from diplograph.dask_engine import client_for
        with client_for(scheduler, workers) as client, build_heap(), ExitStack() as helpers:
            return _build_streamed(inputs, out, model=model, base=base, max_bytes=max_bytes, progress=progress,
                                   on_problem=on_problem, validate=validate, workers=workers, cache=cache,
                                   clock=clock, stats=stats, helpers=helpers, client=client, formats=formats)
    with build_heap(), ExitStack() as helpers:
        return _build_streamed(inputs, out, model=model, base=base, max_bytes=max_bytes, progress=progress,
                               on_problem=on_problem, validate=validate, workers=workers, cache=cache,
                               clock=clock, stats=stats, helpers=helpers, formats=formats)


def _build_streamed(inputs, out, *, model, base, max_bytes, progress, on_problem, validate, workers, cache,
                    clock, stats, helpers: ExitStack, client=None, formats=()):
    """The build (see :func:`build_streamed`); helper processes it starts are stopped by ``helpers``."""
    from diplograph.extraction import CACHE_DIR, rules_version
    from diplograph.outputs import staged
    from diplograph.pipeline import _Clock, _drop_other_versions

    stats = stats if stats is not None else {}
    clock = clock or _Clock(stats)
    fewer_heaps()       # before the store's threads start
    # started first, while the extraction keeps one core busy: ready when the page is asked for
    helper = helpers.enter_context(HelperProcess()) if HELPER_PROCESS else None
    stats["viewer_page"] = "helper process" if helper is not None else "this process"
    out = Path(out)
    folder = out / CACHE_DIR / rules_version()
    if not cache:
        shutil.rmtree(out / CACHE_DIR, ignore_errors=True)
    extractions = ExtractionCache(folder)
    _drop_other_versions(folder)
    old = _load_manifest(folder)
    if old:     # read back while the documents are extracted (the helper merges them): from the disk
        # when they have left the page cache since the last build
        _read_ahead_in_background(old.values(), FragmentCache(folder / FRAGMENTS).network_path)
    # a rebuild with these rules (a manifest): the store it will likely update compacted meanwhile
    with staged(out) as stage, compacting_previous_store(out, stage) if old else nullcontext() as compaction:
        result, states = _build_staged(inputs, out, stage, extractions, old, compaction, model=model, base=base,
                               max_bytes=max_bytes, progress=progress, on_problem=on_problem, validate=validate,
                               workers=workers, clock=clock, stats=stats, helper=helper, client=client,
                               formats=formats)
    if not cache:
        shutil.rmtree(out / CACHE_DIR, ignore_errors=True)
    result.outputs = {k: out / p.relative_to(stage) for k, p in result.outputs.items()}
    result.documents = [DocumentRecord(text="", **s.record) for s in states]
    from diplograph.model import Event, Mention, Relation
    result.mentions = OnDisk(out / "mentions.jsonl", Mention)
    result.relations = OnDisk(out / "relations.jsonl", Relation)
    result.events = OnDisk(out / "events.jsonl", Event)
    return result


PREMERGE_RUNS = 8       # at most this many runs of unchanged documents are merged ahead (each holds its merge)


def _read_ahead_in_background(states, *path_of: Callable[[str], Path]) -> None:
    """:func:`~diplograph.outputs.read_ahead` of the files ``path_of`` each state's fragment (all
    of the first kind, then of the next), by a thread of its own."""
    signatures = [state.fragment for state in states if state.fragment]
    paths = [path(signature) for path in path_of for signature in signatures]
    threading.Thread(target=read_ahead, args=(paths,), daemon=True).start()


def _premerge_networks(helper: HelperProcess, unchanged: list, fragments: FragmentCache) -> None:
    """Have ``helper`` merge the network contributions of each run of documents unchanged since the
    last build (``unchanged``: their states, ``None`` between runs) while the others are extracted,
    so that the network it is asked to measure later only joins those runs to the rest (see
    :func:`~diplograph.graph.network_job.premerge_networks`). Not when the runs are many (many
    changed documents: a rebuild that takes long anyway). A run whose documents' contributions
    change after all (the corpus-wide pass answers them otherwise) is merged again then."""
    runs: list[list[str]] = [[]]
    for state in unchanged:
        if state is None or state.fragment is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(str(fragments.network_path(state.fragment)))
    runs = [run for run in runs if run]
    if runs and len(runs) <= PREMERGE_RUNS:
        helper.run(premerge_networks, runs, what="the merge of the unchanged documents' network")


def _build_staged(inputs, out: Path, stage: Path, extractions: ExtractionCache, old: dict,
                  compaction: CompactedCopy | None, *, model, base, max_bytes, progress, on_problem, validate,
                  workers, clock, stats, helper, client, formats) -> tuple[BuildResult, list[DocumentState]]:
    """The passes of :func:`_build_streamed`, their outputs into ``stage``: the result and the
    documents' states."""
    from diplograph.pipeline import BuildResult

    folder = extractions.folder
    fragments = FragmentCache(folder / FRAGMENTS)
    premerge = (lambda unchanged: _premerge_networks(helper, unchanged, fragments)) if helper is not None and old else None
    states, problems = extract_pass(inputs, extractions, old, model=model, workers=workers, max_bytes=max_bytes,
                                    on_problem=on_problem, stats=stats, progress=progress, client=client,
                                    on_unchanged=premerge)
    extractions.prune({s.key for s in states})
    settle()        # the states stay to the end
    clock.lap("extract")
    if old:     # the records and the N-Quads the outputs copy (not during the extraction: it reads too)
        _read_ahead_in_background(old.values(), fragments.records_path, fragments.nquads)
    resolver = Resolver(default_gazetteer())
    table, entities = resolve_pass(states, resolver, extractions, stats, workers=workers)
    settle()        # so does the entity table
    clock.lap("resolve")
    written = fragment_pass(states, table, entities, extractions, fragments, base=base, stats=stats,
                            client=client, workers=workers)
    fragments.prune({s.fragment for s in states})
    _save_manifest(folder, states)
    del table
    _forget_resolution(states)
    give_back_freed_memory()        # the documents' transient records are gone
    clock.lap("facts")
    result = BuildResult(out=out, problems=problems, stats=stats)
    result.outputs = write_streamed_outputs(states, entities, fragments, stage, previous=out, base=base,
                                            validate=validate, result=result, clock=clock,
                                            written=written if old else None, formats=formats,
                                            workers=workers, helper=helper, compaction=compaction)
    result.entities = sorted(entities.values(), key=lambda e: e.key)
    return result, states


def write_streamed_outputs(states: list[DocumentState], entities: dict[str, Entity], fragments: FragmentCache,
                           stage: Path, *, previous: Path, base: str, validate: bool, result, clock,
                           written: set[str] | None = None, formats: tuple[str, ...] = (),
                           workers: int = 1, helper: HelperProcess | None = None,
                           compaction: CompactedCopy | None = None) -> dict[str, Path]:
    """Every output of the build into ``stage``: fragments concatenated, corpus-wide parts made
    here (graph.html by ``helper``'s process when given, and the validation too unless the last
    build's store is only patched)."""
    mint = Minter(base)
    paths: dict[str, Path] = {}
    nquads = stage / "graph.nq"
    order = graph_order(states, mint)
    split = next(i for i, (_, state) in enumerate(order) if state is None)
    store = StoreUpdate(stage, previous, states, fragments, mint, compaction)
    entity_list = sorted(entities.values(), key=lambda e: e.key)
    # the helper's first jobs: the network (this process waits for its metrics before the N-Quads'
    # tail and the store's entity graph) and its page; the validation, needed only at the end, after
    network = _network_jobs(helper.run, entity_list, states, fragments, stage) if helper is not None else None
    checked = validate_here = None
    if validate:
        entity_text, chosen = validation_sample(states, entities, fragments, written, mint)
        result.stats["validated_documents"] = len(chosen)
        if helper is not None and store.reuse:
            # a few graphs replaced: here, while the helper measures the network (its jobs are the
            # build's longest chain, and this process would wait for the metrics anyway)
            def validate_here() -> None:
                result.validation = validate_files(entity_text, chosen)
                clock.lap("validate")
        elif helper is not None:    # in the helper, while the store is loaded here
            checked = helper.run(validate_files, entity_text, chosen, what="the validation of the new documents")
            del entity_text     # the helper has it
        else:
            result.validation = validate_files(entity_text, chosen)
            gc.collect()        # the validation's graphs hold cycles
            del entity_text
        clock.lap("validate")
    with nquads.open("wb") as target, ThreadPoolExecutor(max_workers=2) as background:
        # the document graphs before the entity graph (all of them: "document/" < "graph/") are
        # copied into graph.nq by the kernel while the records and the network are made here;
        # with more than one worker (one core each), or when only a few graphs are replaced in
        # the last build's store (little memory), the store takes them meanwhile too
        loading = background.submit(store.load_documents) if workers > 1 or store.reuse else None
        if loading is None:     # now, while memory holds less than it will when the network is made
            store.load_documents()
            clock.lap("store")
        # on their way to disk at once when the store is only patched (its syncs would queue behind
        # them); a store loaded anew writes far more, and the two would compete
        head = background.submit(_append_files, target, [fragments.nquads(s.fragment) for _, s in order[:split]],
                                 write_back=store.reuse)
        try:
            shared = _records_and_network(states, entity_list, fragments, stage, paths, base=base,
                                          clock=clock, helper=helper, network=network, meanwhile=validate_here)
        finally:
            head.result()
        _append_files(target, [shared.path] + [fragments.nquads(s.fragment) for _, s in order[split + 1:]])
        quads = shared.count
        target.flush()
        synced = background.submit(os.fsync, target.fileno())   # (0.15 s at 1M words: while the store ends)
        paths["nquads"] = nquads
        quads += sum(state.fragment_sizes[1].quads for state in states)
        result.stats["quads"] = quads
        clock.lap("rdf")
        if formats:
            from diplograph.graph.line_formats import write_exports
            paths.update(write_exports(_chunks(states, shared, fragments, mint), stage, formats=formats))
            clock.lap("exports")
        if loading is not None:
            loading.result()
        give_back_freed_memory()
        store.finish(shared, result.stats)
        clock.lap("store")
        synced.result()     # graph.nq is on disk before the build may commit it
        clock.lap("rdf")
    if helper is not None:
        helper.wait()
        clock.lap("viewer")
        if checked is not None:
            result.validation = checked.result()
    return paths


class SharedLines:
    """The entity graph's N-Quads lines (the graph every document shares), sorted and distinct, in
    a file of the stage (:data:`STORE_SHARED`, which the next build's store update compares with):
    read back when needed, not held while the validation and the store take their memory."""

    def __init__(self, path: Path, count: int):
        self.path, self.count = path, count

    @classmethod
    def write(cls, path: Path, sorted_lines: list[str]) -> SharedLines:
        count, last = 0, None
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for line in sorted_lines:
                if line != last:
                    f.write(line)
                    count, last = count + 1, line
        return cls(path, count)

    def __iter__(self) -> Iterator[str]:
        # lines end at "\n" only: a literal (a file name) may hold U+2028, which splitlines breaks at
        with self.path.open(encoding="utf-8", newline="\n") as f:
            yield from f

    def encoded(self) -> Iterator[bytes]:
        with self.path.open("rb") as f:
            yield from f


def _network_jobs(run, entity_list: list[Entity], states: list[DocumentState], fragments: FragmentCache,
                  stage: Path) -> Job:
    """The entity network merged and measured, then its page drawn (:mod:`diplograph.graph.network_job`),
    by ``run`` (a helper's, or :func:`run_here`); returns the measuring job, whose result is the metrics."""
    viewer = str(stage / VIEWER_PAGE)
    measured = run(measure_network, entity_list, [str(fragments.network_path(s.fragment)) for s in states],
                   viewer, what="the entity network's metrics", settle_graph=run is not run_here)
    run(write_measured_page, viewer, what=viewer, documents={s.path: s.record["title"] for s in states},
        title=stage.name or "diplograph", layout_kept=str(fragments.folder.parent / LAYOUT_KEPT))
    return measured


def _records_and_network(states: list[DocumentState], entity_list: list[Entity], fragments: FragmentCache,
                         stage: Path, paths: dict[str, Path], *, base: str, clock,
                         helper: HelperProcess | None = None, network: Job | None = None,
                         meanwhile: Callable[[], None] | None = None) -> SharedLines:
    """The JSONL records and the network files into ``stage`` (their paths into ``paths``);
    returns the entity graph's N-Quads lines (written to ``stage``). The network is merged,
    measured and drawn (:func:`_network_jobs`) by ``helper``'s process while the records are
    written here (``network``: the jobs given it already), or first, here, without one."""
    files = _Outputs(stage, {"documents": "documents.jsonl", "mentions": "mentions.jsonl",
                             "relations": "relations.jsonl", "relations_modal": "relations-modal.jsonl",
                             "events": "events.jsonl"})
    measured = network or _network_jobs(helper.run if helper is not None else run_here,
                                        entity_list, states, fragments, stage)
    if helper is None:
        gc.collect()        # the network is a cycle (a networkx graph's cached views refer back to it)
        give_back_freed_memory()        # the page's data and the layout's arrays are gone
    clock.lap("viewer")
    by_path = sorted(states, key=lambda s: (s.path, s.doc_id))
    # the mentions are in path order, the rest in discovery order (as a clean build): where the two
    # are one (a folder's files), each fragment's records are read once
    one_order = all(a is b for a, b in zip(by_path, states))
    for state in states:
        files.write("documents", jsonl_text([state.record]).encode("utf-8"))
        records, start = fragments.records(state.fragment), 0
        for kind, size in zip(RECORD_KINDS, state.fragment_sizes[1].sizes):
            if kind != "mentions" or one_order:
                files.write(kind, records[start:start + size])
            start += size
    for state in by_path if not one_order else ():
        files.write("mentions", fragments.records(state.fragment, state.fragment_sizes[1].sizes[0]))
    files.close()
    paths.update(files.paths)
    from diplograph.outputs import write_jsonl_atomic
    paths["entities"] = stage / "entities.jsonl"
    write_jsonl_atomic(paths["entities"], (e.to_dict() for e in entity_list))
    lines = list(entity_lines(entity_list, base=base))     # (while the helper measures the network)
    clock.lap("records")
    if meanwhile is not None:
        meanwhile()
    if helper is not None:
        helper.wait_for(measured)       # (the page is being drawn there meanwhile)
    metrics = measured.result()
    paths.update(metrics=stage / "metrics.csv", viewer=stage / VIEWER_PAGE)
    write_text_atomic(paths["metrics"], metrics_csv(metrics))
    clock.lap("viewer")
    lines.extend(metrics_lines(metrics, base=base))
    del metrics
    lines.sort()
    return SharedLines.write(stage / STORE_SHARED, lines)


def _append_files(target, sources: list[Path], *, write_back: bool = False) -> None:
    """Append the files ``sources`` to the open binary file ``target``, copied by the kernel
    (``copy_file_range``) where it can; ``write_back``: the kernel then starts writing them to disk
    (:func:`~diplograph.outputs.start_writeback`)."""
    target.flush()      # the kernel copies at the file's offset: nothing may wait in the buffer
    for path in sources:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            try:
                while size > 0:
                    copied = os.copy_file_range(f.fileno(), target.fileno(), size)
                    if copied == 0:
                        break
                    size -= copied
            except (AttributeError, OSError):       # no such call here, or not between these files
                pass
            if size > 0:        # the rest (all of it without copy_file_range) through Python
                shutil.copyfileobj(f, target)
                target.flush()
    if write_back:
        start_writeback(target.fileno())


def _chunks(states, shared, fragments: FragmentCache, mint: Minter):
    """(graph term, lines) per named graph, in the order of graph.nq."""
    for graph, state in graph_order(states, mint):
        if state is None:
            yield graph, list(shared)
        else:
            # lines end at "\n" only: a literal (a file name) may hold U+2028, which splitlines breaks at
            with fragments.nquads(state.fragment).open(encoding="utf-8", newline="\n") as f:
                yield graph, list(f)


def _lines_of(states: list[DocumentState], fragments: FragmentCache) -> Iterator[bytes]:
    """The lines of ``states``' named graphs, as bytes."""
    for state in states:
        with fragments.nquads(state.fragment).open("rb") as f:
            yield from f


def _sample(items: list, size: int) -> list:
    """``size`` items spread evenly over ``items`` (all of them when there are no more)."""
    if len(items) <= size:
        return list(items)
    step = len(items) / size
    return [items[int(i * step)] for i in range(size)]


class StoreUpdate:
    """The embedded store in ``stage``, made in two steps so that the first can run in a background
    thread (Oxigraph loads without holding the GIL) while the records and the network are made:

    1. :meth:`load_documents`: the previous build's store when there is one (Oxigraph backup: hard
       links; or ``compaction``'s compacted copy of it, see :func:`compacting_previous_store`)
       with the named graphs whose fragment changed replaced; else, or when more than
       :data:`REPLACE_GRAPHS_UP_TO` of the graphs changed, a new store with every document graph;
    2. :meth:`finish`: the entity graph, patched line by line in a reused store
       (:func:`~diplograph.graph.store.replace_lines`) or loaded, then the list of its graphs."""

    def __init__(self, stage: Path, previous: Path, states: list[DocumentState], fragments: FragmentCache,
                 mint: Minter, compaction: CompactedCopy | None = None):
        from diplograph.graph.store import STORE_DIR

        self.stage, self.states, self.fragments, self.compaction = stage, states, fragments, compaction
        self.compacted_now = False
        self.wanted = {str(mint.document(s.doc_id)): s.fragment for s in states}
        self.entities_graph = str(mint.entities_graph())
        self.old_store, self.old_shared = previous / STORE_DIR, None
        old_graphs, self.compacted, self.load_batches = read_store_state(previous)
        try:
            self.old_shared = (previous / STORE_SHARED).read_bytes()
        except OSError:
            old_graphs = None
        self.stale = [] if old_graphs is None else \
            [g for g, signature in old_graphs.items() if g != self.entities_graph and self.wanted.get(g) != signature]
        self.fresh = [s for s in states
                      if old_graphs is None or old_graphs.get(str(mint.document(s.doc_id))) != s.fragment]
        self.reuse = old_graphs is not None and self.old_store.is_dir() and \
            len(self.stale) + len(self.fresh) <= REPLACE_GRAPHS_UP_TO * 2 * max(len(states), 1)
        self.target = stage / STORE_DIR

    def load_documents(self) -> None:
        import pyoxigraph as ox

        from diplograph.graph.store import LOAD_LINES, bulk_load_lines

        if self.compaction is not None and not self.reuse:
            self.compaction.discard()
        elif self.compaction is not None and self.compaction.result():
            self.compacted = self.compacted_now = True      # the copy is the target
        elif self.reuse:
            try:
                source = ox.Store(str(self.old_store))
                source.backup(str(self.target))
                del source
            except OSError:
                shutil.rmtree(self.target, ignore_errors=True)
                self.reuse = False
        self.compacted = self.compacted and self.reuse      # a store loaded anew is not compacted
        store = ox.Store(str(self.target))
        for graph in self.stale if self.reuse else ():
            store.remove_graph(ox.NamedNode(graph))
        lines = bulk_load_lines(store, _lines_of(self.fresh if self.reuse else self.states, self.fragments), LOAD_LINES)
        if not self.reuse:      # (a reused store's small updates are compacted by RocksDB as it goes)
            self.load_batches = _bulk_loads(lines, LOAD_LINES)
        store.flush()
        del store       # closed: RocksDB's memory is given back before the network is made
        give_back_freed_memory()

    def finish(self, shared: SharedLines, stats: dict | None = None) -> Path:
        """The entity graph ``shared`` (already in the stage: :data:`STORE_SHARED`) into the store."""
        import pyoxigraph as ox

        from diplograph.graph.store import SMALL_LOAD_LINES, bulk_load_lines, replace_lines

        store = ox.Store(str(self.target))
        if not self.reuse:
            lines = bulk_load_lines(store, shared.encoded(), SMALL_LOAD_LINES)
            self.load_batches += _bulk_loads(lines, SMALL_LOAD_LINES)
            changed = "all"
            if self.load_batches > SETTLED_LOAD_BATCHES:
                # compacted now rather than by the first rebuild (see SETTLED_LOAD_BATCHES): the
                # flush below waited 1.4 s for RocksDB to merge a 1M-word build's 57 batches anyway,
                # compacting took 1.8 s and left it nothing to wait for
                try:
                    CompactedCopy.compact(store)
                    self.compacted = True
                    changed = "all, then compacted"
                except OSError:         # (a full disk): the store stands as loaded, the first rebuild compacts it
                    pass
        else:
            patched = None if self.old_shared is None else \
                replace_lines(store, self.old_shared, shared.path.read_bytes())
            if patched is None:
                store.remove_graph(ox.NamedNode(self.entities_graph))
                bulk_load_lines(store, shared.encoded(), SMALL_LOAD_LINES)
                changed = "entity graph reloaded"
            else:
                changed = f"entity graph: {patched[0]} quads removed, {patched[1]} added"
            changed = f"{len(self.stale)} graphs removed, {len(self.fresh)} loaded, {changed}"
            if self.compacted_now:
                changed = f"{changed}; the store compacted first"
        store.flush()
        del store       # closes the RocksDB files before the build is committed
        if stats is not None:
            stats["store_update"] = changed
        graphs = dict(self.wanted)
        graphs[self.entities_graph] = "shared"
        (self.stage / STORE_GRAPHS).write_text(json.dumps({"graphs": graphs, "compacted": self.compacted,
                                                           "load_batches": self.load_batches},
                                                          sort_keys=True), encoding="utf-8")
        return self.target


def _bulk_loads(lines: int, lines_per_load: int) -> int:
    """How many bulk loads :func:`~diplograph.graph.store.bulk_load_lines` made of ``lines``."""
    return -(-lines // lines_per_load)


class StoreState(NamedTuple):
    """What the build in a folder recorded of the store it committed (:data:`STORE_GRAPHS`)."""

    graphs: dict[str, str] | None       # graph IRI -> fragment signature; None: no record
    compacted: bool                     # compacted since it was bulk-loaded
    load_batches: int | None            # the bulk loads it was made of (None: not recorded)

    @property
    def settled(self) -> bool:
        """Updated without waiting for RocksDB: compacted, or made of at most
        :data:`SETTLED_LOAD_BATCHES` bulk loads."""
        return self.compacted or (self.load_batches is not None and self.load_batches <= SETTLED_LOAD_BATCHES)


def read_store_state(previous: Path) -> StoreState:
    """What the build in ``previous`` recorded of the store it committed; no graphs when no
    streamed build left that record. An older build's record (the graphs alone, or without the
    number of bulk loads) reads as a store that needs compacting."""
    try:
        state = json.loads((previous / STORE_GRAPHS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return StoreState(None, False, None)
    if not isinstance(state, dict):
        return StoreState(None, False, None)
    if isinstance(state.get("graphs"), dict):
        batches = state.get("load_batches")
        return StoreState(state["graphs"], state.get("compacted") is True,
                          batches if isinstance(batches, int) and not isinstance(batches, bool) else None)
    return StoreState(state, False, None)


@contextmanager
def compacting_previous_store(previous: Path, stage: Path) -> Iterator[CompactedCopy | None]:
    """For a build that will likely update the store committed in ``previous``, when that store
    is not settled (:attr:`StoreState.settled`: bulk-loaded in many batches, never compacted): its
    compacted copy, started into ``stage`` now (see :mod:`diplograph.store_compaction`) and waited
    for on leaving; else ``None``."""
    from diplograph.graph.store import STORE_DIR

    state = read_store_state(previous)
    if state.graphs is None or state.settled or not (previous / STORE_DIR).is_dir():
        yield None
        return
    copy = CompactedCopy(previous / STORE_DIR, stage / STORE_DIR)
    try:
        yield copy
    finally:
        copy.result()       # the thread is done before the stage is committed or deleted (whatever it made is the build's)
