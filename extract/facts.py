"""The corpus pass for relations and events: mention offsets become entity keys.

Entity keys are decided corpus-wide (``extract/resolve.py``), so the per-document
rules (``extract/relations.py``) record mentions by their offsets; here they meet
the resolved mentions. Only ``asserted`` relations are facts: ``split_by_modality``
keeps the others apart (``relations.jsonl`` holds the facts, ``relations-modal.jsonl``
the questions, negations and hypotheticals, each with its ``modality``).
"""
from __future__ import annotations

from typing import Iterable

from diplograph.extract.keys import name_key
from diplograph.extract.records import DocumentExtraction, MentionRef
from diplograph.extract.relations import AGENTS, JOINED_UNSURE, OBJECTS
from diplograph.model import FACT_MODALITIES, DocumentRecord, Entity, Event, Mention, Relation

ROLES = {"hosted": "host", "coHosted": "co-host", "participatedIn": "participant"}


def _key_of(ref: MentionRef | None, keys: dict[tuple[int, int], str], known: set[str]) -> str | None:
    if ref is None:
        return None
    if ref.key and ref.key in known:
        return ref.key      # a pseudo-mention's fixed key: "Suva hosted" is Fiji, though Suva is a place too
    return keys.get((ref.start, ref.end))


def resolve_facts(documents: list[DocumentRecord], extractions: list[DocumentExtraction],
                  mentions: list[Mention], entities: list[Entity]) -> tuple[list[Relation], list[Event]]:
    """Relations (all modalities, duplicates within a document removed) and events with entity keys."""
    by_id = {d.id: d for d in documents}
    classes = {e.key: e.cls for e in entities}
    keys_by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        keys_by_doc.setdefault(m.doc_id, []).append(m)
    relations: list[Relation] = []
    events: list[Event] = []
    for extraction in extractions:
        record = by_id[extraction.doc_id]
        doc_relations, doc_events = document_facts(record, extraction, keys_by_doc.get(record.id, ()), classes)
        relations.extend(doc_relations)
        events.extend(doc_events)
    return relations, events


def document_facts(record: DocumentRecord, extraction: DocumentExtraction, mentions: Iterable[Mention],
                   classes: dict[str, str]) -> tuple[list[Relation], list[Event]]:
    """One document's relations and events; ``mentions`` are its resolved mentions, ``classes``
    the class of every entity of the corpus (its keys are the known entities)."""
    keys = {(m.start, m.end): m.entity for m in mentions}
    known = classes.keys()
    seen = set()
    doc_relations = []
    for r in extraction.relations:
        subject, obj = _key_of(r.subject, keys, known), _key_of(r.object, keys, known)
        if not subject or not obj or subject == obj:
            continue
        # the rules let acronym uses stand for any class; now every class is known
        if classes.get(subject) not in ({"Event"} if r.predicate == "heldIn" else AGENTS) \
                or classes.get(obj) not in OBJECTS[r.predicate]:
            continue
        predicate = r.predicate
        if r.rule.endswith(JOINED_UNSURE) and classes.get(obj) == "Organisation":
            predicate = "memberOf"      # "China joined the NSG": one joins a body as a member
        # one statement per document and modality; the first sentence that says it is kept
        if (subject, predicate, obj, r.modality) in seen:
            continue
        seen.add((subject, predicate, obj, r.modality))
        sentence = " ".join(record.text[r.sentence_start:r.sentence_end].split())
        doc_relations.append(Relation(record.path, record.id, subject, predicate, obj, sentence,
                                      r.sentence_start, r.sentence_end, r.rule, r.modality))
    return doc_relations, _events(record, extraction, keys, known, doc_relations)


def referenced_keys(extraction: DocumentExtraction) -> set[str]:
    """Entity keys the document's relations and events name without a mention ("the Chinese
    government" -> CHN): whether they are known entities is decided corpus-wide."""
    refs = [r.subject for r in extraction.relations] + [r.object for r in extraction.relations]
    refs += [e.mention for e in extraction.events] + [e.part_of for e in extraction.events]
    return {ref.key for ref in refs if ref is not None and ref.key}


def _events(record: DocumentRecord, extraction: DocumentExtraction, keys, known, relations: list[Relation]) -> list[Event]:
    """One event per entity and document: the first mention with a date (or the first) describes it."""
    chosen: dict[str, tuple] = {}
    for found in extraction.events:
        key = _key_of(found.mention, keys, known)
        if not key:
            continue
        if key not in chosen or (chosen[key].date is None and found.date is not None):
            chosen[key] = found
    events = []
    facts = [r for r in relations if r.modality in FACT_MODALITIES]
    for key, found in chosen.items():
        place = next((r for r in facts if r.subject == key and r.predicate == "heldIn"), None)
        place_text = None
        if place:
            place_text = next((m for m in extraction.mentions if keys.get((m.start, m.end)) == place.object), None)
            place_text = place_text.text if place_text else None
        participants = []
        for r in facts:
            if r.object == key and r.predicate in ROLES:
                entry = {"entity": r.subject, "role": ROLES[r.predicate]}
                if entry not in participants:
                    participants.append(entry)
        events.append(Event(
            key=key, doc=record.path, doc_id=record.id, label=found.text, event_class=found.event_class,
            category=found.category, date=found.date, date_text=found.date_text,
            place=place.object if place else None, place_text=place_text, ordinal=found.ordinal,
            series=name_key(found.series) if found.series else None, participants=participants,
            part_of=_key_of(found.part_of, keys, known),
            sentence=" ".join(record.text[found.sentence_start:found.sentence_end].split()),
            start=found.sentence_start, end=found.sentence_end,
        ))
    return events


def split_by_modality(relations: list[Relation]) -> tuple[list[Relation], list[Relation]]:
    """Facts (asserted or scheduled) and the rest (question, negated, hypothetical)."""
    facts = [r for r in relations if r.modality in FACT_MODALITIES]
    return facts, [r for r in relations if r.modality not in FACT_MODALITIES]
