"""Network outputs of a build: metrics.csv, the metrics in RDF, graph.html; and ``diplograph view``."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import networkx as nx

from diplograph.graph.analytics import NodeMetrics, add_metrics_to_dataset, compute_metrics, metrics_csv, project, select
from diplograph.graph.contributions import contributions_from_records, project_contributions
from diplograph.graph.read_outputs import load_records
from diplograph.graph.viewer import VIEWER_MAX_NODES, write_html
from diplograph.model import FACT_MODALITIES
from diplograph.outputs import write_text_atomic


def analysed_graph(entities, mentions, relations=(), events=()) -> nx.Graph:
    """The projection with its metrics stored on the nodes."""
    graph = project(entities, mentions, relations, events)
    compute_metrics(graph)
    return graph


def write_network_outputs(result, dataset, *, base: str) -> dict[str, Path]:
    """For ``pipeline.write_outputs``: add the metrics to ``dataset``; write metrics.csv and graph.html."""
    # questions, negations and hopes are not edges: the same facts as relations.jsonl, read back by `view`
    # merged document by document in reading order, as a streamed build does: the same graph either way
    facts = [r for r in result.relations if r.modality in FACT_MODALITIES]
    contributions = contributions_from_records([d.id for d in result.documents], result.mentions, facts, result.events)
    graph = project_contributions(result.entities, contributions)
    documents = {d.path: d.title for d in result.documents}
    paths, metrics = write_network_files(result.entities, graph, result.out, documents=documents)
    add_metrics_to_dataset(dataset, metrics, base=base)
    return paths


def write_network_files(entities, graph: nx.Graph, out: str | Path, *, documents: dict[str, str] | None = None,
                        title: str | None = None, max_nodes: int | None = VIEWER_MAX_NODES
                        ) -> tuple[dict[str, Path], dict[str, NodeMetrics]]:
    """The metrics of ``graph`` (e.g. from
    :func:`~diplograph.graph.contributions.project_contributions` over ``entities``), written to
    ``out/metrics.csv`` (every entity) and ``out/graph.html`` (at most ``max_nodes`` entities
    drawn, default :data:`~diplograph.graph.viewer.VIEWER_MAX_NODES`).

    Returns ``(paths, metrics)``; ``add_metrics_to_dataset(dataset, metrics, base=...)`` makes
    the metric quads. ``documents`` maps a document path to its title (the viewer's evidence).
    The metrics are also stored on the nodes of ``graph``. (A streamed build with a helper
    process has the helper merge, measure and draw instead: :mod:`diplograph.graph.network_job`.)
    """
    missing = [entity.key for entity in entities if entity.key not in graph]
    if missing:
        raise ValueError(f"expected a graph with a node per entity but {len(missing)} are missing, "
                         f"e.g. {missing[0]!r}: project the same entity table")
    out = Path(out)
    paths = {"metrics": out / "metrics.csv", "viewer": out / "graph.html"}
    metrics = compute_metrics(graph)
    write_html(graph, paths["viewer"], max_nodes=max_nodes, documents=documents or {}, title=title or out.name or "diplograph")
    write_text_atomic(paths["metrics"], metrics_csv(metrics))
    return paths, metrics


def view(out: str | Path, *, classes: Iterable[str] | None = None, min_degree: int = 0, ego: str | None = None,
         depth: int = 1, html: str | Path | None = None, picture: str | Path | None = None) -> Path:
    """Write the viewer (default ``OUT/graph.html``) or, with ``picture``, a PNG/SVG/PDF of a build in ``out``.

    ``classes``, ``min_degree`` and ``ego``/``depth`` choose the sub-graph; metrics are those
    of the whole graph. Returns the path written.
    """
    out = Path(out)
    records = load_records(out)
    graph = analysed_graph(records.entities, records.mentions, records.relations, records.events)
    if depth < 0:
        raise ValueError(f"expected --depth >= 0 but got {depth}")
    chosen = select(graph, classes=classes, min_degree=min_degree, ego=ego, depth=depth)
    title = out.resolve().name + (f" \u2014 around {ego}" if ego else "")
    if picture is not None:
        from diplograph.graph.picture import draw_picture
        return draw_picture(chosen, picture, title=title)
    return write_html(chosen, html or out / "graph.html", documents=records.documents, title=title, out=out)
