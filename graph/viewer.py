"""The interactive viewer: one self-contained, offline HTML file from a networkx projection.

We do not use pyvis to write the page (it fetches scripts from CDNs, writes ``lib/`` into
the working directory and inserts tooltips as raw HTML); we only borrow the vis-network
script and stylesheet it ships, and inline them. All data, including every text that
comes from documents, is one JSON block (``<``, ``>``, ``&``, U+2028 and U+2029 escaped)
that the page reads with ``JSON.parse`` and writes into the DOM with ``textContent``;
no node or edge carries a vis ``title``, so the HTML popup path is never used. A
Content-Security-Policy allows only the page's own two scripts (by hash) and no
network request.

    >>> import networkx as nx
    >>> html = render_html(nx.Graph(), title="empty")
    >>> html.startswith("<!DOCTYPE html>")
    True
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import itertools
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import networkx as nx

from diplograph.graph.analytics import sub_graph
from diplograph.graph.kept_layout import kept_layout
from diplograph.outputs import write_text_atomic

# Class -> (fill colour, border colour, vis shape); "" is for classes we do not know.
CLASS_STYLES = {
    "Country": ("#4e79a7", "#2c4a6e", "dot"),
    "Organisation": ("#f28e2b", "#a85a12", "square"),
    "Mechanism": ("#59a14f", "#356b2e", "diamond"),
    "Event": ("#e15759", "#9c2c2e", "triangle"),
    "Place": ("#76b7b2", "#3f7a75", "triangleDown"),
    "Person": ("#b07aa1", "#72466a", "star"),
    "": ("#9c9c9c", "#555555", "ellipse"),
}
PHYSICS_MAX_NODES = 1000    # above this the precomputed layout is shown as is, physics off
LARGE_GRAPH_NODES = 2000    # above this: straight edges, labels only when zoomed in, no hover
TOP_COMMUNITIES = 40        # communities offered in the filter
# Above this many entities graph.html draws only the top ones (by degree, then mention count,
# then key) and says so on the page; metrics.csv and the RDF metrics still cover every entity,
# and `diplograph view OUT --ego NAME` / `--class CLASS` draw the rest. A browser gives up on
# thousands of nodes long before the file gets too big; up to this many the page keeps physics
# (PHYSICS_MAX_NODES) and is written in about 2.5 s (1M-word corpus, benchmarks/bench_network.py).
VIEWER_MAX_NODES = 1000


class ViewerError(ValueError):
    """The viewer cannot be written (e.g. the vis-network files are missing)."""


def embed_json(value) -> str:
    """JSON safe to place inside ``<script type="application/json">``: no ``</script>``, no ``<!--``.

    ASCII only (``\\uXXXX`` escapes, U+2028 and U+2029 among them): a Python string of ASCII takes
    one byte a character where the sentences' curly quotes would make it two or four, and the
    page's data runs to megabytes on a large corpus."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def embedded_json_parts(data: dict, *, row_lists: tuple[str, ...] = ("nodes", "edges")) -> Iterator[str]:
    """``embed_json(data)`` in pieces, each row of the lists ``row_lists`` on its own: the page's
    data is written without ever being one string (about 11 MB, and its escaped copies, for the
    top 1,000 entities of a 1M-word corpus)."""
    yield "{"
    for number, (key, value) in enumerate(data.items()):
        yield ("," if number else "") + embed_json(key) + ":"
        if key in row_lists and isinstance(value, list):
            yield "["
            for index, row in enumerate(value):
                yield ("," if index else "") + embed_json(row)
            yield "]"
        else:
            yield embed_json(value)
    yield "}"


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet shipped inside the installed pyvis package."""
    # the package's folder, found without importing pyvis (its __init__ imports IPython: 70 ms)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ViewerError("pyvis is not installed: pip install 'pyvis>=0.3.2,<0.4' (the viewer inlines its vis-network)")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib"
    versions = sorted((p for p in lib.iterdir() if p.name.startswith("vis-")),
                      key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)])
    if not versions:
        raise ViewerError(f"vis-network not found under {lib}: reinstall pyvis (pip install 'pyvis>=0.3.2,<0.4')")
    folder = versions[-1]
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    if re.search(r"</(script|style)", js + css, re.IGNORECASE) or "<!--" in js:
        raise ViewerError(f"{folder} contains a closing script/style tag and cannot be inlined")
    return js, css


def _asset(name: str) -> str:
    return (resources.files("diplograph.graph") / "viewer_assets" / name).read_text(encoding="utf-8")


def top_nodes(graph: nx.Graph, limit: int) -> list:
    """The ``limit`` nodes the viewer keeps: highest degree, then mention count, then key."""
    ranked = sorted(graph.nodes(data="mention_count", default=0),
                    key=lambda item: (-graph.degree(item[0]), -(item[1] or 0), str(item[0])))
    return [node for node, _ in ranked[:limit]]


def trimmed(graph: nx.Graph, max_nodes: int | None, *, out: str | Path = "OUT") -> tuple[nx.Graph, str]:
    """``graph`` itself, or above ``max_nodes`` its sub-graph of :func:`top_nodes`, with the note
    the page shows then ("" when nothing is left out)."""
    total = graph.number_of_nodes()
    if max_nodes is None or total <= max_nodes:
        return graph, ""
    if max_nodes < 1:
        raise ValueError(f"expected max_nodes >= 1 or None but got {max_nodes}")
    kept = sub_graph(graph, set(top_nodes(graph, max_nodes)))
    note = (f"showing {kept.number_of_nodes():,} of {total:,} entities (highest degree first); "
            f"diplograph view {out} --ego NAME / --class CLASS for the rest")
    return kept, note


def viewer_data(graph: nx.Graph, *, documents: dict[str, str] | None = None, title: str = "diplograph",
                min_degree: int = 0, max_nodes: int | None = None, out: str | Path = "OUT",
                layout_kept: Path | None = None) -> dict:
    """The JSON the page reads: nodes with positions and metrics, edges, legend, filters.

    Above ``max_nodes`` only :func:`top_nodes` are drawn and ``meta.note`` says so.
    """
    draft = draft_data(graph, documents=documents, title=title, min_degree=min_degree, max_nodes=max_nodes,
                       out=out, layout_kept=layout_kept)
    scores = {key: (d.get("betweenness", 0.0), d.get("pagerank", 0.0)) for key, d in graph.nodes(data=True)}
    return scored_data(draft, scores)


def draft_data(graph: nx.Graph, *, documents: dict[str, str] | None = None, title: str = "diplograph",
               min_degree: int = 0, max_nodes: int | None = None, out: str | Path = "OUT",
               layout_kept: Path | None = None) -> dict:
    """:func:`viewer_data` but for what betweenness and PageRank decide (the nodes' betweenness,
    pagerank and value, the communities' top members), which :func:`scored_data` fills in: all
    the rest, the layout too, needs only the graph and its ``community`` attributes."""
    documents = documents or {}
    total = graph.number_of_nodes()
    graph, note = trimmed(graph, max_nodes, out=out)
    nodes = list(graph.nodes)
    index = {key: i for i, key in enumerate(nodes)}
    positions = kept_layout(graph, layout_kept)      # (the last build's, when the same graph)
    large = len(nodes) > LARGE_GRAPH_NODES
    node_rows = []
    used_docs: set[str] = set()
    for key in nodes:
        d = graph.nodes[key]
        cls = d.get("cls", "") if d.get("cls", "") in CLASS_STYLES else ""
        x, y = positions[key]
        docs = list(d.get("documents", []))
        evidence = [[e["doc"], e["sentence"]] for e in d.get("evidence", [])]
        used_docs.update(docs)
        used_docs.update(e[0] for e in evidence)
        node_rows.append({
            "id": index[key], "key": key, "label": d.get("label", key), "cls": cls,
            "aliases": list(d.get("aliases", [])), "identifiers": dict(d.get("identifiers", {})),
            "documents": docs, "evidence": evidence,
            "degree": graph.degree(key), "wdegree": round(float(graph.degree(key, weight="weight")), 3),
            "betweenness": 0.0, "pagerank": 0.0,        # scored_data's: here for the order of the JSON
            "community": d.get("community", 0), "x": x, "y": y,
            "value": 0.0,
        })
    edge_rows = []
    type_counts: dict[str, int] = {}
    for number, (a, b, d) in enumerate(graph.edges(data=True)):
        relations = [[r["predicate"], index[r["subject"]], index[r["object"]], r["count"]]
                     for r in d.get("relations", []) if r["subject"] in index and r["object"] in index]
        types = sorted({r[0] for r in relations})
        if d.get("cooccurrence"):
            types.append("co-occurrence")
        if d.get("participation"):
            types.append("co-participation")
        for t in types:
            type_counts[t] = type_counts.get(t, 0) + 1
        evidence = [[e["doc"], e["sentence"]] for e in d.get("evidence", [])]
        used_docs.update(e[0] for e in evidence)
        edge_rows.append({"id": number, "from": index[a], "to": index[b], "kinds": list(d.get("kinds", [])),
                          "types": types, "label": d.get("label", ""), "weight": round(float(d.get("weight", 1.0)), 3),
                          "relations": relations, "evidence": evidence})
    class_counts: dict[str, int] = {}
    for row in node_rows:
        class_counts[row["cls"]] = class_counts.get(row["cls"], 0) + 1
    return {
        "meta": {"title": title, "nodes": len(node_rows), "edges": len(edge_rows), "large": large,
                 "total": total, "note": note,
                 "physics": 0 < len(nodes) <= PHYSICS_MAX_NODES, "stabilization": 150 if len(nodes) > 300 else 300,
                 "minDegree": min_degree},
        "classes": [{"name": name, "color": c, "border": b, "shape": s, "count": class_counts.get(name, 0)}
                    for name, (c, b, s) in CLASS_STYLES.items()],
        "communities": [],      # scored_data: they are listed with their top members by PageRank
        "linkTypes": [{"name": t, "count": n} for t, n in sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0]))],
        "docs": {path: documents.get(path, path) for path in sorted(used_docs)},
        "nodes": node_rows,
        "edges": edge_rows,
    }


def scored_data(draft: dict, scores: dict) -> dict:
    """``draft`` (:func:`draft_data`) completed, in place, with ``scores``: node key -> (betweenness,
    PageRank); a node without them scores 0."""
    node_rows = draft["nodes"]
    for row in node_rows:
        betweenness, pagerank = scores.get(row["key"], (0.0, 0.0))
        row["betweenness"] = round(float(betweenness), 6)
        row["pagerank"] = round(float(pagerank), 6)
        row["value"] = round(float(pagerank) * len(node_rows), 4)
    communities: dict[int, list[dict]] = {}
    for row in node_rows:
        communities.setdefault(row["community"], []).append(row)
    community_rows = []
    for cid, members in sorted(communities.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TOP_COMMUNITIES]:
        top = sorted(members, key=lambda r: -r["pagerank"])[:3]
        community_rows.append({"id": cid, "size": len(members), "top": ", ".join(r["label"] for r in top)})
    draft["communities"] = community_rows
    return draft


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def page_parts(graph: nx.Graph, *, documents: dict[str, str] | None = None, title: str = "diplograph",
               min_degree: int = 0, max_nodes: int | None = VIEWER_MAX_NODES, out: str | Path = "OUT",
               layout_kept: Path | None = None) -> Iterator[str]:
    """The page as strings to write one after the other (see :func:`render_html`)."""
    data = viewer_data(graph, documents=documents, title=title, min_degree=min_degree, max_nodes=max_nodes, out=out,
                       layout_kept=layout_kept)
    yield from _page_of(data)


def _page_of(data: dict) -> Iterator[str]:
    """The page showing ``data`` (:func:`viewer_data`), as strings to write one after the other."""
    vis_js, vis_css = vis_assets()
    viewer_js = _asset("viewer.js")
    parts = {
        "SCRIPT_HASHES": [f"{_csp_hash(vis_js)} {_csp_hash(viewer_js)}"],
        "VIS_CSS": [vis_css],
        "VIEWER_CSS": [_asset("viewer.css")],
        "DATA": embedded_json_parts(data),
        "VIS_JS": [vis_js],
        "VIEWER_JS": [viewer_js],
    }
    # The template split at its placeholders, so that nothing inside the inserted parts is ever
    # taken for one.
    pieces = re.split(r"@@([A-Z_]+)@@", _asset("viewer.html"))
    for odd, piece in zip(itertools.cycle((False, True)), pieces):
        if odd:
            yield from parts[piece]
        else:
            yield piece


def render_html(graph: nx.Graph, *, documents: dict[str, str] | None = None, title: str = "diplograph",
                min_degree: int = 0, max_nodes: int | None = VIEWER_MAX_NODES, out: str | Path = "OUT") -> str:
    """The page as a string. ``documents`` maps a document path to its title; above ``max_nodes``
    (``None``: no limit) the page draws the top entities only and says so."""
    return "".join(page_parts(graph, documents=documents, title=title, min_degree=min_degree, max_nodes=max_nodes,
                              out=out))


def write_html(graph: nx.Graph, path: str | Path, *, documents: dict[str, str] | None = None,
               title: str = "diplograph", min_degree: int = 0, max_nodes: int | None = VIEWER_MAX_NODES,
               out: str | Path = "OUT", layout_kept: Path | None = None) -> Path:
    """Write the viewer to ``path`` (atomically); nothing else is written anywhere, but for the
    layout kept in ``layout_kept`` when given (:func:`~diplograph.graph.kept_layout.kept_layout`).

    Above ``max_nodes`` entities (default :data:`VIEWER_MAX_NODES`, ``None`` for no limit) it
    draws the best connected ones and the page names the command that draws the rest
    (``diplograph view OUT ...``, with ``out`` in place of OUT).
    """
    path = Path(path)
    write_text_atomic(path, page_parts(graph, documents=documents, title=title, min_degree=min_degree,
                                       max_nodes=max_nodes, out=out, layout_kept=layout_kept))
    return path
