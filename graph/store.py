"""The embedded store: the build's graph in an on-disk Oxigraph store under ``OUT/store``.

One named graph per document plus the shared entity graph, exactly the quads of
``graph.nq``. No server is needed: :func:`open_store` opens it read-only for queries.

    >>> from diplograph.graph.store import open_store
    >>> store = open_store("out/examples")          # doctest: +SKIP
    >>> len(store) > 0                              # doctest: +SKIP
    True
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

STORE_DIR = "store"


class StoreError(Exception):
    """The embedded store is missing or cannot be opened."""


def store_path(out: str | Path) -> Path:
    return Path(out) / STORE_DIR


def write_store(out: str | Path, nquads: str | bytes | Path) -> Path:
    """Write ``nquads`` (N-Quads text, bytes, or a file path, as this package writes them: they are
    loaded leniently, see :func:`bulk_load_lines`) as the store under ``out``.

    The quads are bulk-loaded into ``OUT/store.tmp`` (``Store.bulk_load``, the fast path when
    no reader can see a half-loaded store), which then replaces ``OUT/store`` by renames: a
    failed or killed load leaves the previous store in place (a kill between the two renames
    leaves ``store.old``, which the next call puts back before starting). ``diplograph build``
    goes further: it writes the store into a staging folder committed with the other outputs
    (``diplograph.outputs.staged``), so the store always matches the files beside it.
    """
    target = store_path(out)
    tmp = target.with_name(STORE_DIR + ".tmp")
    old = target.with_name(STORE_DIR + ".old")
    if old.is_dir() and not target.exists():
        old.rename(target)          # killed between the renames below: the previous store is whole
    for leftover in (tmp, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    store = ox.Store(str(tmp))
    try:
        if isinstance(nquads, Path):
            with nquads.open("rb") as f:
                bulk_load_lines(store, f)
        else:
            bulk_load_lines(store, nquads.encode("utf-8") if isinstance(nquads, str) else nquads)
        store.flush()
    except BaseException:
        del store
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    del store   # closes the RocksDB files before the rename
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    if old.exists():
        shutil.rmtree(old)
    return target


# N-Quads lines per bulk load. One bulk load of a whole file takes ~1 GB per million quads; loading
# 1.1M quads (lenient) in batches of 50k, 40k, 30k, 20k, 15k and 10k lines took a peak of 122, 107,
# 93, 73, 67 and 60 MB, in 5.8-6.1, 5.6-5.9, 6.1-6.5, 5.8-6.6, 7.3 and 8.0-8.3 s: smaller batches
# make more files for RocksDB to merge. Each batch is a file at RocksDB's first level, which the
# store's first update waits to see merged when they are many (55 batches of 20k lines: 0.4-1.6 s;
# 28 of 40k: 0.03 s; see diplograph.streaming.SETTLED_LOAD_BATCHES). Batches of 40k took a 1M-word
# build's peak from 210 to 257 MB (100k words: 193 to 211), beyond the 1.2 ratio of the two.
LOAD_LINES = 20_000
# Lines per bulk load of a graph small beside the store's, loaded once the build holds the most
# memory (the entity graph): 37k lines into a 1.1M-quad store took a peak of 52 MB in batches of
# 20k lines and 33 MB in batches of 5k. Right after the store's own bulk load, though, each batch
# waits for RocksDB to merge the files just loaded: 0.28 s in batches of 20k, 0.44 s of 10k, 1.7-2.1 s of 5k
# (one or two runs each, on a 1M-word build; other runs of 10k took 0.4-2.0 s).
SMALL_LOAD_LINES = 10_000


def bulk_load_lines(store: ox.Store, nquads, lines_per_load: int = LOAD_LINES) -> int:
    """Bulk-load N-Quads (bytes, or an iterable of byte lines such as an open file) into ``store``
    in batches of ``lines_per_load`` lines (each statement is one line), so that memory stays
    flat however large the graph; as fast as one bulk load. Returns the number of lines.

    Only for N-Quads this package wrote (:mod:`diplograph.graph.nquads`): they are parsed leniently,
    without checking their IRIs again, which :class:`~diplograph.ontology.iri.Minter` made valid
    (every key percent-encoded, the base checked). That saves about a fifth of the load's time;
    a syntax error is still an error."""
    lines = nquads.splitlines(keepends=True) if isinstance(nquads, bytes) else nquads
    batch, count = [], 0

    def load(batch: list[bytes]) -> int:
        store.bulk_load(b"".join(batch), format=ox.RdfFormat.N_QUADS, lenient=True)
        return len(batch)

    for line in lines:
        batch.append(line)
        if len(batch) >= lines_per_load:
            count += load(batch)
            batch = []
    if batch:
        count += load(batch)
    return count


def open_store(out: str | Path, *, read_only: bool = True) -> ox.Store:
    """Open the embedded store of a build folder (read-only unless asked)."""
    path = store_path(out)
    if not path.is_dir():
        raise StoreError(f"no embedded store at {path}: run `diplograph build ... --out {Path(out)}` first")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store at {path}: {error}") from None


def graph_counts(store: ox.Store) -> dict[str, int]:
    """Triples per named graph, keyed by the graph IRI."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    return {row["g"].value: int(row["n"].value) for row in store.query(query)}



def replace_lines(store: ox.Store, old: bytes, new: bytes) -> tuple[int, int] | None:
    """Make the quads of the N-Quads ``old`` (all in ``store``) those of ``new``: remove the quads
    of the lines only ``old`` has, add those of the lines only ``new`` has; the others are not
    touched (nor parsed). Both must come from one serialiser, which spells each quad one way
    (:mod:`diplograph.graph.nquads`). Far cheaper than removing a large graph and loading it again
    when few lines changed. Returns (removed, added); ``None`` (``store`` untouched) when a changed
    line holds a blank node, whose identity differs from parse to parse. Not transactional: each
    removal is its own transaction and the additions one more."""
    old_lines, new_lines = set(old.splitlines()), set(new.splitlines())
    gone = set(_quads(old_lines - new_lines))
    added = set(_quads(new_lines - old_lines))
    if any(_has_blank(q) for q in gone | added):
        return None
    gone, added = gone - added, added - gone
    for quad in gone:
        store.remove(quad)
    store.extend(added)
    return len(gone), len(added)


def _quads(lines: set[bytes]) -> list[ox.Quad]:
    return list(ox.parse(b"\n".join(sorted(lines)), format=ox.RdfFormat.N_QUADS)) if lines else []


def _has_blank(quad: ox.Quad) -> bool:
    return any(isinstance(term, ox.BlankNode) for term in (quad.subject, quad.object, quad.graph_name))
