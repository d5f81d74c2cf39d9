"""Read the records of a finished build back from its output folder (JSONL files)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from diplograph.model import Entity, Event, Mention, Relation


@dataclass
class BuildRecords:
    """What the analytics and the viewer need from ``OUT``; ``documents`` maps path -> title."""

    documents: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _rows(path: Path):
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None


def _make(cls, row: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


def _entity(row: dict) -> Entity:
    row = dict(row)
    row["cls"] = row.pop("class", row.get("cls", ""))
    return _make(Entity, row)


def load_entities(out: str | Path) -> list[Entity]:
    """The entity table of the build in ``out``."""
    out = Path(out)
    if not (out / "entities.jsonl").exists():
        raise ValueError(f"{out} has no entities.jsonl: run 'diplograph build INPUTS --out {out}' first")
    return [_entity(row) for row in _rows(out / "entities.jsonl")]


def _groups(path: Path, cls):
    """(doc_id, records) per run of rows with the same ``doc_id``."""
    doc_id, group = None, []
    for row in _rows(path):
        if row["doc_id"] != doc_id and group:
            yield doc_id, group
            group = []
        doc_id = row["doc_id"]
        group.append(_make(cls, row))
    if group:
        yield doc_id, group


def records_by_document(out: str | Path):
    """``(doc_id, mentions, relations, events)`` per document of ``OUT/documents.jsonl``, in its
    order, reading the record files once each and holding one document's records at a time.

    A build writes each file grouped by document in document order; ValueError otherwise.
    """
    out = Path(out)
    streams = [_groups(out / name, cls) for name, cls in
               (("mentions.jsonl", Mention), ("relations.jsonl", Relation), ("events.jsonl", Event))]
    heads = [next(stream, None) for stream in streams]
    for row in _rows(out / "documents.jsonl"):
        doc_id = row["id"]
        found = []
        for index, stream in enumerate(streams):
            if heads[index] is not None and heads[index][0] == doc_id:
                found.append(heads[index][1])
                heads[index] = next(stream, None)
            else:
                found.append([])
        yield (doc_id, *found)
    left = [head[0] for head in heads if head is not None]
    if left:
        raise ValueError(f"{out}: records of document {left[0]!r} are out of document order "
                         "(expected each .jsonl grouped by document, as a build writes them)")


def load_records(out: str | Path) -> BuildRecords:
    """Records of the build in ``out``; relations.jsonl and events.jsonl are optional."""
    out = Path(out)
    records = BuildRecords(entities=load_entities(out))
    for row in _rows(out / "documents.jsonl"):
        records.documents[row["path"]] = row.get("title") or row["path"]
    records.mentions = [_make(Mention, row) for row in _rows(out / "mentions.jsonl")]
    records.relations = [_make(Relation, row) for row in _rows(out / "relations.jsonl")]
    records.events = [_make(Event, row) for row in _rows(out / "events.jsonl")]
    return records
