"""Network analytics: a networkx projection of a build and its centrality measures.

The projection is built from the plain records (``diplograph.model``), so it works
with mentions only (sentence co-occurrence) and with relations and events when a
build has them:

    >>> from diplograph.model import Entity, Mention
    >>> ents = [Entity("FRA", "France", "Country"), Entity("DEU", "Germany", "Country")]
    >>> ms = [Mention("a.txt", "a", 0, 6, "France", "Country", "FRA", "France and Germany met.", 0, "gazetteer"),
    ...       Mention("a.txt", "a", 11, 18, "Germany", "Country", "DEU", "France and Germany met.", 0, "gazetteer")]
    >>> g = project(ents, ms)
    >>> g.edges["FRA", "DEU"]["kinds"]
    ['cooccurrence']

Nodes are entity keys with ``label``, ``cls``, ``aliases``, ``identifiers``,
``documents``, ``mention_count`` and ``evidence`` (distinct supporting sentences,
capped). Edges are undirected and weighted; one edge per pair of entities, whatever
supports it:

* ``relations``: ``{"predicate", "subject", "object", "count"}`` per typed relation
  (the direction is kept in ``subject``/``object``);
* ``cooccurrence``: how many sentences name both entities;
* ``participation``: how many events or mechanisms both take part in, or 1 when one
  of them is the event/mechanism the other takes part in;
* ``weight``: ``sum(count * EDGE_WEIGHTS[kind])``.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable

import networkx as nx

from diplograph.graph import adjacency
from diplograph.graph.betweenness import betweenness_centrality
from diplograph.graph.communities import louvain_communities
from diplograph.graph.network_data import (EDGE_WEIGHTS, GATHERING_CLASSES, MAX_EVIDENCE, METRIC_FIELDS,  # noqa: F401
                                           NodeMetrics, canonical_decimal, finish_edge, metrics_csv)
from diplograph.model import Entity, Event, Mention, Relation

# Betweenness (Brandes) costs one breadth-first search per source node, O(V * E) in all:
# exact up to EXACT_BETWEENNESS_MAX nodes; above, estimated from a seeded sample of
# k = BETWEENNESS_BUDGET // (nodes + edges) source pivots, at least BETWEENNESS_MIN_PIVOTS and
# at most BETWEENNESS_MAX_PIVOTS (networkx's ``k``/``seed``: the same graph gives the same
# values). Measured on the 1M-word generated corpus (3,632 nodes, 15,126 edges; exact 155 s with
# networkx): 128 pivots take 3.5 s with networkx, 0.16 s with graph/betweenness.py, rank correlation
# with the exact values 0.95, 44 of the exact top 50.
EXACT_BETWEENNESS_MAX = 1000
BETWEENNESS_BUDGET = 2_500_000
BETWEENNESS_MIN_PIVOTS = 32
BETWEENNESS_MAX_PIVOTS = 128
LOUVAIN_SEED = 42


def project(entities: Iterable[Entity], mentions: Iterable[Mention] = (), relations: Iterable[Relation] = (),
            events: Iterable[Event] = (), *, cooccurrence: bool = True, participation: bool = True) -> nx.Graph:
    """The entity graph of a build. ``cooccurrence``/``participation`` switch the optional edges off."""
    graph = nx.Graph()
    for entity in entities:
        graph.add_node(entity.key, label=entity.label, cls=entity.cls, aliases=list(entity.aliases),
                       identifiers=dict(entity.identifiers), documents=list(entity.documents),
                       mention_count=entity.mention_count, evidence=[])
    seen_evidence: dict[str, set] = defaultdict(set)
    sentences: dict[tuple[str, int], set[str]] = defaultdict(set)
    sentence_text: dict[tuple[str, int], tuple[str, str]] = {}
    for mention in mentions:
        if mention.entity not in graph:
            continue
        where = (mention.doc_id, mention.sentence_start)
        sentences[where].add(mention.entity)
        sentence_text[where] = (mention.doc, mention.sentence)
        _add_evidence(graph.nodes[mention.entity]["evidence"], seen_evidence[mention.entity],
                      mention.doc, mention.sentence)
    if cooccurrence:
        for where, keys in sentences.items():
            doc, sentence = sentence_text[where]
            for a, b in combinations(sorted(keys), 2):
                data = _edge(graph, a, b)
                data["cooccurrence"] += 1
                _add_evidence(data["evidence"], data.setdefault("_seen", set()), doc, sentence)
    members: dict[str, set[str]] = defaultdict(set)     # event/mechanism key -> keys taking part
    for relation in relations:
        if relation.subject not in graph or relation.object not in graph or relation.subject == relation.object:
            continue
        data = _edge(graph, relation.subject, relation.object)
        triple = (relation.predicate, relation.subject, relation.object)
        data["_relations"][triple] += 1
        _add_evidence(data["evidence"], data.setdefault("_seen", set()), relation.doc, relation.sentence)
        for gathering, other in ((relation.object, relation.subject), (relation.subject, relation.object)):
            if graph.nodes[gathering]["cls"] in GATHERING_CLASSES:
                members[gathering].add(other)
    for event in events:
        for participant in event.participants:
            key = participant.get("entity")
            if key in graph and event.key in graph and key != event.key:
                members[event.key].add(key)
                if participation:
                    data = _edge(graph, event.key, key)
                    data["participation"] = max(data["participation"], 1)
                    if event.sentence:
                        _add_evidence(data["evidence"], data.setdefault("_seen", set()), event.doc, event.sentence)
    if participation:
        for gathering, keys in members.items():
            for a, b in combinations(sorted(keys), 2):
                _edge(graph, a, b)["participation"] += 1
    for _, _, data in graph.edges(data=True):
        finish_edge(data)
    return graph


def _add_evidence(evidence: list, seen: set, doc: str, sentence: str) -> None:
    if len(evidence) < MAX_EVIDENCE and (doc, sentence) not in seen and sentence:
        seen.add((doc, sentence))
        evidence.append({"doc": doc, "sentence": sentence})


def _edge(graph: nx.Graph, a: str, b: str) -> dict:
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, cooccurrence=0, participation=0, evidence=[], _relations=Counter())
    return graph.edges[a, b]


def compute_metrics(graph: nx.Graph, *, seed: int = LOUVAIN_SEED) -> dict[str, NodeMetrics]:
    """Degree, weighted degree, betweenness, PageRank and Louvain community of every node.

    Betweenness is normalised and unweighted; above ``EXACT_BETWEENNESS_MAX`` nodes it is
    estimated from a seeded sample of :func:`betweenness_pivots` sources. Communities are those
    of :func:`community_numbers`.
    Results are also stored on the nodes as attributes of the same names.
    """
    if graph.number_of_nodes() == 0:
        return {}
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    k = betweenness_pivots(n, m)
    betweenness = betweenness_centrality(graph, k, seed=seed if k else None)
    pagerank = adjacency.pagerank(graph, weight="weight") if m else {node: 1.0 / n for node in graph}
    community_of = community_numbers(graph, seed=seed)
    weighted = dict(graph.degree(weight="weight"))
    metrics = {}
    for node, data in graph.nodes(data=True):
        metrics[node] = NodeMetrics(node, data.get("label", node), data.get("cls", ""), graph.degree(node),
                                    float(weighted[node]), betweenness[node], pagerank[node], community_of[node])
        data.update(degree=metrics[node].degree, weighted_degree=metrics[node].weighted_degree,
                    betweenness=metrics[node].betweenness, pagerank=metrics[node].pagerank,
                    community=metrics[node].community)
    return metrics


def community_numbers(graph: nx.Graph, *, seed: int = LOUVAIN_SEED) -> dict:
    """Node -> its seeded Louvain community, numbered by size (largest 0; ties by first member),
    also stored on the nodes as ``community``."""
    communities = louvain_communities(graph, weight="weight", seed=seed)
    communities = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    community_of = {node: number for number, members in enumerate(communities) for node in members}
    nx.set_node_attributes(graph, community_of, "community")
    return community_of


def betweenness_pivots(nodes: int, edges: int) -> int | None:
    """How many sources betweenness samples for a graph of this size; None: every node (exact)."""
    if nodes <= EXACT_BETWEENNESS_MAX:
        return None
    budget = BETWEENNESS_BUDGET // (nodes + edges)
    return min(nodes, max(BETWEENNESS_MIN_PIVOTS, min(BETWEENNESS_MAX_PIVOTS, budget)))


def add_metrics_to_dataset(dataset, metrics: dict[str, NodeMetrics], *, base: str) -> None:
    """Add dg:degree, dg:pageRank, dg:betweenness and dg:community to the shared entity graph."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from diplograph.graph.rdf import Minter
    from diplograph.ontology.namespace import DG

    mint = Minter(base)
    shared = dataset.graph(mint.entities_graph())
    for key, item in sorted(metrics.items()):
        node = mint.entity(key)
        shared.add((node, DG.degree, Literal(item.degree, datatype=XSD.integer)))
        shared.add((node, DG.pageRank, Literal(canonical_decimal(item.pagerank), datatype=XSD.decimal)))
        shared.add((node, DG.betweenness, Literal(canonical_decimal(item.betweenness), datatype=XSD.decimal)))
        shared.add((node, DG.community, Literal(item.community, datatype=XSD.integer)))


# --- sub-graphs for the viewer and the pictures ------------------------------------------

def find_node(graph: nx.Graph, name: str) -> str:
    """The node whose key, label or alias is ``name`` (case-insensitive); ValueError with a hint otherwise."""
    if name in graph:
        return name
    wanted = name.casefold()
    for node, data in graph.nodes(data=True):
        if data.get("label", "").casefold() == wanted or wanted in (a.casefold() for a in data.get("aliases", [])):
            return node
    import difflib
    names = [str(node) for node in graph.nodes]
    for _, data in graph.nodes(data=True):
        names += [data.get("label", "")] + list(data.get("aliases", []))
    close = difflib.get_close_matches(name, names, n=3)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise ValueError(f"no entity with key, label or alias {name!r}{hint}")


def sub_graph(graph: nx.Graph, keep: set) -> nx.Graph:
    """The sub-graph of the nodes ``keep`` (a copy) with ``graph``'s order of nodes and edges.
    networkx's ``subgraph`` walks the set it is given, whose order of strings changes from process
    to process (hash seeds): the layout, seeded by node order, would change with it."""
    kept = nx.Graph()
    kept.add_nodes_from((node, data) for node, data in graph.nodes(data=True) if node in keep)
    done = set()
    for node in list(kept):     # graph.edges' order: each edge from the first of its ends met
        kept.add_edges_from([(node, other, data) for other, data in graph.adj[node].items()
                             if other in keep and other not in done])
        done.add(node)
    return kept


def select(graph: nx.Graph, *, classes: Iterable[str] | None = None, min_degree: int = 0,
           ego: str | None = None, depth: int = 1) -> nx.Graph:
    """The sub-graph kept by the viewer's command-line filters (a copy; metrics stay those of the whole graph)."""
    keep = set(graph.nodes)
    centre = None
    if ego is not None:
        centre = find_node(graph, ego)
        keep &= set(nx.single_source_shortest_path_length(graph, centre, cutoff=depth))
    if classes:
        wanted = {c.casefold() for c in classes}
        keep = {n for n in keep if graph.nodes[n].get("cls", "").casefold() in wanted or n == centre}
    if min_degree:
        keep = {n for n in keep if graph.degree(n) >= min_degree}
    return sub_graph(graph, keep)


# --- layout ------------------------------------------------------------------------------

SMALL_LAYOUT_MAX = 2000
LAYOUT_BLOCK_ROWS = 128
QUOTIENT_LAYOUT_MAX = 300


def layout(graph: nx.Graph, *, seed: int = 1, iterations: int = 60) -> dict[str, tuple[float, float]]:
    """Positions for every node, about 1,000 units across per 100 nodes; fast for 20,000 nodes.

    Up to ``SMALL_LAYOUT_MAX`` nodes: a vectorised Fruchterman-Reingold. Above: communities
    (the ``community`` node attribute, else connected components) are placed by the same
    algorithm on the graph of communities (a sunflower spiral, largest first, when there are
    more than ``QUOTIENT_LAYOUT_MAX``), and each one is laid out inside its own disc
    (force-directed if small enough, a degree-ordered sunflower spiral if not).
    """
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    if len(nodes) <= SMALL_LAYOUT_MAX:
        pos = _fruchterman_reingold(graph, nodes, seed=seed, iterations=iterations)
        return _scaled(nodes, pos, radius=60.0 * len(nodes) ** 0.5)
    groups: dict = defaultdict(list)
    if all("community" in graph.nodes[n] for n in nodes):
        for node in nodes:
            groups[graph.nodes[node]["community"]].append(node)
    else:
        for number, component in enumerate(nx.connected_components(graph)):
            groups[number] = sorted(component)
    quotient = nx.Graph()
    group_of = {node: g for g, members in groups.items() for node in members}
    quotient.add_nodes_from(groups)
    for a, b in graph.edges:
        if group_of[a] != group_of[b]:
            quotient.add_edge(group_of[a], group_of[b])
    order = sorted(groups, key=lambda g: -len(groups[g]))
    radii = {g: 45.0 * len(groups[g]) ** 0.5 + 30.0 for g in order}
    if len(order) <= QUOTIENT_LAYOUT_MAX:
        centres = _fruchterman_reingold(quotient, order, seed=seed, iterations=iterations)
    else:   # many communities: the largest in the middle, the small ones around them
        centres = _sunflower(len(order))
    # Spread the centres so that discs (sized by their members) rarely overlap.
    spread = 2.2 * sum(r * r for r in radii.values()) ** 0.5
    positions: dict[str, tuple[float, float]] = {}
    for index, g in enumerate(order):
        cx, cy = centres[index] * spread
        members = groups[g]
        if len(members) <= 400:
            local = _fruchterman_reingold(sub_graph(graph, set(members)), members, seed=seed, iterations=30)
        else:
            members = sorted(members, key=lambda x: -graph.degree(x))
            local = _sunflower(len(members))
        for node, (x, y) in _scaled(members, local, radius=radii[g]).items():
            positions[node] = (round(x + cx, 1), round(y + cy, 1))
    return positions


def _fruchterman_reingold(graph: nx.Graph, nodes: list, *, seed: int, iterations: int):
    import numpy as np

    n = len(nodes)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) - 0.5
    if n < 3:
        return pos
    index = {node: i for i, node in enumerate(nodes)}
    k = (1.0 / n) ** 0.5
    # float32 arrays allocated once and reused: half the memory traffic of float64, twice as fast
    # at 1,000 nodes; the browser's physics refines the positions anyway
    attraction = np.zeros((n, n), dtype=np.float32)     # adjacency / k
    for a, b in graph.edges(nodes):
        if a in index and b in index:
            attraction[index[a], index[b]] = attraction[index[b], index[a]] = 1.0 / k
    pos = pos.astype(np.float32)
    rows = min(n, LAYOUT_BLOCK_ROWS)        # forces on a block of rows at a time: 2 MB, not 16 MB, at 1,000 nodes
    dx, dy, squared, force = (np.empty((rows, n), dtype=np.float32) for _ in range(4))
    displacement = np.empty((n, 2), dtype=np.float32)
    repulsion = np.float32(k * k)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        # force = k^2 / distance^2 - adjacency * distance / k (distance at least 0.01)
        for start in range(0, n, rows):
            end = min(n, start + rows)
            b = end - start
            np.subtract(pos[start:end, 0, None], pos[None, :, 0], out=dx[:b])
            np.subtract(pos[start:end, 1, None], pos[None, :, 1], out=dy[:b])
            np.multiply(dx[:b], dx[:b], out=squared[:b])
            squared[:b] += dy[:b] * dy[:b]
            np.maximum(squared[:b], np.float32(1e-4), out=squared[:b])
            np.sqrt(squared[:b], out=force[:b])
            force[:b] *= attraction[start:end]
            np.divide(repulsion, squared[:b], out=squared[:b])
            np.subtract(squared[:b], force[:b], out=force[:b])
            displacement[start:end, 0] = np.einsum("ij,ij->i", dx[:b], force[:b])
            displacement[start:end, 1] = np.einsum("ij,ij->i", dy[:b], force[:b])
        length = np.maximum(np.sqrt((displacement ** 2).sum(axis=1)), 0.01)
        pos += displacement * (temperature / length)[:, None]
        temperature -= cooling
    return pos.astype(float)


def _sunflower(n: int):
    import numpy as np

    i = np.arange(n) + 0.5
    r = np.sqrt(i / n)
    theta = i * np.pi * (3 - 5 ** 0.5)
    return np.column_stack([r * np.cos(theta), r * np.sin(theta)])


def _scaled(nodes: list, pos, *, radius: float) -> dict[str, tuple[float, float]]:
    import numpy as np

    pos = np.asarray(pos, dtype=float)
    pos = pos - pos.mean(axis=0)
    extent = float(np.abs(pos).max()) or 1.0
    pos = pos / extent * radius
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos)}


def synthetic_records(n_entities: int, *, seed: int = 7, sentences_per_entity: float = 1.5):
    """Entities and mentions of a made-up corpus with community structure (benchmarks, tests)."""
    rng = random.Random(seed)
    classes = ("Country", "Organisation", "Mechanism", "Event", "Place", "Person")
    entities = [Entity(f"E{i}", f"Entity {i}", classes[i % len(classes)], aliases=[f"E-{i}"],
                       documents=[f"doc{i % 50}.txt"], mention_count=1) for i in range(n_entities)]
    mentions = []
    group = 200
    for s in range(int(n_entities * sentences_per_entity)):
        base = rng.randrange(0, n_entities, group) if n_entities > group else 0
        size = rng.choice((2, 2, 3, 4))
        keys = {f"E{min(n_entities - 1, base + min(group - 1, int(rng.expovariate(1 / 40))))}" for _ in range(size)}
        if rng.random() < 0.1:
            keys.add(f"E{rng.randrange(n_entities)}")
        sentence = f"Sentence {s} names " + ", ".join(sorted(keys)) + "."
        doc = f"doc{s % 50}.txt"
        for key in sorted(keys):
            mentions.append(Mention(doc, doc, 0, 1, key, "Country", key, sentence, s, "synthetic"))
    for i in range(n_entities):   # every entity is mentioned at least once
        key = f"E{i}"
        mentions.append(Mention("doc0.txt", "doc0.txt", 0, 1, key, "Country", key, f"Only {key}.", -1 - i, "synthetic"))
    return entities, mentions
