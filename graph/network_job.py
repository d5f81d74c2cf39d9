"""The entity network of a streamed build, merged and measured in the build's helper process.

Merging a large corpus's network contributions and measuring the result (communities,
betweenness, PageRank) takes most of a second at 1M words, and the viewer page as much again;
the build meanwhile has the records to write, the entity lines to make and the N-Quads to copy.
So the helper process (:mod:`diplograph.graph.helper_process`) takes two jobs:
:func:`measure_network` reads each document's contribution from its fragment's ``.net`` file
(:mod:`diplograph.fragments`), merges them in discovery order as
:func:`~diplograph.graph.contributions.project_contributions` does, and returns the metrics
(the build needs them for metrics.csv and the metric quads); :func:`write_measured_page` then
writes graph.html from the same graph, kept in the helper between the two jobs. Where there is no
helper the jobs run in the build's process: the same files either way. A rebuild's helper
first merges the runs of documents the last build left (:func:`premerge_networks`) while the
changed ones are extracted; :func:`measure_network` joins those runs to the rest
(:class:`~diplograph.graph.contributions.NetworkMerge`) rather than reading them again.

    >>> metrics = measure_network(entities, ["fragments/ab12.net"], "out/graph.html")   # doctest: +SKIP
    >>> write_measured_page("out/graph.html", documents={}, title="archive")            # doctest: +SKIP
"""
from __future__ import annotations

import gc
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from diplograph.graph.contributions import NetworkMerge
from diplograph.heap import paused_gc

if TYPE_CHECKING:
    import networkx as nx

    from diplograph.graph.network_data import NodeMetrics

_MEASURED: dict[str, nx.Graph] = {}     # viewer path -> the graph measured for it, until its page is written
_PREMERGED: dict[str, tuple[list[str], NetworkMerge]] = {}     # a run's first file -> (run, its merge)


def measure_network(entities: list, network_files: Iterable[str], viewer: str, *,
                    settle_graph: bool = False) -> dict[str, NodeMetrics]:
    """The metrics of the entity graph merged from ``network_files`` (one per document, in
    discovery order) over ``entities``; the graph is kept for :func:`write_measured_page`.
    ``settle_graph`` (in a helper process, which ends with the build): the graph is left out of
    the garbage collector's scans from now on (``gc.freeze``), which took 0.1 s of the page's 0.5
    at 1M words; a frozen graph is freed only when the process ends."""
    from diplograph.graph.analytics import compute_metrics

    with paused_gc():       # what is merged is kept: collecting while it piles up finds nothing
        graph = _merged(list(network_files)).graph(entities)
    if settle_graph:
        gc.freeze()
    metrics = compute_metrics(graph)
    _MEASURED[str(viewer)] = graph
    return metrics


def premerge_networks(runs: list[list[str]]) -> int:
    """Merge each run of ``runs`` (network files of consecutive documents) ahead of the entity
    table, for the next :func:`measure_network` in this process, which joins each run it finds
    in its own files instead of merging them one by one: a rebuild's helper merges the runs of the
    documents it will likely keep while the changed ones are extracted. A run whose files are
    gone by then (replaced by the build) is left out. Returns how many runs were merged."""
    _PREMERGED.clear()
    with paused_gc():
        for run in runs:
            merge = NetworkMerge()
            try:
                for part in _networks(run):
                    merge.add(part)
            except (OSError, EOFError, pickle.UnpicklingError):
                continue
            _PREMERGED[run[0]] = (run, merge)
    return len(_PREMERGED)


def _merged(files: list[str]) -> NetworkMerge:
    """The merge of ``files`` in their order: the runs :func:`premerge_networks` merged joined where
    they come, the other files merged one by one (the same merge either way)."""
    premerged = dict(_PREMERGED)
    _PREMERGED.clear()
    merged, at = NetworkMerge(), 0
    while at < len(files):
        run, merge = premerged.pop(files[at], (None, None))
        if run is not None and files[at:at + len(run)] == run:
            merged.join(merge)
            at += len(run)
        else:
            merged.add(_network(files[at]))
            at += 1
    return merged


def write_measured_page(viewer: str, *, documents: dict[str, str], title: str, layout_kept: str | None = None,
                        **options) -> Path:
    """graph.html at ``viewer`` for the graph :func:`measure_network` measured for it (in this
    process), which is then let go. Its layout is kept in ``layout_kept`` for the next build
    (:mod:`diplograph.graph.kept_layout`) when given; ``options`` are
    :func:`~diplograph.graph.viewer.write_html`'s (``max_nodes``)."""
    from diplograph.graph.viewer import ViewerError, write_html

    try:
        graph = _MEASURED.pop(str(viewer))
    except KeyError:
        # (in a build: the helper process that measured it ended before drawing the page)
        raise ViewerError(f"no network was measured for {viewer} in this process (or the helper process that "
                          f"measured it has ended): measure it again (build again)") from None
    return write_html(graph, viewer, documents=documents, title=title,
                      layout_kept=Path(layout_kept) if layout_kept is not None else None, **options)


def _networks(paths: Iterable[str]) -> Iterator:
    for path in paths:
        yield _network(path)


def _network(path: str):
    with open(path, "rb") as f:
        return pickle.load(f)
