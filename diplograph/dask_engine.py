"""The build on a Dask cluster (``dask.distributed``): ``build --engine dask [--scheduler ADDRESS]``.

The per-document work runs on the cluster in partitions: extraction (each worker builds
its pipeline once and returns plain records, never Docs) and, after the corpus-wide
resolution on the client, the N-Quads shard of each partition's named graphs. Shards
are written by the workers to ``OUT/shards/part-*.nq``, so on a real cluster ``OUT``
must be on a filesystem every worker sees. Without ``scheduler`` a ``LocalCluster``
with ``workers`` processes is started and stopped.

Needs the ``dask`` extra: ``pip install 'diplograph[dask]'``.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from diplograph.extraction import cached_extractions, extract_batch

PARTITION_DOCS = 64


class DaskUnavailable(ValueError):
    """dask.distributed is not installed."""


@contextmanager
def client_for(scheduler: str | None, workers: int = 1):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--engine dask needs dask.distributed: pip install 'diplograph[dask]'") from None
    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    # one worker runs in this process (no sockets); more are processes bound to 127.0.0.1
    options = {"host": "127.0.0.1"} if workers > 1 else {}
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=workers > 1,
                           dashboard_address=None, **options)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _partitions(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def extract_with_dask(documents, *, model=None, scheduler=None, workers=1, cache_dir=None, stats=None,
                      partition_docs: int = PARTITION_DOCS) -> list:
    """Extractions of ``documents`` in their order, computed on the cluster (cached ones are not sent)."""
    def missing(todo):
        if not todo:
            return
        with client_for(scheduler, workers) as client:
            parts = _partitions(todo, partition_docs)
            futures = client.map(extract_batch, parts, model=model, pure=False)
            for future in futures:          # partitions in order, cached as each one arrives
                yield from future.result()

    return cached_extractions(documents, missing, model=model, cache_dir=cache_dir, stats=stats)


def _write_partition(path: str, documents, mentions, relations, events, base: str) -> str:
    from diplograph.graph import stream

    groups = stream.by_document(mentions, relations, events)
    return str(stream.write_shard(Path(path), documents, groups, base=base))


def write_shards_with_dask(folder: Path, result, *, base: str, scheduler: str | None = None,
                           workers: int = 1, partition_docs: int = PARTITION_DOCS) -> list[Path]:
    """One N-Quads shard per partition of documents, written by the cluster's workers."""
    from diplograph.graph.stream import by_document

    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    groups = by_document(result.mentions, result.relations, result.events)
    parts = _partitions(result.documents, partition_docs)
    args = []
    for n, docs in enumerate(parts):
        ms, rs, es = [], [], []
        for d in docs:
            g = groups.get(d.id, ([], [], []))
            ms.extend(g[0]), rs.extend(g[1]), es.extend(g[2])
        args.append((str(folder / f"part-{n:05d}.nq"), docs, ms, rs, es))
    if not args:
        return []
    with client_for(scheduler, workers) as client:
        futures = [client.submit(_write_partition, *a, base, pure=False) for a in args]
        return [Path(p) for p in client.gather(futures)]
