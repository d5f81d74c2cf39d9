"""The entity network's plain data, without networkx: what an edge's counts weigh, how many
sentences of evidence are kept, and each node's metrics with their CSV and literal forms.

The build's own process needs these (a document's network contribution, metrics.csv, the metric
quads) while its helper process merges and measures the network (:mod:`diplograph.graph.analytics`,
:mod:`diplograph.graph.network_job`): kept apart, that process does not import networkx (0.12 s).

    >>> data = {"_relations": {("dg:meetsWith", "FRA", "DEU"): 2}, "cooccurrence": 1, "participation": 0}
    >>> finish_edge(data)
    >>> data["kinds"], data["weight"]
    (['relation', 'cooccurrence'], 2.5)
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

EDGE_WEIGHTS = {"relation": 1.0, "cooccurrence": 0.5, "participation": 0.5}
MAX_EVIDENCE = 12               # sentences kept per node and per edge
METRIC_FIELDS = ("key", "label", "class", "degree", "weighted_degree", "betweenness", "pagerank", "community")
# Classes whose entities gather others: sharing one of them is co-participation.
GATHERING_CLASSES = ("Event", "Mechanism")


def finish_edge(data: dict) -> None:
    """Turn an edge's counts (``_relations``: (predicate, subject, object) -> count) into its
    data: ``relations``, ``kinds``, ``weight`` and ``label``."""
    counted = data.pop("_relations")
    data.pop("_seen", None)
    data["relations"] = [{"predicate": p, "subject": s, "object": o, "count": n}
                         for (p, s, o), n in sorted(counted.items())]
    kinds = []
    if data["relations"]:
        kinds.append("relation")
    if data["cooccurrence"]:
        kinds.append("cooccurrence")
    if data["participation"]:
        kinds.append("participation")
    data["kinds"] = kinds
    data["weight"] = (sum(r["count"] for r in data["relations"]) * EDGE_WEIGHTS["relation"]
                      + data["cooccurrence"] * EDGE_WEIGHTS["cooccurrence"]
                      + data["participation"] * EDGE_WEIGHTS["participation"])
    data["label"] = ", ".join(sorted({r["predicate"] for r in data["relations"]}))


@dataclass
class NodeMetrics:
    key: str
    label: str
    cls: str
    degree: int
    weighted_degree: float
    betweenness: float
    pagerank: float
    community: int

    def row(self) -> dict:
        return {"key": self.key, "label": self.label, "class": self.cls, "degree": self.degree,
                "weighted_degree": round(self.weighted_degree, 6), "betweenness": round(self.betweenness, 6),
                "pagerank": round(self.pagerank, 6), "community": self.community}


def metrics_csv(metrics: dict[str, NodeMetrics]) -> str:
    """CSV text, one row per entity, highest PageRank first (ties by key)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=METRIC_FIELDS, lineterminator="\n")
    writer.writeheader()
    for item in sorted(metrics.values(), key=lambda x: (-round(x.pagerank, 6), x.key)):
        writer.writerow(item.row())
    return buffer.getvalue()


def canonical_decimal(value: float) -> str:
    """Six decimals in the lexical form stores keep ("0.00667", "0"): the embedded store and
    graph.nq then hold the very same literal."""
    from decimal import Decimal
    text = format(Decimal(f"{value:.6f}").normalize(), "f")
    return "0" if text in ("0", "-0") else text
