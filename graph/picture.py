"""Static pictures of the entity graph (PNG, SVG, PDF) with networkx and matplotlib."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.graph.analytics import layout
from diplograph.graph.viewer import CLASS_STYLES

LABELLED_NODES = 30     # only the highest-PageRank nodes get a label, or the picture is unreadable


def _plain(text: str) -> str:
    # matplotlib reads $...$ as mathematics; document text must stay text.
    return text.replace("\\", "\\\\").replace("$", r"\$")


def draw_picture(graph: nx.Graph, path: str | Path, *, title: str | None = None, dpi: int = 150) -> Path:
    """Draw ``graph`` to ``path``; the format follows the suffix (.png, .svg, .pdf)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise ValueError(f"expected a .png, .svg or .pdf file name but got {path.name!r}")
    n = graph.number_of_nodes()
    side = min(30.0, 8.0 + n ** 0.5 / 3)
    figure, axes = plt.subplots(figsize=(side, side * 0.75))
    axes.set_axis_off()
    pos = layout(graph)
    nodes = list(graph.nodes)
    ranks = [float(graph.nodes[k].get("pagerank", 1.0 / max(n, 1))) for k in nodes]
    top = max(ranks, default=1.0) or 1.0
    sizes = [40 + 800 * (r / top) for r in ranks]
    if graph.number_of_edges():
        nx.draw_networkx_edges(graph, pos, ax=axes, width=0.6, alpha=0.35, edge_color="#6b7a8a")
    markers = {"dot": "o", "square": "s", "diamond": "D", "triangle": "^", "triangleDown": "v", "star": "*",
               "ellipse": "o"}
    used = []
    for cls, (fill, border, shape) in CLASS_STYLES.items():
        members = [i for i, k in enumerate(nodes) if (graph.nodes[k].get("cls", "") if graph.nodes[k].get("cls", "") in CLASS_STYLES else "") == cls]
        if not members:
            continue
        used.append((cls or "other", fill, border, markers[shape]))
        nx.draw_networkx_nodes(graph, pos, ax=axes, nodelist=[nodes[i] for i in members],
                               node_size=[sizes[i] for i in members], node_color=fill, edgecolors=border,
                               linewidths=0.6, node_shape=markers[shape])
    labelled = sorted(range(n), key=lambda i: -ranks[i])[:LABELLED_NODES]
    nx.draw_networkx_labels(graph, pos, ax=axes, font_size=8,
                            labels={nodes[i]: _plain(str(graph.nodes[nodes[i]].get("label", nodes[i]))) for i in labelled})
    axes.legend(handles=[Line2D([], [], marker=m, linestyle="", markerfacecolor=f, markeredgecolor=b,
                                markersize=9, label=name) for name, f, b, m in used],
                loc="lower left", frameon=False)
    if title:
        axes.set_title(_plain(title))
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=dpi, bbox_inches="tight")
    plt.close(figure)
    return path
