"""The network projection fed one document at a time.

:func:`document_network` reduces ONE document's mentions, relations and events to a
:class:`DocumentNetwork`: plain, picklable data, already capped (``MAX_EVIDENCE``
sentences per node and per link, one count per pair), so its size follows what the
graph keeps, not the document's length. It depends on nothing but that document, so a
build can cache it with the document's extraction. :func:`project_contributions` merges
them, in document order, with the corpus-wide entity table into the very graph
:func:`~diplograph.graph.analytics.project` makes from all the records at once: the same
nodes, edges, attributes, evidence order and adjacency order (so the seeded metrics agree).

    >>> from diplograph.model import Entity, Mention
    >>> ents = [Entity("FRA", "France", "Country"), Entity("DEU", "Germany", "Country")]
    >>> ms = [Mention("a.txt", "a", 0, 6, "France", "Country", "FRA", "France and Germany met.", 0, "gazetteer"),
    ...       Mention("a.txt", "a", 11, 18, "Germany", "Country", "DEU", "France and Germany met.", 0, "gazetteer")]
    >>> part = document_network("a", ms)
    >>> part.cooccurrence
    {('DEU', 'FRA'): (1, (('a.txt', 'France and Germany met.'),))}
    >>> project_contributions(ents, [part]).edges["FRA", "DEU"]["cooccurrence"]
    1

Why the merge keeps the phases apart: ``project`` adds every co-occurrence of the corpus
first, then every relation, then every event, then the co-participation pairs; a link's
evidence list and the order links are created in follow that. The merge therefore keeps,
per link, one capped evidence list per phase and the first-seen order per phase, and
lays them end to end at the end. Its memory is the graph's: per node and link at most
``3 * MAX_EVIDENCE`` sentences and the relation counts, per event or mechanism its
members; nothing per document or per sentence survives a document.

Assumption (true of every build): a document's records carry that document's path in
``doc``, and no two documents share a path.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Iterator

from diplograph.graph.network_data import GATHERING_CLASSES, MAX_EVIDENCE, finish_edge
from diplograph.model import FACT_MODALITIES, Entity, Event, Mention, Relation

if TYPE_CHECKING:      # imported where a graph is made: the build's own process makes none
    import networkx as nx

Evidence = tuple[tuple[str, str], ...]      # ((doc path, sentence), ...), at most MAX_EVIDENCE, distinct
Pair = tuple[str, str]                      # two entity keys, sorted


@dataclass
class DocumentNetwork:
    """What one document adds to the entity graph (plain data; pickles; bounded by the caps).

    * ``nodes``: entity key -> the first distinct sentences naming it;
    * ``cooccurrence``: sorted key pair -> (sentences naming both, first distinct of them),
      pairs in the order ``project`` meets them;
    * ``relations``: (predicate, subject, object) -> count, first-seen order; ``relation_evidence``:
      sorted pair -> first distinct supporting sentences;
    * ``participations``: (event key, participant key) in first-seen order;
      ``participation_evidence``: sorted pair -> first distinct event sentences.

    Entity keys are not checked against the entity table here: the merge does it, so a
    contribution never depends on the rest of the corpus.
    """

    doc_id: str
    nodes: dict[str, Evidence] = field(default_factory=dict)
    cooccurrence: dict[Pair, tuple[int, Evidence]] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], int] = field(default_factory=dict)
    relation_evidence: dict[Pair, Evidence] = field(default_factory=dict)
    participations: tuple[Pair, ...] = ()
    participation_evidence: dict[Pair, Evidence] = field(default_factory=dict)


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


class _Capped:
    """First ``MAX_EVIDENCE`` distinct non-empty (doc, sentence) items per key, in order."""

    def __init__(self):
        self.items: dict = {}
        self.strings: dict[str, str] = {}       # one object per distinct text: pickles once

    def add(self, key, doc: str, sentence: str) -> None:
        if not sentence:
            return
        items = self.items.setdefault(key, [])
        if len(items) < MAX_EVIDENCE:
            item = (self.strings.setdefault(doc, doc), self.strings.setdefault(sentence, sentence))
            if item not in items:
                items.append(item)

    def frozen(self) -> dict:
        return {key: tuple(items) for key, items in self.items.items()}


def document_network(doc_id: str, mentions: Iterable[Mention] = (), relations: Iterable[Relation] = (),
                     events: Iterable[Event] = (), *, asserted_only: bool = True) -> DocumentNetwork:
    """The contribution of one document, from its records in document order.

    With ``asserted_only`` (the default) questions, negations and hypotheses are skipped, as
    the build's graph does (they are in ``relations-modal.jsonl``, not links).
    """
    node_evidence = _Capped()
    sentences: dict[int, set[str]] = {}
    sentence_text: dict[int, tuple[str, str]] = {}
    for mention in mentions:
        sentences.setdefault(mention.sentence_start, set()).add(mention.entity)
        sentence_text[mention.sentence_start] = (mention.doc, mention.sentence)
        node_evidence.add(mention.entity, mention.doc, mention.sentence)
    counts: dict[Pair, int] = {}
    pair_evidence = _Capped()
    pair_evidence.strings = node_evidence.strings
    for where, keys in sentences.items():
        doc, sentence = sentence_text[where]
        for pair in combinations(sorted(keys), 2):
            counts[pair] = counts.get(pair, 0) + 1
            pair_evidence.add(pair, doc, sentence)
    cooc_evidence = pair_evidence.frozen()
    triples: dict[tuple[str, str, str], int] = {}
    relation_evidence = _Capped()
    relation_evidence.strings = node_evidence.strings
    for relation in relations:
        if (asserted_only and relation.modality not in FACT_MODALITIES) or relation.subject == relation.object:
            continue
        triple = (relation.predicate, relation.subject, relation.object)
        triples[triple] = triples.get(triple, 0) + 1
        relation_evidence.add(_pair(relation.subject, relation.object), relation.doc, relation.sentence)
    taking_part: dict[Pair, None] = {}
    event_evidence = _Capped()
    event_evidence.strings = node_evidence.strings
    for event in events:
        for participant in event.participants:
            key = participant.get("entity")
            if key is None or key == event.key:
                continue
            taking_part.setdefault((event.key, key), None)
            event_evidence.add(_pair(event.key, key), event.doc, event.sentence)
    return DocumentNetwork(
        doc_id=doc_id, nodes=node_evidence.frozen(),
        cooccurrence={pair: (n, cooc_evidence.get(pair, ())) for pair, n in counts.items()},
        relations=triples, relation_evidence=relation_evidence.frozen(),
        participations=tuple(taking_part), participation_evidence=event_evidence.frozen())


def contributions_from_records(doc_ids: Iterable[str], mentions: Iterable[Mention] = (),
                               relations: Iterable[Relation] = (), events: Iterable[Event] = ()
                               ) -> Iterator[DocumentNetwork]:
    """One contribution per document of ``doc_ids`` (in that order), from a build's records.

    The records may come in any order; each document keeps the order of its own records.
    This holds the records (use it for a build already in memory; a streaming build calls
    :func:`document_network` per document instead).
    """
    by_doc: dict[str, tuple[list, list, list]] = {doc_id: ([], [], []) for doc_id in doc_ids}
    for index, records in enumerate((mentions, relations, events)):
        for record in records:
            if record.doc_id in by_doc:
                by_doc[record.doc_id][index].append(record)
    for doc_id, (doc_mentions, doc_relations, doc_events) in by_doc.items():
        yield document_network(doc_id, doc_mentions, doc_relations, doc_events)


class _Link:
    """A link while contributions come in: its counts and one capped evidence list per phase."""

    __slots__ = ("cooccurrence", "relations", "participation", "evidence")

    def __init__(self):
        self.cooccurrence = 0
        self.relations: Counter = Counter()
        self.participation = 0
        self.evidence: tuple[list, list, list] = ([], [], [])    # co-occurrence, relation, event phase

    def add_evidence(self, phase: int, items: Evidence) -> None:
        if any(len(self.evidence[earlier]) >= MAX_EVIDENCE for earlier in range(phase)):
            return      # an earlier phase already fills the list: these can never be shown
        _extend(self.evidence[phase], items)

    def final_evidence(self) -> list[dict]:
        merged: list = []
        for items in self.evidence:
            _extend(merged, items)
        return [{"doc": doc, "sentence": sentence} for doc, sentence in merged]


def _extend(target: list, items: Iterable) -> None:
    for item in items:
        if len(target) >= MAX_EVIDENCE:
            return
        if item not in target:
            target.append(item)


def project_contributions(entities: Iterable[Entity], contributions: Iterable[DocumentNetwork], *,
                          cooccurrence: bool = True, participation: bool = True) -> nx.Graph:
    """The entity graph from per-document contributions, taken in document order.

    Equal to ``project(entities, mentions, asserted relations, events)`` of the same
    documents; ``contributions`` may be a generator (each is dropped once merged).
    """
    merged = NetworkMerge(cooccurrence=cooccurrence, participation=participation)
    for part in contributions:
        merged.add(part)
    return merged.graph(entities)


class NetworkMerge:
    """Contributions merged in document order, before the entity table is known: what
    :func:`project_contributions` makes the graph from. Entity keys are checked against the table
    only by :meth:`graph`, so the merge of a run of documents can be made ahead of the table (a
    rebuild's helper merges the unchanged documents' while the changed ones are extracted), and
    :meth:`join` appends the merge of the run that follows: merging A, then B, then C one by one
    and joining the merge of A and B with that of C give the same graph.

    Everything kept is either capped (first distinct evidence, per phase), added up (counts), a
    set, or an order of first appearance. The last is kept as the position of each pair's first
    appearance, so that a join can place the later run's after the earlier run's and :meth:`graph`
    can order what survives the table's check as a one-by-one merge of the known keys would."""

    def __init__(self, *, cooccurrence: bool = True, participation: bool = True):
        self.cooccurrence, self.participation = cooccurrence, participation
        self.node_evidence: dict[str, list] = {}
        self.links: dict[Pair, _Link] = {}
        self.first_seen: tuple[dict, dict, dict] = ({}, {}, {})     # pairs per phase, in creation order
        # (gathering, member) -> position of the first relation (each read both ways) or event
        # participation linking them: the gatherings' members and the order they are met in
        self.related_first: dict[Pair, int] = {}
        self.participant_first: dict[Pair, int] = {}
        self.positions = 0

    def _link(self, pair: Pair, phase: int) -> _Link:
        self.first_seen[phase].setdefault(pair, None)
        found = self.links.get(pair)
        if found is None:
            found = self.links[pair] = _Link()
        return found

    def add(self, part: DocumentNetwork) -> None:
        """One more document's contribution (the next in document order)."""
        for key, items in part.nodes.items():
            _extend(self.node_evidence.setdefault(key, []), items)
        if self.cooccurrence:
            for pair, (count, items) in part.cooccurrence.items():
                data = self._link(pair, 0)
                data.cooccurrence += count
                data.add_evidence(0, items)
        for triple, count in part.relations.items():
            _, subject, obj = triple
            self._link(_pair(subject, obj), 1).relations[triple] += count
            for gathering, other in ((obj, subject), (subject, obj)):
                self.related_first.setdefault((gathering, other), self.positions)
                self.positions += 1
        for pair, items in part.relation_evidence.items():
            self.links[pair].add_evidence(1, items)
        for event_key, key in part.participations:
            self.participant_first.setdefault((event_key, key), self.positions)
            self.positions += 1
            if self.participation:
                self._link(_pair(event_key, key), 2).participation = 1
        if self.participation:
            for pair, items in part.participation_evidence.items():
                self.links[pair].add_evidence(2, items)

    def join(self, later: NetworkMerge) -> None:
        """Append ``later``, the merge of the documents that follow this one's (it is used up)."""
        for key, items in later.node_evidence.items():
            mine = self.node_evidence.get(key)
            if mine is None:
                self.node_evidence[key] = items
            else:
                _extend(mine, items)
        for pair, data in later.links.items():
            mine = self.links.get(pair)
            if mine is None:
                self.links[pair] = data
                continue
            mine.cooccurrence += data.cooccurrence
            mine.relations.update(data.relations)
            mine.participation = max(mine.participation, data.participation)
            for phase, items in enumerate(data.evidence):
                # an earlier phase filled here (or there) hides these from the graph either way
                _extend(mine.evidence[phase], items)
        for phase, pairs in zip(self.first_seen, later.first_seen):
            for pair in pairs:
                phase.setdefault(pair, None)
        for mine, theirs in ((self.related_first, later.related_first),
                             (self.participant_first, later.participant_first)):
            for pair, position in theirs.items():
                mine.setdefault(pair, self.positions + position)
        self.positions += later.positions
        later.__init__(cooccurrence=later.cooccurrence, participation=later.participation)

    def graph(self, entities: Iterable[Entity]) -> nx.Graph:
        """The entity graph over ``entities``: what names another entity is left out. Once only:
        the links the graph takes are handed over, not copied."""
        import networkx as nx

        entities = list(entities)
        known = {entity.key: entity.cls for entity in entities}
        graph = nx.Graph()
        for entity in entities:
            graph.add_node(entity.key, label=entity.label, cls=entity.cls, aliases=list(entity.aliases),
                           identifiers=dict(entity.identifiers), documents=list(entity.documents),
                           mention_count=entity.mention_count,
                           evidence=[{"doc": doc, "sentence": sentence}
                                     for doc, sentence in self.node_evidence.get(entity.key, ())])
        for phase in self.first_seen:
            for pair in phase:
                if pair[0] in known and pair[1] in known and not graph.has_edge(*pair):
                    data = self.links.pop(pair)     # (held once: as the edge's from now on)
                    graph.add_edge(*pair, cooccurrence=data.cooccurrence, participation=data.participation,
                                   evidence=data.final_evidence(), _relations=data.relations)
        if self.participation:
            members = _members(self.related_first, known, lambda gathering: known[gathering] in GATHERING_CLASSES)
            for gathering, keys in _members(self.participant_first, known, lambda gathering: True).items():
                members.setdefault(gathering, set()).update(keys)
            for keys in members.values():
                for a, b in combinations(sorted(keys), 2):
                    if not graph.has_edge(a, b):
                        graph.add_edge(a, b, cooccurrence=0, participation=0, evidence=[], _relations=Counter())
                    graph.edges[a, b]["participation"] += 1
        for _, _, data in graph.edges(data=True):
            finish_edge(data)
        return graph


def _members(first: dict[Pair, int], known: dict[str, str], gathers) -> dict[str, set[str]]:
    """Gathering -> its members, from ``first`` ((gathering, member) -> position of the first link
    between them) where both are ``known`` and ``gathers(gathering)``: gatherings in the order a
    one-by-one merge meets them (the first position of a kept pair)."""
    members: dict[str, set[str]] = {}
    opened: dict[str, int] = {}
    for (gathering, other), position in first.items():
        if gathering in known and other in known and gathers(gathering):
            members.setdefault(gathering, set()).add(other)
            opened[gathering] = min(opened.get(gathering, position), position)
    return {gathering: members[gathering] for gathering in sorted(members, key=opened.__getitem__)}
