"""The build on a Dask cluster (``dask.distributed``): ``build --engine dask [--scheduler ADDRESS]``.

The per-document work runs on the cluster in partitions: extraction (each worker builds
its pipeline once and returns plain records, never Docs) and, after the corpus-wide
resolution on the client, each document's fragment (its records and the N-Quads shard
of its named graph, see :mod:`diplograph.streaming`). Fragments are written by the
workers under ``OUT/cache/``, so on a real cluster ``OUT`` must be on a filesystem every
worker sees. Without ``scheduler`` a ``LocalCluster``
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


def dask_extractions(client, todo, *, model=None, partition_docs: int = PARTITION_DOCS):
    """Extractions of ``todo`` in its order, computed on the cluster partition by partition."""
    if not todo:
        return
    futures = client.map(extract_batch, _partitions(todo, partition_docs), model=model, pure=False)
    for future in futures:          # partitions in order, each cached by the caller as it arrives
        yield from future.result()
        future.release()


def extract_with_dask(documents, *, model=None, scheduler=None, workers=1, cache_dir=None, stats=None,
                      partition_docs: int = PARTITION_DOCS) -> list:
    """Extractions of ``documents`` in their order, computed on the cluster (cached ones are not sent)."""
    def missing(todo):
        if not todo:
            return
        with client_for(scheduler, workers) as client:
            yield from dask_extractions(client, todo, model=model, partition_docs=partition_docs)

    return cached_extractions(documents, missing, model=model, cache_dir=cache_dir, stats=stats)


def dask_fragments(client, cache_folder: Path, items: list[tuple[str, str]], table, entities, *, base: str,
                   partition_docs: int = PARTITION_DOCS) -> int:
    """Write the fragments of ``items`` on the cluster; ``cache_folder`` must be seen by every worker."""
    if not items:
        return 0
    from diplograph.streaming import write_fragments

    corpus = client.scatter((table, entities), broadcast=True)
    futures = [client.submit(write_fragments, str(Path(cache_folder).resolve()), part, corpus, base, pure=False)
               for part in _partitions(items, partition_docs)]
    return sum(client.gather(futures))
