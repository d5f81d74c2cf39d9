"""Per-document extraction at scale: batches through ``nlp.pipe``, a process pool, and a cache.

Each document's extraction (:class:`~diplograph.extract.records.DocumentExtraction`, plain
picklable records, never a spaCy ``Doc``) is written to ``OUT/cache/`` as soon as it is made,
keyed by the document's id, path and content hash and by :func:`rules_version` (a hash of
the extraction code, ``extract/data/*`` and the package version). A rebuild takes unchanged
documents from the cache, extracts only new or changed ones, and drops the entries of
documents that are gone. The corpus-wide pass always runs again, so a rebuild equals a
clean build.

    >>> extractions = extract_documents(documents, workers=2, cache_dir="out/cache")   # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from diplograph.model import DocumentRecord
from diplograph.outputs import write_bytes_atomic
from diplograph.pool import chunks, map_in_chunks

BATCH_SIZE = 32
CHUNK_DOCS = 16         # documents a worker takes at a time
CACHE_DIR = "cache"
PREPARED = "prepared"      # under a rules version's cache: what the pipeline makes of its rules at start-up


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A hash of everything an extraction depends on besides the text: code, rule data, version."""
    import diplograph
    import diplograph.extract as extract_package

    folder = Path(extract_package.__file__).resolve().parent
    digest = hashlib.sha256(diplograph.__version__.encode())
    files = sorted(folder.glob("*.py")) + sorted(p for p in (folder / "data").glob("*") if p.is_file())
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_key(record: DocumentRecord, model: str | None = None) -> str:
    """The cache key of one document: what it is, where it is, what it says, which rules read it."""
    parts = (rules_version(), model or "", record.id, record.path, record.content_hash, record.date or "",
             hashlib.sha256(record.text.encode("utf-8")).hexdigest())
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


class ExtractionCache:
    """Pickled ``(DocumentRecord, DocumentExtraction)`` pairs under ``folder``, one file per
    document key: the record's text is kept so that a rebuild can write a cached document's
    outputs again without reading its file."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pkl"

    def get(self, key: str):
        path = self._path(key)
        try:
            with path.open("rb") as f:
                entry = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None
        return entry if isinstance(entry, tuple) and len(entry) == 2 else None

    def find(self, key: str, doc_id: str):
        """The cached extraction of the document ``doc_id`` under ``key``, or None."""
        entry = self.get(key)
        return entry[1] if entry is not None and entry[1].doc_id == doc_id else None

    def put(self, key: str, extraction) -> None:
        write_bytes_atomic(self._path(key), pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep: set[str]) -> int:
        """Delete entries whose key is not in ``keep`` (deleted or changed documents); return how many."""
        removed = 0
        for path in self.folder.glob("*.pkl"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        for path in self.folder.glob("*.tmp"):
            path.unlink(missing_ok=True)
        return removed


# --- the work itself: one nlp per process, built once --------------------------------------

_NLP = None


def _init_worker(model: str | None) -> None:
    global _NLP
    from diplograph.extract.nlp import make_nlp
    from diplograph.heap import settle

    _NLP = make_nlp(model)
    settle()        # the pipeline lives as long as the process


def extract_batch(documents: list[DocumentRecord], model: str | None = None,
                  prepared_in: str | Path | None = None) -> list:
    """Extract ``documents`` with this process's pipeline (built on first use). What the pipeline
    prepares when it starts is kept in the folder ``prepared_in`` (a build's cache) when given,
    so that the next build's process starts faster (see :mod:`diplograph.extract.prepared`)."""
    from diplograph.extract.prepared import kept_in
    from diplograph.extract.records import extraction_of

    with kept_in(prepared_in):
        if _NLP is None:
            _init_worker(model)
        docs = _NLP.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=BATCH_SIZE)
        return [extraction_of(doc, record.id, record.path, date=record.date) for doc, record in docs]


@dataclass
class FileExtracted:
    """One file read where it was extracted (this process or a worker): what the build keeps of it.
    Its extraction is in the cache under ``key``; ``problem`` says why a file could not be read."""

    record: dict | None = None          # DocumentRecord.to_dict(): metadata, no text
    key: str | None = None
    definitions: list = field(default_factory=list)
    extracted: bool = False             # made now, not found in the cache
    problem: str | None = None


def read_and_extract(sources: list, cache: ExtractionCache, extract, *, model: str | None = None,
                     max_bytes: int | None = None) -> list[FileExtracted]:
    """Read each of ``sources`` (:class:`~diplograph.extract.reader.Source`), take its extraction from
    ``cache`` or make it with ``extract(records)`` (extractions in their order) and cache it."""
    from diplograph.extract.reader import DEFAULT_MAX_BYTES, ReadError, read_document

    outcomes, todo = [], []
    for source in sources:
        try:
            record = read_document(source, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        except ReadError as error:
            outcomes.append(FileExtracted(problem=str(error)))
            continue
        key = document_key(record, model)
        outcome = FileExtracted(record.to_dict(), key)
        hit = cache.find(key, record.id)
        if hit is not None:
            outcome.definitions = list(hit.definitions)
        else:
            outcome.extracted = True
            todo.append((outcome, record))
        outcomes.append(outcome)
    if not todo:        # every file found in the cache (touched, not changed): no pipeline is built
        return outcomes
    for (outcome, record), extraction in zip(todo, extract([record for _, record in todo])):
        cache.put(outcome.key, (record, extraction))
        outcome.definitions = list(extraction.definitions)
    return outcomes


def extract_files(sources: list, cache_folder: str, model: str | None = None,
                  max_bytes: int | None = None) -> list[FileExtracted]:
    """:func:`read_and_extract` with this process's pipeline. Runs in a worker process, so that the
    build's own process neither reads the texts nor copies extractions: it gets small records."""
    prepared_in = Path(cache_folder) / PREPARED
    return read_and_extract(sources, ExtractionCache(cache_folder),
                            lambda records: extract_batch(records, model, prepared_in), model=model, max_bytes=max_bytes)


def extracted_files(sources: list, cache_folder: str | Path, *, model: str | None = None, workers: int = 1,
                    max_bytes: int | None = None, progress: bool = False) -> Iterator[FileExtracted]:
    """:func:`extract_files` over ``sources`` in chunks, here or on ``workers`` processes; in order."""
    folder = str(cache_folder)
    if not sources:
        return iter(())
    if workers <= 1:
        parts = (extract_files(chunk, folder, model, max_bytes) for chunk in chunks(sources, BATCH_SIZE))
    else:
        parts = map_in_chunks(extract_files, sources, workers=workers, max_chunk=CHUNK_DOCS,
                              args=(folder, model, max_bytes))
    return _with_progress((outcome for part in parts for outcome in part), len(sources), progress)


def _with_progress(stream: Iterator, total: int, progress: bool) -> Iterator:
    """``stream``, with a progress bar on stderr when asked and there is something to do."""
    if not (progress and total):
        return stream
    from tqdm import tqdm
    return tqdm(stream, total=total, desc="extracting", unit="doc", file=sys.stderr)


def extraction_stream(todo: list[DocumentRecord], *, model: str | None = None, workers: int = 1,
                      progress: bool = False, prepared_in: str | Path | None = None) -> Iterator:
    """The extractions of ``todo``, in its order, as they are made (workers, progress bar).
    Workers return compact records, not Docs. ``prepared_in``: see :func:`extract_batch`."""
    if workers <= 1:
        parts = (extract_batch(chunk, model, prepared_in) for chunk in chunks(todo, BATCH_SIZE))
    else:
        parts = map_in_chunks(extract_batch, todo, workers=workers, max_chunk=CHUNK_DOCS, args=(model, prepared_in))
    return _with_progress((extraction for part in parts for extraction in part), len(todo), progress)


def extract_documents(documents: list[DocumentRecord], *, model: str | None = None, workers: int = 1,
                      cache_dir: str | Path | None = None, progress: bool = False,
                      stats: dict | None = None) -> list:
    """One extraction per document, in the order of ``documents``.

    With ``cache_dir``, unchanged documents come from the cache, new ones are written to it as
    they are made, and entries of documents no longer in ``documents`` are removed. ``stats``
    (if given) receives ``cached`` and ``extracted`` counts."""
    def missing(todo: list[DocumentRecord]):
        return extraction_stream(todo, model=model, workers=workers, progress=progress,
                                 prepared_in=Path(cache_dir) / PREPARED if cache_dir is not None else None)

    return cached_extractions(documents, missing, model=model, cache_dir=cache_dir, stats=stats)


def cached_extractions(documents: list[DocumentRecord], extract_missing, *, model: str | None = None,
                       cache_dir: str | Path | None = None, stats: dict | None = None) -> list:
    """Extractions of ``documents`` in their order: unchanged ones from the cache, the others from
    ``extract_missing(todo)`` (an iterable of extractions in the order of ``todo``), each written to
    the cache as it comes; entries of documents no longer present are removed. The one cache
    policy of the local and the Dask engines."""
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    keys = [document_key(d, model) for d in documents]
    found: dict[int, object] = {}
    if cache is not None:
        for i, key in enumerate(keys):
            hit = cache.find(key, documents[i].id)
            if hit is not None:
                found[i] = hit
    todo_index = [i for i in range(len(documents)) if i not in found]
    for i, extraction in zip(todo_index, extract_missing([documents[i] for i in todo_index])):
        found[i] = extraction
        if cache is not None:
            cache.put(keys[i], (documents[i], extraction))
    if cache is not None:
        cache.prune(set(keys))
    if stats is not None:
        stats.update(cached=len(documents) - len(todo_index), extracted=len(todo_index))
    return [found[i] for i in range(len(documents))]

